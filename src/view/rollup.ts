// Country roll-up: a copy of the graph in which every person or organisation
// that represents a country is folded into that country. Their claims become
// the country's claims, each keeping its quote and every other attribute plus
// `via`, the actor who actually spoke.
import { countryNodeId, createStanceGraph } from '../graph/buildGraph';
import { isClaim, type ClaimAttributes, type StanceGraph } from '../graph/types';

/** A claim as drawn in the roll-up: `via` names the folded actor. */
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
 * The rolled-up copy of `graph` (which is left untouched). Edge keys are kept,
 * so a claim has the same `Id` in both views; node `claims` counts are
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
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!isClaim(attributes)) return;
    const country = foldTarget(graph, source);
    const from = country ?? source;
    // Claims point at positions, which never fold; a malformed file may differ.
    const to = foldTarget(graph, target) ?? target;
    if (country === undefined) {
      rolled.addEdgeWithKey(edge, from, to, { ...attributes });
    } else {
      const folded: RolledClaimAttributes = { ...attributes, via: source };
      rolled.addEdgeWithKey(edge, from, to, folded);
    }
    rolled.updateNodeAttribute(from, 'claims', (n = 0) => n + 1);
    rolled.updateNodeAttribute(to, 'claims', (n = 0) => n + 1);
  });
  return rolled;
}
