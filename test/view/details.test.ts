import { describe, expect, it } from 'vitest';
import { isClaim } from '../../src/graph/types';
import { claimView, groupClaims } from '../../src/view/details';
import { rolledClaimKey, rollUpToCountries } from '../../src/view/rollup';
import { claimAt, fixtureGraph } from './fixture';

const graph = fixtureGraph();
const all = () => true;

describe('groupClaims(graph, node, isVisible)', () => {
  it('groups an actor’s claims by position and stance, every quote once', () => {
    const { groups, hidden, omitted } = groupClaims(graph, 'person:emmanuel-macron', all);
    expect(groups.map((g) => [g.otherLabel, g.stance])).toEqual([
      ['Ceasefire', 'conditional'],
      ['Troops to Ukraine', 'supports'],
    ]);
    const quotes = groups.flatMap((g) => g.claims.map((c) => c.quote));
    const expected = graph
      .filterOutEdges('person:emmanuel-macron', (_e, a) => isClaim(a))
      .map((edge) => claimAt(graph, edge).quote);
    expect(quotes.sort()).toEqual(expected.sort());
    expect([hidden, omitted]).toEqual([0, 0]);
  });

  it('groups a position’s claims by actor and stance', () => {
    const { groups } = groupClaims(graph, 'position:troops-to-ukraine', all);
    expect(groups.map((g) => `${g.otherLabel}:${g.stance}`)).toEqual([
      'Emmanuel Macron:supports',
      'Germany:opposes',
      'NATO:opposes',
      'Radosław Sikorski:supports',
    ]);
  });

  it('lists only visible claims and counts the hidden ones', () => {
    const notRt = (edge: string) => claimAt(graph, edge).outlet !== 'RT';
    const { groups, hidden } = groupClaims(graph, 'person:emmanuel-macron', notRt);
    expect(groups.flatMap((g) => g.claims).every((c) => c.outlet !== 'RT')).toBe(true);
    expect(hidden).toBe(1);
  });

  it('stops listing at the limit and says how many were left out', () => {
    const { groups, omitted } = groupClaims(graph, 'position:troops-to-ukraine', all, undefined, 2);
    expect(groups.flatMap((g) => g.claims)).toHaveLength(2);
    expect(omitted).toBe(2);
  });

  it('lists newest claims first within a group', () => {
    const { groups } = groupClaims(graph, 'country:DE', all);
    for (const group of groups) {
      const dates = group.claims.map((c) => c.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });
});

describe('claimView(graph, edge, lookup)', () => {
  it('carries the provenance and names both ends', () => {
    const edge = graph.filterOutEdges('org:nato', (_e, a) => isClaim(a))[0] ?? '';
    expect(claimView(graph, edge)).toMatchObject({
      sourceLabel: 'NATO',
      targetLabel: 'Troops to Ukraine',
      outlet: 'AFP',
      stance: 'opposes',
    });
  });

  it('names the actor behind a rolled-up claim', () => {
    const edge = graph.filterOutEdges('person:emmanuel-macron', (_e, a) => isClaim(a))[0] ?? '';
    const rolled = rollUpToCountries(graph);
    const lookup = (node: string) =>
      graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : undefined;
    expect(claimView(rolled, rolledClaimKey(graph, edge) ?? '', lookup)).toMatchObject({
      sourceLabel: 'France',
      via: 'person:emmanuel-macron',
      viaLabel: 'Emmanuel Macron',
    });
  });

  it('is null for a represents edge or an unknown key', () => {
    expect(
      claimView(graph, graph.outEdges('person:emmanuel-macron', 'country:FR')[0] ?? ''),
    ).toBeNull();
    expect(claimView(graph, 'nope')).toBeNull();
  });
});
