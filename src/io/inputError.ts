// The one error type for bad user input: it names the file and, where it can,
// the 1-based line, the field and the value, so the command line can print one
// clear message instead of a stack trace.
export interface InputErrorLocation {
  file: string;
  line?: number;
  /** 1-based column of a text position (JSON syntax errors). */
  column?: number;
  /** The element of a structured file, e.g. `node 12 "person:x"`. */
  item?: string;
  field?: string;
  value?: string;
}

export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly item: string | undefined;
  readonly field: string | undefined;
  readonly value: string | undefined;

  constructor(location: InputErrorLocation, problem: string) {
    const where = [
      location.file,
      location.line === undefined ? '' : `line ${location.line}`,
      location.column === undefined ? '' : `column ${location.column}`,
      location.item ?? '',
      location.field === undefined ? '' : `field "${location.field}"`,
      location.value === undefined ? '' : `value "${location.value}"`,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${problem}`);
    this.name = 'InputError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.item = location.item;
    this.field = location.field;
    this.value = location.value;
  }
}
