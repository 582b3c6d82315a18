import { describe, expect, it } from 'vitest';
import { indexClaims } from '../../src/view/claimIndex';
import {
  COALITION_RING,
  LABEL_PRIORITY,
  nodeSize,
  styleEdge,
  styleNode,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  type DisplayContext,
} from '../../src/view/display';
import { DEFAULT_FILTERS, toggleOutlet } from '../../src/view/filters';
import { focusOn } from '../../src/view/focus';
import { KIND_MARKS, STANCE_COLOURS, THEMES } from '../../src/view/palette';
import { computeVisibility, unfilteredVisibility } from '../../src/view/visibility';
import { isClaim } from '../../src/graph/types';
import { fixtureGraph } from './fixture';

const graph = fixtureGraph();
const index = indexClaims(graph);
const context = (overrides: Partial<DisplayContext> = {}): DisplayContext => ({
  index,
  visibility: computeVisibility(index, DEFAULT_FILTERS),
  unfiltered: unfilteredVisibility(graph),
  labelGrid: null,
  theme: THEMES.normal,
  maxClaims: 4,
  focus: null,
  coalitions: null,
  labelKinds: new Set(['position']),
  ...overrides,
});
const node = (key: string, ctx = context()) =>
  styleNode(key, graph.getNodeAttributes(key), {}, ctx);
const edge = (key: string, ctx = context()) =>
  styleEdge(key, graph.getEdgeAttributes(key), {}, ctx, () => graph.extremities(key));
const claimOf = (source: string) => graph.filterOutEdges(source, (_e, a) => isClaim(a))[0] ?? '';

describe('nodeSize(claims, maxClaims)', () => {
  it('grows with claims within bounds', () => {
    expect(nodeSize(0, 10)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(10, 10)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(2, 10)).toBeLessThan(nodeSize(5, 10));
    expect(nodeSize(5, 0)).toBe(MIN_NODE_SIZE);
  });
});

describe('styleNode(key, attributes, target, context)', () => {
  it('tells kinds apart by shape and rings as well as colour', () => {
    expect(node('position:ceasefire')).toMatchObject({
      type: 'square',
      color: KIND_MARKS.position.fill,
      forceLabel: true,
    });
    expect(node('country:FR')).toMatchObject({ type: 'disc', color: KIND_MARKS.country.fill });
    expect(node('country:FR').ringSize).toBeGreaterThan(0);
    expect(node('person:emmanuel-macron').ringSize).toBe(0);
    expect(node('org:nato').innerRingSize).toBeGreaterThan(0);
  });

  it('hides what the filters hide', () => {
    const visibility = computeVisibility(index, toggleOutlet(DEFAULT_FILTERS, 'Kyiv Independent'));
    expect(node('person:radoslaw-sikorski', context({ visibility })).hidden).toBe(true);
    expect(node('person:emmanuel-macron', context({ visibility })).hidden).toBe(false);
  });

  it('dims everything outside the focused neighbourhood and labels the neighbours', () => {
    const focus = focusOn(graph, 'org:nato', null);
    const ctx = context({ focus });
    expect(node('org:nato', ctx)).toMatchObject({ highlighted: true, color: KIND_MARKS.org.fill });
    expect(node('position:troops-to-ukraine', ctx)).toMatchObject({
      forceLabel: true,
      color: KIND_MARKS.position.fill,
    });
    expect(node('country:FR', ctx).color).toBe(THEMES.normal.dimmed);
  });

  it('colours actors by coalition, positions never', () => {
    const coalitions = new Map([
      ['country:FR', 1],
      ['country:DE', -1],
      ['position:ceasefire', 0],
    ]);
    const ctx = context({ coalitions });
    expect(node('country:FR', ctx).color).not.toBe(KIND_MARKS.country.fill);
    expect(node('country:DE', ctx).color).not.toBe(node('country:FR', ctx).color);
    expect(node('position:ceasefire', ctx).color).toBe(KIND_MARKS.position.fill);
    // People have no ring of their own: coloured by coalition, they get a thin one.
    expect(node('person:emmanuel-macron').ringSize).toBe(0);
    const macron = new Map([['person:emmanuel-macron', 0]]);
    expect(node('person:emmanuel-macron', context({ coalitions: macron })).ringSize).toBe(
      COALITION_RING,
    );
  });
});

