import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../../src/extract/extractCorpus';
import { article, claimsOf, fixtureKnowledge } from '../fixture';

const T = 'position:troops-to-ukraine';
const TAURUS = 'position:taurus-for-ukraine';
const C = 'position:ceasefire';
const AID = 'position:military-aid-ukraine';

/** The country each person or organisation of the claims speaks for, as "id country". */
function actorCountries(text: string, published = '2025-03-21'): string[] {
  const { nodes, claims } = extractCorpus([article(text, published)], fixtureKnowledge());
  const sources = new Set(claims.map((claim) => claim.source));
  return nodes
    .filter((node) => sources.has(node.id) && node.kind !== 'country')
    .map((node) => `${node.id} ${node.country}`);
}

describe('extractArticle(article, kb): surnames', () => {
  it.each([
    [
      'a surname in a headline is the person named in full further down',
      'Orbán rejects troops for Ukraine\n\nHungarian Prime Minister Viktor Orbán said Hungary would not send troops to Ukraine.',
      [`country:HU ${T} opposes`, `person:viktor-orban ${T} opposes`],
    ],
    [
      'a month is not a surname',
      'Friedrich Merz, who takes office in May, said he was ready to send Taurus missiles.',
      [`person:friedrich-merz ${TAURUS} supports`],
    ],
    [
      'a surname followed by another name is someone else',
      'Party leader Martin Jones said he would not send troops to Ukraine.',
      [`person:martin-jones ${T} opposes`],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): officials the gazetteer does not know', () => {
  it.each([
    [
      'a name starts after the institution its title names',
      'Minister for Foreign Affairs Elina Valtonen said Finland would send troops.',
      ['person:elina-valtonen FI'],
    ],
    [
      'the head of a think tank is an observer, whatever their title',
      'Dave Perry, president of the Canadian Global Affairs Institute, said Canada would send troops.',
      [],
    ],
    [
      'a name explained by a description and followed by when it was said',
      'Martin Jonas, co-chair of the German Left party, on Thursday called sending troops to Ukraine reckless.',
      ['person:martin-jonas DE'],
    ],
    [
      'a speaker of a national parliament speaks for its country',
      'Saeima Speaker Anna Liepa said she was ready to send troops to Ukraine.',
      ['person:anna-liepa LV'],
    ],
    [
      'an ambassador speaks for the country that sends them',
      "Russia's ambassador to the UK, Ivan Petrov, warned against sending troops to Ukraine.",
      ['person:ivan-petrov RU'],
    ],
    [
      'nor where an ambassador serves',
      'The Russian ambassador in Berlin, Sergei Nechayev, warned against sending troops to Ukraine.',
      ['person:sergei-nechayev RU'],
    ],
    [
      'the name of a body before a title is no verb ("Air Force spokesperson")',
      "Ukraine's Air Force spokesperson Yurii Ihnat said he wanted troops sent to Ukraine.",
      ['person:yurii-ihnat UA'],
    ],
    [
      'where an ambassador is posted does not take the name',
      'US Ambassador to NATO John Doe said he would not send troops to Ukraine.',
      ['person:john-doe US'],
    ],
    [
      'an unqualified national title in a sentence led by a country is its',
      'Italy backed the plan, but economy minister Marco Rossi rejected sending troops to Ukraine.',
      ['person:marco-rossi IT'],
    ],
    [
      "a description may open with its owner's name",
      "Piotr Nowak, Confederation's candidate, said no Polish soldier should be sent to Ukraine.",
      ['person:piotr-nowak PL'],
    ],
    [
      'a rank is not part of the name',
      'Swedish army chief Gen. Anna Berg said she could send troops to Ukraine.',
      ['person:anna-berg SE'],
    ],
    [
      'a name explained by a description closed by a comma',
      "Jan Nowak, head of Poland's security bureau, said he would not send troops to Ukraine.",
      ['person:jan-nowak PL'],
    ],
    [
      'a name explained by "who" after a short opening phrase',
      'In Moscow, Ivan Petrov, who chairs the defence committee, said sending troops to Ukraine was "unacceptable".',
      ['person:ivan-petrov '],
    ],
    [
      'a name in commas after a description the gazetteer cannot resolve',
      'The leader of the opposition party, Jan Nowak, said he would not send troops to Ukraine.',
      ['person:jan-nowak '],
    ],
  ])('%s', (_, text, expected) => {
    expect(actorCountries(text)).toEqual(expected);
  });

  it('reads "President of the Republic" as a title and a name\'s "III" as part of it', () => {
    expect(
      claimsOf('President of the Republic Alexander Stubb said he would send troops to Ukraine.'),
    ).toEqual([`person:alexander-stubb ${T} supports`]);
    expect(claimsOf('Pete Hegseth III said he would send troops to Ukraine.')).toEqual([
      `person:pete-hegseth ${T} supports`,
    ]);
  });

  it("lets no word of the line before govern a sentence's subject", () => {
    expect(
      claimsOf(
        'Moscow warns of\n\nThe Kremlin said sending troops to Ukraine would be unacceptable.',
      ),
    ).toEqual([`country:RU ${T} opposes`]);
  });

  it('finds a later surname of someone the gazetteer lacks, but not another of that name', () => {
    expect(
      claimsOf(
        'Party leader Jan Kowalczyk spoke in Warsaw. Kowalczyk said sending troops to Ukraine was "unacceptable".',
      ),
    ).toEqual([`person:jan-kowalczyk ${T} opposes`]);
    expect(
      claimsOf(
        'Party leader Jan Kowalczyk spoke in Warsaw. Anna Kowalczyk said sending troops to Ukraine was "unacceptable".',
      ),
    ).toEqual([`person:anna-kowalczyk ${T} opposes`]);
  });

  it('takes a word in capitals for a surname only of someone the article names', () => {
    expect(claimsOf('FICO said Slovakia would send troops to Ukraine.')).toEqual([
      `country:SK ${T} supports`,
    ]);
    expect(
      claimsOf('Robert Fico spoke in Bratislava. FICO: Slovakia will send troops to Ukraine.'),
    ).toEqual([`country:SK ${T} supports`, `person:robert-fico ${T} supports`]);
  });

  it('reads "the Government of Italy" as Italy, and a party as speaking through its leader', () => {
    expect(
      claimsOf(
        'The Government of Italy on Wednesday presented a military aid package for Ukraine.',
      ),
    ).toEqual([`country:IT position:military-aid-ukraine supports`]);
    expect(
      claimsOf(
        'The Conservative Party will vote against any deployment of troops to Ukraine, Kemi Badenoch wrote on X.',
      ),
    ).toEqual([`org:conservative-party ${T} opposes`, `person:kemi-badenoch ${T} opposes`]);
  });

  it('takes no preposition for a given name ("With Rutte signaling ...")', () => {
    expect(
      claimsOf('With Rutte signaling that NATO would send troops to Ukraine, the debate goes on.'),
    ).toEqual([`org:nato ${T} supports`]);
  });

  it('finds someone introduced with their party, and not a ministry', () => {
    expect(
      claimsOf(
        'Georgescu won, ahead of Elena Lasconi of the Save Romania Union. Lasconi said sending troops to Ukraine was "unacceptable".',
      ),
    ).toEqual([`person:elena-lasconi ${T} opposes`]);
    expect(
      claimsOf('The Ministry of Defence said sending troops to Ukraine was "unacceptable".'),
    ).toEqual([]);
    expect(
      claimsOf(
        'Analysts disagree, said Ursula Menge of the University of Mainz. Menge said sending troops to Ukraine was "unacceptable".',
      ),
    ).toEqual([]);
  });

  it('finds a speaker before "of <party>" and a leader named by "led by"', () => {
    expect(
      claimsOf(
        'Opposition leader Jan Nowak of PASOK said on Thursday that his party would send troops to Ukraine.',
      ),
    ).toEqual([`person:jan-nowak ${T} supports`]);
    expect(
      claimsOf(
        'Chega, led by André Ventura, won. Ventura said that sending Portuguese soldiers to Ukraine was "unacceptable".',
      ),
    ).toEqual([`person:andre-ventura ${T} opposes`]);
  });

  it('finds someone named in full as the one speaking, but not an outlet', () => {
    expect(
      claimsOf(
        'In a statement, Alexey Pavlovsky said foreign troops in Ukraine were unacceptable.',
      ),
    ).toEqual([`person:alexey-pavlovsky ${T} opposes`]);
    expect(claimsOf('Fox News said foreign troops in Ukraine were unacceptable.')).toEqual([]);
  });

  it('finds a party the gazetteer does not know speaking as itself, with its national adjective', () => {
    expect(
      claimsOf('The Left Party said it would vote against sending weapons to Ukraine.'),
    ).toEqual([`org:left-party position:military-aid-ukraine opposes`]);
    expect(
      claimsOf('The far-right Vlaams Belang said it rejected sending troops to Ukraine.'),
    ).toEqual([`org:vlaams-belang ${T} opposes`]);
    expect(
      actorCountries('The Hungarian Workers Party said it rejected sending troops to Ukraine.'),
    ).toEqual(['org:hungarian-workers-party HU']);
  });

  it("places someone nothing places in the article's own country, and leaves stateless officials alone", () => {
    const text =
      'Germany will keep supplying weapons. Germany ruled out Taurus. Germany backed the package. Poland agreed. Lawmaker Karl Brandt said sending troops was reckless. Ursula von der Leyen said sending troops was reckless.';
    expect(actorCountries(text)).toEqual(['person:karl-brandt DE', 'person:ursula-von-der-leyen ']);
  });

  it('takes no stance from an analyst, nor from what "he" says next', () => {
    expect(
      claimsOf(
        'Keir Starmer backed sending troops. Jane Roe, a senior fellow at a London think tank, said sending troops was reckless. "It is a bluff," she said.',
      ),
    ).toEqual([`person:keir-starmer ${T} supports`]);
  });

  it.each([
    [
      'a one-word party name ending a longer one is no known party, nor a person',
      'Friedrich Merz, the leader of the opposition Christian Democrats, repeated his call for Taurus missiles to be sent.',
      [`person:friedrich-merz ${TAURUS} supports`],
    ],
    [
      "a known party's name inside a longer one is not that party",
      'Pierre Dubois, the leader of the Progressive Conservative Party, said sending troops to Ukraine was reckless.',
      [`person:pierre-dubois ${T} opposes`],
    ],
    [
      '"his neutral country": the speaker\'s country, described',
      'Robert Fico has said his neutral country will not send soldiers to Ukraine.',
      [`country:SK ${T} opposes`, `person:robert-fico ${T} opposes`],
    ],
    [
      'a subordinator opening the sentence is no part of a name',
      'When Anna Berg, the Latvian foreign minister, said sending troops was reckless, she broke a taboo.',
      [`person:anna-berg ${T} opposes`],
    ],
    [
      'the surname of someone named in full is theirs, even when a country bears it',
      'Prime Minister Luís Montenegro met Zelensky. Montenegro ruled out sending troops to Ukraine.',
      [`person:luis-montenegro ${T} opposes`],
    ],
    [
      'a title the gazetteer lacks is no part of a known name ("Defence Commissioner Andrius Kubilius")',
      'Defence Commissioner Andrius Kubilius said the loans could be used to buy weapons for Ukraine.',
      ['person:andrius-kubilius position:military-aid-ukraine conditional'],
    ],
    [
      'a party the gazetteer lacks is known by the acronym it is given',
      'The Portuguese Communist Party (PCP) said in a statement that it "firmly rejects" any participation of Portuguese troops in Ukraine.',
      [`org:pcp ${T} opposes`],
    ],
    [
      'a hyphenated given name',
      'National Security Adviser Chang Ho-jin said he was ready to send weapons to Ukraine.',
      ['person:chang-ho-jin position:military-aid-ukraine supports'],
    ],
    [
      'an attribution after a quotation with an appositive',
      '"Sending weapons to Ukraine would be a reckless gamble," Park Chan-dae, the party\'s floor leader, said Wednesday.',
      ['person:park-chan-dae position:military-aid-ukraine opposes'],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });

  it('takes no stance from an observer named after their trade ("the political scientist X told")', () => {
    expect(
      claimsOf(
        'Keir Starmer backed sending troops. For now, the political scientist Anna Roe told the BBC, sending troops was reckless.',
      ),
    ).toEqual([`person:keir-starmer ${T} supports`]);
  });

  it('reads a body before a title as qualifying the person ("Russian Foreign Ministry spokesman X")', () => {
    expect(
      claimsOf(
        'Russian Foreign Ministry spokesman Ivan Petrov went further, warning that sending troops would mean war.',
      ),
    ).toEqual([`person:ivan-petrov ${T} opposes`]);
  });

  it('reads a title after "Name," as that person\'s appositive, not as someone else', () => {
    expect(
      claimsOf(
        'Donald Trump spoke to reporters. Dmitry Medvedev, the former president, called sending troops "a declaration of war."',
        '2024-12-16',
      ),
    ).toEqual([`person:dmitry-medvedev ${T} opposes`]);
  });

  it('reads "Name, Mr X\'s spokesman, said" as Name speaking', () => {
    expect(
      claimsOf(
        "Dmitry Peskov, Mr Putin's spokesman, said foreign troops in Ukraine were unacceptable.",
      ),
    ).toEqual([`person:dmitry-peskov ${T} opposes`]);
    expect(
      claimsOf(
        "Vladimir Putin met envoys. Dmitry Peskov, Mr Putin's spokesman, said foreign troops in Ukraine were unacceptable.",
      ),
    ).toEqual([`person:dmitry-peskov ${T} opposes`]);
  });

  it('takes no place for a person ("at Lancaster House, the PM ...")', () => {
    expect(
      claimsOf(
        'Keir Starmer flew home. At Lancaster House, the PM unveiled a plan to send troops to Ukraine.',
      ),
    ).toEqual([`person:keir-starmer ${T} supports`]);
  });
});

describe('extractArticle(article, kb): role phrases and back references', () => {
  it('resolves a title several countries use to the holder named before', () => {
    expect(
      claimsOf(
        'Austrian Chancellor Christian Stocker arrived in Brussels. The chancellor said sending troops to Ukraine was "unacceptable".',
      ),
    ).toEqual([`person:christian-stocker ${T} opposes`]);
  });

  it('reads a bare title two offices share as the office of the one named before', () => {
    const budget =
      'Rachel Reeves presented the Budget. The Chancellor said Britain would keep sending weapons to Ukraine.';
    expect(claimsOf(budget, '2024-10-31')).toEqual([
      `country:GB ${AID} supports`,
      `person:rachel-reeves ${AID} supports`,
    ]);
    expect(
      claimsOf('The Chancellor said Germany would keep sending weapons to Ukraine.', '2024-10-31'),
    ).toEqual([`country:DE ${AID} supports`, `person:olaf-scholz ${AID} supports`]);
  });

  it('reads "the president-elect" as the person named before who takes that office within weeks', () => {
    expect(
      claimsOf(
        'Donald Trump won the election. On Sunday, Mike Waltz said the president-elect wanted a ceasefire.',
        '2024-11-25',
      ),
    ).toEqual([`person:donald-trump ${C} supports`, `person:mike-waltz ${C} supports`]);
  });

  it("reads a party's leader as its party leader, not the head of some body", () => {
    expect(claimsOf('The Tory leader said sending troops to Ukraine was "unacceptable".')).toEqual([
      `person:kemi-badenoch ${T} opposes`,
    ]);
  });

  it.each([
    [
      'the Kremlin spokesman is not the foreign ministry spokeswoman',
      'Maria Zakharova spoke first. The Kremlin spokesman said Russia rejected any deployment of troops to Ukraine.',
      [`country:RU ${T} opposes`, `person:dmitry-peskov ${T} opposes`],
    ],
    [
      'a title that holds its country ("the Pentagon chief")',
      'The Pentagon chief ruled out sending troops to Ukraine.',
      [`person:pete-hegseth ${T} opposes`],
    ],
    [
      '"her foreign minister" is the minister of her country',
      "Giorgia Meloni spoke first. Her foreign minister ruled out sending Italy's troops to Ukraine.",
      [`person:antonio-tajani ${T} opposes`],
    ],
    [
      'an office someone is to take is not its holder',
      'Friedrich Merz, who is expected to become German chancellor, said he was ready to send Taurus missiles.',
      [`person:friedrich-merz ${TAURUS} supports`],
    ],
    [
      '"the diplomat" is the last diplomat named',
      'Sergei Lavrov spoke in Moscow. The diplomat said sending troops to Ukraine was unacceptable.',
      [`person:sergey-lavrov ${T} opposes`],
    ],
    [
      '"Sir Keir" is Keir Starmer',
      'Keir Starmer arrived in Paris with Emmanuel Macron. Sir Keir said Britain was ready to send troops to Ukraine.',
      [`country:GB ${T} supports`, `person:keir-starmer ${T} supports`],
    ],
    [
      '"it was too early" is no one',
      'Britain backed sending troops to Ukraine. Pedro Sánchez said it was too early to talk about sending peacekeepers.',
      [`country:GB ${T} supports`, `person:pedro-sanchez ${T} conditional`],
    ],
    [
      '"the government" in what a leader says is the leader\'s',
      "Italy's Giorgia Meloni said the government would not send troops to Ukraine.",
      [`country:IT ${T} opposes`, `person:giorgia-meloni ${T} opposes`],
    ],
    [
      "a leader's office speaks for the leader",
      "Emmanuel Macron's office said France would send troops to Ukraine.",
      [`country:FR ${T} supports`, `person:emmanuel-macron ${T} supports`],
    ],
    [
      'a source in a government speaks for its state',
      'A Downing Street source said sending troops to Ukraine was "premature".',
      [`country:GB ${T} conditional`],
    ],
    [
      'an unnamed spokesperson speaks for the state',
      'A Downing Street spokesman said sending troops to Ukraine was "premature".',
      [`country:GB ${T} conditional`],
    ],
    [
      'a spokesperson is one of several, not the office holder',
      'A Kremlin spokesman said sending troops to Ukraine was "premature".',
      [`country:RU ${T} conditional`],
    ],
    [
      'a source of some nationality speaks for no one',
      'A Ukrainian source said sending troops to Ukraine was "premature".',
      [],
    ],
    [
      '"he" right after the verb of saying is the speaker',
      'Olaf Scholz met Friedrich Merz. Merz said on Sunday that he was ready to send Taurus missiles.',
      [`person:friedrich-merz ${TAURUS} supports`],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
