// The scene: the one graphology instance the renderer draws, the data it was
// loaded from, and the view's derived state (index, visibility, display
// context) that the renderer's reducers read. It is mutable on purpose: filter
// steps update it in place and redraw only what changed, without a React
// render in between.
import type { NodeKind, StanceGraph } from '../graph/types';
import { indexClaims, type ClaimIndex } from '../view/claimIndex';
import type { DisplayContext, Focus } from '../view/display';
import type { Filters } from '../view/filters';
import { THEMES, type Theme } from '../view/palette';
import { rollUpToCountries } from '../view/rollup';
import { computeVisibility, type Visibility } from '../view/visibility';

/** Positions, then countries, are always labelled while there are at most this many. */
const ALWAYS_LABELLED: readonly (readonly [NodeKind, number])[] = [
  ['position', 40],
  ['country', 80],
];

export interface Scene {
  /** The one graph instance the renderer draws; new data is loaded into it. */
  readonly graph: StanceGraph;
  /** The data as loaded, before any roll-up. */
  source: StanceGraph;
  rolledUp: boolean;
  index: ClaimIndex;
  visibility: Visibility;
  display: DisplayContext;
}

function maxClaims(graph: StanceGraph): number {
  let max = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.claims > max) max = attributes.claims;
  });
  return max;
}

function labelKinds(graph: StanceGraph): Set<NodeKind> {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_node, { kind }) => counts.set(kind, (counts.get(kind) ?? 0) + 1));
  return new Set(
    ALWAYS_LABELLED.filter(([kind, most]) => (counts.get(kind) ?? 0) <= most).map(([kind]) => kind),
  );
}

function derive(scene: Pick<Scene, 'graph'>, filters: Filters, display?: DisplayContext) {
  const index = indexClaims(scene.graph);
  const visibility = computeVisibility(index, filters);
  return {
    index,
    visibility,
    display: {
      theme: display?.theme ?? THEMES.normal,
      coalitions: null,
      focus: null,
      index,
      visibility,
      maxClaims: maxClaims(scene.graph),
      labelKinds: labelKinds(scene.graph),
    },
  };
}

/**
 * A scene over freshly loaded data. `loaded` becomes the drawn instance itself
 * unless the view starts rolled up: copying 100,000 edges before the first
 * frame would only delay it.
 */
export function createScene(
  loaded: StanceGraph,
  filters: Filters,
  rolledUp: boolean,
  theme: Theme = THEMES.normal,
): Scene {
  const graph = rolledUp ? rollUpToCountries(loaded) : loaded;
  const scene = { graph, source: loaded, rolledUp, ...derive({ graph }, filters) };
  scene.display.theme = theme;
  return scene;
}

/**
 * Loads `data` (unrolled) into the scene's graph, rolled up or not, and
 * recomputes the derived state. The caller refreshes the renderer.
 */
export function loadScene(
  scene: Scene,
  data: StanceGraph,
  filters: Filters,
  rolledUp: boolean,
): void {
  // The drawn graph may be the loaded data itself: keep a copy before clearing it.
  const source = data === scene.graph ? data.copy() : data;
  const drawn = rolledUp ? rollUpToCountries(source) : source;
  scene.graph.clear();
  scene.graph.replaceAttributes({ ...drawn.getAttributes() });
  scene.graph.import(drawn);
  scene.source = source;
  scene.rolledUp = rolledUp;
  Object.assign(scene, derive(scene, filters, scene.display));
}

/** Sets what the reader is looking at; returns the previous focus. */
export function setSceneFocus(scene: Scene, focus: Focus | null): Focus | null {
  const previous = scene.display.focus;
  scene.display.focus = focus;
  return previous;
}

/** Switches the theme; false when it was already in use. */
export function setSceneTheme(scene: Scene, theme: Theme): boolean {
  if (scene.display.theme === theme) return false;
  scene.display.theme = theme;
  return true;
}

/** Sets (or, with null, clears) the coalition colouring; false when nothing changed. */
export function setSceneCoalitions(
  scene: Scene,
  coalitions: ReadonlyMap<string, number> | null,
): boolean {
  if (scene.display.coalitions === coalitions) return false;
  scene.display.coalitions = coalitions;
  return true;
}
