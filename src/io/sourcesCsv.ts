// sources.csv: one row per article of a corpus, `id,title,outlet,url,published`
// first; any further columns are kept as metadata. A bad row stops the run
// with a message naming the file, line, field and value, because a wrong date
// or a wrong link would silently mislabel every claim of that article.
import { UNKNOWN_OUTLET } from '../graph/types';
import { parseCsvTable, type CsvRecord } from './csvTable';
import { InputError } from './inputError';
import { isoDateProblem } from './isoDate';

export const SOURCE_COLUMNS = ['id', 'title', 'outlet', 'url', 'published'] as const;

/** An article's row in sources.csv. */
export interface SourceRow {
  id: string;
  title: string;
  /** `unknown` when the cell is empty. */
  outlet: string;
  /** An http(s) URL, or '' when unknown. */
  url: string;
  /** YYYY-MM-DD */
  published: string;
  /** The values of the columns after the fixed ones, by column name. */
  metadata: Record<string, string>;
  /** The 1-based line the row starts on. */
  line: number;
}

const FIXED: ReadonlySet<string> = new Set(SOURCE_COLUMNS);

/** Path separators or a leading dot would let an id name a file outside the corpus. */
const BAD_ID = /[/\\]|^\./;

function checkId(id: string, file: string, line: number): void {
  if (id === '') {
    throw new InputError(
      { file, line, field: 'id' },
      'the id is empty: write the article file name without .txt',
    );
  }
  if (BAD_ID.test(id)) {
    throw new InputError(
      { file, line, field: 'id', value: id },
      'an id is a file name without .txt: no slashes, no leading dot',
    );
  }
}

function protocolOf(url: string): string | undefined {
  try {
    return new URL(url).protocol;
  } catch {
    return undefined;
  }
}

function checkUrl(url: string, file: string, line: number): void {
  if (url === '') return;
  const protocol = protocolOf(url);
  if (protocol === undefined) {
    throw new InputError(
      { file, line, field: 'url', value: url },
      'not a URL: write the full address (https://...) or leave the cell empty',
    );
  }
  // The explorer turns the url into a link: only web addresses are safe to follow.
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new InputError(
      { file, line, field: 'url', value: url },
      'only http and https links are accepted: write the web address or leave the cell empty',
    );
  }
}

function toSourceRow(record: CsvRecord, file: string): SourceRow {
  const { line, values } = record;
  const cell = (column: string): string => (values[column] ?? '').trim();
  const id = cell('id');
  checkId(id, file, line);
  const published = cell('published');
  const dateProblem = isoDateProblem(published);
  if (dateProblem) {
    throw new InputError(
      { file, line, field: 'published', value: published },
      `${dateProblem}; the publication date is required (YYYY-MM-DD)`,
    );
  }
  const url = cell('url');
  checkUrl(url, file, line);
  const metadata = Object.fromEntries(
    Object.entries(values).filter(([column]) => !FIXED.has(column)),
  );
  return {
    id,
    title: cell('title'),
    outlet: cell('outlet') || UNKNOWN_OUTLET,
    url,
    published,
    metadata,
    line,
  };
}

/**
 * Parses and validates the text of a corpus's sources.csv (`file` names it in
 * messages). Throws an InputError for a missing column, a malformed row, an
 * empty or unsafe id, a duplicate id, a missing or impossible date, or a link
 * that is not http(s).
 */
export function parseSourcesCsv(text: string, file: string): SourceRow[] {
  const table = parseCsvTable(text, file, SOURCE_COLUMNS);
  const firstLine = new Map<string, number>();
  return table.records.map((record) => {
    const row = toSourceRow(record, file);
    const previous = firstLine.get(row.id);
    if (previous !== undefined) {
      throw new InputError(
        { file, line: row.line, field: 'id', value: row.id },
        `duplicate id, first on line ${previous}: give each article one row`,
      );
    }
    firstLine.set(row.id, row.line);
    return row;
  });
}
