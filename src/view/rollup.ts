// Country roll-up: a copy of the graph in which every person or organisation
// that represents a country is folded into that country. Their claims become
// the country's claims, each keeping its quote and every other attribute plus
// `via`, the actors who actually spoke. A claim is still one quote: folded
// claims that end up with the same country, position and quote are one.
import { claimKey, countryNodeId, createStanceGraph } from '../graph/buildGraph';
import { isClaim, type ClaimAttributes, type StanceGraph } from '../graph/types';

/** Separates the speakers in `via`, as aliases are separated in nodes.csv. */
export const VIA_SEPARATOR = '|';

/** A claim as drawn in the roll-up: `via` names the folded speakers (VIA_SEPARATOR between). */
export type RolledClaimAttributes = ClaimAttributes & { via: string };

/** True for a claim that was folded into a country by `rollUpToCountries`. */
export function isRolledClaim(attributes: ClaimAttributes): attributes is RolledClaimAttributes {
  return typeof (attributes as Partial<RolledClaimAttributes>).via === 'string';
}

/** The country node a person or org folds into, or undefined when it stays itself. */
function foldTarget(graph: StanceGraph, node: string): string | undefined {
  const { kind, country } = graph.getNodeAttributes(node);
  return (kind === 'person' || kind === 'org') && country ? countryNodeId(country) : undefined;
}

/**
 * The key of `edge` once rolled up: a folded claim is keyed as a claim of its
 * country (claimKey with the country as source), so that it is also what an
 * edges.csv of the roll-up reads back as; other claims keep their key.
 */
export function rolledClaimKey(graph: StanceGraph, edge: string): string | undefined {
  if (!graph.hasEdge(edge)) return undefined;
  const attributes = graph.getEdgeAttributes(edge);
  if (!isClaim(attributes)) return undefined;
  const [source, target] = graph.extremities(edge);
  const country = foldTarget(graph, source);
  return country === undefined ? edge : claimKey({ ...attributes, source: country, target });
}

/**
 * The rolled-up copy of `graph` (which is left untouched). Claims keep their
 * key unless folded (see rolledClaimKey); node `claims` counts are
 * recomputed; `represents` edges disappear with the actors they linked.
 */
export function rollUpToCountries(graph: StanceGraph): StanceGraph {
  const rolled = createStanceGraph({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (foldTarget(graph, node) === undefined) rolled.addNode(node, { ...attributes, claims: 0 });
  });
  graph.forEachNode((node, attributes) => {
    const country = foldTarget(graph, node);
    if (country === undefined || rolled.hasNode(country)) return;
    // A country known only through its representative: place it where they are.
    rolled.addNode(country, {
      label: attributes.country,
      kind: 'country',
      country: attributes.country,
      role: '',
      x: attributes.x,
      y: attributes.y,
      claims: 0,
    });
  });
  // The rolled edge of each quote (country, position, article, span), to merge into.
  const byQuote = new Map<string, string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!isClaim(attributes)) return;
    const country = foldTarget(graph, source);
    const from = country ?? source;
    // Claims point at positions, which never fold; a malformed file may differ.
    const to = foldTarget(graph, target) ?? target;
    const quote = claimKey({ ...attributes, source: from, target: to });
    const merged = byQuote.get(quote);
    if (merged !== undefined) {
      if (country !== undefined) addSpeaker(rolled, merged, source);
      return;
    }
    const key = country === undefined ? edge : quote;
    const claim = country === undefined ? { ...attributes } : { ...attributes, via: source };
    rolled.addEdgeWithKey(key, from, to, claim);
    byQuote.set(quote, key);
    rolled.updateNodeAttribute(from, 'claims', (n = 0) => n + 1);
    rolled.updateNodeAttribute(to, 'claims', (n = 0) => n + 1);
  });
  return rolled;
}

/** Notes `speaker` among those who made the rolled claim `edge`. */
function addSpeaker(rolled: StanceGraph, edge: string, speaker: string): void {
  const attributes = rolled.getEdgeAttributes(edge);
  if (!isClaim(attributes)) return;
  const via = isRolledClaim(attributes) ? attributes.via.split(VIA_SEPARATOR) : [];
  if (via.includes(speaker)) return;
  const folded: RolledClaimAttributes = {
    ...attributes,
    via: [...via, speaker].join(VIA_SEPARATOR),
  };
  rolled.replaceEdgeAttributes(edge, folded);
}
