// The view the page opens with: the URL's state, checked against the loaded
// graph (unknown outlets dropped, a selection that names nothing ignored).
import type { StanceGraph } from '../graph/types';
import { isClaim } from '../graph/types';
import { restrictOutlets } from '../view/filters';
import { parseViewState, type ViewState } from '../view/urlState';

/** The URL's view state, made valid for `graph`. */
export function initialView(graph: StanceGraph, search: string): ViewState {
  const state = parseViewState(search);
  const outlets = new Set<string>();
  if (state.filters.excludedOutlets.size > 0) {
    graph.forEachEdge((_edge, attributes) => {
      if (isClaim(attributes)) outlets.add(attributes.outlet);
    });
  }
  const { selection } = state;
  const valid =
    selection === null ||
    (selection.type === 'node' ? graph.hasNode(selection.id) : graph.hasEdge(selection.id));
  return {
    ...state,
    filters: restrictOutlets(state.filters, outlets),
    selection: valid ? selection : null,
  };
}
