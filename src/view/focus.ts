// The neighbourhood the reader is looking at: the hovered or selected node
// with its neighbours, or a selected claim with its two ends.
import type { StanceGraph } from '../graph/types';
import type { Focus } from './display';

/** Above this many edges, pushing the rest back would redraw too much per hover. */
export const DIM_LIMIT = 20_000;

/**
 * The focus for a node (hovered or selected) or else a selected edge; null
 * when neither exists in `graph`.
 */
export function focusOn(
  graph: StanceGraph,
  node: string | null,
  edge: string | null,
): Focus | null {
  const dimOthers = graph.size <= DIM_LIMIT;
  if (node !== null && graph.hasNode(node)) {
    return { node, edge: null, neighbours: new Set(graph.neighbors(node)), dimOthers };
  }
  if (edge !== null && graph.hasEdge(edge)) {
    return { node: null, edge, neighbours: new Set(graph.extremities(edge)), dimOthers };
  }
  return null;
}

/** The nodes and edges whose look depends on `focus`: what to redraw when it moves. */
export function focusItems(
  graph: StanceGraph,
  focus: Focus | null,
): { nodes: string[]; edges: string[] } {
  if (focus === null) return { nodes: [], edges: [] };
  const nodes = [...focus.neighbours];
  if (focus.node !== null) {
    nodes.push(focus.node);
    return { nodes, edges: graph.edges(focus.node) };
  }
  return { nodes, edges: focus.edge === null ? [] : [focus.edge] };
}
