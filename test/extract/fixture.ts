// A small knowledge base read from test/fixtures/knowledge, and helpers that
// run the engine on sentences written for the tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/extract/knowledgeBase';
import type { Article, KnowledgeSources } from '../../src/extract/types';

const DIR = fileURLToPath(new URL('../fixtures/knowledge/', import.meta.url));

const FILES: Readonly<Record<keyof KnowledgeSources, string>> = {
  countries: 'countries.csv',
  orgs: 'orgs.csv',
  people: 'people.csv',
  roles: 'roles.csv',
  roleTitles: 'role-titles.csv',
  positions: 'positions.csv',
};

/** The fixture's source texts, to alter in error tests. */
export function fixtureSources(): KnowledgeSources {
  const entries = Object.entries(FILES).map(([key, file]) => [
    key,
    { file, text: readFileSync(DIR + file, 'utf8') },
  ]);
  return Object.fromEntries(entries) as KnowledgeSources;
}

let cached: KnowledgeBase | undefined;

export function fixtureKnowledge(): KnowledgeBase {
  cached ??= buildKnowledgeBase(fixtureSources());
  return cached;
}

export function article(text: string, published = '2025-03-21', id = 'a1'): Article {
  return { id, text, title: 'Title', outlet: 'Outlet', url: 'https://example.org/a', published };
}

/** The claims of one text as "actor position stance" strings, sorted. */
export function claimsOf(text: string, published = '2025-03-21'): string[] {
  const { claims } = extractCorpus([article(text, published)], fixtureKnowledge());
  return [...new Set(claims.map((c) => `${c.source} ${c.target} ${c.stance}`))].sort();
}
