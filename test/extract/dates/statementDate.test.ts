import { describe, expect, it } from 'vitest';
import { statementDate } from '../../../src/extract/dates/statementDate';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { foldText } from '../../../src/extract/text/fold';
import { article, fixtureKnowledge } from '../fixture';

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
    ['A government spokesman hit back last night.', '2025-03-22', '2025-03-21'],
    ['The premier said on December 30 he would go.', '2025-01-03', '2024-12-30'],
    ['Last Friday he stated it again.', '2025-07-14', '2025-07-11'],
    ['Two days ago, the minister said troops could go.', '2025-03-21', '2025-03-19'],
    ["In Thursday's call, the president backed a truce.", '2025-03-21', '2025-03-20'],
    ['PARIS, March 21 (Reuters) - The leaders met on Wednesday.', '2025-03-21', '2025-03-19'],
    [
      'Timmermans called the vote "irresponsible" on Wednesday evening.',
      '2025-03-13',
      '2025-03-12',
    ],
    ['Standing next to Macron in Warsaw on December 12, Tusk said no.', '2024-12-20', '2024-12-12'],
  ])('%j published %s → %s', (sentence, published, expected) => {
    expect(dateOf(sentence, published)).toBe(expected);
  });

  it.each([
    ['In February, the leaders met in Paris.', '2024-05-02'],
    ['The coalition recalls the 2003 invasion of Iraq.', '2025-03-27'],
    ['The aid bill may pass, officials said.', '2024-04-20'],
    ['He first made the remark 8 months ago.', '2024-02-27'],
    ['Scholz, who faces an election on Sunday, said troops were premature.', '2025-02-18'],
    ['The talks scheduled for Friday may settle it.', '2025-02-18'],
    [
      'Kishida, who will be replaced after the ruling party elects a new leader on Friday, backed Kyiv.',
      '2024-09-25',
    ],
    ['Parliament holds the vote on Sunday, the minister said.', '2025-02-18'],
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

describe('extractCorpus: the date of a claim', () => {
  it.each([
    [
      'Donald Tusk said on Monday that Poland, which joined the talks on Friday, would never send troops.',
      '2025-03-19',
      '2025-03-17',
    ],
    ['Italy on Monday dismissed the plan to send troops.', '2025-03-19', '2025-03-17'],
    [
      'Speaking on Tuesday in Rome, Antonio Tajani ruled out sending troops.',
      '2025-03-19',
      '2025-03-18',
    ],
    // "The same day" is the day the sentences before name.
    [
      'Keir Starmer met Petr Pavel on Tuesday. Emmanuel Macron, speaking the same day, ruled out sending troops.',
      '2025-03-21',
      '2025-03-18',
    ],
    [
      'Keir Starmer met Petr Pavel on Tuesday. A day earlier, Emmanuel Macron had ruled out sending troops.',
      '2025-03-21',
      '2025-03-17',
    ],
    // A quotation of several sentences is dated where it is attributed.
    [
      '"No Italian soldier will go to Ukraine. Only the UN can do that," Antonio Tajani told reporters on Wednesday.',
      '2025-09-04',
      '2025-09-03',
    ],
  ])('%j published %s → %s', (text, published, expected) => {
    const { claims } = extractCorpus([article(text, published)], fixtureKnowledge());
    expect(claims.length).toBeGreaterThan(0);
    expect(new Set(claims.map((claim) => claim.date))).toEqual(new Set([expected]));
  });
});
