import { describe, expect, it } from 'vitest';
import { splitAlternatives } from '../../../src/extract/knowledge/positions';

describe('splitAlternatives(patterns)', () => {
  it.each([
    ['a|b', ['a', 'b']],
    ['(?:a|b)c|d', ['(?:a|b)c', 'd']],
    ['[|]x|y', ['[|]x', 'y']],
    ['a\\|b|c', ['a\\|b', 'c']],
    [' peacekeepers | boots on the ground ', ['peacekeepers', 'boots on the ground']],
  ])('%j → %j', (patterns, expected) => {
    expect(splitAlternatives(patterns)).toEqual(expected);
  });
});
