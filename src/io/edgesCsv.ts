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

/**
 * The edges.csv text for the claim edges of `graph`, in graph order; pass
 * `include` to keep only some edges (the app passes its visibility filter).
 */
export function edgesCsv(
  graph: StanceGraph,
  include: (edge: string) => boolean = () => true,
): string {
  const rows: CsvRow[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (isClaim(attributes) && include(edge)) rows.push(edgeRow(edge, source, target, attributes));
  });
  return toCsv(EDGE_COLUMNS, rows);
}