describe('styleNode: labels', () => {
  it('ranks labels: the focused node, its neighbours, then the always-labelled kinds', () => {
    const focus = focusOn(graph, 'org:nato', null);
    const ctx = context({ focus, labelKinds: new Set(['position', 'country']) });
    const priority = (key: string) => node(key, ctx).labelPriority;
    expect(priority('org:nato')).toBe(LABEL_PRIORITY.focus);
    expect(priority('position:troops-to-ukraine')).toBe(LABEL_PRIORITY.neighbour);
    expect(priority('position:ceasefire')).toBe(LABEL_PRIORITY.position);
    expect(priority('country:FR')).toBe(LABEL_PRIORITY.actor);
    expect(node('person:emmanuel-macron', ctx)).toMatchObject({
      labelPriority: LABEL_PRIORITY.other,
      forceLabel: false,
    });
  });

  it('forces the label of a node shown since the renderer last indexed its labels', () => {
    const before = computeVisibility(index, toggleOutlet(DEFAULT_FILTERS, 'Kyiv Independent'));
    const n = index.nodeIndex.get('person:radoslaw-sikorski') ?? -1;
    expect(before.node[n]).toBe(0);
    const ctx = context({ labelGrid: before.node.slice(), labelKinds: new Set() });
    expect(node('person:radoslaw-sikorski', ctx)).toMatchObject({
      hidden: false,
      forceLabel: true,
    });
    expect(node('person:emmanuel-macron', ctx).forceLabel).toBe(false);
  });
});

describe('styleNode and styleEdge before the claim index exists', () => {
  const unfiltered = context({ index: null, visibility: null });
  it('show what the default filters show', () => {
    const visibility = computeVisibility(index, DEFAULT_FILTERS);
    graph.forEachNode((key) => {
      expect(node(key, unfiltered).hidden).toBe(
        visibility.node[index.nodeIndex.get(key) ?? -1] !== 1,
      );
    });
    graph.forEachEdge((key) => {
      expect(edge(key, unfiltered).hidden).toBe(edge(key).hidden);
    });
  });
});

describe('styleEdge(key, attributes, out, context, ends)', () => {
  it('colours claims by stance', () => {
    const key = claimOf('org:nato');
    expect(edge(key)).toMatchObject({
      type: 'claim',
      color: STANCE_COLOURS.opposes,
      hidden: false,
    });
  });

  it('hides claims the filters hide', () => {
    const key = claimOf('org:nato');
    const visibility = computeVisibility(index, toggleOutlet(DEFAULT_FILTERS, 'AFP'));
    expect(edge(key, context({ visibility })).hidden).toBe(true);
  });

  it('draws represents edges faintly, without counting them as claims', () => {
    const key = graph.outEdges('person:emmanuel-macron', 'country:FR')[0] ?? '';
    expect(edge(key)).toMatchObject({
      type: 'represents',
      color: THEMES.normal.represents,
      hidden: false,
    });
  });

  it('thickens the selected claim and the focused node’s claims', () => {
    const key = claimOf('org:nato');
    const base = edge(key).size;
    expect(edge(key, context({ focus: focusOn(graph, null, key) })).size).toBeGreaterThan(base);
    expect(edge(key, context({ focus: focusOn(graph, 'org:nato', null) })).size).toBeGreaterThan(
      base,
    );
    expect(edge(key, context({ focus: focusOn(graph, 'country:FR', null) })).color).toBe(
      THEMES.normal.dimmed,
    );
  });
});
