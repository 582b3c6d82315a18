// The visible part of the graph as a graph of its own, for formats (GEXF) that
// take a whole graph rather than a row filter.
import { createStanceGraph } from '../graph/buildGraph';
import type { StanceGraph } from '../graph/types';

/** A copy of `graph` with only the nodes and edges that pass the tests. */
export function visibleSubgraph(
  graph: StanceGraph,
  includeNode: (node: string) => boolean,
  includeEdge: (edge: string) => boolean,
): StanceGraph {
  const copy = createStanceGraph({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (includeNode(node)) copy.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (includeEdge(edge) && copy.hasNode(source) && copy.hasNode(target)) {
      copy.addEdgeWithKey(edge, source, target, { ...attributes });
    }
  });
  return copy;
}
