import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extractArticle';
import { article, claimsOf, fixtureKnowledge } from './fixture';

const T = 'position:troops-to-ukraine';
const UN = 'position:un-mission-ukraine';
const C = 'position:ceasefire';
const AID = 'position:military-aid-ukraine';
const EU = 'position:eu-defence-spending';

describe('extractArticle(article, kb): stance cues and negation', () => {
  it.each([
    [
      'Spanish Prime Minister Pedro Sánchez ruled out sending Spanish soldiers to Ukraine.',
      [`person:pedro-sanchez ${T} opposes`],
    ],
    [
      'Germany does not rule out contributing to a UN peacekeeping mission.',
      [`country:DE ${UN} conditional`],
    ],
    ['Sweden refused to rule out sending peacekeepers.', [`country:SE ${T} conditional`]],
    ['Poland has called for more air defence systems for Ukraine.', [`country:PL ${AID} supports`]],
    ['Hungary has opposed the EU plan to boost defence spending.', [`country:HU ${EU} opposes`]],
    [
      'The Kremlin has repeatedly warned that Western peacekeepers would be legitimate targets.',
      [`country:RU ${T} opposes`],
    ],
    [
      'Britain is ready to deploy troops to Ukraine after a peace deal.',
      [`country:GB ${T} supports`],
    ],
    ['Italy will not send troops to Ukraine.', [`country:IT ${T} opposes`]],
    ['Finland is considering sending peacekeeping troops.', [`country:FI ${T} conditional`]],
    [
      'Canada said it was open to contributing to a reassurance force.',
      [`country:CA ${T} conditional`],
    ],
    [
      'The Dutch government said there will be no ground troops from the Netherlands.',
      [`country:NL ${T} opposes`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): who holds the stance', () => {
  it.each([
    [
      'Italy, Germany and Hungary have rejected the plan to send troops to Ukraine.',
      [`country:DE ${T} opposes`, `country:HU ${T} opposes`, `country:IT ${T} opposes`],
    ],
    [
      'Britain and France back a ceasefire, while Russia has rejected it.',
      [`country:FR ${C} supports`, `country:GB ${C} supports`, `country:RU ${C} opposes`],
    ],
    ['Moscow accused London of sabotaging the ceasefire talks.', []],
    ['Analysts say a ceasefire is unlikely before the summer.', []],
    [
      'Southern states, including Italy and Spain, have been resisting the €800 billion plan.',
      [`country:ES ${EU} opposes`, `country:IT ${EU} opposes`],
    ],
    [
      'Slovak Prime Minister Robert Fico said his country would never send soldiers to Ukraine.',
      [`country:SK ${T} opposes`, `person:robert-fico ${T} opposes`],
    ],
    [
      'Italy will not send troops to Ukraine, Foreign Minister Antonio Tajani said.',
      [`country:IT ${T} opposes`, `person:antonio-tajani ${T} opposes`],
    ],
    [
      '“We are ready to contribute troops to a reassurance force,” Polish Chief of General Staff Wiesław Kukula told reporters.',
      [`person:wieslaw-kukula ${T} supports`],
    ],
    [
      'Lawmakers passed a resolution proposed by Sweden and Finland that backs a truce.',
      [`country:FI ${C} supports`, `country:SE ${C} supports`],
    ],
    [
      'A U.S.-backed 30-day ceasefire was rejected by the Kremlin.',
      [`country:RU ${C} opposes`, `country:US ${C} supports`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): coreference', () => {
  it.each([
    [
      'Petr Pavel, the Czech president, spoke on Saturday. He said the Czech Republic was ready to join a peacekeeping force.',
      [`country:CZ ${T} supports`, `person:petr-pavel ${T} supports`],
    ],
    [
      'Emmanuel Macron met reporters. The French leader said sending troops could not be ruled out.',
      [`person:emmanuel-macron ${T} conditional`],
    ],
    [
      'Keir Starmer spoke in London. Starmer said Britain was prepared to put boots on the ground.',
      [`country:GB ${T} supports`, `person:keir-starmer ${T} supports`],
    ],
    [
      'Paris proposed a reassurance force for Ukraine. Rome dismissed the idea.',
      [`country:FR ${T} supports`, `country:IT ${T} opposes`],
    ],
    [
      'Starmer hosted leaders in London on Sunday to discuss a peacekeeping force.',
      [`person:keir-starmer ${T} supports`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('names a person the gazetteer lacks by the role phrase, with its country and role', () => {
    const text = 'UK Defence Secretary John Doevill said Britain stood ready to send peacekeepers.';
    const result = extractArticle(article(text), fixtureKnowledge());
    expect(result.actors).toContainEqual({
      id: 'person:john-doevill',
      label: 'John Doevill',
      kind: 'person',
      country: 'GB',
      role: 'defence-minister',
    });
  });
});

describe('extractArticle(article, kb): evidence', () => {
  it('quotes the sentence verbatim and marks quotations', () => {
    const text =
      'ARTICLE AD BOX\n8 months ago\n“There will be no ground troops,” Olaf Scholz said on Tuesday.\nRead Entire Article';
    const { claims } = extractArticle(article(text, '2024-02-28'), fixtureKnowledge());
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim && text.slice(claim.start, claim.end)).toBe(claim?.quote);
    expect(claim).toMatchObject({
      source: 'person:olaf-scholz',
      target: T,
      stance: 'opposes',
      direct_quote: true,
      date: '2024-02-27',
    });
    expect(claim?.quote.startsWith('“There will be')).toBe(true);
  });

  it('does not count a plan set aside as an alternative', () => {
    expect(
      claimsOf('Rome backs a UN mission as an alternative to sending European troops.'),
    ).toEqual([`country:IT ${UN} supports`]);
  });

  it('states no stance in an if-clause', () => {
    expect(claimsOf('If Kyiv asks for peacekeepers, the question will arise.')).toEqual([]);
  });
});

describe('extractArticle(article, kb): speech', () => {
  it.each([
    [
      'Germany could support a UN mission, the chancellor said.',
      [`country:DE ${UN} conditional`, `person:olaf-scholz ${UN} conditional`],
    ],
    [
      'Olaf Scholz, speaking in Berlin, said Germany was very sceptical about sending troops.',
      [`country:DE ${T} opposes`, `person:olaf-scholz ${T} opposes`],
    ],
    [
      'The Italian foreign minister, Antonio Tajani, has said Rome would not send soldiers.',
      [`country:IT ${T} opposes`, `person:antonio-tajani ${T} opposes`],
    ],
    [
      'Sweden said it would not take part, while Finland welcomed the truce.',
      [`country:FI ${C} supports`],
    ],
    ['Giorgia Meloni: no Italian troops for Ukraine', [`person:giorgia-meloni ${T} opposes`]],
    [
      'Olaf Scholz said his government saw no role for German troops.',
      [`country:DE ${T} opposes`, `person:olaf-scholz ${T} opposes`],
    ],
    [
      'Madrid was "open" to sending soldiers, Pedro Sánchez said.',
      [`country:ES ${T} conditional`, `person:pedro-sanchez ${T} conditional`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text, '2024-02-27')).toEqual(expected);
  });
});
