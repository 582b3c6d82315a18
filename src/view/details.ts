// The selection panel's content: a node's claims grouped by position (or, for
// a position, by actor) and stance, and one claim's provenance.
import {
  STANCES,
  isClaim,
  type ClaimAttributes,
  type Stance,
  type StanceGraph,
} from '../graph/types';
import { isRolledClaim, VIA_SEPARATOR } from './rollup';

export interface ClaimView extends ClaimAttributes {
  edge: string;
  source: string;
  sourceLabel: string;
  target: string;
  targetLabel: string;
  /** Who spoke (people or organisations, VIA_SEPARATOR between), when folded into a country. */
  via?: string;
  /** Their labels, comma-separated. */
  viaLabel?: string;
}

export interface ClaimGroup {
  /** The other end: the position for an actor, the actor for a position. */
  other: string;
  otherLabel: string;
  stance: Stance;
  claims: ClaimView[];
}

export interface NodeClaims {
  groups: ClaimGroup[];
  /** Claims of the node hidden by the filters. */
  hidden: number;
  /** Visible claims left out past the limit. */
  omitted: number;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const labelOf = (graph: StanceGraph, node: string): string =>
  graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node;

/** Finds the label of a node that is not in the drawn graph (a folded actor). */
export type LabelLookup = (node: string) => string | undefined;

/** Everything the provenance card shows about claim edge `edge`; null if it is no claim. */
export function claimView(
  graph: StanceGraph,
  edge: string,
  lookup: LabelLookup = () => undefined,
): ClaimView | null {
  if (!graph.hasEdge(edge)) return null;
  const attributes = graph.getEdgeAttributes(edge);
  if (!isClaim(attributes)) return null;
  const [source, target] = graph.extremities(edge);
  const via = isRolledClaim(attributes) ? attributes.via : undefined;
  return {
    ...attributes,
    edge,
    source,
    sourceLabel: labelOf(graph, source),
    target,
    targetLabel: labelOf(graph, target),
    ...(via === undefined
      ? {}
      : {
          via,
          viaLabel: via
            .split(VIA_SEPARATOR)
            .map((speaker) => lookup(speaker) ?? speaker)
            .join(', '),
        }),
  };
}

/**
 * The visible claims of `node`, grouped by the other end and stance (groups
 * sorted by label, then in STANCES order; claims by date, newest first). At
 * most `limit` claims are listed, so a hub with thousands stays quick to draw.
 */
export function groupClaims(
  graph: StanceGraph,
  node: string,
  isVisible: (edge: string) => boolean,
  lookup: LabelLookup = () => undefined,
  limit = 200,
): NodeClaims {
  const groups = new Map<string, ClaimGroup>();
  let hidden = 0;
  let listed = 0;
  let omitted = 0;
  const edges = graph.hasNode(node) ? graph.edges(node) : [];
  const claims = edges
    .map((edge) => claimView(graph, edge, lookup))
    .filter((claim): claim is ClaimView => claim !== null)
    .sort((a, b) => compare(b.date, a.date) || compare(a.edge, b.edge));
  for (const claim of claims) {
    if (!isVisible(claim.edge)) {
      hidden++;
      continue;
    }
    if (listed >= limit) {
      omitted++;
      continue;
    }
    listed++;
    const other = claim.source === node ? claim.target : claim.source;
    const key = `${other}\u0000${claim.stance}`;
    let group = groups.get(key);
    if (!group) {
      group = { other, otherLabel: labelOf(graph, other), stance: claim.stance, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      compare(a.otherLabel, b.otherLabel) ||
      compare(a.other, b.other) ||
      STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance),
  );
  return { groups: sorted, hidden, omitted };
}
