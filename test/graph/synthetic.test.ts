import { describe, expect, it } from 'vitest';
import { syntheticStanceGraph, SYNTHETIC_OUTLETS } from '../../src/graph/synthetic';
import { isClaim, type ClaimAttributes } from '../../src/graph/types';
import { parseGraphJson } from '../../src/io/graphJson';

const OPTIONS = { nodes: 500, claims: 5_000, days: 50, seed: 7 };

function claimsOf(graph: ReturnType<typeof syntheticStanceGraph>): ClaimAttributes[] {
  return graph
    .filterEdges((_edge, a) => isClaim(a))
    .map((e) => graph.getEdgeAttributes(e) as ClaimAttributes);
}

describe('syntheticStanceGraph(options)', () => {
  const graph = syntheticStanceGraph(OPTIONS);
  const claims = claimsOf(graph);

  it('has the requested numbers of nodes and claims', () => {
    expect(graph.order).toBe(OPTIONS.nodes);
    expect(claims).toHaveLength(OPTIONS.claims);
  });

  it('is the same for the same seed and differs for another', () => {
    const again = JSON.stringify(syntheticStanceGraph(OPTIONS).export());
    expect(again).toBe(JSON.stringify(graph.export()));
    const other = JSON.stringify(syntheticStanceGraph({ ...OPTIONS, seed: 8 }).export());
    expect(other).not.toBe(again);
  });

  it('passes the graph.json loader', () => {
    const read = parseGraphJson(JSON.stringify(graph.export()), 'synthetic.json');
    expect(read.size).toBe(graph.size);
  });

  it('spreads claims evenly over the days, the first as much as any other', () => {
    const perDay = new Map<string, number>();
    for (const claim of claims) perDay.set(claim.date, (perDay.get(claim.date) ?? 0) + 1);
    expect(perDay.size).toBe(OPTIONS.days);
    const shares = [...perDay.values()].map((count) => (count * OPTIONS.days) / claims.length);
    expect(Math.min(...shares)).toBeGreaterThan(0.4);
    expect(Math.max(...shares)).toBeLessThan(1.6);
    expect(claims.every((claim) => claim.date <= claim.published)).toBe(true);
  });

  it('mixes stances, kinds and outlets', () => {
    expect(new Set(claims.map((c) => c.stance)).size).toBe(3);
    expect(new Set(claims.map((c) => c.outlet))).toEqual(new Set(SYNTHETIC_OUTLETS));
    const kinds = new Set(graph.mapNodes((_node, a) => a.kind));
    expect(kinds).toEqual(new Set(['country', 'person', 'org', 'position']));
  });
});
