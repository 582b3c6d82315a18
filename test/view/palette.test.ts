import { describe, expect, it } from 'vitest';
import { NODE_KINDS, STANCES } from '../../src/graph/types';
import { legendSections } from '../../src/view/legend';
import { COALITION_COLOURS, KIND_MARKS, STANCE_COLOURS } from '../../src/view/palette';

/** CIE L*a*b* of a #RRGGBB colour (sRGB, D65). */
function lab(hex: string): [number, number, number] {
  const linear = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = linear;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** Colour difference ΔE (CIE76): about 2.3 is just noticeable, 40 clearly another colour. */
function difference(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe('the palette', () => {
  it('gives no node kind a colour close to a stance colour', () => {
    for (const kind of NODE_KINDS) {
      for (const stance of STANCES) {
        expect(
          difference(KIND_MARKS[kind].fill, STANCE_COLOURS[stance]),
          `${kind} against ${stance}`,
        ).toBeGreaterThan(40);
      }
    }
  });

  it('keeps the coalition colours apart from each other', () => {
    COALITION_COLOURS.forEach((a, i) => {
      for (const b of COALITION_COLOURS.slice(i + 1)) {
        expect(difference(a, b), `${a} against ${b}`).toBeGreaterThan(25);
      }
    });
  });

  it('draws actor kinds as outlines in the legend while coalitions colour the actors', () => {
    const kinds = (coalitions: Parameters<typeof legendSections>[0]) =>
      legendSections(coalitions)[0]?.items.map((item) => item.type === 'node' && item.hollow);
    expect(kinds(null)).toEqual([false, false, false, false]);
    expect(kinds([{ rank: 0, size: 2, examples: ['France', 'Germany'] }])).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
