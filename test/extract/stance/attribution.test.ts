import { describe, expect, it } from 'vitest';
import { claimsOf } from '../fixture';

const T = 'position:troops-to-ukraine';
const C = 'position:ceasefire';
const AID = 'position:military-aid-ukraine';
const EU = 'position:eu-defence-spending';
const US = 'position:us-backstop';
const TAURUS = 'position:taurus-for-ukraine';

describe('extractArticle(article, kb): who holds the stance in sentences with several actors', () => {
  it.each([
    [
      '"like" lists actors who share the stance',
      'Berlin, like Paris and London, is counting on Washington to provide a backstop.',
      [`country:DE ${US} supports`, `country:FR ${US} supports`, `country:GB ${US} supports`],
    ],
    [
      'a speaker after "says" may come after a title the gazetteer lacks',
      '"Germany will keep sending weapons to Ukraine," says Federal Minister of Defence Boris Pistorius.',
      [`country:DE ${AID} supports`, `person:boris-pistorius ${AID} supports`],
    ],
    [
      'a closing attribution may end in a long circumstance without a clause of its own',
      'Russia is not interested in a short-term ceasefire, Vladimir Putin said during his annual Results of the Year press conference and Direct Line on Thursday.',
      [`country:RU ${C} opposes`, `person:vladimir-putin ${C} opposes`],
    ],
    [
      'a ministry before a title only qualifies the speaker named after it',
      'Russia rejects any scenario involving foreign troops in Ukraine, Russian Foreign Ministry spokeswoman Maria Zakharova said on Monday.',
      [`country:RU ${T} opposes`, `person:maria-zakharova ${T} opposes`],
    ],
    [
      'a circumstance after the subject may hold an appositive of its own',
      'British Foreign Secretary David Lammy, speaking on Thursday after a bilateral meeting with his host, Ronald Lamola, said the UK would keep sending military aid to Ukraine.',
      [`country:GB ${AID} supports`, `person:david-lammy ${AID} supports`],
    ],
    [
      'the embassy of a state speaks for it',
      'The Embassy of Russia in Rome said on Friday that any foreign troops in Ukraine would be unacceptable.',
      [`country:RU ${T} opposes`],
    ],
    [
      'a speaker named with a rank after a quotation is its speaker',
      '"Qatar supports any step that could lead to a ceasefire," Dr Majed Al-Ansari, the ministry\'s official spokesperson, told reporters on Tuesday.',
      [`person:majed-al-ansari ${C} supports`],
    ],
    [
      'giving Ukraine "the means to force" Russia is aid, not a force',
      'Roderich Kiesewetter said Germany must give Ukraine the means to force Putin to negotiate.',
      [`country:DE ${AID} supports`, `person:roderich-kiesewetter ${AID} supports`],
    ],
    [
      'a name opening a line is not the end of a heading that ends in a name',
      'Reactions from Kyiv and Moscow\nMacron said France would send more weapons to Ukraine.',
      [`country:FR ${AID} supports`, `person:emmanuel-macron ${AID} supports`],
    ],
    [
      '"both leaders" are the two people the article is most about',
      'Emmanuel Macron met Keir Starmer in London. Olaf Scholz joined by phone. Macron and Starmer spoke first. Both leaders said that military support for Ukraine must continue.',
      [`person:emmanuel-macron ${AID} supports`, `person:keir-starmer ${AID} supports`],
    ],
    [
      '"the two candidates" hold a stance together',
      'Olaf Scholz and Friedrich Merz debated on Sunday. The two candidates rejected a ceasefire along the front line.',
      [`person:friedrich-merz ${C} opposes`, `person:olaf-scholz ${C} opposes`],
    ],
    [
      'a parenthetical attribution stands between subject and verb',
      'Rome, Giorgia Meloni has said repeatedly, will not send troops.',
      [`country:IT ${T} opposes`, `person:giorgia-meloni ${T} opposes`],
    ],
    [
      'a speech act after "and" is the speaker\'s, not the reported subject\'s',
      'Olaf Scholz said Russia was playing games and urged Moscow to accept a ceasefire.',
      [`person:olaf-scholz ${C} supports`],
    ],
    [
      'a group set against the speaker in a contrast clause holds its own stance',
      'Giorgia Meloni said Italy will not send troops to Ukraine, even as 26 countries in the coalition of the willing committed to take part in a reassurance force.',
      [`country:IT ${T} opposes`, `person:giorgia-meloni ${T} opposes`],
    ],
    [
      "a government confirming its leader's act shares it",
      'The White House confirmed that Donald Trump had ordered a pause on military aid to Ukraine.',
      [`country:US ${AID} opposes`, `person:donald-trump ${AID} opposes`],
    ],
    [
      'a closing attribution may end with a time',
      'Italy will not send troops to Ukraine, Antonio Tajani said earlier this month.',
      [`country:IT ${T} opposes`, `person:antonio-tajani ${T} opposes`],
    ],
    [
      '"X\'s deputy Y": the agent is Y',
      "The plan to send troops was mocked by Donald Trump's aide Pete Hegseth.",
      [`person:pete-hegseth ${T} opposes`],
    ],
    [
      '"he" after a quotation is not someone quoted',
      'Keir Starmer spoke in London. "Without a US backstop, Vladimir Putin will test us," he said.',
      [`person:keir-starmer ${US} supports`],
    ],
    [
      '"he" after a quotation is not someone quoted in the sentence before either',
      '"It is not for me to tell Congress what to do," David Cameron told reporters. "If America doesn\'t back Ukraine, the person who wins is Vladimir Putin."\n\n"We are not going to send British troops, but we can send the kit," he added.',
      [`person:david-cameron ${T} opposes`],
    ],
    [
      "a statement added after a quotation is the same speaker's",
      '"Europe must keep helping Ukraine defend itself," Michal Šimečka said on Friday, adding that his party would push for Slovakia to resume military aid.',
      [`person:michal-simecka ${AID} supports`],
    ],
    [
      'a bracketed party between a closing speaker and the verb',
      'Estonia supports the plan to mobilize up to €800 billion for defense, Prime Minister Kristen Michal (Reform) said on Thursday evening.',
      [`country:EE ${EU} supports`, `person:kristen-michal ${EU} supports`],
    ],
    [
      'a subject stays across "would keep"',
      'Sweden said it was ready to host talks and would keep pushing for a ceasefire.',
      [`country:SE ${C} supports`],
    ],
    [
      '"with X ready to": X is a subject',
      'The talks ended with Britain ready to send troops to Ukraine.',
      [`country:GB ${T} supports`],
    ],
    [
      'a name in quotation marks after "of" is an object',
      'Moscow views the plans of the so-called "coalition of the willing" to send troops to Ukraine as a threat and will not accept them.',
      [`country:RU ${T} opposes`],
    ],
    [
      'the possessor of a judgement is what is judged',
      "Maria Zakharova warned that a strike by Taurus missiles would be regarded as Germany's direct participation in the war.",
      [`person:maria-zakharova ${TAURUS} opposes`],
    ],
    [
      'the judge named inside a judgement',
      'Sergey Lavrov said any Western contingent would be seen by Moscow as a hostile act.',
      [`country:RU ${T} opposes`, `person:sergey-lavrov ${T} opposes`],
    ],
    [
      'a cue does not reach into an unless-clause',
      'Slovakia threatened to block the text unless it called for a ceasefire.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): subjects across asides', () => {
  it.each([
    [
      'a relative clause opened by "whose" ends before the verb',
      'Jimmie Åkesson, whose party props up the government, said Swedish soldiers would not go to Ukraine.',
      [`person:jimmie-akesson ${T} opposes`],
    ],
    [
      'a relative clause whose verb ends it points to its head',
      'Poland discussed a reassurance force. Emmanuel Macron described the force, which Paris and London are pushing for, in detail.',
      [
        `country:FR ${T} supports`,
        `country:GB ${T} supports`,
        `country:PL ${T} conditional`,
        `person:emmanuel-macron ${T} supports`,
      ],
    ],
    [
      'the owner of a noun cue after a verb holds it ("renewed his appeal for")',
      'Emmanuel Macron renewed his appeal for a ceasefire.',
      [`person:emmanuel-macron ${C} supports`],
    ],
    [
      'the purpose of "used his address to" is the user\'s',
      'Petr Pavel used his address to the UN General Assembly on Tuesday to warn against pressing Ukraine into a ceasefire.',
      [`person:petr-pavel ${C} opposes`],
    ],
    [
      'a reason given is a clause of its own',
      "Giorgia Meloni said Italy would not send its air defence systems to Ukraine because they were essential to the country's defence.",
      [`country:IT ${AID} opposes`, `person:giorgia-meloni ${AID} opposes`],
    ],
    [
      'a statement coordinated by "and repeated" is the first speaker\'s',
      'Viktor Orbán told reporters that Hungary would not "finance a war that cannot be won" and repeated that Budapest would not support arms deliveries.',
      [`country:HU ${AID} opposes`, `person:viktor-orban ${AID} opposes`],
    ],
    [
      '"recalled" attributes what precedes it',
      'Spain has pledged €1 billion in military aid to Ukraine in 2025, Pedro Sánchez recalled on Wednesday.',
      [`country:ES ${AID} supports`, `person:pedro-sanchez ${AID} supports`],
    ],
    [
      'ministers from a body act for it',
      'Foreign ministers from NATO on Friday pledged to strengthen air defence for Ukraine.',
      [`org:nato ${AID} supports`],
    ],
    [
      'a relative clause is passed over to find who said a coordinated statement',
      'Olaf Scholz, who spoke after Pete Hegseth on Friday, called the speech "unacceptable" and said Germany would go on supplying Ukraine with air defence.',
      [`country:DE ${AID} supports`, `person:olaf-scholz ${AID} supports`],
    ],
    [
      'a bracketed aside before an appositive ("Olaf Scholz (SPD), ..., said")',
      "Olaf Scholz (SPD), Merz's predecessor as chancellor, said Germany would never send troops to Ukraine.",
      [`country:DE ${T} opposes`, `person:olaf-scholz ${T} opposes`],
    ],
    [
      'an agent after a title the gazetteer lacks',
      'The ceasefire plan, announced by Commission President Ursula von der Leyen, was welcomed.',
      [`person:ursula-von-der-leyen ${C} supports`],
    ],
    [
      'the time spent doing something stands between subject and verb',
      'Viktor Orbán has spent three years blocking military aid to Ukraine.',
      [`person:viktor-orban ${AID} opposes`],
    ],
    [
      'a parenthesis after the subject',
      'Ulf Kristersson (Moderates) said he would send troops to Ukraine.',
      [`person:ulf-kristersson ${T} supports`],
    ],
    [
      'an attribution between commas after "and"',
      'Germany remains a donor and, according to the government, will provide military aid this year.',
      [`country:DE ${AID} supports`],
    ],
    [
      'a group after "of" is no subject of what follows "and"',
      'Sweden was ready to host a meeting of leaders and would keep pushing for a ceasefire.',
      [`country:SE ${C} supports`],
    ],
    [
      'a verb of saying lends its speaker to the verb it reports',
      'Olaf Scholz announced that Germany would deliver more air defence systems.',
      [`country:DE ${AID} supports`, `person:olaf-scholz ${AID} supports`],
    ],
    [
      'a position out of reach leaves the cue to the one under discussion',
      'Britain backed sending troops. Giorgia Meloni was sceptical, according to officials who spoke on condition of anonymity about the plans for sending troops.',
      [`country:GB ${T} supports`, `person:giorgia-meloni ${T} opposes`],
    ],
    [
      'a name at the start of a sentence is not governed by the last word of the one before',
      'The opposition was divided\nAntonio Tajani backed sending troops to Ukraine.',
      [`person:antonio-tajani ${T} supports`],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): places, lists and participles', () => {
  it.each([
    [
      'a region after a preposition',
      'Olaf Scholz and Petr Pavel signed an accord at a summit in southern Italy on Thursday while stopping short of supplying weapons to Ukraine.',
      [`person:olaf-scholz ${AID} conditional`, `person:petr-pavel ${AID} conditional`],
    ],
    [
      'the members a group lists with "including the" hold its stance, and are not listed supporters',
      'Most NATO countries, including the United States, Germany and Italy, distanced themselves from the idea of sending troops.',
      [`country:DE ${T} opposes`, `country:IT ${T} opposes`, `country:US ${T} opposes`],
    ],
    [
      'leaders of several states speak for all of them',
      'The leaders of Germany, France and Poland sought to project unity on Friday, pledging to buy more arms for Ukraine.',
      [`country:DE ${AID} supports`, `country:FR ${AID} supports`, `country:PL ${AID} supports`],
    ],
    [
      'a person after a place is no item of its list',
      'In Moscow, Dmitry Medvedev, the deputy chair of the security council, wrote on Telegram that European peacekeepers in Ukraine would be "a legitimate target".',
      [`person:dmitry-medvedev ${T} opposes`],
    ],
    [
      'a speaker after ", and" opens a clause, not an item of the list before',
      'Russian missiles hit Kyiv, and Poland said it would send more weapons.',
      [`country:PL ${AID} supports`],
    ],
    [
      'those pressed to agree are objects, not holders',
      'Donald Trump has said he would press Vladimir Putin and Keir Starmer to agree to stop the fighting immediately.',
      [`person:donald-trump ${C} supports`],
    ],
    [
      '"while insisting": the participle is the main subject\'s',
      'Robert Fico attended the summit in Odesa on Wednesday – while insisting Bratislava will not let its ammunition reach Ukraine.',
      [`country:SK ${AID} opposes`, `person:robert-fico ${AID} opposes`],
    ],
    [
      'a list closed by "and other allies"',
      'Joe Biden announced that the United States, Germany, the Netherlands and other allies would send Ukraine more air defense systems.',
      [
        `country:DE ${AID} supports`,
        `country:NL ${AID} supports`,
        `country:US ${AID} supports`,
        `person:joe-biden ${AID} supports`,
      ],
    ],
    [
      '"with X doing": X does it',
      'Leaders met in Rome, with Poland pledging more weapons for Ukraine.',
      [`country:PL ${AID} supports`],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): a speaker and their own state', () => {
  const text = 'Friedrich Merz said Germany was squandering money on weapons for Ukraine.';

  it('is the state when the speaker holds office at the date', () => {
    expect(claimsOf(text, '2025-06-01')).toEqual([
      `country:DE ${AID} opposes`,
      `person:friedrich-merz ${AID} opposes`,
    ]);
  });

  it('is not the state when the speaker is out of office', () => {
    expect(claimsOf(text, '2024-11-01')).toEqual([`person:friedrich-merz ${AID} opposes`]);
  });

  it('is not another state that the speaker says must act', () => {
    expect(
      claimsOf('Keir Starmer said Russia must accept the ceasefire "without ifs and buts".'),
    ).toEqual([`person:keir-starmer ${C} supports`]);
  });

  it("is the state whose support the speaker's statement is about", () => {
    expect(
      claimsOf("Ulf Kristersson said that Sweden's military support for Ukraine would be kept."),
    ).toEqual([`country:SE ${AID} supports`, `person:ulf-kristersson ${AID} supports`]);
  });

  it('is the state of a speaker who speaks of "the caretaker cabinet"', () => {
    expect(
      claimsOf('Giorgia Meloni said the caretaker cabinet would continue to support Ukraine.'),
    ).toEqual([`country:IT ${AID} supports`, `person:giorgia-meloni ${AID} supports`]);
  });

  it('is not another person that the speaker says must act', () => {
    expect(claimsOf('Keir Starmer said Vladimir Putin must accept the ceasefire.')).toEqual([
      `person:keir-starmer ${C} supports`,
    ]);
  });

  it('is not the state when one out of office says what it should do', () => {
    const should = 'Friedrich Merz said Germany should stop sending weapons to Ukraine.';
    expect(claimsOf(should, '2024-11-01')).toEqual([`person:friedrich-merz ${AID} opposes`]);
    expect(claimsOf(should, '2025-06-01')).toEqual([
      `country:DE ${AID} opposes`,
      `person:friedrich-merz ${AID} opposes`,
    ]);
  });

  it('places an unplaced spokesman in the country the article is about before reading stances', () => {
    expect(
      claimsOf(
        'Government spokesman Jan Novak said on Friday that Czech troops were not on the table, but that the Czech Republic would continue to provide military equipment to Kyiv. Prague has sent arms before.',
      ),
    ).toEqual([
      `country:CZ ${AID} supports`,
      `person:jan-novak ${AID} supports`,
      `person:jan-novak ${T} opposes`,
    ]);
  });
});
