// The filter controller: holds the filters, applies each change to the scene
// at once (in the event handler, not in an effect) and redraws only what
// flipped, timing every step for the benchmark.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Filters } from '../view/filters';
import { updateVisibility } from '../view/visibility';
import { lateLabels, redrawChanged, reindexLabels, type StanceSigma } from './redraw';
import type { Scene } from './scene';

export const FILTER_MEASURE = 'stancegraph:filter';

/**
 * A node shown after the renderer last indexed its labels gets its label
 * forced; past this many, the labels are re-indexed instead, once the reader
 * pauses (a full re-indexation costs as much as drawing everything again).
 */
const LATE_LABELS_LIMIT = 200;
const LABEL_REINDEX_DELAY_MS = 1_500;

export interface FilterController {
  filters: Filters;
  /** Applies `producer` to the current filters and redraws. */
  changeFilters: (producer: (filters: Filters) => Filters) => void;
  /** The filters as of now, even before React re-renders. */
  currentFilters: () => Filters;
}

/**
 * The visible counts live in `scene.visibility`; a change re-renders, so the
 * page reads them afresh.
 *
 * @example const { filters, changeFilters } = useFilters(scene, renderer, initial);
 *          changeFilters((f) => toggleOutlet(f, 'RT'));
 */
export function useFilters(
  scene: Scene,
  renderer: StanceSigma | null,
  initial: Filters,
): FilterController {
  const [filters, setFilters] = useState(initial);
  const current = useRef(initial);
  const labelTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const timer = labelTimer;
    return () => window.clearTimeout(timer.current);
  }, [renderer]);

  const changeFilters = useCallback(
    (producer: (filters: Filters) => Filters) => {
      const start = performance.now();
      const next = producer(current.current);
      if (next === current.current) return;
      current.current = next;
      const change = updateVisibility(scene.index, scene.visibility, next);
      if (renderer) {
        redrawChanged(renderer, scene, change);
        performance.measure(FILTER_MEASURE, { start });
        if (lateLabels(scene, change) > LATE_LABELS_LIMIT) {
          window.clearTimeout(labelTimer.current);
          labelTimer.current = window.setTimeout(
            () => reindexLabels(renderer),
            LABEL_REINDEX_DELAY_MS,
          );
        }
      }
      setFilters(next);
    },
    [scene, renderer],
  );

  const currentFilters = useCallback(() => current.current, []);

  return { filters, changeFilters, currentFilters };
}
