import { describe, expect, it } from 'vitest';
import { quoteSpans } from '../../../src/extract/text/quotes';

const quoted = (text: string): string[] => quoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quoteSpans(text)', () => {
  it.each([
    ['He said: "No troops. Not now."', ['No troops. Not now.']],
    ['“It is too early,” she said, “to commit.”', ['It is too early,', 'to commit.']],
    ['«Jamais», a-t-il dit.', ['Jamais']],
    [
      '"It comes as “boots on the ground” fade," it said.',
      ['It comes as “boots on the ground” fade,'],
    ],
    ["The minister's 'red line' stays.", []],
  ])('finds the quotations of %j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('ends an unclosed quotation with its paragraph', () => {
    expect(quoted('“We will not send troops\nNext paragraph.')).toEqual([
      'We will not send troops',
    ]);
  });
});
