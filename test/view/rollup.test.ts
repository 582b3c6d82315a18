import { describe, expect, it } from 'vitest';
import { isClaim, type ClaimAttributes } from '../../src/graph/types';
import { isRolledClaim, rollUpToCountries } from '../../src/view/rollup';
import { fixtureGraph } from './fixture';

describe('rollUpToCountries(graph)', () => {
  const graph = fixtureGraph();
  const before = JSON.stringify(graph.export());
  const rolled = rollUpToCountries(graph);

  it('keeps every claim with its quote and all its attributes, under the same key', () => {
    graph.forEachEdge((edge, attributes) => {
      if (!isClaim(attributes)) return;
      expect(rolled.hasEdge(edge)).toBe(true);
      const folded = rolled.getEdgeAttributes(edge) as ClaimAttributes;
      expect(folded).toMatchObject(attributes);
      expect(folded.quote).toBe(attributes.quote);
    });
    expect(rolled.size).toBe(graph.filterEdges((_e, a) => isClaim(a)).length);
  });

  it('moves a person’s claims to the country they represent, naming them in `via`', () => {
    const macron = graph.filterOutEdges('person:emmanuel-macron', (_e, a) => isClaim(a));
    expect(macron.length).toBeGreaterThan(0);
    for (const edge of macron) {
      expect(rolled.source(edge)).toBe('country:FR');
      const attributes = rolled.getEdgeAttributes(edge) as ClaimAttributes;
      expect(isRolledClaim(attributes) && attributes.via).toBe('person:emmanuel-macron');
    }
  });

  it('keeps actors without a country and drops the folded ones', () => {
    expect(rolled.hasNode('org:nato')).toBe(true);
    expect(rolled.hasNode('person:emmanuel-macron')).toBe(false);
    expect(rolled.hasNode('person:radoslaw-sikorski')).toBe(false);
    const nato = rolled.getEdgeAttributes(rolled.outEdges('org:nato')[0] ?? '') as ClaimAttributes;
    expect(isRolledClaim(nato)).toBe(false);
  });

  it('recounts claims per node', () => {
    rolled.forEachNode((node, attributes) => {
      expect(attributes.claims).toBe(rolled.degree(node));
    });
    const own = graph.filterOutEdges('country:FR', (_e, a) => isClaim(a)).length;
    const macron = graph.filterOutEdges('person:emmanuel-macron', (_e, a) => isClaim(a)).length;
    expect(rolled.getNodeAttribute('country:FR', 'claims')).toBe(own + macron);
  });

  it('leaves the input graph untouched', () => {
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('creates a country known only through its representative', () => {
    const lonely = fixtureGraph();
    lonely.dropNode('country:PL');
    const result = rollUpToCountries(lonely);
    expect(result.getNodeAttributes('country:PL')).toMatchObject({ kind: 'country', claims: 1 });
  });
});
