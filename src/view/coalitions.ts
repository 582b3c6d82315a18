// Coalitions: which actors take the same side. Two actors are linked in the
// agreement graph when they take the same stance on the same position, the
// link weighing the number of such (position, stance) pairs they share.
// Community detection on this graph (Louvain, in the app) finds the blocs.
import { UndirectedGraph } from 'graphology';
import type { StanceGraph } from '../graph/types';
import { isClaim } from '../graph/types';

/**
 * The actor–actor agreement graph over the claims that pass `include`. Every
 * actor with such a claim is a node, linked or not.
 */
export function agreementGraph(
  graph: StanceGraph,
  include: (edge: string) => boolean = () => true,
): UndirectedGraph {
  const sides = new Map<string, Set<string>>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!isClaim(attributes) || !include(edge)) return;
    const side = `${target}\u0000${attributes.stance}`;
    let actors = sides.get(side);
    if (!actors) sides.set(side, (actors = new Set()));
    actors.add(source);
  });
  const agreement = new UndirectedGraph();
  const sorted = [...sides.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [, side] of sorted) {
    const actors = [...side].sort();
    for (const actor of actors) agreement.mergeNode(actor);
    actors.forEach((a, i) => {
      for (const b of actors.slice(i + 1)) {
        agreement.updateEdge(a, b, (attributes) => ({
          weight: ((attributes.weight as number | undefined) ?? 0) + 1,
        }));
      }
    });
  }
  return agreement;
}

/** The rank given to an actor that shares no stance with any other. */
export const UNALIGNED = -1;

/**
 * Renumbers communities by size (largest first, ties by smallest member id),
 * so colours stay the same from one run to the next. Communities of a single
 * actor are not coalitions: they get UNALIGNED.
 */
export function rankCommunities(
  communities: Readonly<Record<string, number>>,
): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const node of Object.keys(communities).sort()) {
    const community = communities[node] ?? 0;
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }
  const ranked = [...members.values()].sort(
    (a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1),
  );
  const result = new Map<string, number>();
  ranked.forEach((list, rank) => {
    for (const node of list) result.set(node, list.length > 1 ? rank : UNALIGNED);
  });
  return result;
}

export interface CoalitionSummary {
  rank: number;
  size: number;
  /** Labels of the members with most claims, for the legend. */
  examples: string[];
}

/** The communities in rank order, each with its best-known members. */
export function summariseCoalitions(
  ranked: ReadonlyMap<string, number>,
  labelOf: (node: string) => string,
  claimsOf: (node: string) => number,
  examples = 3,
): CoalitionSummary[] {
  const members: string[][] = [];
  for (const [node, rank] of ranked) if (rank !== UNALIGNED) (members[rank] ??= []).push(node);
  return members.map((list, rank) => ({
    rank,
    size: list.length,
    examples: [...list]
      .sort((a, b) => claimsOf(b) - claimsOf(a) || (a < b ? -1 : 1))
      .slice(0, examples)
      .map(labelOf),
  }));
}
