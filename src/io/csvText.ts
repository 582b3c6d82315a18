// CSV text safe to open in a spreadsheet. A cell that starts with a character a
// spreadsheet reads as a formula (=, +, -, @, tab, CR, LF) is prefixed with a
// quote mark. Papaparse's `escapeFormulae: true` tests `^[=+\-@\t\r].*$`, which
// never matches a multi-line value (`.` stops at LF) nor a leading LF, hence
// our own expression. Only strings are tested: numbers stay numbers.
import Papa from 'papaparse';

export const FORMULA_START = /^[=+\-@\t\r\n]/;

export type CsvCell = string | number | boolean;
export type CsvRow = Readonly<Record<string, CsvCell>>;

/** Serialises rows under `columns`, in that order, with CRLF-free `\n` line ends. */
export function toCsv(columns: readonly string[], rows: readonly CsvRow[]): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  const text = Papa.unparse(
    { fields: [...columns], data },
    { escapeFormulae: FORMULA_START, newline: '\n', quotes: false },
  );
  // With no rows, papaparse still ends the header with a line break.
  return `${rows.length === 0 ? text.trimEnd() : text}\n`;
}
