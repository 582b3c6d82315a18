// Reads a corpus folder from disk: the .txt files at its top level and its
// sources.csv. Everything else in the folder is left alone.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { assembleCorpus, type ArticleFile, type Corpus } from '../../src/io/corpus';
import { InputError } from '../../src/io/inputError';
import { isoDateOf } from '../../src/io/isoDate';
import { decodeDataFile } from '../../src/io/textFile';

export const SOURCES_FILE = 'sources.csv';

/** Fails with a clear message unless `dir` is an existing folder. */
export async function requireFolder(dir: string, what: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new InputError({ file: dir }, `no such folder (${what})`);
  if (!info.isDirectory()) throw new InputError({ file: dir }, `not a folder (${what})`);
}

export interface ReadCorpusOptions {
  /** Publication date for articles without a sources.csv row. */
  published?: string;
  /** Today's date, the last-resort publication date; defaults to the clock's. */
  today?: string;
}

/**
 * Reads the corpus in `dir` into articles sorted by id, with warnings for the
 * files it skipped or completed. Throws an InputError for a missing folder, a
 * bad sources.csv or a folder without a readable article.
 */
export async function readCorpus(dir: string, options: ReadCorpusOptions = {}): Promise<Corpus> {
  await requireFolder(dir, 'the corpus folder');
  const names = (await readdir(dir)).sort();
  // Follows symbolic links, so a corpus may be assembled from links to articles elsewhere.
  const isFile = async (name: string): Promise<boolean> =>
    (await stat(path.join(dir, name)).catch(() => undefined))?.isFile() ?? false;
  const articles: ArticleFile[] = [];
  for (const name of names) {
    if (!name.endsWith('.txt') || name === '.txt' || !(await isFile(name))) continue;
    const file = path.join(dir, name);
    articles.push({ id: name.slice(0, -'.txt'.length), path: file, bytes: await readFile(file) });
  }
  const sourcesPath = path.join(dir, SOURCES_FILE);
  const sources = (await isFile(SOURCES_FILE))
    ? { path: sourcesPath, text: decodeDataFile(await readFile(sourcesPath), sourcesPath) }
    : undefined;
  return assembleCorpus({
    folder: dir,
    articles,
    ...(sources ? { sources } : {}),
    ...(options.published ? { published: options.published } : {}),
    today: options.today ?? isoDateOf(new Date()),
  });
}
