// The explorer: one scene, one renderer, and the view state around them
// (filters, selection, roll-up, presenter mode, coalitions), kept in the URL.
import { useCallback, useState } from 'react';
import { isClaim, type StanceGraph } from '../graph/types';
import {
  resetFilters,
  setDateRange,
  setOutlets,
  toggleKind,
  toggleOutlet,
  toggleStance,
} from '../view/filters';
import { legendSections } from '../view/legend';
import { rolledClaimKey } from '../view/rollup';
import { THEMES } from '../view/palette';
import { describeFilters } from '../view/summary';
import type { Selection } from '../view/urlState';
import { isClaimVisible, isNodeVisible } from '../view/visibility';
import { describeCounts } from './Counts';
import { Details } from './Details';
import { downloadEdgesCsv, downloadGexf, downloadNodesCsv } from './exports';
import { downloadPng } from './exportPng';
import { initialView } from './initialView';
import { Legend } from './Legend';
import type { LoadProblem } from './loadProblem';
import { openGraphFiles } from './openFiles';
import { PresenterBar } from './PresenterBar';
import { createScene, type Scene } from './scene';
import { Sidebar } from './Sidebar';
import { useClickSelection } from './useClickSelection';
import { useCoalitions } from './useCoalitions';
import { useFilters } from './useFilters';
import { useFirstPaint } from './useFirstPaint';
import { useFocus } from './useFocus';
import { useLayoutRunner } from './useLayoutRunner';
import { usePresenterKeys } from './usePresenterKeys';
import { useSceneLoader } from './useSceneLoader';
import { useSigmaRenderer } from './useSigmaRenderer';
import { useTheme } from './useTheme';
import { useUrlSync } from './useUrlSync';
import { viewDataOf, type ViewData } from './viewData';

type Notice = { kind: 'info'; text: string } | { kind: 'error'; problem: LoadProblem };

/** A selection that still names something after the data changed (a folded person → their country). */
function carrySelection(scene: Scene, selection: Selection | null): Selection | null {
  if (selection === null) return null;
  const { graph, source } = scene;
  if (selection.type === 'edge') {
    if (graph.hasEdge(selection.id)) return selection;
    // A claim folded into its country by the roll-up goes by the country's key.
    const rolled = scene.rolledUp ? rolledClaimKey(source, selection.id) : undefined;
    return rolled !== undefined && graph.hasEdge(rolled) ? { type: 'edge', id: rolled } : null;
  }
  if (graph.hasNode(selection.id)) return selection;
  const country = source.hasNode(selection.id)
    ? source.getNodeAttribute(selection.id, 'country')
    : '';
  return country && graph.hasNode(`country:${country}`)
    ? { type: 'node', id: `country:${country}` }
    : null;
}

