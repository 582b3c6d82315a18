// The one place that decides what is visible under the filters. The sigma
// reducers, the CSV downloads and the counts all read the state kept here, so
// what you see is what you download.
//
// The rules:
// - a claim is visible when its statement date lies within From..To (a claim
//   without a valid date is hidden as soon as either bound is set), its outlet
//   and its stance are switched on, and the kinds of both its ends are on;
// - an actor or position is visible when its kind is on and it has a visible
//   claim; a country is also visible while a visible person or organisation
//   represents it, so the alliances stay readable. Selecting a node never
//   changes what is visible: the selection panel says when it is filtered out;
// - a `represents` edge is drawn (faintly) when both its ends are visible. It
//   is never a claim: it is not counted and not downloaded.
import { NODE_KINDS, STANCES, isClaim, type StanceGraph } from '../graph/types';
import type { ClaimIndex } from './claimIndex';
import type { Filters } from './filters';
import { dayNumber } from './isoDay';

const COUNTRY = NODE_KINDS.indexOf('country');
const POSITION = NODE_KINDS.indexOf('position');

export interface VisibleCounts {
  actors: number;
  positions: number;
  claims: number;
}

/** Visibility of every claim, node and `represents` edge, by index (1 = visible). */
export interface Visibility {
  readonly claim: Uint8Array;
  readonly node: Uint8Array;
  readonly represents: Uint8Array;
  /** Visible claims touching each node. */
  readonly nodeClaims: Int32Array;
  /** Visible people and orgs representing each country. */
  readonly nodeRepresentatives: Int32Array;
  readonly counts: VisibleCounts;
  kindOn: Uint8Array;
}

/** Indexes whose visibility flipped in one update: what the renderer must redraw. */
export interface VisibilityChange {
  claims: number[];
  nodes: number[];
  represents: number[];
}

interface CompiledFilters {
  from: number;
  to: number;
  dated: boolean;
  outletOn: Uint8Array;
  stanceOn: Uint8Array;
  kindOn: Uint8Array;
}

function compile(index: ClaimIndex, filters: Filters): CompiledFilters {
  const from = dayNumber(filters.dateFrom);
  const to = dayNumber(filters.dateTo);
  return {
    from: from || 0,
    to: to || 99_999_999,
    dated: from > 0 || to > 0,
    outletOn: Uint8Array.from(index.outlets, (outlet) =>
      filters.excludedOutlets.has(outlet) ? 0 : 1,
    ),
    stanceOn: Uint8Array.from(STANCES, (stance) => (filters.stances.has(stance) ? 1 : 0)),
    kindOn: Uint8Array.from(NODE_KINDS, (kind) => (filters.kinds.has(kind) ? 1 : 0)),
  };
}

function emptyVisibility(index: ClaimIndex): Visibility {
  const nodes = index.nodeKeys.length;
  return {
    claim: new Uint8Array(index.claimKeys.length),
    node: new Uint8Array(nodes),
    represents: new Uint8Array(index.representsKeys.length),
    nodeClaims: new Int32Array(nodes),
    nodeRepresentatives: new Int32Array(nodes),
    counts: { actors: 0, positions: 0, claims: 0 },
    kindOn: new Uint8Array(NODE_KINDS.length),
  };
}

/** The visibility of everything in `index` under `filters`. */
export function computeVisibility(index: ClaimIndex, filters: Filters): Visibility {
  const visibility = emptyVisibility(index);
  updateVisibility(index, visibility, filters, true);
  return visibility;
}

/**
 * Brings `visibility` in line with `filters` in place and returns what flipped.
 * Cost: one pass over the claims (integer tests only), then work proportional
 * to the change, so a small filter step redraws only a few items.
 */
