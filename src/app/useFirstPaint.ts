// The side panel, counts and histogram wait for the graph's first frame: on a
// large graph, building them first would only delay the picture.
import { useEffect, useRef } from 'react';
import type { StanceSigma } from './redraw';

/** A hidden tab paints no frames: past this, the page goes on without waiting for one. */
const PAINT_WAIT_MS = 1_000;

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
    const finish = (): void => {
      if (done.current) return;
      done.current = true;
      onPainted();
    };
    let timer: number | undefined;
    // A task queued from the next animation frame runs once that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(finish, 0);
    });
    const fallback = window.setTimeout(finish, PAINT_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, [renderer, onPainted]);
}
