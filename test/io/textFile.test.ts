import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/inputError';
import { decodeArticle, decodeDataFile } from '../../src/io/textFile';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeArticle(bytes)', () => {
  const cases: [
    name: string,
    input: Uint8Array,
    text: string | undefined,
    problem: RegExp | undefined,
  ][] = [
    ['plain UTF-8', utf8('Macron said, “no.”'), 'Macron said, “no.”', undefined],
    ['a leading BOM, removed', utf8('\uFEFFKyiv'), 'Kyiv', undefined],
    ['a BOM further in, kept', utf8('a\uFEFFb'), 'a\uFEFFb', undefined],
    ['an empty file', bytes(), undefined, /empty/],
    ['only a BOM and spaces', utf8('\uFEFF \n\t'), undefined, /empty/],
    ['NUL bytes', bytes(0x50, 0x4b, 0x00, 0x03), undefined, /binary/],
    ['Latin-1 bytes', bytes(0x4f, 0x72, 0x62, 0xe1, 0x6e), undefined, /not UTF-8/],
    ['a truncated sequence', bytes(0x61, 0xe2, 0x80), undefined, /not UTF-8/],
  ];
  it.each(cases)('%s', (_name, input, text, problem) => {
    const decoded = decodeArticle(input);
    if (text !== undefined) expect(decoded).toEqual({ ok: true, text });
    else expect(decoded.ok ? '' : decoded.problem).toMatch(problem ?? /./);
  });

  it('keeps UTF-16 offsets stable: the text starts after the BOM', () => {
    const decoded = decodeArticle(utf8('\uFEFFParis said'));
    expect(decoded.ok && decoded.text.slice(0, 5)).toBe('Paris');
  });
});

describe('decodeDataFile(bytes, file)', () => {
  it('returns the text without a BOM', () => {
    expect(decodeDataFile(utf8('\uFEFFid\n'), 'x.csv')).toBe('id\n');
  });

  it('throws an InputError naming the file for bytes that are not UTF-8', () => {
    expect(() => decodeDataFile(bytes(0xff, 0xfe, 0x41), 'c/sources.csv')).toThrow(InputError);
    expect(() => decodeDataFile(bytes(0xff, 0xfe, 0x41), 'c/sources.csv')).toThrow(
      /^c\/sources.csv: not UTF-8/,
    );
  });
});
