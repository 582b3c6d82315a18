import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../../src/extract/text/dateline';

describe('datelineLength(sentence)', () => {
  it.each([
    ['PARIS, Feb 18 (Reuters) - France said', 'PARIS, Feb 18 (Reuters) - '],
    ['KYIV, Ukraine (AP) — Britain said', 'KYIV, Ukraine (AP) — '],
    ['BORGO EGNAZIA, Italy (AP) — Leaders agreed', 'BORGO EGNAZIA, Italy (AP) — '],
    ['Moscow (AFP) – Hungary said', 'Moscow (AFP) – '],
    ['FASANO, Italy – Japan said', 'FASANO, Italy – '],
  ])('reads the dateline of %j', (sentence, dateline) => {
    expect(sentence.slice(0, datelineLength(sentence))).toBe(dateline);
  });

  it.each([
    'NATO said on Monday - in a statement - that',
    'Macron said - again - that',
    'Paris - and London',
  ])('finds none in %j', (sentence) => {
    expect(datelineLength(sentence)).toBe(0);
  });
});
