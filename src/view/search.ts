// Finding an actor or position by name: case- and diacritic-insensitive, on
// the label, the aliases a node may carry, the words of its id and, for a
// country, its ISO code. Best matches first.
import type { NodeKind, StanceGraph } from '../graph/types';

export interface SearchEntry {
  id: string;
  label: string;
  kind: NodeKind;
  claims: number;
  /** Folded label first, then folded aliases. */
  names: readonly string[];
  /** The same names as written, for saying which one matched. */
  written: readonly string[];
}

export interface SearchHit {
  id: string;
  label: string;
  kind: NodeKind;
  /** The alias that matched (as written), when it was not the label. */
  alias?: string;
}

/** Lower case, accents removed, runs of spaces and dashes made single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

function aliasesOf(id: string, attributes: Readonly<Record<string, unknown>>): string[] {
  const aliases: string[] = [];
  const declared = attributes.aliases;
  if (Array.isArray(declared)) {
    for (const alias of declared) if (typeof alias === 'string') aliases.push(alias);
  }
  const slug = id.slice(id.indexOf(':') + 1);
  aliases.push(slug);
  if (attributes.kind === 'country' && typeof attributes.country === 'string') {
    aliases.push(attributes.country);
  }
  return aliases;
}

/** The search entries of every node in `graph`. */
export function buildSearchIndex(graph: StanceGraph): SearchEntry[] {
  return graph.mapNodes((id, attributes) => {
    const aliases = aliasesOf(id, attributes as unknown as Readonly<Record<string, unknown>>);
    const written = [attributes.label, ...aliases];
    const folded = written.map(foldText);
    const kept = folded.flatMap((name, i) =>
      name !== '' && folded.indexOf(name) === i ? [i] : [],
    );
    return {
      id,
      label: attributes.label,
      kind: attributes.kind,
      claims: attributes.claims,
      names: kept.map((i) => folded[i] ?? ''),
      written: kept.map((i) => written[i] ?? ''),
    };
  });
}

/** 0 = exact, 1 = prefix, 2 = word prefix, 3 = inside; undefined = no match. */
function rank(name: string, query: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(` ${query}`)) return 2;
  if (name.includes(query)) return 3;
  return undefined;
}

/**
 * The nodes matching `query`, best first: by how well a name matches (the
 * label before aliases on a tie), then by number of claims, then by label.
 */
export function searchNodes(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
): SearchHit[] {
  const folded = foldText(query);
  if (folded === '') return [];
  const scored: { entry: SearchEntry; score: number; alias?: string }[] = [];
  for (const entry of entries) {
    let best: { score: number; alias?: string } | undefined;
    entry.names.forEach((name, i) => {
      const r = rank(name, folded);
      if (r === undefined) return;
      const score = r * 2 + (i === 0 ? 0 : 1);
      if (best === undefined || score < best.score) {
        best = i === 0 ? { score } : { score, alias: entry.written[i] ?? name };
      }
    });
    if (best) scored.push({ entry, ...best });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      b.entry.claims - a.entry.claims ||
      (a.entry.label < b.entry.label ? -1 : a.entry.label > b.entry.label ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ entry, alias }) => ({
    id: entry.id,
    label: entry.label,
    kind: entry.kind,
    ...(alias === undefined ? {} : { alias }),
  }));
}