export function updateVisibility(
  index: ClaimIndex,
  visibility: Visibility,
  filters: Filters,
  everyNode = false,
): VisibilityChange {
  const f = compile(index, filters);
  const { claimDay, claimOutlet, claimStance, claimSource, claimTarget, nodeKind } = index;
  const { claim, nodeClaims, counts } = visibility;
  const kindsChanged = everyNode || f.kindOn.some((on, k) => on !== visibility.kindOn[k]);
  visibility.kindOn = f.kindOn;

  const change: VisibilityChange = { claims: [], nodes: [], represents: [] };
  const touched = new Uint8Array(kindsChanged ? 0 : index.nodeKeys.length);
  const candidates: number[] = [];
  const touch = (node: number): void => {
    if (kindsChanged || touched[node]) return;
    touched[node] = 1;
    candidates.push(node);
  };

  for (let i = 0; i < claim.length; i++) {
    const day = claimDay[i] ?? 0;
    const source = claimSource[i] ?? 0;
    const target = claimTarget[i] ?? 0;
    const visible =
      (!f.dated || (day >= f.from && day <= f.to && day > 0)) &&
      f.outletOn[claimOutlet[i] ?? 0] === 1 &&
      f.stanceOn[claimStance[i] ?? 0] === 1 &&
      f.kindOn[nodeKind[source] ?? 0] === 1 &&
      f.kindOn[nodeKind[target] ?? 0] === 1
        ? 1
        : 0;
    if (visible === claim[i]) continue;
    claim[i] = visible;
    change.claims.push(i);
    const delta = visible ? 1 : -1;
    counts.claims += delta;
    nodeClaims[source] = (nodeClaims[source] ?? 0) + delta;
    nodeClaims[target] = (nodeClaims[target] ?? 0) + delta;
    touch(source);
    touch(target);
  }

  const nodes = kindsChanged ? Array.from(index.nodeKeys, (_key, n) => n) : candidates;
  // People, orgs and positions first: a country's visibility depends on theirs.
  for (const n of nodes)
    if (nodeKind[n] !== COUNTRY) settleNode(index, visibility, f, n, change, touch);
  for (const n of kindsChanged ? nodes : candidates) {
    if (nodeKind[n] === COUNTRY) settleNode(index, visibility, f, n, change, touch);
  }

  const { node, represents } = visibility;
  const { representsSource, representsTarget } = index;
  for (const n of change.nodes) {
    for (const r of index.representsOf[n] ?? []) {
      const visible =
        node[representsSource[r] ?? -1] === 1 && node[representsTarget[r] ?? -1] === 1 ? 1 : 0;
      if (visible !== represents[r]) {
        represents[r] = visible;
        change.represents.push(r);
      }
    }
  }
  return change;
}

function settleNode(
  index: ClaimIndex,
  visibility: Visibility,
  f: CompiledFilters,
  n: number,
  change: VisibilityChange,
  touch: (node: number) => void,
): void {
  const kind = index.nodeKind[n] ?? 0;
  const visible =
    f.kindOn[kind] === 1 &&
    ((visibility.nodeClaims[n] ?? 0) > 0 ||
      (kind === COUNTRY && (visibility.nodeRepresentatives[n] ?? 0) > 0))
      ? 1
      : 0;
  if (visible === visibility.node[n]) return;
  visibility.node[n] = visible;
  change.nodes.push(n);
  const delta = visible ? 1 : -1;
  if (kind === POSITION) visibility.counts.positions += delta;
  else visibility.counts.actors += delta;
  if (kind === COUNTRY) return;
  for (const r of index.representsOf[n] ?? []) {
    const country = index.representsTarget[r];
    if (index.representsSource[r] !== n || country === undefined || country < 0) continue;
    visibility.nodeRepresentatives[country] =
      (visibility.nodeRepresentatives[country] ?? 0) + delta;
    touch(country);
  }
}

/** What the default filters show, worked out from the graph alone. */
export interface UnfilteredVisibility {
  readonly nodes: ReadonlySet<string>;
  readonly represents: ReadonlySet<string>;
}

/**
 * The visible nodes and `represents` edges when nothing is filtered: every
 * claim is visible, so the rules above reduce to a node with a claim, or a
 * country spoken for by one. The explorer draws its first frame from this,
 * before it has built the claim index; it always agrees with
 * computeVisibility under DEFAULT_FILTERS.
 */
export function unfilteredVisibility(graph: StanceGraph): UnfilteredVisibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.claims > 0) nodes.add(node);
  });
  const links: [string, string, string][] = [];
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (isClaim(attributes)) return;
    links.push([edge, source, target]);
    const speaks = sourceAttributes.kind !== 'country' && nodes.has(source);
    if (speaks && targetAttributes.kind === 'country') nodes.add(target);
  });
  const represents = new Set<string>();
  for (const [edge, source, target] of links) {
    if (nodes.has(source) && nodes.has(target)) represents.add(edge);
  }
  return { nodes, represents };
}

/** True when the claim edge `key` is visible (false for unknown keys and non-claims). */
export function isClaimVisible(index: ClaimIndex, visibility: Visibility, key: string): boolean {
  const i = index.claimIndex.get(key);
  return i !== undefined && visibility.claim[i] === 1;
}

/** True when the edge `key` is drawn: a visible claim, or a `represents` edge between visible nodes. */
export function isEdgeVisible(index: ClaimIndex, visibility: Visibility, key: string): boolean {
  const r = index.representsIndex.get(key);
  return r === undefined ? isClaimVisible(index, visibility, key) : visibility.represents[r] === 1;
}

/** True when the node `key` is visible. */
export function isNodeVisible(index: ClaimIndex, visibility: Visibility, key: string): boolean {
  const n = index.nodeIndex.get(key);
  return n !== undefined && visibility.node[n] === 1;
}
