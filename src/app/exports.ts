// The downloads: exactly what is visible, in the formats the extractor writes.
// Writers are loaded on first use, keeping them (and papaparse) out of the
// initial script.
import type { ExtraEdgeColumns } from '../io/edgesCsv';
import { isRolledClaim } from '../view/rollup';
import { isClaimVisible, isEdgeVisible, isNodeVisible } from '../view/visibility';
import { visibleSubgraph } from '../view/subgraph';
import { saveFile } from './saveFile';
import type { Scene } from './scene';

const CSV = 'text/csv;charset=utf-8';

const claimFilter = (scene: Scene) => (edge: string) =>
  isClaimVisible(scene.index, scene.visibility, edge);
const nodeFilter = (scene: Scene) => (node: string) =>
  isNodeVisible(scene.index, scene.visibility, node);

/**
 * edges.csv of the visible claims (same columns and writer as the extractor);
 * rolled up, a `via` column names who spoke for the country.
 */
export async function downloadEdgesCsv(scene: Scene): Promise<void> {
  const include = claimFilter(scene);
  const { edgesCsv } = await import('../io/edgesCsv');
  const extra: ExtraEdgeColumns = scene.rolledUp
    ? { via: (_edge, claim) => (isRolledClaim(claim) ? claim.via : '') }
    : {};
  saveFile('edges.csv', edgesCsv(scene.graph, include, extra), CSV);
}

/** nodes.csv of the visible actors and positions. */
export async function downloadNodesCsv(scene: Scene): Promise<void> {
  const include = nodeFilter(scene);
  const { nodesCsv } = await import('../io/nodesCsv');
  saveFile('nodes.csv', nodesCsv(scene.graph, include), CSV);
}

/** The visible graph as GEXF, for Gephi: claims and the `represents` links drawn. */
export async function downloadGexf(scene: Scene): Promise<void> {
  const visible = visibleSubgraph(scene.graph, nodeFilter(scene), (edge) =>
    isEdgeVisible(scene.index, scene.visibility, edge),
  );
  const { write } = await import('graphology-gexf/browser');
  saveFile('stancegraph.gexf', write(visible), 'application/xml');
}
