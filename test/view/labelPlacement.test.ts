import { describe, expect, it } from 'vitest';
import { LABEL_PRIORITY } from '../../src/view/display';
import {
  BoxGrid,
  labelSides,
  placeLabels,
  type Box,
  type LabelCandidate,
} from '../../src/view/labelPlacement';

const label = (key: string, x: number, y: number, extra: Partial<LabelCandidate> = {}) => ({
  key,
  x,
  y,
  size: 5,
  priority: LABEL_PRIORITY.other,
  width: 60,
  ascent: 9,
  descent: 3,
  ...extra,
});

/** A grid holding a node's disc, as a box, for each candidate and each extra node. */
function nodesOf(candidates: readonly LabelCandidate[], extra: [string, Box][] = []): BoxGrid {
  const grid = new BoxGrid();
  for (const { key, x, y, size } of candidates)
    grid.add([x - size, y - size, x + size, y + size], key);
  for (const [key, box] of extra) grid.add(box, key);
  return grid;
}

const overlaps = (a: Box, b: Box): boolean =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('placeLabels(candidates, nodes, width, height)', () => {
  it('puts a lone label right of its node', () => {
    const only = label('a', 100, 100);
    const [placed] = placeLabels([only], nodesOf([only]), 400, 300);
    expect(placed?.x).toBeGreaterThan(only.x + only.size);
  });

  it('takes the left side near the right edge of the screen', () => {
    const edge = label('a', 380, 100);
    const [placed] = placeLabels([edge], nodesOf([edge]), 400, 300);
    expect(placed?.box[2]).toBeLessThan(edge.x);
  });

  it('moves a label off a neighbouring node rather than covering it', () => {
    const a = label('a', 100, 100);
    const node: [string, Box] = ['b', [120, 90, 140, 110]];
    const [placed] = placeLabels([a], nodesOf([a], [node]), 400, 300);
    expect(placed).toBeDefined();
    expect(overlaps(placed?.box ?? [0, 0, 0, 0], node[1])).toBe(false);
  });

  it('never lets two labels overlap; the more important one keeps its place', () => {
    const person = label('person', 100, 100, { size: 8 });
    const position = label('position', 100, 104, { priority: LABEL_PRIORITY.position });
    const placed = placeLabels([person, position], new BoxGrid(), 400, 300);
    const [first, second] = placed;
    expect(first?.candidate.key).toBe('position');
    if (second) expect(overlaps(first?.box ?? [0, 0, 0, 0], second.box)).toBe(false);
  });

  it('leaves out an ordinary label with no free side, but shows a must-show one over a node', () => {
    const hemmed = (key: string, priority: number) => label(key, 200, 150, { priority });
    const walls: [string, Box][] = [
      ['wall', [0, 0, 400, 146]],
      ['floor', [0, 154, 400, 300]],
    ];
    const ordinary = hemmed('a', LABEL_PRIORITY.actor);
    expect(placeLabels([ordinary], nodesOf([ordinary], walls), 400, 300)).toEqual([]);
    const position = hemmed('b', LABEL_PRIORITY.position);
    expect(placeLabels([position], nodesOf([position], walls), 400, 300)).toHaveLength(1);
  });

  it('keeps every label on screen', () => {
    const corner = label('a', 2, 2, { width: 500 });
    expect(placeLabels([corner], new BoxGrid(), 400, 300)).toEqual([]);
  });
});

describe('labelSides(candidate)', () => {
  it('offers the four sides and the four corners, none covering the node itself', () => {
    const a = label('a', 100, 100, { size: 10 });
    const sides = labelSides(a);
    expect(sides).toHaveLength(8);
    for (const { box } of sides) {
      // The point of the box nearest the disc's centre lies outside the disc.
      const nearest = [
        Math.min(Math.max(100, box[0]), box[2]),
        Math.min(Math.max(100, box[1]), box[3]),
      ];
      expect(Math.hypot((nearest[0] ?? 0) - 100, (nearest[1] ?? 0) - 100)).toBeGreaterThanOrEqual(
        10,
      );
    }
  });
});

describe('BoxGrid', () => {
  it('tests a disc by its round shape, a box by its corners, and ignores the owner', () => {
    const grid = new BoxGrid();
    grid.add([0, 0, 20, 20], 'disc', true);
    grid.add([100, 0, 120, 20], 'square');
    const corner = (x: number): Box => [x - 2, -2, x + 1, 1];
    expect(grid.hits(corner(0), 'label')).toBe(false);
    expect(grid.hits(corner(100), 'label')).toBe(true);
    expect(grid.hits([5, 5, 15, 15], 'label')).toBe(true);
    expect(grid.hits([5, 5, 15, 15], 'disc')).toBe(false);
  });
});
