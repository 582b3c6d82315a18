// The filter state of the explorer and its producers. Producers are pure and
// named as verbs; each returns a new Filters value (or the same one when
// nothing changes, so callers can skip work by identity).
import { NODE_KINDS, STANCES, type NodeKind, type Stance } from '../graph/types';
import { isIsoDate } from './isoDay';

/** What the reader has chosen to see. Dates are `YYYY-MM-DD`, '' meaning open. */
export interface Filters {
  readonly dateFrom: string;
  readonly dateTo: string;
  /** Outlets switched off: new outlets in a freshly opened file start switched on. */
  readonly excludedOutlets: ReadonlySet<string>;
  readonly stances: ReadonlySet<Stance>;
  readonly kinds: ReadonlySet<NodeKind>;
}

export const DEFAULT_FILTERS: Filters = Object.freeze({
  dateFrom: '',
  dateTo: '',
  excludedOutlets: new Set<string>(),
  stances: new Set<Stance>(STANCES),
  kinds: new Set<NodeKind>(NODE_KINDS),
});

/** The filters that show everything. */
export function resetFilters(): Filters {
  return DEFAULT_FILTERS;
}

const cleanDate = (value: string): string => (isIsoDate(value) ? value : '');

/** Sets both date bounds; a value that is not a valid `YYYY-MM-DD` opens that bound. */
export function setDateRange(filters: Filters, dateFrom: string, dateTo: string): Filters {
  const from = cleanDate(dateFrom);
  const to = cleanDate(dateTo);
  if (from === filters.dateFrom && to === filters.dateTo) return filters;
  return { ...filters, dateFrom: from, dateTo: to };
}

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): ReadonlySet<T> {
  if (set.has(item) === on) return set;
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}

/** Switches an outlet on or off (flips it when `on` is omitted). */
export function toggleOutlet(filters: Filters, outlet: string, on?: boolean): Filters {
  const show = on ?? filters.excludedOutlets.has(outlet);
  const excludedOutlets = toggled(filters.excludedOutlets, outlet, !show);
  return excludedOutlets === filters.excludedOutlets ? filters : { ...filters, excludedOutlets };
}

/** Switches every outlet in `outlets` on or off at once. */
export function setOutlets(filters: Filters, outlets: readonly string[], on: boolean): Filters {
  const next = new Set(filters.excludedOutlets);
  for (const outlet of outlets) {
    if (on) next.delete(outlet);
    else next.add(outlet);
  }
  return { ...filters, excludedOutlets: next };
}

/** Switches a stance on or off (flips it when `on` is omitted). */
export function toggleStance(filters: Filters, stance: Stance, on?: boolean): Filters {
  const stances = toggled(filters.stances, stance, on ?? !filters.stances.has(stance));
  return stances === filters.stances ? filters : { ...filters, stances };
}

/** Switches a node kind on or off (flips it when `on` is omitted). */
export function toggleKind(filters: Filters, kind: NodeKind, on?: boolean): Filters {
  const kinds = toggled(filters.kinds, kind, on ?? !filters.kinds.has(kind));
  return kinds === filters.kinds ? filters : { ...filters, kinds };
}

/** Keeps only the excluded outlets that the loaded graph knows. */
export function restrictOutlets(filters: Filters, known: ReadonlySet<string>): Filters {
  const kept = [...filters.excludedOutlets].filter((outlet) => known.has(outlet));
  if (kept.length === filters.excludedOutlets.size) return filters;
  return { ...filters, excludedOutlets: new Set(kept) };
}

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean =>
  a.size === b.size && [...a].every((item) => b.has(item));

/** True when both filters show the same claims. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.dateFrom === b.dateFrom &&
    a.dateTo === b.dateTo &&
    sameSet(a.excludedOutlets, b.excludedOutlets) &&
    sameSet(a.stances, b.stances) &&
    sameSet(a.kinds, b.kinds)
  );
}

export function isDefaultFilters(filters: Filters): boolean {
  return sameFilters(filters, DEFAULT_FILTERS);
}
