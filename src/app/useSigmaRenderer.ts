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

/**
 * The nodes whose labels must show this frame, most important first: the
 * focused node and its neighbours, then the always-labelled kinds (positions
 * before countries), each by size.
 */
function labelsToShow(renderer: StanceSigma, scene: Scene): PlacedNode[] {
  const { index, display } = scene;
  const placedOf = (key: string): PlacedNode | null => {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.hidden || !data.forceLabel || !data.label) return null;
    const { x, y } = renderer.framedGraphToViewport(data);
    return { key, label: data.label, x, y, size: renderer.scaleSize(data.size) };
  };
  const bySize = (keys: Iterable<string>): PlacedNode[] =>
    [...keys]
      .map(placedOf)
      .filter((node): node is PlacedNode => node !== null)
      .sort((a, b) => b.size - a.size);
  const groups: PlacedNode[][] = [];
  const focus = display.focus?.node;
  if (focus) groups.push(bySize([focus]), bySize(display.focus?.neighbours ?? []));
  for (const kind of ['position', 'country'] as const) {
    if (!display.labelKinds.has(kind)) continue;
    const code = KIND_CODE[kind];
    groups.push(bySize(index.nodeKeys.filter((_key, n) => index.nodeKind[n] === code)));
  }
  return groups.flat();
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
      // The constructor's frame drew labels before the must-show ones could be
      // placed (the renderer did not exist yet): draw once more with them.
      if (scene.display.labelKinds.size > 0) sigma.scheduleRender();
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
