import { describe, expect, it } from 'vitest';
import { boilerplateRanges } from '../../../src/extract/text/boilerplate';
import { createSentenceSplitter } from '../../../src/extract/text/sentences';

const splitter = createSentenceSplitter();
const sentences = (text: string): string[] =>
  splitter.split(text, boilerplateRanges(text)).map((s) => text.slice(s.start, s.end));

describe('createSentenceSplitter().split(text, skip)', () => {
  it('splits sentences and keeps them verbatim', () => {
    expect(
      sentences('The U.S. agreed on Feb. 18. Dr. Smith said so.  Rep. Jones did not.'),
    ).toEqual(['The U.S. agreed on Feb. 18.', 'Dr. Smith said so.', 'Rep. Jones did not.']);
  });

  it('opens no sentence in lower case', () => {
    expect(
      sentences('Rep. Marjorie Taylor Greene (R-Ga.) said Biden was wrong. "Why now?" she asked.'),
    ).toEqual([
      'Rep. Marjorie Taylor Greene (R-Ga.) said Biden was wrong.',
      '"Why now?" she asked.',
    ]);
  });

  it("ends no sentence at a lawmaker's party and state", () => {
    expect(sentences('Rep. Don Bacon (R-Neb.) Criticized it. Then he left.')).toEqual([
      'Rep. Don Bacon (R-Neb.) Criticized it.',
      'Then he left.',
    ]);
    expect(sentences('Rep. Don Bacon (R-Neb.), a retired general, blasted it. He left.')).toEqual([
      'Rep. Don Bacon (R-Neb.), a retired general, blasted it.',
      'He left.',
    ]);
  });

  it('ends a sentence at a line break: a headline has no full stop', () => {
    expect(
      sentences('Germany rules out troops\n\nBerlin said on Monday it would not send troops.'),
    ).toEqual(['Germany rules out troops', 'Berlin said on Monday it would not send troops.']);
  });

  it('numbers paragraphs by non-empty line', () => {
    const text = 'One. Two.\n\nThree.\nFour.';
    expect(splitter.split(text, []).map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it.each([
    [
      'a paragraph with no inner mark is one sentence',
      'Kyiv wants troops, officials say',
      ['Kyiv wants troops, officials say'],
    ],
    [
      'a closing quote ends a sentence',
      '“Never,” he said. “Not now.”',
      ['“Never,” he said.', '“Not now.”'],
    ],
    [
      'a question mark ends a sentence',
      'Will they go? Nobody knows.',
      ['Will they go?', 'Nobody knows.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('skips feed furniture', () => {
    expect(sentences('ARTICLE AD BOX\nThe talks ended.\nRead Entire Article')).toEqual([
      'The talks ended.',
    ]);
  });
});
