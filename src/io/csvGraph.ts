// Reads a stance graph back from an edges.csv + nodes.csv pair, as this tool
// writes them or as a spreadsheet saves them after editing. The graph is built
// by the one model builder (buildStanceGraph), so `represents` links come from
// the nodes' country column exactly as at extraction.
//
// A claim whose Source or Target has no row in nodes.csv is an error, not an
// implicit node: a typo in an id would otherwise grow a new, unlabelled actor.
import { buildStanceGraph, claimKey } from '../graph/buildGraph';
import type { ClaimRecord, NodeRecord } from '../graph/buildGraph';
import { seededPosition } from '../graph/layout';
import { UNKNOWN_OUTLET, type NodeKind, type StanceGraph } from '../graph/types';
import { readSheet, type SheetRow } from './csvSheet';
import { EDGE_COLUMNS } from './edgesCsv';
import {
  checkClaimEnds,
  checkConfidence,
  checkCountry,
  checkDate,
  checkKind,
  checkNodeId,
  checkSpan,
  checkStance,
  checkUrl,
  describeValue,
  type Reject,
} from './graphRules';
import { InputError } from './inputError';
import { ALIAS_SEPARATOR, NODE_COLUMNS } from './nodesCsv';

/** A CSV file's name (for messages) and text. */
export interface CsvFile {
  file: string;
  text: string;
}

const REQUIRED_NODE_COLUMNS = ['Id', 'kind'] as const;
const REQUIRED_EDGE_COLUMNS = ['Source', 'Target', 'stance', 'quote', 'date'] as const;

/** Typed cells of one row; errors name the file, line and column. */
class Cells {
  readonly reject: Reject;

  constructor(
    private readonly row: SheetRow,
    file: string,
  ) {
    this.reject = (field, value, problem) => {
      throw new InputError(
        {
          file,
          line: row.line,
          field,
          value: value === undefined ? undefined : describeValue(value),
        },
        problem,
      );
    };
  }

  /** The cell as written: quotes and labels keep their spaces. */
  raw(column: string): string {
    return this.row.cells.get(column) ?? '';
  }

  text(column: string, fallback = ''): string {
    return this.raw(column).trim() || fallback;
  }

  /** A number; spreadsheets in many locales write a decimal comma. */
  number(column: string, fallback?: number): number {
    const cell = this.text(column);
    if (cell === '' && fallback !== undefined) return fallback;
    const value = Number(cell === '' ? NaN : cell.replace(/^(-?\d+),(\d+)$/, '$1.$2'));
    if (!Number.isFinite(value)) this.reject(column, cell, 'expected a number');
    return value;
  }

  boolean(column: string): boolean {
    const cell = this.text(column).toLowerCase();
    if (cell === '' || cell === 'false') return false;
    if (cell === 'true') return true;
    return this.reject(column, this.text(column), 'expected true or false');
  }
}

interface NodeRow extends NodeRecord {
  line: number;
  position?: { x: number; y: number };
}

function readNodes({ file, text }: CsvFile): Map<string, NodeRow> {
  const nodes = new Map<string, NodeRow>();
  for (const row of readSheet(text, file, NODE_COLUMNS, REQUIRED_NODE_COLUMNS)) {
    const cells = new Cells(row, file);
    const id = checkNodeId('Id', cells.text('Id'), cells.reject);
    const previous = nodes.get(id);
    if (previous)
      cells.reject('Id', id, `another row has this Id (line ${previous.line}): keep one`);
    const placed = cells.text('x') !== '' || cells.text('y') !== '';
    const description = cells.raw('description');
    const aliases = cells.raw('aliases').split(ALIAS_SEPARATOR).filter(Boolean);
    nodes.set(id, {
      line: row.line,
      id,
      label: cells.text('Label', id),
      kind: checkKind(cells.text('kind'), cells.reject),
      country: checkCountry(cells.text('country'), cells.reject),
      role: cells.text('role'),
      ...(description ? { description } : {}),
      ...(aliases.length ? { aliases } : {}),
      ...(placed ? { position: { x: cells.number('x'), y: cells.number('y') } } : {}),
    });
  }
  return nodes;
}

function readClaim(cells: Cells, kindOf: (id: string) => NodeKind | undefined): ClaimRecord {
  const reject: Reject = cells.reject;
  const source = checkNodeId('Source', cells.text('Source'), reject);
  const target = checkNodeId('Target', cells.text('Target'), reject);
  const [sourceKind, targetKind] = [kindOf(source), kindOf(target)];
  if (!sourceKind)
    reject('Source', source, 'no row of the nodes file has this Id: add one or fix the id');
  if (!targetKind)
    reject('Target', target, 'no row of the nodes file has this Id: add one or fix the id');
  checkClaimEnds(
    sourceKind,
    targetKind,
    { source, target, sourceField: 'Source', targetField: 'Target' },
    reject,
  );
  const quote = cells.raw('quote');
  if (quote === '') reject('quote', quote, 'empty: a claim needs its verbatim evidence');
  const date = checkDate('date', cells.text('date'), reject);
  const start = cells.number('start', 0);
  const end = cells.number('end', start + quote.length);
  checkSpan(start, end, reject);
  return {
    source,
    target,
    stance: checkStance(cells.text('stance'), reject),
    quote,
    direct_quote: cells.boolean('direct_quote'),
    article: cells.text('article'),
    title: cells.raw('title'),
    outlet: cells.text('outlet', UNKNOWN_OUTLET),
    url: checkUrl(cells.text('url'), reject),
    published: checkDate('published', cells.text('published', date), reject),
    date,
    start,
    end,
    cue: cells.raw('cue'),
    confidence: checkConfidence(cells.number('confidence', 1), reject),
  };
}

/**
 * Reads an edges.csv + nodes.csv pair into a stance graph. Columns are matched
 * by header name in any order (extra ones ignored); nodes need `Id` and
 * `kind`, claims `Source`, `Target`, `stance`, `quote` and `date`; the other
 * columns default as in graph.json (outlet `unknown`, published = date,
 * confidence 1, coordinates seeded). Claim keys (`Id`), `claims` counts and
 * the derived columns (Type, Label, Weight) are recomputed. Throws an
 * InputError naming the file, the 1-based line, the column and the value.
 */
export function parseEdgesNodesCsv(edges: CsvFile, nodes: CsvFile): StanceGraph {
  const nodeRows = readNodes(nodes);
  const kindOf = (id: string): NodeKind | undefined => nodeRows.get(id)?.kind;
  const claims: ClaimRecord[] = [];
  const firstLine = new Map<string, number>();
  for (const row of readSheet(edges.text, edges.file, EDGE_COLUMNS, REQUIRED_EDGE_COLUMNS)) {
    const cells = new Cells(row, edges.file);
    const claim = readClaim(cells, kindOf);
    const key = claimKey(claim);
    const previous = firstLine.get(key);
    if (previous !== undefined) {
      cells.reject(
        'start',
        claim.start,
        `line ${previous} has the same Source, Target, article, start and end: each claim is one quote`,
      );
    }
    firstLine.set(key, row.line);
    claims.push(claim);
  }
  const graph = buildStanceGraph([...nodeRows.values()], claims, { corpus: '' });
  graph.forEachNode((id) => {
    graph.mergeNodeAttributes(id, nodeRows.get(id)?.position ?? seededPosition(id));
  });
  return graph;
}
