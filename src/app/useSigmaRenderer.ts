// Creates the one renderer, once, on the canvas container.
import { useCallback, useState } from 'react';
import Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { KIND_CODE } from '../view/claimIndex';
import { styleEdge, styleNode } from '../view/display';
import type { StanceSigma } from './redraw';
import type { Scene } from './scene';
import { LabelSpace, type PlacedNode } from './labels';
import { baseSettings, EDGE_EVENTS_LIMIT } from './sigmaSettings';

export const FIRST_FRAME_MARK = 'stancegraph:first-frame';

/** The nodes whose labels must show this frame (positions, the focus), on screen. */
function labelsToShow(renderer: StanceSigma, scene: Scene): PlacedNode[] {
  const { index, display } = scene;
  const keys: string[] = [];
  if (display.labelPositions) {
    index.nodeKeys.forEach((key, n) => {
      if (index.nodeKind[n] === KIND_CODE.position) keys.push(key);
    });
  }
  if (display.focus?.node) keys.push(display.focus.node, ...display.focus.neighbours);
  const placed: PlacedNode[] = [];
  for (const key of keys) {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.hidden || !data.forceLabel || !data.label) continue;
    const { x, y } = renderer.framedGraphToViewport(data);
    placed.push({ key, label: data.label, x, y, size: renderer.scaleSize(data.size) });
  }
  return placed;
}

/**
 * The renderer drawing `scene.graph`, and the callback ref that creates it on
 * its container. Reducers read `scene.display`, so changing the view is a
 * matter of updating the scene and refreshing: the renderer is never rebuilt.
 *
 * @example const [renderer, attach] = useSigmaRenderer(scene); return <div ref={attach} />;
 */
export function useSigmaRenderer(
  scene: Scene,
): [StanceSigma | null, (container: HTMLDivElement | null) => (() => void) | undefined] {
  const [renderer, setRenderer] = useState<StanceSigma | null>(null);
  const attach = useCallback(
    (container: HTMLDivElement | null) => {
      if (!container) return undefined;
      const { graph } = scene;
      let drawn: StanceSigma | null = null;
      const labels = new LabelSpace(() => (drawn ? labelsToShow(drawn, scene) : []));
      const sigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
        ...baseSettings(scene.display.theme, graph.size <= EDGE_EVENTS_LIMIT, labels),
        allowInvalidContainer: true,
        nodeReducer: (node, data) => styleNode(node, data, data, scene.display),
        edgeReducer: (edge, data) =>
          styleEdge(edge, data, data, scene.display, () => graph.extremities(edge)),
      });
      // The constructor has drawn the loaded graph: that is the first frame.
      if (graph.order > 0 && performance.getEntriesByName(FIRST_FRAME_MARK).length === 0) {
        performance.mark(FIRST_FRAME_MARK);
      }
      drawn = sigma;
      sigma.on('beforeRender', () => labels.clear());
      setRenderer(sigma);
      return () => {
        sigma.kill();
        setRenderer(null);
      };
    },
    [scene],
  );
  return [renderer, attach];
}
