import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDateOf } from '../../src/io/isoDate';

describe('isIsoDate(value)', () => {
  it.each([
    ['2025-03-21', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-00-10', false],
    ['2025-3-21', false],
    ['20250321', false],
    [' 2025-03-21', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('isoDateOf(time)', () => {
  it('gives the UTC calendar date', () => {
    expect(isoDateOf(new Date(Date.UTC(2025, 2, 21, 23, 59)))).toBe('2025-03-21');
  });
});
