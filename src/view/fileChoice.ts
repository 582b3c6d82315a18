// Which loader an opened set of files needs: one graph.json, or an edges.csv
// and a nodes.csv (told apart by their header row, since a spreadsheet may
// have renamed the files).

export interface NamedText {
  file: string;
  text: string;
}

export type FileChoice =
  | { kind: 'json'; graph: NamedText }
  | { kind: 'csv'; edges: NamedText; nodes: NamedText }
  | { kind: 'error'; file: string; message: string };

const HOW =
  'Open either one graph.json, or an edges.csv and a nodes.csv together (select both files).';

function headerCells(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return line.split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** True when the header row has the edge table's Source and Target columns. */
export function isEdgeTable(text: string): boolean {
  const cells = headerCells(text);
  return cells.includes('source') && cells.includes('target');
}

/** Decides how to read `files`; an error says what to open instead. */
export function chooseGraphFiles(files: readonly NamedText[]): FileChoice {
  const names = files.map((f) => f.file).join(', ') || '(no file)';
  const json = files.filter((f) => /\.json$/i.test(f.file));
  const csv = files.filter((f) => /\.(csv|tsv|txt)$/i.test(f.file));
  const [onlyJson] = json;
  if (files.length === 1 && onlyJson) return { kind: 'json', graph: onlyJson };
  const [first, second] = csv;
  if (files.length === 2 && first && second) {
    const firstIsEdges = isEdgeTable(first.text);
    const secondIsEdges = isEdgeTable(second.text);
    if (firstIsEdges !== secondIsEdges) {
      return firstIsEdges
        ? { kind: 'csv', edges: first, nodes: second }
        : { kind: 'csv', edges: second, nodes: first };
    }
    return {
      kind: 'error',
      file: names,
      message: firstIsEdges
        ? `Both files have Source and Target columns: one of them must be a nodes.csv. ${HOW}`
        : `Neither file has Source and Target columns in its first line: one must be an edges.csv. ${HOW}`,
    };
  }
  if (files.length === 1 && csv.length === 1) {
    return { kind: 'error', file: names, message: `A CSV needs its partner file. ${HOW}` };
  }
  return { kind: 'error', file: names, message: HOW };
}
