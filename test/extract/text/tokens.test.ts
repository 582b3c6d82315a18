import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/extract/text/fold';
import { tokenize } from '../../../src/extract/text/tokens';

const words = (text: string): string[] => tokenize(text, foldText(text)).map((t) => t.text);

describe('tokenize(text, folded)', () => {
  it.each([
    ['U.S.-backed truce', ['U.S.', '-', 'backed', 'truce']],
    ["Russia's objections", ['Russia', "'s", 'objections']],
    ['Kyiv’s defences', ['Kyiv', '’s', 'defences']],
    ["don't send", ["don't", 'send']],
    ['Arizona Rep. Paul Gosar', ['Arizona', 'Rep', '.', 'Paul', 'Gosar']],
    ['Wiesław Kukula', ['Wiesław', 'Kukula']],
  ])('splits %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = 'Italy, Germany and “Hungary”';
    for (const token of tokenize(text, foldText(text))) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });
});
