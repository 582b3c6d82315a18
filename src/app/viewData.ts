// Data the side panel shows that changes only when new data is loaded: the
// outlets with their counts, the histogram, the search entries. Computed once
// per load, never per filter step.
import type { StanceGraph } from '../graph/types';
import { dateHistogram, type DateHistogram } from '../view/histogram';
import { buildSearchIndex, type SearchEntry } from '../view/search';
import type { Scene } from './scene';

export interface ViewData {
  graph: StanceGraph;
  corpus: string;
  outlets: readonly string[];
  outletClaims: readonly number[];
  histogram: DateHistogram;
  /** Built on first search. */
  searchEntries: () => readonly SearchEntry[];
}

export function viewDataOf(scene: Scene): ViewData {
  const { graph, index } = scene;
  let entries: SearchEntry[] | undefined;
  return {
    graph,
    corpus: graph.getAttribute('corpus') ?? '',
    outlets: index.outlets,
    outletClaims: index.outletClaims,
    histogram: dateHistogram(index.claimDay),
    searchEntries: () => (entries ??= buildSearchIndex(graph)),
  };
}
