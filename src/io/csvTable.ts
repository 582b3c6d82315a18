// Reads a user-edited CSV file into records that remember their 1-based line,
// so that every later check can name the file, line, field and value. Parsing
// is papaparse's; this module adds the header and column-count checks.
import Papa from 'papaparse';
import { InputError } from './inputError';

/** One data row: its values by column name and the line it starts on. */
export interface CsvRecord {
  line: number;
  values: Readonly<Record<string, string>>;
}

export interface CsvTable {
  /** Column names in file order, trimmed. */
  columns: string[];
  records: CsvRecord[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

function countLineBreaks(text: string, from: number, to: number): number {
  return text.slice(from, to).match(LINE_BREAK)?.length ?? 0;
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((value) => value.trim() === '');
}

function checkHeader(columns: readonly string[], required: readonly string[], file: string): void {
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) {
      throw new InputError(
        { file, line: 1, field: column },
        'the column appears twice in the header: give each column one name',
      );
    }
    seen.add(column);
  }
  const missing = required.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    throw new InputError(
      { file, line: 1 },
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}: ` +
        `the header must name ${required.join(',')}`,
    );
  }
}

/**
 * Parses `text` (the contents of `file`) as a CSV table whose first row is a
 * header naming at least the `required` columns. Blank rows are skipped. Throws
 * an InputError for a missing column, a row whose number of values differs
 * from the header's, or an unterminated quote.
 */
export function parseCsvTable(
  fileText: string,
  file: string,
  required: readonly string[],
): CsvTable {
  const text = fileText.replace(/^\uFEFF/, '');
  const rows: { line: number; values: string[] }[] = [];
  let line = 1;
  let rowStart = 0;
  let unterminatedAt = -1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unterminatedAt = line;
      rows.push({ line, values: result.data });
      line += countLineBreaks(text, rowStart, result.meta.cursor);
      rowStart = result.meta.cursor;
    },
  });
  if (unterminatedAt > 0) {
    throw new InputError(
      { file, line: unterminatedAt },
      'a quoted value is never closed: end it with a double quote (write "" for a quote inside a value)',
    );
  }
  const [header, ...body] = rows.filter((row) => !isBlankRow(row.values));
  if (!header)
    throw new InputError(
      { file },
      `the file is empty: it needs a header naming ${required.join(',')}`,
    );
  const columns = header.values.map((column) => column.trim());
  checkHeader(columns, required, file);
  const records = body.map((row): CsvRecord => {
    if (row.values.length !== columns.length) {
      throw new InputError(
        { file, line: row.line },
        `the row has ${row.values.length} values but the header has ${columns.length} columns: ` +
          'put values that contain commas in double quotes',
      );
    }
    return {
      line: row.line,
      values: Object.fromEntries(columns.map((column, i) => [column, row.values[i] ?? ''])),
    };
  });
  return { columns, records };
}
