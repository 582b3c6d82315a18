import { describe, expect, it } from 'vitest';
import { boilerplateRanges } from '../../../src/extract/text/boilerplate';

const skipped = (text: string): string[] =>
  boilerplateRanges(text).map((range) => text.slice(range.start, range.end).trim());

describe('boilerplateRanges(text)', () => {
  it.each([
    'ARTICLE AD BOX',
    '8 months ago',
    '3 hours ago 12',
    '[Read More]',
    'Please follow Daily Wire on Google News Channel',
    'Source: Agency :: World',
    'Share on Facebook',
    '—–',
  ])('skips the furniture line %j', (line) => {
    expect(skipped(`Headline\n${line}\nThe minister spoke.`)).toEqual([line]);
  });

  it.each([
    'Read Entire Article',
    'The post Ministers meet in Paris appeared first on Daily Wire.',
    'Related Posts',
    'Comments are closed. Please check back later.',
  ])('cuts everything after the end marker %j', (line) => {
    const text = `The minister spoke.\n${line}\nMore headlines here\nAnd more`;
    expect(skipped(text)).toEqual([`${line}\nMore headlines here\nAnd more`]);
  });

  it('skips a block of related headlines in the middle of an article, and keeps the prose after it', () => {
    const prose =
      'Denmark was more open. Prime Minister Mette Frederiksen said she was not ruling out Danish troops, although many questions would have to be answered first, and that her government would decide with its allies.';
    const block = 'RELATED ARTICLES\nEnvoy lands in Kyiv\nArmy too small, generals warn';
    expect(skipped(`The minister spoke.\n\n${block}\n\n${prose}`)).toEqual([block]);
  });

  it('keeps a short paragraph of prose after a "Read more:" block', () => {
    const block =
      "Read more:\nTrump's Ukraine deal: what we know so far\nWhy the minerals deal matters";
    const prose =
      'The prime minister later told reporters that he wanted a ceasefire as soon as possible.';
    expect(skipped(`The minister spoke.\n\n${block}\n${prose}`)).toEqual([block]);
  });

  it('keeps the article going on after a "Read more" block, a blank line and a subheading', () => {
    const block =
      'Read more\nUAE brokers new exchange of prisoners\nHow the Emirates became a go-between';
    const rest =
      "'Root causes'\nMr Putin gave little ground on the substance. He said any ceasefire would have to address the root causes.";
    expect(skipped(`The minister spoke.\n${block}\n\n${rest}`)).toEqual([block]);
  });

  it('keeps article text, even text that mentions months ago', () => {
    expect(skipped('Macron first raised the idea 8 months ago in Paris.\nHe said so.')).toEqual([]);
  });
});
