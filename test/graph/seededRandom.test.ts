import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/graph/seededRandom';

describe('seededRandom(seed)', () => {
  it('repeats for a seed and stays within [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(100);
  });
});
