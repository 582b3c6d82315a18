// The side panel: search, filters, counts and actions.
import type { NodeKind, Stance } from '../graph/types';
import type { Filters } from '../view/filters';
import type { VisibleCounts } from '../view/visibility';
import { Actions, type ActionHandlers } from './Actions';
import { Counts } from './Counts';
import { DateFilter } from './DateFilter';
import { KindFilter } from './KindFilter';
import { OutletFilter } from './OutletFilter';
import { SearchBox } from './SearchBox';
import { StanceFilter } from './StanceFilter';
import type { ViewData } from './viewData';

export interface SidebarHandlers extends ActionHandlers {
  onSearchPick: (node: string) => void;
  onDates: (from: string, to: string) => void;
  onStance: (stance: Stance, on: boolean) => void;
  onOutlet: (outlet: string, on: boolean) => void;
  onAllOutlets: (on: boolean) => void;
  onKind: (kind: NodeKind, on: boolean) => void;
  onReset: () => void;
  onRollup: (on: boolean) => void;
  onCoalitions: (on: boolean) => void;
}

interface Props extends SidebarHandlers {
  data: ViewData;
  filters: Filters;
  counts: VisibleCounts;
  rollup: boolean;
  coalitions: boolean;
  layoutRunning: boolean;
}

export function Sidebar(props: Props) {
  const { data, filters } = props;
  return (
    <aside className="sidebar" aria-label="Explore">
      <header>
        <h1>Stancegraph</h1>
        <p className="muted small">
          Who stands where{data.corpus ? ` · corpus ${data.corpus}` : ''}
        </p>
        <Counts counts={props.counts} />
      </header>
      <SearchBox entries={data.searchEntries} onPick={props.onSearchPick} />
      <DateFilter
        from={filters.dateFrom}
        to={filters.dateTo}
        histogram={data.histogram}
        onChange={props.onDates}
      />
      <StanceFilter stances={filters.stances} onToggle={props.onStance} />
      <OutletFilter
        outlets={data.outlets}
        claims={data.outletClaims}
        excluded={filters.excludedOutlets}
        onToggle={props.onOutlet}
        onAll={props.onAllOutlets}
      />
      <KindFilter kinds={filters.kinds} onToggle={props.onKind} />
      <fieldset className="filter">
        <legend>View</legend>
        <ul className="checks">
          <li>
            <input
              id="view-rollup"
              type="checkbox"
              checked={props.rollup}
              aria-describedby="view-rollup-hint"
              onChange={(event) => props.onRollup(event.target.checked)}
            />
            <label htmlFor="view-rollup">Country roll-up</label>
            <span id="view-rollup-hint" className="hint">
              people and organisations folded into the country they speak for
            </span>
          </li>
          <li>
            <input
              id="view-coalitions"
              type="checkbox"
              checked={props.coalitions}
              aria-describedby="view-coalitions-hint"
              onChange={(event) => props.onCoalitions(event.target.checked)}
            />
            <label htmlFor="view-coalitions">Coalitions</label>
            <span id="view-coalitions-hint" className="hint">
              actors coloured by shared stances on the same positions
            </span>
          </li>
        </ul>
      </fieldset>
      <button type="button" className="reset" onClick={props.onReset}>
        Reset filters
      </button>
      <Actions
        onDownloadCsv={props.onDownloadCsv}
        onDownloadNodes={props.onDownloadNodes}
        onDownloadGexf={props.onDownloadGexf}
        onDownloadPng={props.onDownloadPng}
        onOpen={props.onOpen}
        onCopyLink={props.onCopyLink}
        onPresent={props.onPresent}
        layoutRunning={props.layoutRunning}
        onLayout={props.onLayout}
      />
    </aside>
  );
}
