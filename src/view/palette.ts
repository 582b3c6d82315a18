// Colours and marks of the graph, chosen for colour-blind readers: the stance
// colours come from the Okabe–Ito palette and keep at least 3:1 contrast on
// both backgrounds; node kinds take the Okabe–Ito hues the stances leave
// (yellow, reddish purple, grey), so no node reads as a stance, and they differ
// by shape or border as well, so no reader depends on hue alone.
import type { NodeKind, Stance } from '../graph/types';

/** Edge colour per stance (Okabe–Ito bluish green, vermillion, blue). */
export const STANCE_COLOURS: Readonly<Record<Stance, string>> = Object.freeze({
  supports: '#009E73',
  opposes: '#D55E00',
  conditional: '#0072B2',
});

export const STANCE_LABELS: Readonly<Record<Stance, string>> = Object.freeze({
  supports: 'supports',
  opposes: 'opposes',
  conditional: 'conditional',
});

export const KIND_LABELS: Readonly<Record<NodeKind, string>> = Object.freeze({
  country: 'Country',
  person: 'Person',
  org: 'Organisation',
  position: 'Position',
});

export const KIND_PLURALS: Readonly<Record<NodeKind, string>> = Object.freeze({
  country: 'countries',
  person: 'people',
  org: 'organisations',
  position: 'positions',
});

/** How a node kind is drawn: a disc with rings, or a square. */
export interface KindMark {
  shape: 'disc' | 'square';
  fill: string;
  /** Outer ring, as a fraction of the radius (0 = none). */
  ring: number;
  /** A second, inner ring separated by a gap of the background colour. */
  doubleRing: boolean;
}

export const KIND_MARKS: Readonly<Record<NodeKind, KindMark>> = Object.freeze({
  country: { shape: 'disc', fill: '#F0E442', ring: 0.3, doubleRing: false },
  person: { shape: 'disc', fill: '#CC79A7', ring: 0, doubleRing: false },
  org: { shape: 'disc', fill: '#FFFFFF', ring: 0.2, doubleRing: true },
  position: { shape: 'square', fill: '#6F6F6F', ring: 0, doubleRing: false },
});

/** Colours that depend on the background: the normal view and presenter mode. */
export interface Theme {
  name: 'normal' | 'presenter';
  background: string;
  text: string;
  /** Rings around countries and organisations. */
  ring: string;
  /** Faint `represents` edges. */
  represents: string;
  /** Nodes and edges pushed back while another node is hovered or selected. */
  dimmed: string;
  /** Labels pushed back likewise: faint, but still legible when looked for. */
  dimmedText: string;
  /** Box behind a hovered node's label. */
  hoverBox: string;
  labelSize: number;
  edgeSize: number;
  /** Node sizes are multiplied by this (a shared screen needs larger marks). */
  nodeScale: number;
}

export const THEMES: Readonly<Record<Theme['name'], Theme>> = Object.freeze({
  normal: {
    name: 'normal',
    background: '#FFFFFF',
    text: '#1A1A1A',
    ring: '#1A1A1A',
    represents: '#B5B5B5',
    dimmed: '#E8E8E8',
    dimmedText: '#A6A6A6',
    hoverBox: '#FFFFFF',
    labelSize: 13,
    edgeSize: 1.2,
    nodeScale: 1,
  },
  presenter: {
    name: 'presenter',
    background: '#0E1217',
    text: '#FFFFFF',
    ring: '#FFFFFF',
    represents: '#6B7785',
    dimmed: '#262D36',
    dimmedText: '#5C6773',
    hoverBox: '#0E1217',
    labelSize: 19,
    edgeSize: 2,
    nodeScale: 1.35,
  },
});

/**
 * Community colours for the coalition view: Paul Tol's muted scheme, told
 * apart by colour-blind readers, without its greens (supports is green) and
 * its olive (too close to its sand); the last (grey) is for actors in no coalition and
 * for communities past the list. While they colour the actors, the legend
 * draws the actor kinds as outlines.
 */
export const COALITION_COLOURS: readonly string[] = Object.freeze([
  '#332288',
  '#DDCC77',
  '#CC6677',
  '#88CCEE',
  '#882255',
  '#AA4499',
  '#A8A8A8',
]);
