import { describe, expect, it } from 'vitest';
import louvain from 'graphology-communities-louvain';
import {
  agreementGraph,
  rankCommunities,
  summariseCoalitions,
  UNALIGNED,
} from '../../src/view/coalitions';
import { seededRandom } from '../../src/graph/seededRandom';
import { claimAt, fixtureGraph } from './fixture';

describe('agreementGraph(graph, include)', () => {
  const graph = fixtureGraph();

  it('links actors that take the same stance on the same position', () => {
    const agreement = agreementGraph(graph);
    // Macron and Sikorski support troops; Germany and NATO oppose them;
    // Germany and France support the ceasefire.
    expect(agreement.hasEdge('person:emmanuel-macron', 'person:radoslaw-sikorski')).toBe(true);
    expect(agreement.hasEdge('country:DE', 'org:nato')).toBe(true);
    expect(agreement.hasEdge('country:DE', 'country:FR')).toBe(true);
    expect(agreement.hasEdge('person:emmanuel-macron', 'org:nato')).toBe(false);
    expect(agreement.hasNode('position:ceasefire')).toBe(false);
  });

  it('only uses the claims that pass `include`', () => {
    const agreement = agreementGraph(graph, (edge) => claimAt(graph, edge).outlet !== 'AFP');
    expect(agreement.hasEdge('country:DE', 'org:nato')).toBe(false);
  });

  it('weighs a link by the number of shared sides', () => {
    const twice = fixtureGraph();
    twice.addEdgeWithKey('extra', 'org:nato', 'position:ceasefire', {
      ...(twice.getEdgeAttributes(
        twice.outEdges('country:DE', 'position:ceasefire')[0] ?? '',
      ) as object),
    } as never);
    const agreement = agreementGraph(twice);
    expect(agreement.getEdgeAttribute(agreement.edge('country:DE', 'org:nato'), 'weight')).toBe(2);
  });
});

describe('rankCommunities(communities) / summariseCoalitions', () => {
  it('ranks by size, breaks ties by member id, and leaves loners unaligned', () => {
    const ranked = rankCommunities({ a: 7, b: 7, c: 3, d: 3, e: 3, f: 9 });
    expect(Object.fromEntries(ranked)).toEqual({ c: 0, d: 0, e: 0, a: 1, b: 1, f: UNALIGNED });
  });

  it('is deterministic with a seeded random source', () => {
    const agreement = agreementGraph(fixtureGraph());
    const run = () => [...rankCommunities(louvain(agreement, { rng: seededRandom(1) }))];
    expect(run()).toEqual(run());
  });

  it('summarises each coalition by its best-known members', () => {
    const ranked = rankCommunities({ a: 1, b: 1, c: 1, d: 1, e: 2, f: 2 });
    const claims: Record<string, number> = { a: 1, b: 5, c: 3, d: 0, e: 2, f: 2 };
    const summary = summariseCoalitions(
      ranked,
      (n) => n.toUpperCase(),
      (n) => claims[n] ?? 0,
      2,
    );
    expect(summary).toEqual([
      { rank: 0, size: 4, examples: ['B', 'C'] },
      { rank: 1, size: 2, examples: ['E', 'F'] },
    ]);
  });
});
