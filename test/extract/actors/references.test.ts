import { describe, expect, it } from 'vitest';
import { pronounAt } from '../../../src/extract/actors/references';
import { foldText } from '../../../src/extract/text/fold';
import { tokenize } from '../../../src/extract/text/tokens';

function pronounIn(
  text: string,
  word: string,
): { pronoun?: string; possessive: boolean; words: string } | undefined {
  const tokens = tokenize(text, foldText(text));
  const at = tokens.findIndex((token) => token.text === word);
  const mention = pronounAt(tokens, at);
  if (!mention) return undefined;
  return {
    pronoun: mention.kind === 'pronoun' ? mention.pronoun : undefined,
    possessive: mention.possessive === true,
    words: tokens
      .slice(mention.start, mention.end)
      .map((token) => token.text)
      .join(' '),
  };
}

describe("pronounAt(tokens, at): the speaker's country", () => {
  it.each([
    [
      'He said his country would help.',
      { pronoun: 'his country', possessive: false, words: 'his country' },
    ],
    [
      'He said his neutral country would not help.',
      { pronoun: 'his country', possessive: false, words: 'his neutral country' },
    ],
    [
      "He praised his country's soldiers.",
      { pronoun: 'his country', possessive: true, words: 'his country' },
    ],
  ])('%j', (text, expected) => {
    expect(pronounIn(text, 'his')).toEqual(expected);
  });
});
