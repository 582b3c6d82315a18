import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/extract/text/fold';

describe('foldText(text)', () => {
  it.each([
    ['Viktor Orbán', 'viktor orban'],
    ['Wiesław Kukula', 'wiesław kukula'.replace('ł', 'ł')],
    ['Macron’s plan', "macron's plan"],
    ['ÉLYSÉE', 'elysee'],
    ['“quoted”', '“quoted”'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps every offset: the folded text is exactly as long', () => {
    const text = 'İstanbul, Zürich, Kraków — “ﬁnal” 🇺🇦 İ';
    expect(foldText(text)).toHaveLength(text.length);
  });
});

describe('foldText(text) at the edges', () => {
  it('keeps a leading byte-order mark and lone surrogates in place', () => {
    for (const text of ['\uFEFFMacron', 'a\uD800b', 'x\uDC00'])
      expect(foldText(text)).toHaveLength(text.length);
  });
});
