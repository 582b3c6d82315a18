// A compact, array-based index of the graph built once per load. Filtering
// 100,000 claims on every slider step must not walk graphology's objects or
// compare date strings: here each claim is a row of small integers.
import { NODE_KINDS, STANCES, isClaim, type NodeKind, type StanceGraph } from '../graph/types';
import { dayNumber } from './isoDay';

export interface ClaimIndex {
  readonly nodeKeys: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Index into NODE_KINDS. */
  readonly nodeKind: Uint8Array;
  readonly claimKeys: readonly string[];
  readonly claimIndex: ReadonlyMap<string, number>;
  readonly claimSource: Int32Array;
  readonly claimTarget: Int32Array;
  /** yyyymmdd of the statement date; 0 when the date is missing or invalid. */
  readonly claimDay: Int32Array;
  /** Index into `outlets`. */
  readonly claimOutlet: Int32Array;
  /** Index into STANCES. */
  readonly claimStance: Uint8Array;
  /** Outlet names, sorted. */
  readonly outlets: readonly string[];
  /** Claims per outlet, aligned with `outlets`. */
  readonly outletClaims: readonly number[];
  /** `represents` edges: person/org (source) speaking for a country (target). */
  readonly representsKeys: readonly string[];
  readonly representsIndex: ReadonlyMap<string, number>;
  readonly representsSource: Int32Array;
  readonly representsTarget: Int32Array;
  /** The `represents` edges touching each node. */
  readonly representsOf: readonly (readonly number[])[];
}

export const KIND_CODE: Readonly<Record<NodeKind, number>> = Object.freeze(
  Object.fromEntries(NODE_KINDS.map((kind, i) => [kind, i])) as Record<NodeKind, number>,
);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the index of `graph`; O(nodes + edges), run once per loaded graph. */
export function indexClaims(graph: StanceGraph): ClaimIndex {
  const nodeKeys: string[] = [];
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(graph.order);
  graph.forEachNode((node, attributes) => {
    nodeKind[nodeKeys.length] = KIND_CODE[attributes.kind];
    nodeIndex.set(node, nodeKeys.length);
    nodeKeys.push(node);
  });

  let claimCount = 0;
  let representsCount = 0;
  const outletOf = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => {
    if (isClaim(attributes)) {
      claimCount++;
      if (!outletOf.has(attributes.outlet)) outletOf.set(attributes.outlet, outletOf.size);
    } else representsCount++;
  });
  // Outlets are numbered in first-seen order above, then renumbered in sorted order.
  const outlets = [...outletOf.keys()].sort(compareText);
  const renumber = new Map(outlets.map((outlet, i) => [outlet, i]));

  const claimKeys: string[] = [];
  const claimIndex = new Map<string, number>();
  const claimSource = new Int32Array(claimCount);
  const claimTarget = new Int32Array(claimCount);
  const claimDay = new Int32Array(claimCount);
  const claimOutlet = new Int32Array(claimCount);
  const claimStance = new Uint8Array(claimCount);
  const outletClaims = new Array<number>(outlets.length).fill(0);
  const representsKeys: string[] = [];
  const representsIndex = new Map<string, number>();
  const representsSource = new Int32Array(representsCount);
  const representsTarget = new Int32Array(representsCount);
  const dayCache = new Map<string, number>();

  graph.forEachEdge((edge, attributes, source, target) => {
    if (isClaim(attributes)) {
      const i = claimKeys.length;
      claimKeys.push(edge);
      claimIndex.set(edge, i);
      claimSource[i] = nodeIndex.get(source) ?? -1;
      claimTarget[i] = nodeIndex.get(target) ?? -1;
      let day = dayCache.get(attributes.date);
      if (day === undefined) {
        day = dayNumber(attributes.date);
        dayCache.set(attributes.date, day);
      }
      claimDay[i] = day;
      const outlet = renumber.get(attributes.outlet) ?? 0;
      claimOutlet[i] = outlet;
      outletClaims[outlet] = (outletClaims[outlet] ?? 0) + 1;
      claimStance[i] = STANCES.indexOf(attributes.stance);
    } else {
      const i = representsKeys.length;
      representsKeys.push(edge);
      representsIndex.set(edge, i);
      representsSource[i] = nodeIndex.get(source) ?? -1;
      representsTarget[i] = nodeIndex.get(target) ?? -1;
    }
  });

  const representsOf = nodeKeys.map((): number[] => []);
  representsKeys.forEach((_key, r) => {
    for (const node of [representsSource[r], representsTarget[r]]) {
      if (node !== undefined && node >= 0) representsOf[node]?.push(r);
    }
  });

  return {
    nodeKeys,
    nodeIndex,
    nodeKind,
    claimKeys,
    claimIndex,
    claimSource,
    claimTarget,
    claimDay,
    claimOutlet,
    claimStance,
    outlets,
    outletClaims,
    representsKeys,
    representsIndex,
    representsSource,
    representsTarget,
    representsOf,
  };
}
