// Redrawing only what changed. A filter step that flips 1% of 100,000 claims
// re-runs the reducers for those edges and the nodes whose visibility flipped,
// nothing else (sigma's partial refresh without re-indexation).
import type Sigma from 'sigma';
import {
  NODE_KINDS,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
} from '../graph/types';
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
 * How many of the nodes a filter step showed are missing from the renderer's
 * label grid (it holds the nodes visible at its last indexation). Their
 * labels are forced meanwhile, so they still compete for a place.
 */
export function lateLabels(scene: Scene, change: VisibilityChange): number {
  const { labelGrid, labelKinds } = scene.display;
  if (labelGrid === null || labelKinds.size === NODE_KINDS.length) return 0;
  const { node } = scene.visibility;
  return change.nodes.filter((n) => node[n] === 1 && labelGrid[n] !== 1).length;
}

/**
 * Rebuilds the label grid from the nodes visible now: a full re-indexation,
 * for when a filter step showed many nodes at once.
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
