// How each node and edge is drawn, computed from the data and the view state:
// the body of the renderer's reducers, kept free of the renderer so it can be
// tested. Data (quotes, dates) never changes here; only display fields are set.
import type { EdgeAttributes, NodeAttributes, NodeKind } from '../graph/types';
import type { ClaimIndex } from './claimIndex';
import { COALITION_COLOURS, KIND_MARKS, STANCE_COLOURS, type Theme } from './palette';
import type { UnfilteredVisibility, Visibility } from './visibility';

/** The node or edge the reader is looking at, and what surrounds it. */
export interface Focus {
  node: string | null;
  edge: string | null;
  /** Nodes adjacent to `node`, and the ends of `edge`. */
  neighbours: ReadonlySet<string>;
  /** Push everything outside the focus back (skipped on very large graphs). */
  dimOthers: boolean;
}

export interface DisplayContext {
  /**
   * The claim index and what the filters show. Both are null while nothing is
   * filtered and the index is not built yet (the first frame): `unfiltered`
   * says what is visible then.
   */
  index: ClaimIndex | null;
  visibility: Visibility | null;
  unfiltered: UnfilteredVisibility;
  /**
   * The nodes (by index) that were visible when the renderer last indexed its
   * labels; null when that was the unfiltered view. A node shown since then
   * has no place in the renderer's label grid, so its label is forced.
   */
  labelGrid: Uint8Array | null;
  theme: Theme;
  /** Largest `claims` of any node, for sizing. */
  maxClaims: number;
  focus: Focus | null;
  /** Community number per actor when actors are coloured by coalition. */
  coalitions: ReadonlyMap<string, number> | null;
  /** Kinds whose nodes are always labelled (positions, countries: when there are few). */
  labelKinds: ReadonlySet<NodeKind>;
}

/**
 * The order in which labels claim their place on screen (lower first): the
 * focused node, its neighbours, the positions (what the graph is about), the
 * always-labelled actors, then any other; within a rank, larger nodes first,
 * so a person with many claims comes before a country with one.
 */
export const LABEL_PRIORITY = Object.freeze({
  focus: 0,
  neighbour: 1,
  position: 2,
  actor: 3,
  other: 4,
} as const);

/** Labels up to this priority show even when they must cover a node to do so. */
export const MUST_SHOW_PRIORITY = LABEL_PRIORITY.position;

/** The display fields the node programs read (sigma's plus the ring program's). */
export interface NodeDisplay {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  type: 'disc' | 'square';
  hidden: boolean;
  forceLabel: boolean;
  highlighted: boolean;
  ringColor: string;
  ringSize: number;
  gapColor: string;
  gapSize: number;
  innerRingSize: number;
  labelColor: string;
  haloColor: string;
  /** See LABEL_PRIORITY. */
  labelPriority: number;
}

export interface EdgeDisplay {
  color: string;
  size: number;
  type: 'claim' | 'represents';
  hidden: boolean;
}

/** The ring, as a fraction of the radius, of a coalition-coloured actor drawn without one. */
export const COALITION_RING = 0.15;

/** Neighbours of the focused node are all labelled only when there are at most this many. */
export const LABELLED_NEIGHBOURS = 60;

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 18;

/** Node radius from its number of claims: area grows with claims, within bounds. */
export function nodeSize(claims: number, maxClaims: number): number {
  const share = maxClaims > 0 ? Math.sqrt(Math.max(0, claims) / maxClaims) : 0;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share;
}

/** The drawn size of a node with `attributes` in `context`. */
export function nodeRadius(attributes: NodeAttributes, context: DisplayContext): number {
  return nodeSize(attributes.claims, context.maxClaims) * context.theme.nodeScale;
}

function coalitionColour(
  coalitions: DisplayContext['coalitions'],
  node: string,
): string | undefined {
  const community = coalitions?.get(node);
  if (community === undefined) return undefined;
  const last = COALITION_COLOURS.length - 1;
  return COALITION_COLOURS[community < 0 ? last : Math.min(community, last)];
}

