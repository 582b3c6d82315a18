import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { article, claimsOf, fixtureKnowledge } from '../fixture';

const T = 'position:troops-to-ukraine';
const C = 'position:ceasefire';
const AID = 'position:military-aid-ukraine';
const EU = 'position:eu-defence-spending';
const TAURUS = 'position:taurus-for-ukraine';

describe('extractArticle(article, kb): what stand-ins for a position stand for', () => {
  it.each([
    [
      '"such statements" stands for what was just said of a position',
      'Friedrich Merz said he was ready to send Taurus missiles. Dmitry Peskov said such statements would "only lead to a further escalation".',
      [`person:dmitry-peskov ${TAURUS} opposes`, `person:friedrich-merz ${TAURUS} supports`],
    ],
    [
      'a stand-in explained by "of X to" what it is for is no anaphor',
      'Keir Starmer sent troops to Ukraine. Giorgia Meloni fully supports the efforts of US President Donald Trump to achieve a ceasefire.',
      [`person:giorgia-meloni ${C} supports`, `person:keir-starmer ${T} supports`],
    ],
    [
      'a stand-in followed by "toward" what it is for is no anaphor',
      'Keir Starmer sent troops to Ukraine. Alexander Stubb supported the American efforts toward a ceasefire.',
      [
        `country:US ${C} supports`,
        `person:alexander-stubb ${C} supports`,
        `person:keir-starmer ${T} supports`,
      ],
    ],
    [
      'a stand-in whose content follows it ("the commitment that ...") stands for that',
      'Keir Starmer sent troops to Ukraine. Alexander Stubb welcomed the commitment that the United States would be involved in security guarantees.',
      [`person:alexander-stubb position:us-backstop supports`, `person:keir-starmer ${T} supports`],
    ],
    [
      'a stand-in qualified by what it is ("a mission under a UN flag") is that',
      'Italy would not send troops to Ukraine but would take part in a mission under a United Nations flag.',
      [`country:IT ${T} opposes`, `country:IT position:un-mission-ukraine supports`],
    ],
    [
      '"a similar agreement" stands for the agreement under discussion',
      'Latvia signed a security agreement with Ukraine to keep sending weapons. Estonia signed a similar agreement on Thursday.',
      [`country:EE ${AID} supports`, `country:LV ${AID} supports`],
    ],
    [
      'the aid stands for the military aid under discussion',
      'Poland sent air defence systems to Ukraine. Viktor Orbán criticised the aid.',
      [`country:PL ${AID} supports`, `person:viktor-orban ${AID} opposes`],
    ],
    [
      'what is said of "the force" is said of the force under discussion',
      'France proposed a reassurance force for Ukraine. Keir Starmer said the force would deploy within days.',
      [`country:FR ${T} supports`, `person:keir-starmer ${T} supports`],
    ],
    [
      'terms set for "any contribution" make the stand-in\'s position conditional',
      'France proposed a reassurance force for Ukraine. Olaf Scholz said any German contribution must remain limited.',
      [`country:FR ${T} supports`, `person:olaf-scholz ${T} conditional`],
    ],
    [
      'thanks are for what is under discussion',
      'Italy sent more air defence systems to Ukraine. Olaf Scholz thanked Italy late on Wednesday.',
      [`country:IT ${AID} supports`, `person:olaf-scholz ${AID} supports`],
    ],
    [
      'an agreement stands for the position under discussion',
      'Giorgia Meloni backed the ceasefire. Viktor Orbán denounced the agreement.',
      [`person:giorgia-meloni ${C} supports`, `person:viktor-orban ${C} opposes`],
    ],
    [
      'positions named together are discussed together ("the Taurus ... the idea")',
      'Friedrich Merz said he would deliver the Taurus to Ukraine. Olaf Scholz rejected the idea.',
      [
        `person:friedrich-merz ${AID} supports`,
        `person:friedrich-merz ${TAURUS} supports`,
        `person:olaf-scholz ${AID} opposes`,
        `person:olaf-scholz ${TAURUS} opposes`,
      ],
    ],
    [
      'a plan noun stands for the position it was named with, however far back',
      'Petr Pavel launched the ammunition initiative. Italy has ruled out sending troops. Finland said troops were premature. Spain backed the initiative.',
      [
        `country:ES ${AID} supports`,
        `country:FI ${T} conditional`,
        `country:IT ${T} opposes`,
        `person:petr-pavel ${AID} supports`,
      ],
    ],
    [
      'a noun of the position ("such a mission") stands for it',
      'France backed a reassurance force. Italian soldiers would not take part in such a mission, Giorgia Meloni said.',
      [`country:FR ${T} supports`, `person:giorgia-meloni ${T} opposes`],
    ],
    [
      'it stands for the last position it can name, not the last one named',
      'Germany pledged air defence systems. Poland backed a ceasefire. Italy welcomed the package.',
      [`country:DE ${AID} supports`, `country:IT ${AID} supports`, `country:PL ${C} supports`],
    ],
    [
      'an indefinite noun in context ("a contribution") stands for it too',
      'Finland discussed peacekeepers for Ukraine. Sweden was open to a contribution.',
      [`country:FI ${T} conditional`, `country:SE ${T} conditional`],
    ],
    [
      'a generic noun after a narrower position is that position as well',
      'Olaf Scholz has refused to send Taurus missiles. Poland later refused to send the missiles.',
      [
        `country:PL ${AID} opposes`,
        `country:PL ${TAURUS} opposes`,
        `person:olaf-scholz ${TAURUS} opposes`,
      ],
    ],
    [
      'a programme stands for a spending plan',
      'Germany backed the €800 billion plan. Moscow dismissed the whole programme.',
      [`country:DE ${EU} supports`, `country:RU ${EU} opposes`],
    ],
    [
      'a position named in an if-clause is not the one under discussion',
      'Britain backed sending troops to Ukraine. If it comes to a ceasefire, Europe will help. Italy was more cautious.',
      [`country:GB ${T} supports`, `country:IT ${T} opposes`],
    ],
    [
      'the forces of a party to the war are not a Western force',
      'France backed sending troops to Ukraine. Keir Starmer urged allies to help repel the Russian forces.',
      [`country:FR ${T} supports`],
    ],
    ['a noun with nothing it can stand for is no mention', 'Germany backed the package.', []],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): the position under discussion', () => {
  it.each([
    [
      'a cue whose object is an actor is about no position ("no place for the EU")',
      'Keir Starmer backed sending troops. Dmitry Peskov said Russia saw no place for the European Union at the table.',
      [`person:keir-starmer ${T} supports`],
    ],
    [
      'the last position named, when it was just proposed',
      'Britain backed sending troops to Ukraine. Emmanuel Macron proposed a truce. Russia rejected the idea.',
      [
        `country:GB ${T} supports`,
        `country:RU ${C} opposes`,
        `person:emmanuel-macron ${C} supports`,
      ],
    ],
    [
      'the position the text keeps coming back to, over an aside',
      'Britain backed sending troops to Ukraine. France would send peacekeepers. Italy backed sending troops and a ceasefire. Russia rejected the idea.',
      [
        `country:FR ${T} supports`,
        `country:GB ${T} supports`,
        `country:IT ${C} supports`,
        `country:IT ${T} supports`,
        `country:RU ${T} opposes`,
      ],
    ],
    [
      'a counted noun stands for the last position it can name',
      'Germany pledged air defence systems. Poland would fund two additional systems.',
      [`country:DE ${AID} supports`, `country:PL ${AID} supports`],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): a stand said to hold', () => {
  const claimsIn = (before: string, sentence: string): string[] =>
    extractCorpus([article(`${before} ${sentence}`)], fixtureKnowledge())
      .claims.filter((claim) => claim.quote === sentence)
      .map((claim) => `${claim.source} ${claim.target} ${claim.stance}`)
      .sort();

  it.each([
    [
      "a stand that will not change is its owner's last stance on the position under discussion",
      'Olaf Scholz refused to send Taurus missiles.',
      'On Monday he said he would not change his position.',
      [`person:olaf-scholz ${TAURUS} opposes`],
    ],
    [
      "whoever says so for the owner's country holds it too",
      'Olaf Scholz refused to send Taurus missiles.',
      'German government spokesman Steffen Hebestreit said the chancellor\'s position was "unchanged and well known".',
      [`person:olaf-scholz ${TAURUS} opposes`, `person:steffen-hebestreit ${TAURUS} opposes`],
    ],
    [
      'a stand on missiles holds the stance last taken on them, for aid too',
      'Olaf Scholz pledged air defence systems to Ukraine and refused to send Taurus missiles.',
      '"My position on Taurus has not changed," he said.',
      [`person:olaf-scholz ${AID} opposes`, `person:olaf-scholz ${TAURUS} opposes`],
    ],
    [
      'a stand said to hold outweighs the verb of saying that reports it',
      'Olaf Scholz refused to send Taurus missiles.',
      '"I have made my position on Taurus clear, and it has not changed," Scholz said at a joint news conference with Volodymyr Zelensky on Monday.',
      [`person:olaf-scholz ${TAURUS} opposes`],
    ],
    [
      'a stand that changed restates nothing',
      'Olaf Scholz refused to send Taurus missiles.',
      'Weeks later he changed his position.',
      [],
    ],
  ])('%s', (_, before, sentence, expected) => {
    expect(claimsIn(before, sentence)).toEqual(expected);
  });
});
