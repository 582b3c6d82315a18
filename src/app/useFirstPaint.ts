// The side panel, counts and histogram wait for the graph's first frame: on a
// large graph, building them first would only delay the picture.
import { useEffect, useRef } from 'react';
import type { StanceSigma } from './redraw';

/**
 * Calls `onPainted` once, when the renderer exists and the browser has
 * painted its first frame.
 *
 * @example useFirstPaint(renderer, () => setData(viewDataOf(scene)));
 */
export function useFirstPaint(renderer: StanceSigma | null, onPainted: () => void): void {
  const done = useRef(false);
  useEffect(() => {
    if (!renderer || done.current) return undefined;
    let timer: number | undefined;
    // A task queued from the next animation frame runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        done.current = true;
        onPainted();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [renderer, onPainted]);
}