/** True when node `key` is drawn under the current filters (and late: see labelGrid). */
export function nodeShown(key: string, context: DisplayContext): { shown: boolean; late: boolean } {
  const { index, visibility, labelGrid } = context;
  if (index === null || visibility === null) {
    return { shown: context.unfiltered.nodes.has(key), late: false };
  }
  const n = index.nodeIndex.get(key);
  const shown = n !== undefined && visibility.node[n] === 1;
  return { shown, late: shown && labelGrid !== null && labelGrid[n ?? -1] !== 1 };
}

function labelPriority(key: string, kind: NodeKind, context: DisplayContext): number | undefined {
  const { focus } = context;
  if (focus !== null && focus.node === key) return LABEL_PRIORITY.focus;
  if (focus?.neighbours.has(key) && focus.neighbours.size <= LABELLED_NEIGHBOURS) {
    return LABEL_PRIORITY.neighbour;
  }
  if (!context.labelKinds.has(kind)) return undefined;
  return kind === 'position' ? LABEL_PRIORITY.position : LABEL_PRIORITY.actor;
}

/** Writes the display fields of node `key` into `target` and returns it. */
export function styleNode<T extends object>(
  key: string,
  attributes: NodeAttributes,
  target: T,
  context: DisplayContext,
): T & NodeDisplay {
  const { theme, focus } = context;
  const mark = KIND_MARKS[attributes.kind] ?? KIND_MARKS.position;
  const focused = focus !== null && (focus.node === key || focus.neighbours.has(key));
  const dimmed = focus !== null && focus.dimOthers && !focused;
  const { shown, late } = nodeShown(key, context);
  const priority = labelPriority(key, attributes.kind, context);
  const coalition =
    attributes.kind === 'position' ? undefined : coalitionColour(context.coalitions, key);
  const colour = coalition ?? mark.fill;
  // A coalition colour may be pale on white or dark on black: a thin ring keeps every disc seen.
  const ring =
    coalition !== undefined && mark.ring === 0
      ? COALITION_RING
      : mark.ring * (mark.doubleRing ? 0.5 : 1);
  return Object.assign(target, {
    label: attributes.label,
    x: attributes.x,
    y: attributes.y,
    size: nodeRadius(attributes, context),
    color: dimmed ? theme.dimmed : colour,
    type: mark.shape,
    hidden: !shown,
    forceLabel: priority !== undefined || late,
    highlighted: focus !== null && focus.node === key,
    ringColor: dimmed ? theme.dimmed : theme.ring,
    ringSize: ring,
    gapColor: theme.background,
    gapSize: mark.doubleRing ? ring : 0,
    innerRingSize: mark.doubleRing ? ring : 0,
    labelColor: dimmed ? theme.dimmedText : theme.text,
    haloColor: theme.background,
    labelPriority: priority ?? LABEL_PRIORITY.other,
  });
}

/** Writes the display fields of edge `key` into `out` and returns it. */
export function styleEdge<T extends object>(
  key: string,
  attributes: EdgeAttributes,
  out: T,
  context: DisplayContext,
  ends: () => readonly [string, string],
): T & EdgeDisplay {
  const { index, visibility, theme, focus } = context;
  // Only a focused node makes the edge's ends matter: look them up only then.
  const incident = focus?.node != null && ends().includes(focus.node);
  if (attributes.type !== 'claim') {
    const r = index?.representsIndex.get(key);
    const shown =
      index === null || visibility === null
        ? context.unfiltered.represents.has(key)
        : r !== undefined && visibility.represents[r] === 1;
    return Object.assign(out, {
      color: focus?.dimOthers && !incident ? theme.dimmed : theme.represents,
      size: theme.edgeSize * 0.5,
      type: 'represents' as const,
      hidden: !shown,
    });
  }
  // Nothing is filtered until the index exists: every claim shows.
  const i = index?.claimIndex.get(key);
  const shown =
    index === null || visibility === null || (i !== undefined && visibility.claim[i] === 1);
  const selected = focus !== null && focus.edge === key;
  const dimmed = focus !== null && focus.dimOthers && !incident && !selected;
  return Object.assign(out, {
    color: dimmed ? theme.dimmed : STANCE_COLOURS[attributes.stance],
    size: theme.edgeSize * (selected ? 3 : incident ? 1.8 : 1),
    type: 'claim' as const,
    hidden: !shown,
  });
}
