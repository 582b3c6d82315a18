// Assembles a corpus from its files: each readable .txt becomes an Article,
// described by its sources.csv row. Problems with one article are warnings
// (the run goes on without it, or with defaults); problems with sources.csv are
// errors, because they would mislabel every claim of the article.
import type { Article } from '../extract/types';
import { InputError } from './inputError';
import { UNKNOWN_OUTLET } from '../graph/types';
import { parseSourcesCsv, type SourceRow } from './sourcesCsv';
import { decodeArticle } from './textFile';

/** An article file: its article id, the path to show in messages, its bytes. */
export interface ArticleFile {
  id: string;
  path: string;
  bytes: Uint8Array;
}

export interface CorpusFiles {
  /** The folder, as the user wrote it, for messages. */
  folder: string;
  articles: readonly ArticleFile[];
  /** sources.csv's path and decoded text; absent when the folder has none. */
  sources?: { path: string; text: string };
  /**
   * The publication date for articles without a sources.csv row when the user
   * gives one; otherwise the corpus's latest date is used, then `today`.
   */
  published?: string;
  /** YYYY-MM-DD: the last resort for articles nothing dates. */
  today: string;
}

export interface Corpus {
  /** Sorted by id. */
  articles: Article[];
  /** Each article's extra sources.csv columns, by id. */
  metadata: Map<string, Record<string, string>>;
  /** One line per problem, naming the file. */
  warnings: string[];
}

const TITLE_LENGTH = 100;

/** A title for an article nothing describes: its first line, cut at a word. */
export function titleFromText(text: string): string {
  const first = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const line = first.trim().replace(/\s+/g, ' ');
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface FallbackDate {
  date: string;
  why: string;
}

function fallbackDate(files: CorpusFiles, rows: readonly SourceRow[]): FallbackDate {
  if (files.published) return { date: files.published, why: 'given with --published' };
  const latest = rows.reduce((max, row) => (row.published > max ? row.published : max), '');
  if (latest) return { date: latest, why: "the corpus's latest publication date" };
  return { date: files.today, why: "today's date: pass --published YYYY-MM-DD to fix it" };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Turns the files of a corpus folder into articles sorted by id. Unreadable
 * files are skipped and articles without a sources.csv row get outlet
 * `unknown`, a title from their first line, no URL and a fallback publication
 * date (`published`, else the latest in sources.csv, else `today`), each with a
 * warning. Throws an InputError for a bad sources.csv or when no article is left.
 */
export function assembleCorpus(files: CorpusFiles): Corpus {
  const warnings: string[] = [];
  const rows = files.sources ? parseSourcesCsv(files.sources.text, files.sources.path) : [];
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const fallback = fallbackDate(files, rows);
  const articles: Article[] = [];
  const metadata = new Map<string, Record<string, string>>();
  const present = new Set<string>();
  if (!files.sources) {
    warnings.push(
      `${files.folder}: no sources.csv: every article gets outlet "${UNKNOWN_OUTLET}", ` +
        `its first line as title and published ${fallback.date} (${fallback.why})`,
    );
  }
  for (const file of [...files.articles].sort((a, b) => compare(a.id, b.id))) {
    present.add(file.id);
    const decoded = decodeArticle(file.bytes);
    if (!decoded.ok) {
      warnings.push(`${file.path}: skipped: ${decoded.problem}`);
      continue;
    }
    const row = rowById.get(file.id);
    if (!row && files.sources) {
      warnings.push(
        `${file.path}: no row in ${files.sources.path}: processed with outlet "${UNKNOWN_OUTLET}", ` +
          `its first line as title and published ${fallback.date} (${fallback.why}); ` +
          'add a row to record its source',
      );
    }
    articles.push({
      id: file.id,
      text: decoded.text,
      title: row?.title || titleFromText(decoded.text),
      outlet: row?.outlet ?? UNKNOWN_OUTLET,
      url: row?.url ?? '',
      published: row?.published ?? fallback.date,
    });
    if (row) metadata.set(file.id, row.metadata);
  }
  for (const row of rows) {
    if (!present.has(row.id) && files.sources) {
      warnings.push(
        `${files.sources.path}, line ${row.line}: no file ${row.id}.txt in ${files.folder}: the row is ignored`,
      );
    }
  }
  if (articles.length === 0) {
    throw new InputError(
      { file: files.folder },
      'no readable article: a corpus is a folder of UTF-8 .txt files, one article each',
    );
  }
  return { articles, metadata, warnings };
}
