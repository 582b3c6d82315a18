// edges.csv: one row per claim evidence, Gephi's edge-table names first.
import type { ClaimAttributes, StanceGraph } from '../graph/types';
import { isClaim } from '../graph/types';
import { toCsv, type CsvRow } from './csvText';

/** The fixed columns, in order (see the design contract); `title` is our extension. */
export const EDGE_COLUMNS = [
  'Source',
  'Target',
  'Type',
  'Id',
  'Label',
  'Weight',
  'stance',
  'quote',
  'direct_quote',
  'article',
  'outlet',
  'url',
  'published',
  'date',
  'start',
  'end',
  'cue',
  'confidence',
  'title',
] as const;

export type EdgeColumn = (typeof EDGE_COLUMNS)[number];

export function edgeRow(
  id: string,
  source: string,
  target: string,
  claim: ClaimAttributes,
): CsvRow {
  return {
    Source: source,
    Target: target,
    Type: 'Directed',
    Id: id,
    Label: claim.stance,
    Weight: 1,
    stance: claim.stance,
    quote: claim.quote,
    direct_quote: claim.direct_quote ? 'true' : 'false',
    article: claim.article,
    outlet: claim.outlet,
    url: claim.url,
    published: claim.published,
    date: claim.date,
    start: claim.start,
    end: claim.end,
    cue: claim.cue,
    confidence: claim.confidence,
    title: claim.title,
  } satisfies Record<EdgeColumn, string | number>;
}

/** Columns written after the fixed ones: the name, and the cell of each claim. */
export type ExtraEdgeColumns = Readonly<
  Record<string, (edge: string, claim: ClaimAttributes) => string>
>;

/**
 * The edges.csv text for the claim edges of `graph`, in graph order; pass
 * `include` to keep only some edges (the app passes its visibility filter)
 * and `extra` for columns of your own after the fixed ones.
 */
export function edgesCsv(
  graph: StanceGraph,
  include: (edge: string) => boolean = () => true,
  extra: ExtraEdgeColumns = {},
): string {
  const rows: CsvRow[] = [];
  const extraColumns = Object.entries(extra);
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!isClaim(attributes) || !include(edge)) return;
    const row = edgeRow(edge, source, target, attributes);
    const cells = extraColumns.map(([column, cell]) => [column, cell(edge, attributes)]);
    rows.push(cells.length ? { ...row, ...Object.fromEntries(cells) } : row);
  });
  return toCsv([...EDGE_COLUMNS, ...extraColumns.map(([column]) => column)], rows);
}
