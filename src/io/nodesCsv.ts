// nodes.csv: one row per actor or position, Gephi's node-table names first.
import type { StanceGraph } from '../graph/types';
import { toCsv, type CsvRow } from './csvText';

/** Aliases share one cell, separated as in the gazetteer files. */
export const ALIAS_SEPARATOR = '|';

/** The fixed columns, in order (see the design contract), then our extensions. */
export const NODE_COLUMNS = [
  'Id',
  'Label',
  'kind',
  'country',
  'role',
  'claims',
  'x',
  'y',
  'description',
  'aliases',
] as const;

export type NodeColumn = (typeof NODE_COLUMNS)[number];

/**
 * The nodes.csv text for the nodes of `graph`, in graph order; pass `include` to
 * keep only some nodes.
 */
export function nodesCsv(
  graph: StanceGraph,
  include: (node: string) => boolean = () => true,
): string {
  const rows: CsvRow[] = [];
  graph.forEachNode((node, attributes) => {
    if (!include(node)) return;
    rows.push({
      Id: node,
      Label: attributes.label,
      kind: attributes.kind,
      country: attributes.country,
      role: attributes.role,
      claims: attributes.claims,
      x: attributes.x,
      y: attributes.y,
      description: attributes.description ?? '',
      aliases: (attributes.aliases ?? []).join(ALIAS_SEPARATOR),
    } satisfies Record<NodeColumn, string | number>);
  });
  return toCsv(NODE_COLUMNS, rows);
}
