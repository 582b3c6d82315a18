// Creates the one renderer, once, on the canvas container.
import { useCallback, useState } from 'react';
import Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import { nodeRadius, nodeShown, styleEdge, styleNode } from '../view/display';
import { KIND_MARKS } from '../view/palette';
import { attachLabels, LabelSpace } from './labels';
import type { StanceSigma } from './redraw';
import { noteLabelGrid, type Scene } from './scene';
import { baseSettings, EDGE_EVENTS_LIMIT } from './sigmaSettings';

export const FIRST_FRAME_MARK = 'stancegraph:first-frame';

/**
 * Refits the drawing when its container changes size without the window
 * doing so (the legend grows when coalitions are shown, a side panel opens).
 * Sigma handles window resizes itself, and has resized by the time this runs.
 */
function refitOnResize(renderer: StanceSigma, container: HTMLElement): () => void {
  const observer = new ResizeObserver(() => {
    const { width, height } = renderer.getDimensions();
    if (container.offsetWidth !== width || container.offsetHeight !== height) {
      renderer.scheduleRefresh();
    }
  });
  observer.observe(container);
  return () => observer.disconnect();
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
      const labels = new LabelSpace((visit) =>
        graph.forEachNode((node, attributes) => {
          if (nodeShown(node, scene.display).shown) {
            const round = KIND_MARKS[attributes.kind].shape === 'disc';
            visit(node, attributes.x, attributes.y, nodeRadius(attributes, scene.display), round);
          }
        }),
      );
      const sigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, container, {
        ...baseSettings(scene.display.theme, graph.size <= EDGE_EVENTS_LIMIT, labels),
        allowInvalidContainer: true,
        nodeReducer: (node, data) => styleNode(node, data, data, scene.display),
        edgeReducer: (edge, data) =>
          styleEdge(edge, data, data, scene.display, () => graph.extremities(edge)),
      });
      attachLabels(sigma, labels);
      // The constructor has drawn the loaded graph, labels included: that is the first frame.
      if (graph.order > 0 && performance.getEntriesByName(FIRST_FRAME_MARK).length === 0) {
        performance.mark(FIRST_FRAME_MARK);
      }
      // Sigma rebuilds its label grid from the nodes visible as it processes the graph.
      sigma.on('beforeProcess', () => noteLabelGrid(scene));
      const stopRefit = refitOnResize(sigma, container);
      setRenderer(sigma);
      return () => {
        stopRefit();
        sigma.kill();
        setRenderer(null);
      };
    },
    [scene],
  );
  return [renderer, attach];
}
