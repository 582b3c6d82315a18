import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldText, searchNodes } from '../../src/view/search';
import { fixtureGraph } from './fixture';

const entries = buildSearchIndex(fixtureGraph());
const ids = (query: string) => searchNodes(entries, query).map((hit) => hit.id);

describe('foldText(text)', () => {
  it.each([
    ['Radosław Sikorski', 'radoslaw sikorski'],
    ['  ÉLYSÉE   Palace ', 'elysee palace'],
    ['troops-to-ukraine', 'troops to ukraine'],
  ])('%j → %j', (text, folded) => {
    // ł has no decomposition: it stays, like a reader would type it or not.
    expect(foldText(text).replace('ł', 'l')).toBe(folded);
  });
});

describe('searchNodes(entries, query)', () => {
  it.each([
    ['macron', ['person:emmanuel-macron']],
    ['MACRON', ['person:emmanuel-macron']],
    ['Sikorski', ['person:radoslaw-sikorski']],
    ['radosław', ['person:radoslaw-sikorski']],
    ['radoslaw', ['person:radoslaw-sikorski']],
    ['nato', ['org:nato']],
    ['FR', ['country:FR']],
    ['troops', ['position:troops-to-ukraine']],
    ['zzz', []],
    ['   ', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('ranks an exact or prefix match on the label before a match inside a word', () => {
    expect(ids('ce')).toEqual(['position:ceasefire', 'country:FR']);
  });

  it('says which alias matched', () => {
    expect(searchNodes(entries, 'fr')[0]).toMatchObject({ id: 'country:FR', alias: 'fr' });
  });

  it('honours declared aliases', () => {
    const graph = fixtureGraph();
    graph.setNodeAttribute('org:nato', 'label', 'North Atlantic Treaty Organization');
    (graph.getNodeAttributes('org:nato') as unknown as Record<string, unknown>).aliases = ['OTAN'];
    expect(searchNodes(buildSearchIndex(graph), 'otan').map((hit) => hit.id)).toEqual(['org:nato']);
  });

  it('caps the number of hits', () => {
    expect(searchNodes(entries, 'a', 3)).toHaveLength(3);
  });
});
