import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/inputError';
import { parseSourcesCsv } from '../../src/io/sourcesCsv';

const HEADER = 'id,title,outlet,url,published';
const FILE = 'corpus/sources.csv';

function errorOf(text: string): InputError {
  try {
    parseSourcesCsv(text, FILE);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseSourcesCsv(text, file)', () => {
  it('reads rows with their 1-based line, keeping extra columns as metadata', () => {
    const text = [
      `${HEADER},outlet_type,note`,
      'a1,First,Reuters,https://example.org/a,2025-03-16,wire,"checked, twice"',
      '',
      'a2,"Second, with a comma",AFP,http://example.org/b,2024-02-29,agency,',
    ].join('\n');
    expect(parseSourcesCsv(text, FILE)).toEqual([
      {
        id: 'a1',
        title: 'First',
        outlet: 'Reuters',
        url: 'https://example.org/a',
        published: '2025-03-16',
        metadata: { outlet_type: 'wire', note: 'checked, twice' },
        line: 2,
      },
      {
        id: 'a2',
        title: 'Second, with a comma',
        outlet: 'AFP',
        url: 'http://example.org/b',
        published: '2024-02-29',
        metadata: { outlet_type: 'agency', note: '' },
        line: 4,
      },
    ]);
  });

  it('counts lines inside quoted multi-line values, CRLF line ends and a BOM', () => {
    const text = `\uFEFF${HEADER}\r\na,"two\r\nlines",X,,2025-01-01\r\nb,T,X,,2025-13-01\r\n`;
    expect(errorOf(text)).toMatchObject({ line: 4, field: 'published', value: '2025-13-01' });
  });

  it('fills an empty outlet with "unknown" and accepts an empty url', () => {
    const [row] = parseSourcesCsv(`${HEADER}\na,T,,,2025-01-01\n`, FILE);
    expect(row).toMatchObject({ outlet: 'unknown', url: '' });
  });

  it('accepts the header columns in any order', () => {
    const [row] = parseSourcesCsv('published,url,outlet,title,id\n2025-01-01,,O,T,a\n', FILE);
    expect(row).toMatchObject({ id: 'a', title: 'T', outlet: 'O', published: '2025-01-01' });
  });

  const malformed: [
    name: string,
    row: string,
    line: number,
    field: string | undefined,
    value: string | undefined,
    says: RegExp,
  ][] = [
    [
      'too few values',
      'a,T,O,2025-01-01',
      3,
      undefined,
      undefined,
      /4 values but the header has 5/,
    ],
    ['too many values', 'a,T,O,,2025-01-01,extra', 3, undefined, undefined, /6 values/],
    ['an empty id', ',T,O,,2025-01-01', 3, 'id', undefined, /id is empty/],
    ['an id with a slash', '../a,T,O,,2025-01-01', 3, 'id', '../a', /no slashes/],
    ['a duplicate id', 'ok,T,O,,2025-01-02', 3, 'id', 'ok', /duplicate id, first on line 2/],
    ['no date', 'a,T,O,,', 3, 'published', '', /YYYY-MM-DD/],
    ['a date in another format', 'a,T,O,,21/03/2025', 3, 'published', '21/03/2025', /YYYY-MM-DD/],
    ['an impossible date', 'a,T,O,,2025-02-30', 3, 'published', '2025-02-30', /no such day/],
    [
      'a date with a time',
      'a,T,O,,2025-02-03T10:00',
      3,
      'published',
      '2025-02-03T10:00',
      /YYYY-MM-DD/,
    ],
    [
      'a url that is no URL',
      'a,T,O,example.org/x,2025-01-01',
      3,
      'url',
      'example.org/x',
      /not a URL/,
    ],
    [
      'a javascript: link',
      'a,T,O,javascript:alert(1),2025-01-01',
      3,
      'url',
      'javascript:alert(1)',
      /only http and https/,
    ],
    ['an unclosed quote', 'a,"T,O,,2025-01-01', 3, undefined, undefined, /never closed/],
  ];

  it.each(malformed)(
    'rejects %s, naming file, line, field and value',
    (_name, row, line, field, value, says) => {
      const error = errorOf(`${HEADER}\nok,T,O,,2025-01-01\n${row}\n`);
      expect(error).toMatchObject({ file: FILE, line, field, value });
      expect(error.message).toMatch(says);
      expect(error.message).toContain(`${FILE}, line ${line}`);
    },
  );

  it('names every missing header column', () => {
    const error = errorOf('id,title,outlet\na,T,O\n');
    expect(error).toMatchObject({ file: FILE, line: 1 });
    expect(error.message).toMatch(/missing columns "url", "published"/);
  });

  it('rejects an empty file and a header naming a column twice', () => {
    expect(errorOf('').message).toMatch(/empty/);
    expect(errorOf(`${HEADER},id\n`)).toMatchObject({ line: 1, field: 'id' });
  });
});
