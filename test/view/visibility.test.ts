import { describe, expect, it } from 'vitest';
import { edgesCsv } from '../../src/io/edgesCsv';
import { indexClaims } from '../../src/view/claimIndex';
import {
  DEFAULT_FILTERS,
  setDateRange,
  toggleKind,
  toggleOutlet,
  toggleStance,
  type Filters,
} from '../../src/view/filters';
import {
  computeVisibility,
  isClaimVisible,
  isEdgeVisible,
  isNodeVisible,
  unfilteredVisibility,
  updateVisibility,
} from '../../src/view/visibility';
import { rollUpToCountries } from '../../src/view/rollup';
import { buildStanceGraph, type ClaimRecord } from '../../src/graph/buildGraph';
import { NODE_KINDS, STANCES, isClaim } from '../../src/graph/types';
import { CLAIMS, NODES, fixtureGraph } from './fixture';

const graph = fixtureGraph();
const index = indexClaims(graph);

function visibleClaims(filters: Filters): string[] {
  const visibility = computeVisibility(index, filters);
  return graph.filterEdges((edge) => isClaimVisible(index, visibility, edge)).sort();
}

function visibleNodes(filters: Filters): string[] {
  const visibility = computeVisibility(index, filters);
  return graph.filterNodes((node) => isNodeVisible(index, visibility, node)).sort();
}

describe('computeVisibility(index, filters): claims', () => {
  it('shows every claim under the default filters', () => {
    expect(visibleClaims(DEFAULT_FILTERS)).toHaveLength(
      graph.filterEdges((_e, a) => isClaim(a)).length,
    );
  });

  it.each<[string, Filters, (a: { date: string; outlet: string; stance: string }) => boolean]>([
    [
      'From 2025-03-01',
      setDateRange(DEFAULT_FILTERS, '2025-03-01', ''),
      (a) => a.date >= '2025-03-01',
    ],
    [
      'To 2025-02-15 (inclusive)',
      setDateRange(DEFAULT_FILTERS, '', '2025-02-15'),
      (a) => a.date <= '2025-02-15',
    ],
    [
      'a one-day range',
      setDateRange(DEFAULT_FILTERS, '2025-03-05', '2025-03-05'),
      (a) => a.date === '2025-03-05',
    ],
    ['RT switched off', toggleOutlet(DEFAULT_FILTERS, 'RT'), (a) => a.outlet !== 'RT'],
    [
      'opposes switched off',
      toggleStance(DEFAULT_FILTERS, 'opposes'),
      (a) => a.stance !== 'opposes',
    ],
  ])('%s keeps exactly the matching claims', (_name, filters, keep) => {
    const expected = graph
      .filterEdges((_edge, attributes) => isClaim(attributes) && keep(attributes))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(visibleClaims(filters)).toEqual(expected);
  });

  it('hides claims whose either end has its kind switched off', () => {
    const claims = visibleClaims(toggleKind(DEFAULT_FILTERS, 'person'));
    expect(claims.some((edge) => graph.source(edge).startsWith('person:'))).toBe(false);
    expect(claims.length).toBeGreaterThan(0);
    expect(visibleClaims(toggleKind(DEFAULT_FILTERS, 'position'))).toEqual([]);
  });

  it('a reversed range shows nothing', () => {
    expect(visibleClaims(setDateRange(DEFAULT_FILTERS, '2025-03-31', '2025-01-01'))).toEqual([]);
  });
});

describe('computeVisibility(index, filters): nodes and counts', () => {
  it('a node needs a visible claim; a country also shows through a visible representative', () => {
    // Only Macron's claims remain: France is shown through him, Germany is not.
    const filters = toggleOutlet(toggleOutlet(DEFAULT_FILTERS, 'AFP'), 'Kyiv Independent');
    expect(visibleNodes(filters)).toEqual(
      [
        'country:DE',
        'country:FR',
        'person:emmanuel-macron',
        'position:ceasefire',
        'position:troops-to-ukraine',
      ].sort(),
    );
    const noPeople = toggleKind(filters, 'person');
    expect(visibleNodes(noPeople)).toEqual(['country:DE', 'position:troops-to-ukraine']);
  });

  it('counts visible actors, positions and claims', () => {
    const visibility = computeVisibility(index, toggleOutlet(DEFAULT_FILTERS, 'RT'));
    const claims = visibleClaims(toggleOutlet(DEFAULT_FILTERS, 'RT'));
    const nodes = visibleNodes(toggleOutlet(DEFAULT_FILTERS, 'RT'));
    expect(visibility.counts).toEqual({
      claims: claims.length,
      positions: nodes.filter((n) => n.startsWith('position:')).length,
      actors: nodes.filter((n) => !n.startsWith('position:')).length,
    });
  });

  it('draws a represents edge only when both ends are visible', () => {
    const visibility = computeVisibility(index, toggleKind(DEFAULT_FILTERS, 'country'));
    expect([...visibility.represents].every((v) => v === 0)).toBe(true);
    const all = computeVisibility(index, DEFAULT_FILTERS);
    expect([...all.represents].every((v) => v === 1)).toBe(true);
  });

  it('drives the CSV download: what is visible is what is written', () => {
    const filters = setDateRange(DEFAULT_FILTERS, '2025-03-01', '');
    const visibility = computeVisibility(index, filters);
    const csv = edgesCsv(graph, (edge) => isClaimVisible(index, visibility, edge));
    const rows = csv.trim().split('\n').slice(1);
    expect(rows).toHaveLength(visibility.counts.claims);
    expect(rows.every((row) => row.includes('2025-03-'))).toBe(true);
  });
});

