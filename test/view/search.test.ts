import { describe, expect, it } from 'vitest';
import { buildStanceGraph, type ClaimRecord, type NodeRecord } from '../../src/graph/buildGraph';
import { parseEdgesNodesCsv } from '../../src/io/csvGraph';
import { edgesCsv } from '../../src/io/edgesCsv';
import { parseGraphJson } from '../../src/io/graphJson';
import { nodesCsv } from '../../src/io/nodesCsv';
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
    expect(searchNodes(entries, 'fr')[0]).toMatchObject({ id: 'country:FR', alias: 'FR' });
  });

  it('honours declared aliases', () => {
    const graph = fixtureGraph();
    graph.setNodeAttribute('org:nato', 'label', 'North Atlantic Treaty Organization');
    graph.setNodeAttribute('org:nato', 'aliases', ['OTAN']);
    expect(searchNodes(buildSearchIndex(graph), 'otan').map((hit) => hit.id)).toEqual(['org:nato']);
  });

  describe('on gazetteer aliases carried by graph.json and nodes.csv', () => {
    const nodes: NodeRecord[] = [
      {
        id: 'person:viktor-orban',
        label: 'Viktor Orbán',
        kind: 'person',
        country: 'HU',
        role: '',
        aliases: ['Orban', 'Viktor Orban'],
      },
      {
        id: 'country:GB',
        label: 'United Kingdom',
        kind: 'country',
        country: 'GB',
        role: '',
        aliases: ['UK', 'Britain'],
      },
      {
        id: 'person:volodymyr-zelensky',
        label: 'Volodymyr Zelensky',
        kind: 'person',
        country: 'UA',
        role: '',
        aliases: ['Zelenskyy', 'Zelenskiy'],
      },
      { id: 'position:p', label: 'Send troops', kind: 'position', country: '', role: '' },
    ];
    const claims = nodes.slice(0, 3).map((node, i): ClaimRecord => ({
      source: node.id,
      target: 'position:p',
      stance: 'supports',
      quote: `Quote ${i}.`,
      direct_quote: false,
      article: 'a',
      title: '',
      outlet: 'AFP',
      url: '',
      published: '2025-03-01',
      date: '2025-03-01',
      start: i * 10,
      end: i * 10 + 8,
      cue: '',
      confidence: 1,
    }));
    const built = buildStanceGraph(nodes, claims, { corpus: 'c' });
    const fromJson = parseGraphJson(JSON.stringify(built.export()), 'graph.json');
    const fromCsv = parseEdgesNodesCsv(
      { file: 'edges.csv', text: edgesCsv(built) },
      { file: 'nodes.csv', text: nodesCsv(built) },
    );
    it.each([
      ['Orban', 'person:viktor-orban', 'Orban'],
      ['uk', 'country:GB', 'UK'],
      ['britain', 'country:GB', 'Britain'],
      ['zelenskyy', 'person:volodymyr-zelensky', 'Zelenskyy'],
    ])('%j finds %s (alias %j), whichever file it came from', (query, id, alias) => {
      for (const graph of [fromJson, fromCsv]) {
        const [hit] = searchNodes(buildSearchIndex(graph), query);
        expect(hit).toMatchObject({ id, alias });
      }
    });
  });

  it('caps the number of hits', () => {
    expect(searchNodes(entries, 'a', 3)).toHaveLength(3);
  });
});
