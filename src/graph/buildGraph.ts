// Turns extraction records into the one graph model that the files and the app
// share. Building is order-independent: nodes and edges are inserted sorted, so
// the same records always serialise to the same bytes.
import { MultiDirectedGraph } from 'graphology';
import type { ActorKind, ClaimAttributes, GraphAttributes, NodeKind, StanceGraph } from './types';

/** An actor or position as the extractor knows it. */
export interface NodeRecord {
  id: string;
  label: string;
  kind: NodeKind;
  country: string;
  role: string;
  description?: string;
  aliases?: readonly string[];
}

/** A claim as the extractor found it: who, on what, and the evidence. */
export interface ClaimRecord extends Omit<ClaimAttributes, 'type'> {
  source: string;
  target: string;
}

/** The stable key of a claim edge, also its `Id` in edges.csv. */
export function claimKey(
  claim: Pick<ClaimRecord, 'article' | 'start' | 'end' | 'source' | 'target'>,
): string {
  return `${claim.article}:${claim.start}-${claim.end}:${claim.source}->${claim.target}`;
}

/** The key of the edge saying that `actor` speaks for `country`. */
export function representsKey(actor: string, country: string): string {
  return `represents:${actor}->${country}`;
}

export function countryNodeId(code: string): string {
  return `country:${code}`;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareClaims(a: ClaimRecord, b: ClaimRecord): number {
  return (
    compare(a.article, b.article) ||
    a.start - b.start ||
    a.end - b.end ||
    compare(a.source, b.source) ||
    compare(a.target, b.target) ||
    compare(a.stance, b.stance)
  );
}

export function createStanceGraph(attributes: GraphAttributes = { corpus: '' }): StanceGraph {
  const graph: StanceGraph = new MultiDirectedGraph();
  graph.replaceAttributes(attributes);
  return graph;
}

/**
 * Builds the stance graph from node and claim records. Every claim endpoint must
 * be among `nodes`; people and orgs that represent a country get a `represents`
 * edge to that country's node (created if the records lack it, labelled by
 * `countryLabel`). Coordinates start at 0: run `applySeededLayout` afterwards.
 */
export function buildStanceGraph(
  nodes: readonly NodeRecord[],
  claims: readonly ClaimRecord[],
  attributes: GraphAttributes,
  countryLabel: (code: string) => string = (code) => code,
): StanceGraph {
  const graph = createStanceGraph(attributes);
  const sortedNodes = [...nodes].sort((a, b) => compare(a.id, b.id));
  for (const node of sortedNodes) {
    graph.mergeNode(node.id, {
      label: node.label,
      kind: node.kind,
      country: node.country,
      role: node.role,
      x: 0,
      y: 0,
      claims: 0,
      ...(node.description ? { description: node.description } : {}),
      ...(node.aliases?.length ? { aliases: [...node.aliases] } : {}),
    });
  }
  for (const node of sortedNodes) {
    if ((node.kind === 'person' || node.kind === 'org') && node.country) {
      const country = countryNodeId(node.country);
      if (!graph.hasNode(country)) {
        graph.addNode(country, {
          label: countryLabel(node.country),
          kind: 'country',
          country: node.country,
          role: '',
          x: 0,
          y: 0,
          claims: 0,
        });
      }
      graph.mergeEdgeWithKey(representsKey(node.id, country), node.id, country, {
        type: 'represents',
      });
    }
  }
  for (const claim of [...claims].sort(compareClaims)) {
    for (const end of [claim.source, claim.target]) {
      if (!graph.hasNode(end)) {
        throw new Error(
          `Claim ${claimKey(claim)} refers to unknown node "${end}": add it to the node records.`,
        );
      }
    }
    const { source, target, ...evidence } = claim;
    const key = claimKey(claim);
    if (graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, source, target, { type: 'claim', ...evidence });
    graph.updateNodeAttribute(source, 'claims', (n = 0) => n + 1);
    graph.updateNodeAttribute(target, 'claims', (n = 0) => n + 1);
  }
  return graph;
}

export function isActorKind(kind: NodeKind): kind is ActorKind {
  return kind !== 'position';
}
