// The filter controller: holds the filters, applies each change to the scene
// at once (in the event handler, not in an effect) and redraws only what
// flipped, timing every step for the benchmark.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Filters } from '../view/filters';
import { updateVisibility, type VisibleCounts } from '../view/visibility';
import { redrawChanged, reindexLabels, type StanceSigma } from './redraw';
import type { Scene } from './scene';

export const FILTER_MEASURE = 'stancegraph:filter';

/** Quiet time after the last step before labels are re-indexed. */
const LABEL_REINDEX_DELAY_MS = 400;
/** On graphs this large a redraw is costly: wait for a longer pause. */
const LARGE_GRAPH_EDGES = 20_000;
const LARGE_GRAPH_REINDEX_DELAY_MS = 1_500;

export interface FilterController {
  filters: Filters;
  counts: VisibleCounts;
  /** Applies `producer` to the current filters and redraws. */
  changeFilters: (producer: (filters: Filters) => Filters) => void;
  /** The filters as of now, even before React re-renders. */
  currentFilters: () => Filters;
  /** Re-reads the counts after the scene was reloaded. */
  syncCounts: () => void;
}

/**
 * @example const { filters, changeFilters } = useFilters(scene, renderer, initial);
 *          changeFilters((f) => toggleOutlet(f, 'RT'));
 */
export function useFilters(
  scene: Scene,
  renderer: StanceSigma | null,
  initial: Filters,
): FilterController {
  const [filters, setFilters] = useState(initial);
  const [counts, setCounts] = useState<VisibleCounts>(() => ({ ...scene.visibility.counts }));
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
        // The label grid is built from the nodes visible at the last
        // indexation: a node that reappears has no place in it, and one that
        // vanished keeps its place from a neighbour. Rebuild it once the
        // reader pauses.
        if (change.nodes.length > 0) {
          window.clearTimeout(labelTimer.current);
          labelTimer.current = window.setTimeout(
            () => reindexLabels(renderer),
            scene.graph.size > LARGE_GRAPH_EDGES
              ? LARGE_GRAPH_REINDEX_DELAY_MS
              : LABEL_REINDEX_DELAY_MS,
          );
        }
      }
      setFilters(next);
      setCounts({ ...scene.visibility.counts });
    },
    [scene, renderer],
  );

  const currentFilters = useCallback(() => current.current, []);
  const syncCounts = useCallback(() => setCounts({ ...scene.visibility.counts }), [scene]);

  return { filters, counts, changeFilters, currentFilters, syncCounts };
}
