import { describe, expect, it } from 'vitest';
import { statementDate } from '../../../src/extract/dates/statementDate';
import { foldText } from '../../../src/extract/text/fold';

const dateOf = (sentence: string, published: string, near = 0): string =>
  statementDate(sentence, foldText(sentence), published, near);

describe('statementDate(sentence, folded, published, near)', () => {
  it.each([
    ['On March 17, the minister said troops could go.', '2025-03-21', '2025-03-17'],
    ['The chancellor spoke on Thursday.', '2025-03-16', '2025-03-13'],
    ['The chancellor spoke on Monday.', '2025-03-16', '2025-03-10'],
    ['The address on Feb. 29 drew warnings.', '2024-03-08', '2024-02-29'],
    ['He said so on 18 February.', '2025-02-19', '2025-02-18'],
    ['She said yesterday that nothing was ruled out.', '2024-05-02', '2024-05-01'],
    ['The premier said on December 30 he would go.', '2025-01-03', '2024-12-30'],
    ['Last Friday he stated it again.', '2025-07-14', '2025-07-11'],
  ])('%j published %s → %s', (sentence, published, expected) => {
    expect(dateOf(sentence, published)).toBe(expected);
  });

  it.each([
    ['In February, the leaders met in Paris.', '2024-05-02'],
    ['The coalition recalls the 2003 invasion of Iraq.', '2025-03-27'],
    ['The aid bill may pass, officials said.', '2024-04-20'],
    ['He first made the remark 8 months ago.', '2024-02-27'],
  ])('gives the publication date when %j names no day', (sentence, published) => {
    expect(dateOf(sentence, published)).toBe(published);
  });

  it('never dates a statement after publication: a later month steps back a year, a later full date gives publication', () => {
    expect(dateOf('They spoke on March 30.', '2025-03-21')).toBe('2024-03-30');
    expect(dateOf('They spoke on March 30, 2025.', '2025-03-21')).toBe('2025-03-21');
  });

  it('takes the date nearest the cue when there are several', () => {
    const sentence = 'His remarks on September 5 came after talks on September 4.';
    expect(dateOf(sentence, '2025-09-07', 0)).toBe('2025-09-05');
    expect(dateOf(sentence, '2025-09-07', sentence.indexOf('talks'))).toBe('2025-09-04');
  });
});
