// Redrawing only what changed. A filter step that flips 1% of 100,000 claims
// re-runs the reducers for those edges and the nodes whose visibility flipped,
// nothing else (sigma's partial refresh without re-indexation).
import type Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { Focus } from '../view/display';
import { focusItems } from '../view/focus';
import type { VisibilityChange } from '../view/visibility';
import type { Scene } from './scene';

export type StanceSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Redraws the items whose visibility flipped; synchronous, so it can be timed. */
export function redrawChanged(renderer: StanceSigma, scene: Scene, change: VisibilityChange): void {
  const { index } = scene;
  const edges: string[] = [];
  for (const i of change.claims) edges.push(index.claimKeys[i] ?? '');
  for (const r of change.represents) edges.push(index.representsKeys[r] ?? '');
  const nodes = change.nodes.map((n) => index.nodeKeys[n] ?? '');
  renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
}

/**
 * Rebuilds the label grid, which only knows the nodes visible at the last full
 * indexation: a node shown by a later filter step gets its label back here.
 */
export function reindexLabels(renderer: StanceSigma): void {
  renderer.refresh({ partialGraph: { nodes: [] }, skipIndexation: false, schedule: true });
}

/** Redraws what the old and the new focus touch (everything when either dims the rest). */
export function redrawFocus(
  renderer: StanceSigma,
  scene: Scene,
  previous: Focus | null,
  next: Focus | null,
): void {
  const { graph } = scene;
  if (previous === null && next === null) return;
  if (previous?.dimOthers || next?.dimOthers) {
    renderer.refresh({
      partialGraph: { nodes: graph.nodes(), edges: graph.edges() },
      skipIndexation: true,
    });
    return;
  }
  const before = focusItems(graph, previous);
  const after = focusItems(graph, next);
  renderer.refresh({
    partialGraph: {
      nodes: [...new Set([...before.nodes, ...after.nodes])],
      edges: [...new Set([...before.edges, ...after.edges])],
    },
    skipIndexation: true,
  });
}
