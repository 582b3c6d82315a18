import { describe, expect, it } from 'vitest';
import { buildStanceGraph, claimKey } from '../../src/graph/buildGraph';
import { isClaim, type ClaimAttributes } from '../../src/graph/types';
import { parseEdgesNodesCsv } from '../../src/io/csvGraph';
import { edgesCsv } from '../../src/io/edgesCsv';
import { nodesCsv } from '../../src/io/nodesCsv';
import {
  isRolledClaim,
  rolledClaimKey,
  rollUpToCountries,
  VIA_SEPARATOR,
} from '../../src/view/rollup';
import { CLAIMS, NODES, fixtureGraph } from './fixture';

const claimAt = (graph: ReturnType<typeof fixtureGraph>, edge: string): ClaimAttributes => {
  const attributes = graph.getEdgeAttributes(edge);
  if (!isClaim(attributes)) throw new Error(`${edge} is not a claim`);
  return attributes;
};

describe('rollUpToCountries(graph)', () => {
  const graph = fixtureGraph();
  const before = JSON.stringify(graph.export());
  const rolled = rollUpToCountries(graph);

  it('keeps every claim with its quote and all its attributes', () => {
    graph.forEachEdge((edge, attributes) => {
      if (!isClaim(attributes)) return;
      const key = rolledClaimKey(graph, edge) ?? '';
      expect(rolled.hasEdge(key)).toBe(true);
      expect(claimAt(rolled, key)).toMatchObject(attributes);
    });
    expect(rolled.size).toBe(graph.filterEdges((_e, a) => isClaim(a)).length);
  });

  it('moves a person’s claims to their country, keyed as the country’s, naming them in `via`', () => {
    const macron = graph.filterOutEdges('person:emmanuel-macron', (_e, a) => isClaim(a));
    expect(macron.length).toBeGreaterThan(0);
    for (const edge of macron) {
      const key = rolledClaimKey(graph, edge) ?? '';
      const [, target] = graph.extremities(edge);
      expect(key).toBe(claimKey({ ...claimAt(graph, edge), source: 'country:FR', target }));
      expect(rolled.source(key)).toBe('country:FR');
      const attributes = claimAt(rolled, key);
      expect(isRolledClaim(attributes) && attributes.via).toBe('person:emmanuel-macron');
    }
  });

  it('keeps the key of a claim that is not folded', () => {
    const nato = graph.outEdges('org:nato')[0] ?? '';
    expect(rolledClaimKey(graph, nato)).toBe(nato);
    expect(isRolledClaim(claimAt(rolled, nato))).toBe(false);
  });

  it('keeps actors without a country and drops the folded ones', () => {
    expect(rolled.hasNode('org:nato')).toBe(true);
    expect(rolled.hasNode('person:emmanuel-macron')).toBe(false);
    expect(rolled.hasNode('person:radoslaw-sikorski')).toBe(false);
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

  it('makes one claim of a quote that the country and its speakers each made', () => {
    const macronClaim = CLAIMS[0];
    if (!macronClaim) throw new Error('the fixture has claims');
    const extra = [
      { ...macronClaim, source: 'country:FR' },
      { ...macronClaim, source: 'person:jean-noel-barrot' },
    ];
    const shared = buildStanceGraph(
      [
        ...NODES,
        { id: 'person:jean-noel-barrot', label: 'Barrot', kind: 'person', country: 'FR', role: '' },
      ],
      [...CLAIMS, ...extra],
      { corpus: 'fixture' },
    );
    const result = rollUpToCountries(shared);
    const key = claimKey(extra[0] ?? macronClaim);
    expect(result.edges().filter((edge) => result.source(edge) === 'country:FR')).toContain(key);
    const attributes = claimAt(result, key);
    expect(isRolledClaim(attributes) && attributes.via.split(VIA_SEPARATOR).sort()).toEqual([
      'person:emmanuel-macron',
      'person:jean-noel-barrot',
    ]);
    expect(result.size).toBe(shared.filterEdges((_e, a) => isClaim(a)).length - 2);
  });

  it('downloads as an edges.csv (with `via`) and nodes.csv pair that reads back to the same claims', () => {
    const text = edgesCsv(rolled, undefined, {
      via: (_edge, claim) => (isRolledClaim(claim) ? claim.via : ''),
    });
    expect(text.split('\n')[0]).toMatch(/,title,via$/);
    expect(text).toContain(',person:emmanuel-macron');
    const read = parseEdgesNodesCsv(
      { file: 'edges.csv', text },
      { file: 'nodes.csv', text: nodesCsv(rolled) },
    );
    const claims = (g: typeof rolled) =>
      g
        .mapEdges((edge, attributes, source, target) => ({ edge, source, target, attributes }))
        .filter(({ attributes }) => isClaim(attributes))
        // The CSV reader keeps the claim; who spoke stays in the via column only.
        .map(({ edge, source, target, attributes }) => ({
          edge,
          source,
          target,
          ...attributes,
          via: undefined,
        }))
        .sort((a, b) => (a.edge < b.edge ? -1 : 1));
    expect(claims(read)).toEqual(claims(rolled));
  });
});