describe('updateVisibility(index, visibility, filters)', () => {
  // A seeded walk through filter changes: the incremental state must always
  // equal a fresh computation, and the reported changes must be exact.
  const outlets = index.outlets;
  const dates = [
    '',
    '2025-01-01',
    '2025-02-01',
    '2025-02-15',
    '2025-03-02',
    '2025-03-21',
    '2025-04-01',
  ];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const step = (filters: Filters): Filters => {
    switch (random(4)) {
      case 0:
        return setDateRange(
          filters,
          dates[random(dates.length)] ?? '',
          dates[random(dates.length)] ?? '',
        );
      case 1:
        return toggleOutlet(filters, outlets[random(outlets.length)] ?? '');
      case 2:
        return toggleStance(filters, STANCES[random(STANCES.length)] ?? 'supports');
      default:
        return toggleKind(filters, NODE_KINDS[random(NODE_KINDS.length)] ?? 'org');
    }
  };

  it('matches computeVisibility after every step and reports exactly what flipped', () => {
    let filters = DEFAULT_FILTERS;
    const live = computeVisibility(index, filters);
    for (let i = 0; i < 300; i++) {
      const before = {
        claim: live.claim.slice(),
        node: live.node.slice(),
        represents: live.represents.slice(),
      };
      filters = step(filters);
      const change = updateVisibility(index, live, filters);
      const fresh = computeVisibility(index, filters);
      expect(live.claim).toEqual(fresh.claim);
      expect(live.node).toEqual(fresh.node);
      expect(live.represents).toEqual(fresh.represents);
      expect(live.counts).toEqual(fresh.counts);
      const flipped = (a: Uint8Array, b: Uint8Array): number[] =>
        [...a.keys()].filter((k) => a[k] !== b[k]);
      expect([...change.claims].sort((a, b) => a - b)).toEqual(flipped(before.claim, live.claim));
      expect([...change.nodes].sort((a, b) => a - b)).toEqual(flipped(before.node, live.node));
      expect([...change.represents].sort((a, b) => a - b)).toEqual(
        flipped(before.represents, live.represents),
      );
    }
  });

  it('reports nothing when the filters do not change what is visible', () => {
    const live = computeVisibility(index, DEFAULT_FILTERS);
    const change = updateVisibility(index, live, toggleOutlet(DEFAULT_FILTERS, 'Unknown Outlet'));
    expect(change).toEqual({ claims: [], nodes: [], represents: [] });
  });
});

describe('isEdgeVisible(index, visibility, key)', () => {
  it('answers for claims and represents edges alike', () => {
    const visibility = computeVisibility(index, toggleKind(DEFAULT_FILTERS, 'country'));
    const represents = graph.outEdges('person:emmanuel-macron', 'country:FR')[0] ?? '';
    const claim = graph.outEdges('person:emmanuel-macron', 'position:ceasefire')[0] ?? '';
    expect(isEdgeVisible(index, visibility, represents)).toBe(false);
    expect(isEdgeVisible(index, visibility, claim)).toBe(true);
    const all = computeVisibility(index, DEFAULT_FILTERS);
    expect(isEdgeVisible(index, all, represents)).toBe(true);
    expect(isEdgeVisible(index, all, 'no such edge')).toBe(false);
  });
});

describe('unfilteredVisibility(graph)', () => {
  const silent = buildStanceGraph(
    [
      ...NODES,
      { id: 'person:jane-doe', label: 'Jane Doe', kind: 'person', country: 'GB', role: '' },
      { id: 'org:un', label: 'UN', kind: 'org', country: 'IT', role: '' },
    ],
    [...CLAIMS, { ...CLAIMS[0], source: 'org:un', start: 9_000, end: 9_010 } as ClaimRecord],
    { corpus: 'fixture' },
  );
  it.each([
    ['the fixture', graph],
    ['the fixture rolled up', rollUpToCountries(graph)],
    ['a silent person and an organisation speaking for a country', silent],
  ])('agrees with computeVisibility under the default filters: %s', (_name, subject) => {
    const subjectIndex = indexClaims(subject);
    const visibility = computeVisibility(subjectIndex, DEFAULT_FILTERS);
    const unfiltered = unfilteredVisibility(subject);
    expect([...unfiltered.nodes].sort()).toEqual(
      subject.filterNodes((node) => isNodeVisible(subjectIndex, visibility, node)).sort(),
    );
    expect([...unfiltered.represents].sort()).toEqual(
      subject
        .filterEdges(
          (edge, attributes) =>
            !isClaim(attributes) && isEdgeVisible(subjectIndex, visibility, edge),
        )
        .sort(),
    );
  });

  it('shows a country through a representative with claims, not through a silent one', () => {
    const { nodes } = unfilteredVisibility(silent);
    expect(nodes.has('country:PL')).toBe(true);
    expect(nodes.has('country:IT')).toBe(true);
    expect(nodes.has('country:GB')).toBe(false);
    expect(nodes.has('person:jane-doe')).toBe(false);
  });
});
