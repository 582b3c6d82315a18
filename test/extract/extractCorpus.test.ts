import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { article, fixtureKnowledge } from './fixture';

const corpus = [
  article(
    'Italy will not send troops to Ukraine, Foreign Minister Antonio Tajani said on Monday.',
    '2025-03-21',
    'b',
  ),
  article(
    'French President Emmanuel Macron proposed a reassurance force. Macron said France was ready to send troops.',
    '2025-03-20',
    'a',
  ),
];

// The first test compiles the fixture knowledge base, which a busy machine can take seconds to do.
describe('extractCorpus(articles, kb)', { timeout: 30_000 }, () => {
  it('is deterministic whatever the order of the articles', () => {
    const kb = fixtureKnowledge();
    const once = extractCorpus(corpus, kb);
    const again = extractCorpus([...corpus].reverse(), kb);
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
  });

  it('keeps one record per article, actor, position, stance and evidence', () => {
    const { claims } = extractCorpus([...corpus, ...corpus], fixtureKnowledge());
    const keys = claims.map((c) =>
      [c.article, c.source, c.target, c.stance, c.start, c.end].join('|'),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every claim a verbatim quote, a date no later than publication, and a confidence', () => {
    const { claims } = extractCorpus(corpus, fixtureKnowledge());
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const text = corpus.find((a) => a.id === claim.article)?.text ?? '';
      expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
      expect(claim.quote).not.toMatch(/^[\s=+\-@]/);
      expect(claim.date <= claim.published).toBe(true);
      expect(claim.confidence).toBeGreaterThan(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
    }
    expect(claims.find((c) => c.source === 'person:antonio-tajani')?.date).toBe('2025-03-17');
  });

  it('lists every node a claim touches, and the countries people speak for', () => {
    const { nodes, claims } = extractCorpus(corpus, fixtureKnowledge());
    const ids = new Set(nodes.map((n) => n.id));
    for (const claim of claims) {
      expect(ids.has(claim.source)).toBe(true);
      expect(ids.has(claim.target)).toBe(true);
    }
    expect(nodes.find((n) => n.id === 'person:emmanuel-macron')).toMatchObject({
      kind: 'person',
      country: 'FR',
      role: 'head-of-state',
    });
    expect(nodes.find((n) => n.id === 'country:FR')).toMatchObject({
      kind: 'country',
      label: 'France',
    });
    expect(nodes.find((n) => n.id === 'position:troops-to-ukraine')?.kind).toBe('position');
  });
});

describe('extractCorpus(articles, kb) on awkward text', () => {
  it.each([
    ['an empty article', ''],
    ['blank lines only', '\n\n  \n'],
    ['furniture only', 'ARTICLE AD BOX\n8 months ago\nRead Entire Article'],
    [
      'Windows line ends',
      'Italy rejected the plan to send troops.\r\n\r\nGermany backed a ceasefire.\r\n',
    ],
    ['an unclosed quotation', '“Germany will never send troops, Scholz said.\nHe left.'],
    ['symbols and emoji', '🇺🇦 — “ ” « » … €800bn; – - @Ukraine #troops'],
  ])('survives %s with verbatim evidence', (_name, text) => {
    const { claims } = extractCorpus([article(text)], fixtureKnowledge());
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.quote);
  });

  it('finds claims across Windows line ends', () => {
    const text = 'Italy rejected the plan to send troops.\r\n\r\nGermany backed a ceasefire.\r\n';
    const { claims } = extractCorpus([article(text)], fixtureKnowledge());
    expect(claims.map((c) => `${c.source} ${c.stance}`).sort()).toEqual([
      'country:DE supports',
      'country:IT opposes',
    ]);
  });
});
