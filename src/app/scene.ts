// The scene: the one graphology instance the renderer draws, the data it was
// loaded from, and the view's derived state (index, visibility, display
// context) that the renderer's reducers read. It is mutable on purpose: filter
// steps update it in place and redraw only what changed, without a React
// render in between.
import { NODE_KINDS, type NodeKind, type StanceGraph } from '../graph/types';
import { indexClaims, type ClaimIndex } from '../view/claimIndex';
import type { DisplayContext, Focus } from '../view/display';
import { isDefaultFilters, type Filters } from '../view/filters';
import { THEMES, type Theme } from '../view/palette';
import { rollUpToCountries } from '../view/rollup';
import { computeVisibility, unfilteredVisibility, type Visibility } from '../view/visibility';

/** Positions, then countries, are always labelled while there are at most this many. */
const ALWAYS_LABELLED: readonly (readonly [NodeKind, number])[] = [
  ['position', 40],
  ['country', 80],
];

/** Up to this many nodes, every node's label is a candidate, placed by importance. */
const ALL_LABELLED_NODES = 300;

/**
 * The scene the explorer draws. `index` and `visibility` are built on first
 * read: an unfiltered first frame needs neither (see DisplayContext), and on a
 * graph of 100,000 claims building them would only delay it.
 */
export class Scene {
  /** The data as loaded, before any roll-up. */
  source: StanceGraph;
  rolledUp: boolean;
  display: DisplayContext;
  private derived: { index: ClaimIndex; visibility: Visibility } | null = null;
  /** The filters to build the visibility with when it is first read. */
  private filters: Filters;

  /** `graph` is the one instance the renderer draws; new data is loaded into it. */
  constructor(
    readonly graph: StanceGraph,
    source: StanceGraph,
    rolledUp: boolean,
    filters: Filters,
    theme: Theme,
  ) {
    this.source = source;
    this.rolledUp = rolledUp;
    this.filters = filters;
    this.display = displayOf(graph, theme);
  }

  get index(): ClaimIndex {
    return this.derive().index;
  }

  get visibility(): Visibility {
    return this.derive().visibility;
  }

  /** True once the index and visibility exist. */
  get derivedYet(): boolean {
    return this.derived !== null;
  }

  /** Builds the index and visibility now, if they are not built yet. */
  derive(): { index: ClaimIndex; visibility: Visibility } {
    if (this.derived) return this.derived;
    const index = indexClaims(this.graph);
    const visibility = computeVisibility(index, this.filters);
    this.derived = { index, visibility };
    Object.assign(this.display, { index, visibility, labelGrid: visibility.node.slice() });
    return this.derived;
  }

  /** Starts over on the current contents of `graph`, keeping the theme. */
  reset(filters: Filters): void {
    this.display = displayOf(this.graph, this.display.theme);
    this.derived = null;
    this.filters = filters;
  }
}

function maxClaims(graph: StanceGraph): number {
  let max = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.claims > max) max = attributes.claims;
  });
  return max;
}

function labelKinds(graph: StanceGraph): Set<NodeKind> {
  if (graph.order <= ALL_LABELLED_NODES) return new Set(NODE_KINDS);
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_node, { kind }) => counts.set(kind, (counts.get(kind) ?? 0) + 1));
  return new Set(
    ALWAYS_LABELLED.filter(([kind, most]) => (counts.get(kind) ?? 0) <= most).map(([kind]) => kind),
  );
}

/** The display context of `graph` before its index is built. */
function displayOf(graph: StanceGraph, theme: Theme): DisplayContext {
  return {
    index: null,
    visibility: null,
    unfiltered: unfilteredVisibility(graph),
    labelGrid: null,
    theme,
    coalitions: null,
    focus: null,
    maxClaims: maxClaims(graph),
    labelKinds: labelKinds(graph),
  };
}

/**
 * A scene over freshly loaded data. `loaded` becomes the drawn instance itself
 * unless the view starts rolled up: copying 100,000 edges before the first
 * frame would only delay it. Under filters, the index is built at once (the
 * reducers need it); unfiltered, on first use.
 */
export function createScene(
  loaded: StanceGraph,
  filters: Filters,
  rolledUp: boolean,
  theme: Theme = THEMES.normal,
): Scene {
  const graph = rolledUp ? rollUpToCountries(loaded) : loaded;
  const scene = new Scene(graph, loaded, rolledUp, filters, theme);
  if (!isDefaultFilters(filters)) scene.derive();
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
  scene.reset(filters);
  scene.derive();
}

/**
 * Records which nodes the renderer's label grid holds: those visible now,
 * as it indexes. Call it as the renderer processes the graph.
 */
export function noteLabelGrid(scene: Scene): void {
  const { visibility } = scene.display;
  if (visibility !== null) scene.display.labelGrid = visibility.node.slice();
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
