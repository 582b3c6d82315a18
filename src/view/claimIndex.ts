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

/** Builds the index of `graph`; one pass over nodes and edges, run once per loaded graph. */
export function indexClaims(graph: StanceGraph): ClaimIndex {
  const nodeKeys: string[] = [];
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(graph.order);
  graph.forEachNode((node, attributes) => {
    nodeKind[nodeKeys.length] = KIND_CODE[attributes.kind];
    nodeIndex.set(node, nodeKeys.length);
    nodeKeys.push(node);
  });

  // Sized for the worst case (every edge a claim, or every edge a link), cut to size below.
  const size = graph.size;
  const claimKeys: string[] = [];
  const claimIndex = new Map<string, number>();
  const claimSource = new Int32Array(size);
  const claimTarget = new Int32Array(size);
  const claimDay = new Int32Array(size);
  const claimOutlet = new Int32Array(size);
  const claimStance = new Uint8Array(size);
  const representsKeys: string[] = [];
  const representsIndex = new Map<string, number>();
  const representsSource = new Int32Array(size);
  const representsTarget = new Int32Array(size);
  // Outlets are numbered in first-seen order here, then renumbered in sorted order.
  const outletOf = new Map<string, number>();
  const dayOf = new Map<string, number>();
  let lastDate = '';
  let lastDay = 0;

  graph.forEachEdge((edge, attributes, source, target) => {
    if (isClaim(attributes)) {
      const i = claimKeys.length;
      claimKeys.push(edge);
      claimIndex.set(edge, i);
      claimSource[i] = nodeIndex.get(source) ?? -1;
      claimTarget[i] = nodeIndex.get(target) ?? -1;
      // Claims of one article follow each other and mostly share a date.
      if (attributes.date !== lastDate) {
        lastDate = attributes.date;
        lastDay = dayOf.get(lastDate) ?? dayNumber(lastDate);
        dayOf.set(lastDate, lastDay);
      }
      claimDay[i] = lastDay;
      let outlet = outletOf.get(attributes.outlet);
      if (outlet === undefined) outletOf.set(attributes.outlet, (outlet = outletOf.size));
      claimOutlet[i] = outlet;
      claimStance[i] = STANCES.indexOf(attributes.stance);
    } else {
      const r = representsKeys.length;
      representsKeys.push(edge);
      representsIndex.set(edge, r);
      representsSource[r] = nodeIndex.get(source) ?? -1;
      representsTarget[r] = nodeIndex.get(target) ?? -1;
    }
  });

  const claims = claimKeys.length;
  const outlets = [...outletOf.keys()].sort(compareText);
  const renumber = new Int32Array(outlets.length);
  outlets.forEach((outlet, sorted) => (renumber[outletOf.get(outlet) ?? 0] = sorted));
  const outletClaims = new Array<number>(outlets.length).fill(0);
  for (let i = 0; i < claims; i++) {
    const outlet = renumber[claimOutlet[i] ?? 0] ?? 0;
    claimOutlet[i] = outlet;
    outletClaims[outlet] = (outletClaims[outlet] ?? 0) + 1;
  }

  const links = representsKeys.length;
  const representsOf = nodeKeys.map((): number[] => []);
  for (let r = 0; r < links; r++) {
    for (const node of [representsSource[r], representsTarget[r]]) {
      if (node !== undefined && node >= 0) representsOf[node]?.push(r);
    }
  }

  return {
    nodeKeys,
    nodeIndex,
    nodeKind,
    claimKeys,
    claimIndex,
    claimSource: claimSource.slice(0, claims),
    claimTarget: claimTarget.slice(0, claims),
    claimDay: claimDay.slice(0, claims),
    claimOutlet: claimOutlet.slice(0, claims),
    claimStance: claimStance.slice(0, claims),
    outlets,
    outletClaims,
    representsKeys,
    representsIndex,
    representsSource: representsSource.slice(0, links),
    representsTarget: representsTarget.slice(0, links),
    representsOf,
  };
}
