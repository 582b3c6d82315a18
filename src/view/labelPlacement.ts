// Where node labels go. Each label sits beside its node, on the first side
// (right, left, above, below, then the corners) where it stays on screen and
// covers neither a label placed before it nor another node. Labels are placed most important
// first (LABEL_PRIORITY), larger nodes first within a rank. A label that finds
// no free side is left out, unless it must show: then it may cover a node,
// never another label.
import { MUST_SHOW_PRIORITY } from './display';

/** A screen rectangle: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

/** A label to place: its node on screen and the label's measured size. */
export interface LabelCandidate {
  key: string;
  /** The node's centre and radius, in pixels. */
  x: number;
  y: number;
  size: number;
  priority: number;
  /** The label's size as drawn, in pixels: width, and height above and below the baseline. */
  width: number;
  ascent: number;
  descent: number;
}

/** A placed label: where to draw its text (left end of the baseline). */
export interface PlacedLabel<T extends LabelCandidate> {
  candidate: T;
  x: number;
  y: number;
  box: Box;
}

const GAP = 4;
/** Room around a label for its halo. */
const HALO = 2;
const CELL = 64;

const overlaps = (a: Box, b: Box): boolean =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** True when `box` overlaps the disc inscribed in the square `disc`. */
function overlapsDisc(box: Box, disc: Box): boolean {
  const r = (disc[2] - disc[0]) / 2;
  const [cx, cy] = [disc[0] + r, disc[1] + r];
  const dx = Math.min(Math.max(cx, box[0]), box[2]) - cx;
  const dy = Math.min(Math.max(cy, box[1]), box[3]) - cy;
  return dx * dx + dy * dy < r * r;
}

interface Item {
  box: Box;
  owner: string;
  round: boolean;
}

/** Boxes and discs in a coarse grid of cells, so a test looks only at its neighbourhood. */
export class BoxGrid {
  private readonly cells = new Map<number, Item[]>();

  /** Calls `visit` with each cell `box` touches until it returns true; true if one did. */
  private someCell(box: Box, visit: (cell: number) => boolean): boolean {
    const [left, top, right, bottom] = box;
    for (let cx = Math.floor(left / CELL); cx <= Math.floor(right / CELL); cx++) {
      for (let cy = Math.floor(top / CELL); cy <= Math.floor(bottom / CELL); cy++) {
        if (visit(cx * 100_003 + cy)) return true;
      }
    }
    return false;
  }

  /** Adds a box, or (`round`) the disc inscribed in it. */
  add(box: Box, owner: string, round = false): void {
    const item = { box, owner, round };
    this.someCell(box, (cell) => {
      const list = this.cells.get(cell);
      if (list) list.push(item);
      else this.cells.set(cell, [item]);
      return false;
    });
  }

  /** True when `box` overlaps a box or disc of an owner other than `owner`. */
  hits(box: Box, owner: string): boolean {
    return this.someCell(box, (cell) =>
      (this.cells.get(cell) ?? []).some(
        (item) =>
          item.owner !== owner &&
          overlaps(box, item.box) &&
          (!item.round || overlapsDisc(box, item.box)),
      ),
    );
  }
}

/**
 * The places a label may take, in order of preference: right of its node,
 * left, above, below, then the four corners.
 */
export function labelSides(candidate: LabelCandidate): { box: Box; x: number; y: number }[] {
  const { x, y, size, width, ascent, descent } = candidate;
  const at = (left: number, baseline: number) => ({
    box: [
      left - HALO,
      baseline - ascent - HALO,
      left + width + HALO,
      baseline + descent + HALO,
    ] as const,
    x: left,
    y: baseline,
  });
  const middle = y + (ascent - descent) / 2;
  const right = x + size + GAP;
  const left = x - size - GAP - width;
  const above = y - size - GAP - descent;
  const below = y + size + GAP + ascent;
  // At a corner, the label's near corner sits just off the disc, on the diagonal.
  const slant = size * Math.SQRT1_2 + HALO + GAP / 2;
  return [
    at(right, middle),
    at(left, middle),
    at(x - width / 2, above),
    at(x - width / 2, below),
    at(x + slant, y - slant - descent),
    at(x + slant, y + slant + ascent),
    at(x - slant - width, y - slant - descent),
    at(x - slant - width, y + slant + ascent),
  ];
}

const byImportance = (a: LabelCandidate, b: LabelCandidate): number =>
  a.priority - b.priority || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Places `candidates` on a screen of `width` × `height` pixels whose nodes
 * (each owned by its key) are in `nodes`; returns the labels to draw.
 */
export function placeLabels<T extends LabelCandidate>(
  candidates: readonly T[],
  nodes: BoxGrid,
  width: number,
  height: number,
): PlacedLabel<T>[] {
  const labels = new BoxGrid();
  const placed: PlacedLabel<T>[] = [];
  const onScreen = (box: Box): boolean =>
    box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
  for (const candidate of [...candidates].sort(byImportance)) {
    const free = labelSides(candidate).filter(
      ({ box }) => onScreen(box) && !labels.hits(box, candidate.key),
    );
    const side =
      free.find(({ box }) => !nodes.hits(box, candidate.key)) ??
      (candidate.priority <= MUST_SHOW_PRIORITY ? free[0] : undefined);
    if (!side) continue;
    labels.add(side.box, candidate.key);
    placed.push({ candidate, ...side });
  }
  return placed;
}
