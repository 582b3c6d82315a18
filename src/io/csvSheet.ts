// Reads a CSV table that may have been through a spreadsheet: a byte order
// mark, CRLF line ends, semicolons or tabs between values (Excel in many
// locales), columns moved or added, header names in another case. Cells our
// writer protected against formula injection get their leading quote mark
// back off; a value that itself began with a quote mark and a formula
// character (`'=x`) reads back as `=x`, since the writer leaves it as it was.
// Parsing itself is papaparse's.
import Papa from 'papaparse';
import { FORMULA_START } from './csvText';
import { InputError } from './inputError';

/** One data row: the 1-based line it starts on and its cells by column name. */
export interface SheetRow {
  line: number;
  cells: ReadonlyMap<string, string>;
}

const DELIMITERS = [',', ';', '\t'] as const;
const LINE_BREAK = /\r\n|\r|\n/g;

/** The delimiter the header line uses most: header names never contain one. */
function headerDelimiter(text: string): string {
  const header = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (delimiter: string): number => header.split(delimiter).length;
  return DELIMITERS.reduce((best, next) => (count(next) > count(best) ? next : best));
}

/** Undoes csvText's formula escape: `'=x` was written for `=x`. */
function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function isBlank(values: readonly string[]): boolean {
  return values.every((value) => value.trim() === '');
}

/**
 * Parses `fileText` (the contents of `file`). Header cells that match one of
 * `columns` (ignoring case and surrounding spaces) are read under that name;
 * other columns are ignored. Throws an InputError if a `required` column is
 * missing, a column appears twice, a quote is never closed, or a row has more
 * values than the header (empty trailing values aside) or fewer.
 */
export function readSheet(
  fileText: string,
  file: string,
  columns: readonly string[],
  required: readonly string[],
): SheetRow[] {
  const text = fileText.replace(/^\uFEFF/, '');
  const rows: { line: number; values: string[] }[] = [];
  let line = 1;
  let rowStart = 0;
  let unclosed: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter: headerDelimiter(text),
    skipEmptyLines: false,
    step: (result) => {
      if (result.errors.some((error) => error.code === 'MissingQuotes')) unclosed ??= line;
      if (!isBlank(result.data)) rows.push({ line, values: result.data });
      line += text.slice(rowStart, result.meta.cursor).match(LINE_BREAK)?.length ?? 0;
      rowStart = result.meta.cursor;
    },
  });
  if (unclosed !== undefined) {
    throw new InputError(
      { file, line: unclosed },
      'a quoted value is never closed: end it with a double quote (write "" for a quote inside a value)',
    );
  }
  const [header, ...body] = rows;
  if (!header)
    throw new InputError(
      { file },
      `the file is empty: it needs a header naming ${required.join(',')}`,
    );
  const byLowerCase = new Map(columns.map((column) => [column.toLowerCase(), column]));
  const names = header.values.map((cell) => byLowerCase.get(cell.trim().toLowerCase()));
  const seen = new Set<string>();
  for (const name of names) {
    if (name === undefined) continue;
    if (seen.has(name)) {
      throw new InputError(
        { file, line: header.line, field: name },
        'the column appears twice: keep one',
      );
    }
    seen.add(name);
  }
  const missing = required.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    throw new InputError(
      { file, line: header.line },
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}: ` +
        `the header must name ${required.join(',')}`,
    );
  }
  return body.map(({ line: rowLine, values }) => {
    const extra = values.slice(names.length);
    if (values.length < names.length || !isBlank(extra)) {
      throw new InputError(
        { file, line: rowLine },
        `the row has ${values.length} values but the header has ${names.length} columns: ` +
          'put values that contain the delimiter in double quotes',
      );
    }
    const cells = new Map<string, string>();
    names.forEach((name, i) => {
      if (name !== undefined) cells.set(name, restoreFormula(values[i] ?? ''));
    });
    return { line: rowLine, cells };
  });
}
