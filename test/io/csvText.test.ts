import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/io/csvText';

/** The single cell `value` as a spreadsheet would read it back. */
function roundTrip(value: string | number | boolean): string {
  const parsed = Papa.parse<string[]>(toCsv(['cell'], [{ cell: value }]), {
    skipEmptyLines: true,
  });
  const row = parsed.data[1];
  if (!row) throw new Error('no data row');
  return row[0] ?? '';
}

describe('toCsv(columns, rows)', () => {
  it.each([
    ['an equals sign', '=1+1'],
    ['a plus sign', '+1+1'],
    ['a minus sign', '-1+1'],
    ['an at sign', '@SUM(A1:A2)'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['a line feed', '\n=1+1'],
    ['a formula on a multi-line value', '=HYPERLINK("http://evil")\nsecond line'],
    ['a formula followed by CRLF', '=1+1\r\nmore'],
    ['a string that looks like a negative number', '-3'],
  ])('neutralises a cell starting with %s', (_name, value) => {
    expect(roundTrip(value)).toBe(`'${value}`);
  });

  it.each([
    ['plain text', 'Macron said'],
    ['a formula sign later in the text', 'a = b'],
    ['a quotation mark first', '"We are ready," she said.'],
    ['an apostrophe first', "'Not at war with Russia'"],
    ['a multi-line value without a formula', 'first\nsecond'],
  ])('keeps %s verbatim', (_name, value) => {
    expect(roundTrip(value)).toBe(value);
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: -5, b: 0.25, c: 1 }])).toBe('a,b,c\n-5,0.25,1\n');
  });

  it('quotes cells with commas, quotation marks and line breaks', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "no"\nnow' }])).toBe(
      'a,b\n"x, y","say ""no""\nnow"\n',
    );
  });

  it('writes the columns in the order given and leaves missing cells empty', () => {
    expect(toCsv(['b', 'a', 'c'], [{ a: 1, b: 2 }])).toBe('b,a,c\n2,1,\n');
  });

  it('writes the header alone, on one line, when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\n');
  });
});
