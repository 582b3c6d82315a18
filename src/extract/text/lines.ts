// The lines of a text with their offsets: in a corpus article a line is a
// paragraph (or a headline, or a line of furniture).

export interface Line {
  /** Offsets into the text, end exclusive, newline not included. */
  start: number;
  end: number;
  /** The line as written. */
  text: string;
}

/** The lines of `text`, empty ones included. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}
