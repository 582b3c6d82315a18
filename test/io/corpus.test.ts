import { describe, expect, it } from 'vitest';
import {
  assembleCorpus,
  titleFromText,
  type ArticleFile,
  type CorpusFiles,
} from '../../src/io/corpus';
import { InputError } from '../../src/io/inputError';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (id: string, text: string | Uint8Array): ArticleFile => ({
  id,
  path: `c/${id}.txt`,
  bytes: typeof text === 'string' ? utf8(text) : text,
});
const SOURCES = {
  path: 'c/sources.csv',
  text: [
    'id,title,outlet,url,published,note',
    'b,Bee,AFP,https://example.org/b,2025-03-16,x',
    'a,Ay,Reuters,,2025-03-21,',
  ].join('\n'),
};
const corpus = (
  articles: ArticleFile[],
  extra: Partial<CorpusFiles> = {},
): ReturnType<typeof assembleCorpus> =>
  assembleCorpus({ folder: 'c', articles, sources: SOURCES, today: '2030-01-01', ...extra });

describe('assembleCorpus(files)', () => {
  it('describes each article by its sources.csv row, sorted by id', () => {
    const { articles, metadata, warnings } = corpus([
      file('b', 'Bee text'),
      file('a', '\uFEFFAy text'),
    ]);
    expect(articles).toEqual([
      {
        id: 'a',
        text: 'Ay text',
        title: 'Ay',
        outlet: 'Reuters',
        url: '',
        published: '2025-03-21',
      },
      {
        id: 'b',
        text: 'Bee text',
        title: 'Bee',
        outlet: 'AFP',
        url: 'https://example.org/b',
        published: '2025-03-16',
      },
    ]);
    expect(metadata.get('b')).toEqual({ note: 'x' });
    expect(warnings).toEqual([]);
  });

  it('keeps an article with no row: outlet unknown, first line as title, latest corpus date', () => {
    const { articles, warnings } = corpus([
      file('a', 'x'),
      file('b', 'y'),
      file('c', '\n  Headline here \nBody'),
    ]);
    expect(articles.find((article) => article.id === 'c')).toEqual({
      id: 'c',
      text: '\n  Headline here \nBody',
      title: 'Headline here',
      outlet: 'unknown',
      url: '',
      published: '2025-03-21',
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^c\/c\.txt: no row in c\/sources\.csv: .*published 2025-03-21/);
  });

  it('dates an article with no row by --published when given', () => {
    const { articles } = corpus([file('a', 'x'), file('b', 'y'), file('z', 'z')], {
      published: '2024-01-05',
    });
    expect(articles.find((article) => article.id === 'z')?.published).toBe('2024-01-05');
  });

  it('without sources.csv, warns once and dates every article today', () => {
    const { articles, warnings } = assembleCorpus({
      folder: 'c',
      articles: [file('a', 'A'), file('b', 'B')],
      today: '2030-01-01',
    });
    expect(articles.map((article) => [article.outlet, article.published])).toEqual([
      ['unknown', '2030-01-01'],
      ['unknown', '2030-01-01'],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^c: no sources\.csv: .*--published/)]);
  });

  it('skips unreadable files with a warning naming each', () => {
    const { articles, warnings } = corpus([
      file('a', 'fine'),
      file('b', ''),
      file('c', new Uint8Array([0x41, 0x00, 0x42])),
      file('d', new Uint8Array([0xe9, 0x74, 0xe9])),
    ]);
    expect(articles.map((article) => article.id)).toEqual(['a']);
    expect(warnings).toEqual([
      expect.stringMatching(/^c\/b\.txt: skipped: empty/),
      expect.stringMatching(/^c\/c\.txt: skipped: binary/),
      expect.stringMatching(/^c\/d\.txt: skipped: not UTF-8/),
    ]);
  });

  it('warns about a sources.csv row whose article file is missing, naming its line', () => {
    const { warnings } = corpus([file('a', 'x')]);
    expect(warnings).toEqual([
      expect.stringMatching(/^c\/sources\.csv, line 2: no file b\.txt in c/),
    ]);
  });

  it('throws when no article is readable, and passes sources.csv errors through', () => {
    expect(() => corpus([file('a', '')])).toThrow(InputError);
    expect(() => corpus([file('a', '')])).toThrow(/no readable article/);
    const bad = {
      path: 'c/sources.csv',
      text: 'id,title,outlet,url,published\na,T,O,,2025-02-30\n',
    };
    expect(() => corpus([file('a', 'x')], { sources: bad })).toThrow(
      /c\/sources\.csv, line 2, field "published"/,
    );
  });
});

describe('titleFromText(text)', () => {
  it('takes the first non-blank line, cut at a word near 100 characters', () => {
    const long = `${'word '.repeat(40)}end`;
    const title = titleFromText(long);
    expect(title.length).toBeLessThanOrEqual(101);
    expect(title.endsWith('word…')).toBe(true);
    expect(titleFromText('\n\n Short one \n rest')).toBe('Short one');
  });
});