export function Explorer({ loaded }: { loaded: StanceGraph }) {
  const [start] = useState(() => initialView(loaded, window.location.search));
  const [scene] = useState(() =>
    createScene(
      loaded,
      start.filters,
      start.rollup,
      start.presenter ? THEMES.presenter : THEMES.normal,
    ),
  );
  const [renderer, attach] = useSigmaRenderer(scene);
  const { filters, changeFilters, currentFilters } = useFilters(scene, renderer, start.filters);
  // Everything but the graph waits for its first frame (the index is built then).
  const [data, setData] = useState<ViewData | null>(null);
  const showData = useCallback(() => setData(viewDataOf(scene)), [scene]);
  const loader = useSceneLoader(scene, renderer, currentFilters, showData);
  useFirstPaint(renderer, showData);
  const ready = data !== null;
  // Filter steps update the scene in place, then re-render: read the counts afresh.
  const counts = ready ? { ...scene.visibility.counts } : null;
  const [selection, setSelection] = useState(() => carrySelection(scene, start.selection));
  const [presenter, setPresenter] = useState(start.presenter);
  const [coalitionsOn, setCoalitionsOn] = useState(start.coalitions);
  const [notice, setNotice] = useState<Notice | null>(null);
  const clearSelection = useCallback(() => setSelection(null), []);

  useFocus(scene, renderer, selection, loader.version);
  const isClaimEdge = useCallback(
    (edge: string) => scene.graph.hasEdge(edge) && isClaim(scene.graph.getEdgeAttributes(edge)),
    [scene],
  );
  useClickSelection(renderer, setSelection, isClaimEdge);
  useTheme(scene, renderer, presenter);
  const coalitions = useCoalitions(scene, renderer, coalitionsOn, loader.version);
  const layout = useLayoutRunner(scene, loader.version);
  useUrlSync({ filters, selection, rollup: loader.rolledUp, presenter, coalitions: coalitionsOn });
  usePresenterKeys(presenter, setPresenter, clearSelection);

  const theme = presenter ? THEMES.presenter : THEMES.normal;
  const sections = legendSections(coalitions);
  const summary = describeFilters(filters, data?.outlets ?? []);

  const focusNode = (node: string): void => {
    setSelection({ type: 'node', id: node });
    const display = renderer?.getNodeDisplayData(node);
    if (!renderer || !display) return;
    const camera = renderer.getCamera();
    void camera.animate(
      { x: display.x, y: display.y, ratio: Math.min(camera.getState().ratio, 0.4) },
      { duration: 600 },
    );
  };
  const report = (task: Promise<void>): void => {
    task.catch((error: unknown) =>
      setNotice({
        kind: 'error',
        problem: {
          file: '',
          message: error instanceof Error ? error.message : String(error),
          fix: '',
        },
      }),
    );
  };
  const onOpen = (files: File[]): void => {
    void openGraphFiles(files).then((result) => {
      if (!result.ok) {
        setNotice({ kind: 'error', problem: result.problem });
        return;
      }
      loader.load(result.graph, loader.rolledUp);
      setSelection(null);
      setNotice({ kind: 'info', text: `Opened ${result.name}.` });
    });
  };
  const onRollup = (on: boolean): void => {
    loader.load(null, on);
    setSelection((current) => carrySelection(scene, current));
  };
  const onCopyLink = (): void => {
    const done = (text: string) => () => setNotice({ kind: 'info', text });
    navigator.clipboard
      .writeText(window.location.href)
      .then(done('Link copied.'), done('Copy the link from the address bar.'));
  };

  return (
    <div className={presenter ? 'app presenter' : 'app'}>
      {!presenter && !(data && counts) && (
        // Holds the panel's place, so the graph is drawn at its final size.
        <aside className="sidebar" aria-label="Explore" aria-busy="true" />
      )}
      {!presenter && data && counts && (
        <Sidebar
          data={data}
          filters={filters}
          counts={counts}
          rollup={loader.rolledUp}
          coalitions={coalitionsOn}
          layoutRunning={layout.running}
          onLayout={layout.toggle}
          onSearchPick={focusNode}
          onDates={(from, to) => changeFilters((f) => setDateRange(f, from, to))}
          onStance={(stance, on) => changeFilters((f) => toggleStance(f, stance, on))}
          onOutlet={(outlet, on) => changeFilters((f) => toggleOutlet(f, outlet, on))}
          onAllOutlets={(on) => changeFilters((f) => setOutlets(f, data.outlets, on))}
          onKind={(kind, on) => changeFilters((f) => toggleKind(f, kind, on))}
          onReset={() => changeFilters(resetFilters)}
          onRollup={onRollup}
          onCoalitions={setCoalitionsOn}
          onDownloadCsv={() => report(downloadEdgesCsv(scene))}
          onDownloadNodes={() => report(downloadNodesCsv(scene))}
          onDownloadGexf={() => report(downloadGexf(scene))}
          onDownloadPng={() => renderer && report(downloadPng(renderer, theme, sections, summary))}
          onOpen={onOpen}
          onCopyLink={onCopyLink}
          onPresent={() => setPresenter(true)}
        />
      )}
      <main className="stage" aria-label="Graph">
        <div className="canvas" ref={attach} />
        {counts?.claims === 0 && (
          <p className="empty-stage">No claim matches the filters: widen them to see the graph.</p>
        )}
        {presenter && (
          <PresenterBar
            summary={summary}
            counts={counts ? describeCounts(counts) : ''}
            onLeave={() => setPresenter(false)}
          />
        )}
        <Legend sections={sections} />
        {notice && (
          <div
            className={`notice ${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : 'status'}
          >
            {notice.kind === 'error' ? (
              <>
                <strong>Could not open the file.</strong> {notice.problem.message}
                {notice.problem.fix && <span className="fix">{notice.problem.fix}</span>}
              </>
            ) : (
              notice.text
            )}
            <button
              type="button"
              className="close"
              aria-label="Dismiss"
              onClick={() => setNotice(null)}
            >
              ×
            </button>
          </div>
        )}
      </main>
      {!presenter && ready && selection && (
        <Details
          graph={scene.graph}
          selection={selection}
          isVisible={(edge) => isClaimVisible(scene.index, scene.visibility, edge)}
          nodeVisible={isNodeVisible(scene.index, scene.visibility, selection.id)}
          lookup={(node) =>
            scene.source.hasNode(node) ? scene.source.getNodeAttribute(node, 'label') : undefined
          }
          onSelect={setSelection}
        />
      )}
    </div>
  );
}
