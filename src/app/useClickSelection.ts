// Clicks on the canvas select: a node opens its claims, a claim edge its
// provenance card, the background clears the selection. A `represents` edge
// carries no evidence, so clicking it does nothing.
import { useEffect } from 'react';
import type { Selection } from '../view/urlState';
import type { StanceSigma } from './redraw';

/**
 * @example useClickSelection(renderer, setSelection, (edge) => isClaim(graph.getEdgeAttributes(edge)));
 */
export function useClickSelection(
  renderer: StanceSigma | null,
  select: (selection: Selection | null) => void,
  isClaimEdge: (edge: string) => boolean,
): void {
  useEffect(() => {
    if (!renderer) return undefined;
    const clickNode = ({ node }: { node: string }): void => select({ type: 'node', id: node });
    const clickEdge = ({ edge }: { edge: string }): void => {
      if (isClaimEdge(edge)) select({ type: 'edge', id: edge });
    };
    const clickStage = (): void => select(null);
    renderer.on('clickNode', clickNode);
    renderer.on('clickEdge', clickEdge);
    renderer.on('clickStage', clickStage);
    return () => {
      renderer.off('clickNode', clickNode);
      renderer.off('clickEdge', clickEdge);
      renderer.off('clickStage', clickStage);
    };
  }, [renderer, select, isClaimEdge]);
}
