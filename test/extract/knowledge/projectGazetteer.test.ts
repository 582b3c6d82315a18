// The project's own gazetteer in data/: the officials and titles news about the
// war names, resolved at the article's date.
import { describe, expect, it } from 'vitest';
import { PROJECT_DATA_DIR, readKnowledgeSources } from '../../../scripts/lib/readKnowledge';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { buildKnowledgeBase } from '../../../src/extract/knowledgeBase';
import { article } from '../fixture';

async function actorsOf(text: string, published: string): Promise<string[]> {
  const kb = buildKnowledgeBase(await readKnowledgeSources(PROJECT_DATA_DIR));
  const { claims, nodes } = extractCorpus([article(text, published)], kb);
  const sources = new Set(claims.map((claim) => claim.source));
  return nodes.filter((node) => sources.has(node.id)).map((node) => `${node.id} ${node.country}`);
}

describe('the project gazetteer', () => {
  it.each([
    [
      'a national defence minister by the long title',
      'Minister of National Defence Nuno Melo said Portugal would keep sending weapons to Ukraine.',
      '2025-06-13',
      ['country:PT PT', 'person:nuno-melo PT'],
    ],
    [
      "an MEP who became the Commission's defence commissioner",
      'Andrius Kubilius said the EU must raise defence spending.',
      '2025-03-01',
      ['person:andrius-kubilius '],
    ],
    [
      "a Russian spelling of Ukraine's foreign minister",
      'Ukrainian Foreign Minister Andrey Sibiga said Kiev would keep asking for weapons.',
      '2025-04-17',
      ['country:UA UA', 'person:andrii-sybiha UA'],
    ],
    [
      "an appositive title with its complement, closed by a comma, is the named person's",
      'Prime Minister Gintautas Paluckas spoke on Monday. Remigijus Žemaitaitis, the leader of the coalition partner Nemunas Dawn, said on Friday that he would not support sending Lithuanian soldiers to Ukraine.',
      '2025-01-17',
      ['person:remigijus-zemaitaitis LT'],
    ],
    [
      'a head of state outside Europe',
      'Zambian President Hakainde Hichilema said Zambia supported a ceasefire.',
      '2024-08-07',
      ['country:ZM ZM', 'person:hakainde-hichilema ZM'],
    ],
    [
      'an official the gazetteer lacks, placed by a country outside Europe',
      'Mexican Foreign Minister Juan Ramón de la Fuente said Mexico backed a ceasefire.',
      '2024-11-20',
      ['country:MX MX', 'person:juan-ramon-de-la-fuente MX'],
    ],
    [
      'someone the gazetteer lacks, named after their national party',
      "Podemos's Irene Montero, who has made peace the centre of her campaign, said she opposed sending weapons to Ukraine.",
      '2024-05-23',
      ['person:irene-montero ES'],
    ],
    [
      'a party named with its acronym is the one the acronym names, not a namesake abroad',
      'The centre-left Democratic Party (PD) said it would keep backing military aid to Ukraine.',
      '2025-01-22',
      ['org:pd IT'],
    ],
    [
      '"Korea" alone is South Korea, and its Democratic Party is not the American one',
      'President Lee Jae-myung said Korea hoped for a swift ceasefire, and the Democratic Party of Korea said it backed a ceasefire too.',
      '2025-09-02',
      ['country:KR KR', 'org:democratic-party-of-korea KR', 'person:lee-jae-myung KR'],
    ],
  ])('%s', async (_, text, published, expected) => {
    expect((await actorsOf(text, published)).sort()).toEqual(expected);
  });
});
