// The shareable view in the URL's query string. Parsing trusts nothing: only
// whitelisted keys are read, each value is validated and bounded, and anything
// malformed falls back to the default, so a hostile link can neither crash the
// page nor reach an object prototype. Names of outlets and nodes are checked
// against the loaded graph when the state is applied, not here.
import {
  NODE_KINDS,
  STANCES,
  isNodeKind,
  isStance,
  type NodeKind,
  type Stance,
} from '../graph/types';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { isIsoDate } from './isoDay';

/** What the reader has selected: a node, or one claim edge. */
export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string };

export interface ViewState {
  filters: Filters;
  selection: Selection | null;
  rollup: boolean;
  presenter: boolean;
  coalitions: boolean;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  filters: DEFAULT_FILTERS,
  selection: null,
  rollup: false,
  presenter: false,
  coalitions: false,
});

/** The query keys, in the order they are written. */
export const URL_KEYS = Object.freeze({
  from: 'from',
  to: 'to',
  hiddenOutlet: 'hide',
  stances: 'stances',
  kinds: 'kinds',
  node: 'node',
  edge: 'edge',
  rollup: 'rollup',
  presenter: 'present',
  coalitions: 'coalitions',
} as const);

/** Longer query strings are not parsed at all. */
export const MAX_QUERY_LENGTH = 20_000;
/** Longest accepted outlet name or node/edge id. */
export const MAX_VALUE_LENGTH = 500;
/** Most hidden outlets read from a link. */
export const MAX_HIDDEN_OUTLETS = 1_000;

/** The first value of `key`, if any: repeated single-valued keys keep the first. */
function first(params: URLSearchParams, key: string): string | undefined {
  return params.getAll(key)[0];
}

function date(params: URLSearchParams, key: string): string {
  const value = first(params, key);
  return value !== undefined && isIsoDate(value) ? value : '';
}

/** A comma list drawn from a closed vocabulary; anything off-list voids the key. */
function vocabulary<T extends string>(
  params: URLSearchParams,
  key: string,
  accept: (value: unknown) => value is T,
  fallback: ReadonlySet<T>,
): ReadonlySet<T> {
  const value = first(params, key);
  if (value === undefined || value.length > MAX_VALUE_LENGTH) return fallback;
  if (value === '') return new Set<T>();
  const items = value.split(',');
  return items.every(accept) ? new Set(items) : fallback;
}

function flag(params: URLSearchParams, key: string): boolean {
  return first(params, key) === '1';
}

function id(params: URLSearchParams, key: string): string | undefined {
  const value = first(params, key);
  return value !== undefined && value !== '' && value.length <= MAX_VALUE_LENGTH
    ? value
    : undefined;
}

function hiddenOutlets(params: URLSearchParams): ReadonlySet<string> {
  const outlets = new Set<string>();
  for (const value of params.getAll(URL_KEYS.hiddenOutlet)) {
    if (outlets.size >= MAX_HIDDEN_OUTLETS) break;
    if (value !== '' && value.length <= MAX_VALUE_LENGTH) outlets.add(value);
  }
  return outlets;
}

/** Reads a view state from a query string (`?a=b&…` or `a=b&…`); never throws. */
export function parseViewState(search: string): ViewState {
  if (typeof search !== 'string' || search.length > MAX_QUERY_LENGTH) return DEFAULT_VIEW_STATE;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_VIEW_STATE;
  }
  const node = id(params, URL_KEYS.node);
  const edge = id(params, URL_KEYS.edge);
  const selection: Selection | null =
    node !== undefined
      ? { type: 'node', id: node }
      : edge !== undefined
        ? { type: 'edge', id: edge }
        : null;
  return {
    filters: {
      dateFrom: date(params, URL_KEYS.from),
      dateTo: date(params, URL_KEYS.to),
      excludedOutlets: hiddenOutlets(params),
      stances: vocabulary<Stance>(params, URL_KEYS.stances, isStance, DEFAULT_FILTERS.stances),
      kinds: vocabulary<NodeKind>(params, URL_KEYS.kinds, isNodeKind, DEFAULT_FILTERS.kinds),
    },
    selection,
    rollup: flag(params, URL_KEYS.rollup),
    presenter: flag(params, URL_KEYS.presenter),
    coalitions: flag(params, URL_KEYS.coalitions),
  };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Writes the parts of `state` that differ from the defaults, in a fixed order. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (filters.dateFrom) params.append(URL_KEYS.from, filters.dateFrom);
  if (filters.dateTo) params.append(URL_KEYS.to, filters.dateTo);
  for (const outlet of [...filters.excludedOutlets].sort(compareText)) {
    params.append(URL_KEYS.hiddenOutlet, outlet);
  }
  if (filters.stances.size !== STANCES.length) {
    params.append(URL_KEYS.stances, STANCES.filter((s) => filters.stances.has(s)).join(','));
  }
  if (filters.kinds.size !== NODE_KINDS.length) {
    params.append(URL_KEYS.kinds, NODE_KINDS.filter((k) => filters.kinds.has(k)).join(','));
  }
  if (state.selection) {
    params.append(
      state.selection.type === 'node' ? URL_KEYS.node : URL_KEYS.edge,
      state.selection.id,
    );
  }
  if (state.rollup) params.append(URL_KEYS.rollup, '1');
  if (state.presenter) params.append(URL_KEYS.presenter, '1');
  if (state.coalitions) params.append(URL_KEYS.coalitions, '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}
