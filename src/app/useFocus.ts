// Hover and selection styling: the focused node's neighbourhood (or the
// selected claim) stands out, the rest steps back. Only the reducers draw it;
// this controller renders nothing and just keeps `scene.display.focus` current.
import { useEffect } from 'react';
import { focusOn } from '../view/focus';
import type { Selection } from '../view/urlState';
import { redrawFocus, type StanceSigma } from './redraw';
import { setSceneFocus, type Scene } from './scene';

/**
 * @example useFocus(scene, renderer, selection, loader.version);
 */
export function useFocus(
  scene: Scene,
  renderer: StanceSigma | null,
  selection: Selection | null,
  version: number,
): void {
  useEffect(() => {
    if (!renderer) return undefined;
    const selectedNode = selection?.type === 'node' ? selection.id : null;
    const selectedEdge = selection?.type === 'edge' ? selection.id : null;
    const container = renderer.getContainer();
    const show = (hovered: string | null): void => {
      const next = focusOn(scene.graph, hovered ?? selectedNode, hovered ? null : selectedEdge);
      const previous = setSceneFocus(scene, next);
      redrawFocus(renderer, scene, previous, next);
    };
    const enter = ({ node }: { node: string }): void => {
      container.style.cursor = 'pointer';
      show(node);
    };
    const leave = (): void => {
      container.style.cursor = '';
      show(null);
    };
    const enterEdge = (): void => {
      container.style.cursor = 'pointer';
    };
    const leaveEdge = (): void => {
      container.style.cursor = '';
    };
    show(null);
    renderer.on('enterNode', enter);
    renderer.on('leaveNode', leave);
    renderer.on('enterEdge', enterEdge);
    renderer.on('leaveEdge', leaveEdge);
    return () => {
      renderer.off('enterNode', enter);
      renderer.off('leaveNode', leave);
      renderer.off('enterEdge', enterEdge);
      renderer.off('leaveEdge', leaveEdge);
    };
  }, [scene, renderer, selection, version]);
}
