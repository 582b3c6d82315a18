import { describe, expect, it } from 'vitest';
import { claimsOf } from '../fixture';

const T = 'position:troops-to-ukraine';
const C = 'position:ceasefire';
const AID = 'position:military-aid-ukraine';
const EU = 'position:eu-defence-spending';
const US = 'position:us-backstop';
const TAURUS = 'position:taurus-for-ukraine';

describe('extractArticle(article, kb): cues of support', () => {
  it.each([
    ['Canada is ready for a ceasefire.', [`country:CA ${C} supports`]],
    ['Sweden is prepared in principle to send troops to Ukraine.', [`country:SE ${T} supports`]],
    ['France has repeatedly asked Berlin for air defence systems.', [`country:FR ${AID} supports`]],
    ['Ukraine continues to demand more weapons.', [`country:UA ${AID} supports`]],
    ['Poland hailed the ceasefire.', [`country:PL ${C} supports`]],
    [
      'Emmanuel Macron floated a truce in the air and at sea.',
      [`person:emmanuel-macron ${C} supports`],
    ],
    [
      'The Commission encouraged capitals to buy weapons for Ukraine.',
      [`org:european-commission ${AID} supports`],
    ],
    ['Britain is counting on Washington to provide a backstop.', [`country:GB ${US} supports`]],
    [
      'Keir Starmer said a US security guarantee was essential.',
      [`person:keir-starmer ${US} supports`],
    ],
    ['"There must be a US backstop," Keir Starmer said.', [`person:keir-starmer ${US} supports`]],
    [
      '"Air defence remains our top priority," Emmanuel Macron said.',
      [`person:emmanuel-macron ${AID} supports`],
    ],
    ['Kyiv put a full ceasefire on the table.', [`country:UA ${C} supports`]],
    ['Sweden is preparing its next military aid package.', [`country:SE ${AID} supports`]],
    [
      'Giorgia Meloni said Ukraine needs more air defence.',
      [`person:giorgia-meloni ${AID} supports`],
    ],
    ['Germany will keep up its military support for Ukraine.', [`country:DE ${AID} supports`]],
    ['Washington resumed security assistance to Kyiv.', [`country:US ${AID} supports`]],
    ['The Netherlands has pledged 18 fighter jets to Ukraine.', [`country:NL ${AID} supports`]],
    [
      'Sweden will contribute about 1.5 billion kronor ($146 million) to the aid package.',
      [`country:SE ${AID} supports`],
    ],
    // An aside in brackets does not end the clause it interrupts.
    [
      'Slovakia (a NATO member since 2004) rejects arms deliveries to Ukraine.',
      [`country:SK ${AID} opposes`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): a statement no cue decides', () => {
  it.each([
    [
      'The Russian embassy said that "Western weapons deliveries to the Kiev regime" were the main obstacle to peace.',
      [`country:RU ${AID} opposes`],
    ],
    [
      'Britain pledged more military aid to Ukraine. "We are being asked to write a blank cheque for a war that nobody can win," Nigel Farage told the Express.',
      [`country:GB ${AID} supports`, `person:nigel-farage ${AID} opposes`],
    ],
    [
      'Vladimir Putin has warned that Western weapons make NATO countries "direct participants" in the war.',
      [`person:vladimir-putin ${AID} opposes`],
    ],
    [
      'Guido Crosetto said talk of Italian troops was "science fiction".',
      [`person:guido-crosetto ${T} opposes`],
    ],
    [
      'Donald Trump sent weapons to Ukraine. The White House said the two leaders discussed the need for a swift end to the war in Ukraine.',
      [`person:donald-trump ${AID} supports`],
    ],
    [
      'Austria is ready to consider a UN peacekeeping role in Ukraine.',
      [`country:AT position:un-mission-ukraine conditional`],
    ],
    [
      'Viktor Orbán has called for Hungary to stop paying into the European Peace Facility.',
      [`person:viktor-orban ${AID} opposes`],
    ],
    [
      'Friedrich Merz said Berlin had not taken a final decision on the Taurus.',
      [
        `country:DE ${AID} conditional`,
        `country:DE ${TAURUS} conditional`,
        `person:friedrich-merz ${AID} conditional`,
        `person:friedrich-merz ${TAURUS} conditional`,
      ],
    ],
    [
      'Sergey Lavrov said that Western weapons deliveries to Kyiv had to stop.',
      [`person:sergey-lavrov ${AID} opposes`],
    ],
    [
      'Giorgia Meloni said she did not expect the incoming US administration to abandon Kyiv and that Italy would keep supplying weapons to Ukraine.',
      [`country:IT ${AID} supports`, `person:giorgia-meloni ${AID} supports`],
    ],
    [
      'Volodymyr Zelensky said European troops would not be enough to deter Russia without the backing of the United States.',
      [`person:volodymyr-zelensky ${US} supports`],
    ],
    [
      'The Russian embassy said that Japanese assistance to Kyiv made Japan "a party to the hostilities".',
      [`country:RU ${AID} opposes`],
    ],
    [
      'Subrahmanyam Jaishankar said India\'s assistance to Ukraine "has been and will remain humanitarian".',
      [],
    ],
    [
      'Donald Trump said the United States could help the Europeans "especially by air".',
      [`country:US ${US} conditional`, `person:donald-trump ${US} conditional`],
    ],
    [
      'Germany sent weapons to Ukraine. Mette Frederiksen told DR on Monday that Europe\'s deliveries to Ukraine had been "too slow and too small".',
      [`country:DE ${AID} supports`, `person:mette-frederiksen ${AID} supports`],
    ],
    [
      'Dmitry Peskov said that the deployment of military contingents to Ukraine, "under whatever name", would be "an extremely dangerous escalation".',
      [`person:dmitry-peskov ${T} opposes`],
    ],
    [
      'Dick Schoof said Dutch support "does not stop because we are a caretaker government".',
      [`person:dick-schoof ${AID} supports`],
    ],
    [
      'Vadym Omelchenko said he was confident that French support would continue.',
      [`person:vadym-omelchenko ${AID} supports`],
    ],
    [
      'Anthony Albanese promised that Australia would not walk away from Ukraine.',
      [`country:AU ${AID} supports`, `person:anthony-albanese ${AID} supports`],
    ],
    [
      'Marine Le Pen said France should turn its back on Ukraine.',
      [`country:FR ${AID} opposes`, `person:marine-le-pen ${AID} opposes`],
    ],
    [
      'Kaja Kallas warned that any delay in supporting Ukraine would only encourage the aggressor.',
      [`person:kaja-kallas ${AID} supports`],
    ],
    [
      'Dmitry Peskov crowed that Europe would never send troops.',
      [`person:dmitry-peskov ${T} opposes`],
    ],
    [
      '"The fewer weapons are delivered to Ukraine, the closer the end of the war," Dmitry Peskov said.',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Margus Tsahkna said a ceasefire that rewarded Russian aggression would be "a trap".',
      [`person:margus-tsahkna ${C} opposes`],
    ],
    [
      'Maria Zakharova said the plans to send troops were "a plan for foreign intervention, not for peace."',
      [`person:maria-zakharova ${T} opposes`],
    ],
    [
      'Dmitry Medvedev wrote that the EU rearmament plans would "bankrupt Europe long before they frighten Russia".',
      [`person:dmitry-medvedev ${EU} opposes`],
    ],
    [
      'Antony Blinken said that Washington would keep supplying Kiev with "what it needs" to defend itself.',
      [`country:US ${AID} supports`, `person:antony-blinken ${AID} supports`],
    ],
    [
      'Marine Le Pen said weapons for Ukraine would only prolong the suffering.',
      [`person:marine-le-pen ${AID} opposes`],
    ],
    [
      "Russia's embassy said the air defence deliveries showed Germany had abandoned its neutrality.",
      [`country:RU ${AID} opposes`],
    ],
    [
      'Petr Pavel said the money would go largely to air defence.',
      [`person:petr-pavel ${AID} supports`],
    ],
    [
      'Giorgia Meloni said Italian troops would not take part.',
      [`person:giorgia-meloni ${T} opposes`],
    ],
    [
      'Emmanuel Macron said European troops could come in a second phase.',
      [`person:emmanuel-macron ${T} conditional`],
    ],
    ['Le Monde reported that France would send troops to Ukraine.', [`country:FR ${T} supports`]],
    [
      'Dmitry Peskov said on Monday that Russia viewed the idea of European peacekeepers negatively.',
      [`country:RU ${T} opposes`, `person:dmitry-peskov ${T} opposes`],
    ],
    [
      'Marine Le Pen said sending soldiers to Ukraine would be a betrayal of neutrality.',
      [`person:marine-le-pen ${T} opposes`],
    ],
    [
      'Olaf Scholz said the war was not over, and that the money would go to air defence.',
      [`person:olaf-scholz ${AID} supports`],
    ],
    [
      'Petr Pavel said Ukraine would struggle without a significant increase in Western military aid.',
      [`person:petr-pavel ${AID} supports`],
    ],
    [
      'Marine Le Pen said her party remains against deploying French troops to Ukraine.',
      [`person:marine-le-pen ${T} opposes`],
    ],
    [
      'Giorgia Meloni said Italy would continue to back military aid to Ukraine but that "no Italian soldier" would be used on Russian soil.',
      [
        `country:IT ${AID} supports`,
        `person:giorgia-meloni ${AID} supports`,
        `person:giorgia-meloni ${T} opposes`,
      ],
    ],
    [
      'Vladimir Putin said Moscow would agree to a 30-day truce provided that Western arms deliveries to Kyiv were halted.',
      [`country:RU ${C} supports`, `person:vladimir-putin ${C} supports`],
    ],
    [
      '"No Polish unit will be sent to Ukraine," Robert Fico told Parliament.',
      [`person:robert-fico ${T} opposes`],
    ],
    [
      'Keir Starmer said: "Britain will keep arming Ukraine, full stop."',
      [`country:GB ${AID} supports`, `person:keir-starmer ${AID} supports`],
    ],
    [
      'Keir Starmer retorted that Britain would "not budge an inch" on arming Ukraine.',
      [`country:GB ${AID} supports`, `person:keir-starmer ${AID} supports`],
    ],
    [
      'Dmitry Peskov said the West was "directly involved" in the attack through its weapons deliveries.',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'David Lammy said Britain would provide military aid to Ukraine and called on Russia to end an illegal war.',
      [`country:GB ${AID} supports`, `person:david-lammy ${AID} supports`],
    ],
    [
      'Dmitry Peskov said Russia regarded Western arms supplies to Kyiv as the main obstacle to a settlement.',
      [`country:RU ${AID} opposes`, `person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Dmitry Peskov said any foreign contingent in Ukraine would be "a legitimate target" for weapons.',
      [`person:dmitry-peskov ${T} opposes`],
    ],
    [
      'Keir Starmer said the coalition was ready to deploy a reassurance force once the fighting stopped.',
      [`person:keir-starmer ${T} supports`],
    ],
    [
      "Kyriakos Mitsotakis welcomed the European Commission's ReArm Europe plan.",
      [`org:european-commission ${EU} supports`],
    ],
    [
      'Andrej Danko said that "not a single Slovak bullet" should ever again be sent to Kyiv.',
      [`person:andrej-danko ${AID} opposes`],
    ],
    [
      'Dmitry Peskov said the gathering was "not about reconstruction but about continuing to pump weapons into Ukraine."',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Petr Pavel said the Czech Republic attached no conditions to its military aid for Ukraine.',
      [`country:CZ ${AID} supports`, `person:petr-pavel ${AID} supports`],
    ],
    [
      'Robert Fico said Slovakia would continue to stand with Ukraine.',
      [`country:SK ${AID} supports`, `person:robert-fico ${AID} supports`],
    ],
    [
      'Friedrich Merz said Germany would continue to support Ukraine.',
      [`country:DE ${AID} supports`, `person:friedrich-merz ${AID} supports`],
    ],
    [
      'Jonas Gahr Støre said Norway would more than double its support for Ukraine this year.',
      [`person:jonas-gahr-store ${AID} supports`],
    ],
    [
      'Giorgia Meloni reaffirmed her support for Ukraine.',
      [`person:giorgia-meloni ${AID} supports`],
    ],
    ["Robert Fico said Slovakia supported Ukraine's territorial integrity.", []],
    [
      'Vladimir Putin claimed the support for Kyiv "risks a global conflict".',
      [`person:vladimir-putin ${AID} opposes`],
    ],
    [
      'The Italian government said support for Ukraine did not include sending troops.',
      [`country:IT ${T} opposes`],
    ],
    [
      'Sergey Lavrov demanded that Western states halt weapons deliveries to Kyiv.',
      [`person:sergey-lavrov ${AID} opposes`],
    ],
    [
      'Yuri Ushakov told reporters it was too early to speak about a ceasefire.',
      [`person:yuri-ushakov ${C} conditional`],
    ],
    [
      'Dmitry Peskov said Moscow needed "a lasting peace, not a ceasefire that gives Kyiv time to rearm".',
      [`country:RU ${C} opposes`, `person:dmitry-peskov ${C} opposes`],
    ],
    [
      'Keir Starmer said Britain would send planes, not troops, to Ukraine.',
      [`country:GB ${T} opposes`, `person:keir-starmer ${T} opposes`],
    ],
    [
      'Mykhailo Podolyak called the UN mission idea "a gift to Russian propaganda".',
      [`person:mykhailo-podolyak position:un-mission-ukraine opposes`],
    ],
    [
      'Paulo Rangel said Portugal "will never be absent" when it comes to helping Ukraine defend itself with weapons.',
      [`country:PT ${AID} supports`, `person:paulo-rangel ${AID} supports`],
    ],
    [
      'Donald Tusk said governments should first stop blocking military aid to Ukraine.',
      [`person:donald-tusk ${AID} supports`],
    ],
    [
      'Gabrielius Landsbergis said Europe should stop ruling out sending troops.',
      [`person:gabrielius-landsbergis ${T} supports`],
    ],
    [
      'Sergey Lavrov said an immediate ceasefire would mean "forgetting the root causes of the conflict".',
      [`person:sergey-lavrov ${C} opposes`],
    ],
    [
      'Volodymyr Zelensky said a ceasefire without security guarantees would be a trap.',
      [`person:volodymyr-zelensky ${C} conditional`],
    ],
    [
      'Maria Zakharova warned on Wednesday that any South Korean arms deliveries to Kyiv would hurt relations.',
      [`person:maria-zakharova ${AID} opposes`],
    ],
    [
      'Ulf Kristersson warned on Tuesday that Ukraine could not hold the front without more air defence.',
      [`person:ulf-kristersson ${AID} supports`],
    ],
    [
      'Antony Blinken said the House would vote on a package of military aid for Ukraine, which Washington considers vital.',
      [`country:US ${AID} supports`, `person:antony-blinken ${AID} supports`],
    ],
    [
      'Dmitry Peskov warned that any weapons sent to Ukraine through NATO would be "legitimate targets."',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Maria Zakharova said Dutch weapons would "burn like all the others".',
      [`person:maria-zakharova ${AID} opposes`],
    ],
    [
      'Rishi Sunak said the UK would "never waver" in supplying Kyiv with weapons.',
      [`country:GB ${AID} supports`, `person:rishi-sunak ${AID} supports`],
    ],
    [
      'Olaf Scholz said Berlin saw "no reason" to open a debate about Eurobonds.',
      [`country:DE ${EU} opposes`, `person:olaf-scholz ${EU} opposes`],
    ],
    [
      'Antonio Tajani said a package of military aid was being prepared and that Rome would not give up.',
      [`person:antonio-tajani ${AID} supports`],
    ],
    [
      'Vladimir Putin made it clear that Moscow saw no sense in a temporary ceasefire.',
      [`country:RU ${C} opposes`, `person:vladimir-putin ${C} opposes`],
    ],
    [
      'But Keir Starmer made clear that Europe would need a US backstop.',
      [`person:keir-starmer ${US} supports`],
    ],
    [
      'Donald Trump said that the United States would help provide security guarantees for Ukraine.',
      [`country:US ${US} supports`, `person:donald-trump ${US} supports`],
    ],
    ['Keir Starmer said Europe must provide security guarantees for Ukraine.', []],
    [
      'Dmitry Peskov said Russia would agree to stop fighting.',
      [`country:RU ${C} supports`, `person:dmitry-peskov ${C} supports`],
    ],
    [
      'Sergey Lavrov said Moscow would regard any European soldiers in Ukraine “as a party to the conflict”.',
      [`country:RU ${T} opposes`, `person:sergey-lavrov ${T} opposes`],
    ],
    [
      'Antonio Tajani said Italy would take part in a peacekeeping mission only if it were organised by the United Nations.',
      [
        `country:IT ${T} conditional`,
        `country:IT position:un-mission-ukraine supports`,
        `person:antonio-tajani ${T} conditional`,
        `person:antonio-tajani position:un-mission-ukraine supports`,
      ],
    ],
    [
      'Alexander Stubb backed sending UN observers to Ukraine.',
      [`person:alexander-stubb position:un-mission-ukraine supports`],
    ],
    [
      'Ulf Kristersson said a combat deployment was "not under consideration."',
      [`person:ulf-kristersson ${T} opposes`],
    ],
    [
      'Volodymyr Zelensky said a ceasefire along the front line would only reward the invasion.',
      [`person:volodymyr-zelensky ${C} opposes`],
    ],
    [
      'Robert Fico said Slovakia, too, was wasting money on weapons for Ukraine.',
      [`country:SK ${AID} opposes`, `person:robert-fico ${AID} opposes`],
    ],
    [
      'Vladimir Putin said Russia would order a ceasefire and begin talks if Ukraine withdrew.',
      [`country:RU ${C} conditional`, `person:vladimir-putin ${C} conditional`],
    ],
    [
      'Olaf Scholz said the arms deliveries were a mistake and that Germany would stay calm.',
      [`person:olaf-scholz ${AID} opposes`],
    ],
    ['Keir Starmer asked whether air defence was enough?', []],
    [
      'Dmitry Peskov said any French instructors training Ukrainian troops would "not enjoy any immunity".',
      [`person:dmitry-peskov ${T} opposes`],
    ],
    ['Viktor Orbán rejected the ReArm plan.', [`person:viktor-orban ${EU} opposes`]],
    [
      'Donald Trump proposed a ceasefire. The Kremlin said it would not "get ahead of ourselves."',
      [`country:RU ${C} conditional`, `person:donald-trump ${C} supports`],
    ],
    [
      'Putin on troops\n\nVladimir Putin said NATO troops in Ukraine would put the world one step away from World War III.',
      [`person:vladimir-putin ${T} opposes`],
    ],
    [
      'Sergei Lavrov said Western peacekeepers would be "a red line" for Moscow.',
      [`person:sergey-lavrov ${T} opposes`],
    ],
    [
      'Olaf Scholz said German support for Ukraine would not be affected by the coalition crisis.',
      [`person:olaf-scholz ${AID} supports`],
    ],
    [
      'European leaders were divided over whether to send troops to Ukraine, with Britain ready to put soldiers on the ground while Germany and Poland signalled they would not.',
      [`country:DE ${T} opposes`, `country:GB ${T} supports`, `country:PL ${T} opposes`],
    ],
    [
      'Volodymyr Zelensky said Ukraine now wanted American "security guarantees" behind any European presence.',
      [`country:UA ${US} supports`, `person:volodymyr-zelensky ${US} supports`],
    ],
    [
      'Donald Trump said Washington was prepared to help the Europeans with security guarantees for Ukraine.',
      [`country:US ${US} supports`, `person:donald-trump ${US} supports`],
    ],
    [
      'Jeanne Shaheen said the United States must have its back.',
      [`person:jeanne-shaheen ${US} supports`],
    ],
    [
      'Russia is not interested in a short-term ceasefire, Vladimir Putin said.',
      [`country:RU ${C} opposes`, `person:vladimir-putin ${C} opposes`],
    ],
    [
      'Macron on the truce\n\n"A truce now would only reward the aggressor," Emmanuel Macron said on Monday.',
      [`person:emmanuel-macron ${C} opposes`],
    ],
    [
      '"A ceasefire along the current line would not be peace," Dmytro Kuleba told reporters.',
      [`person:dmytro-kuleba ${C} opposes`],
    ],
    [
      '"We will always be on the side of a ceasefire," Robert Abela said on Monday.',
      [`person:robert-abela ${C} supports`],
    ],
    [
      'Grant Shapps said: "We will keep providing Ukraine with what it needs."',
      [`person:grant-shapps ${AID} supports`],
    ],
    [
      'Takeshi Iwaya pledged to keep providing Ukraine with defense equipment such as drone detection systems.',
      [`person:takeshi-iwaya ${AID} supports`],
    ],
    [
      '"Our support for Ukraine is not wavering, and it will not waver," Richard Marles told reporters.',
      [`person:richard-marles ${AID} supports`],
    ],
    [
      'Edgars Rinkēvičs called on Ukraine\'s allies to give Kyiv the weapons it needs "without self-imposed restrictions".',
      [`person:edgars-rinkevics ${AID} supports`],
    ],
    [
      'Congress passed the Ukraine aid package. Geert Wilders said the money would be better spent "on our own people".',
      [`person:geert-wilders ${AID} opposes`],
    ],
    [
      'Viktor Orbán rejected the Defence Readiness Roadmap 2030.',
      [`person:viktor-orban ${EU} opposes`],
    ],
    [
      'Ukraine agreed on Tuesday in Jeddah, Saudi Arabia, to a U.S. proposal for an immediate 30-day ceasefire.',
      [`country:UA ${C} supports`, `country:US ${C} supports`],
    ],
    [
      'Kaja Kallas warned on Tuesday that "any quick fix is a dirty deal," and said Europe would keep supplying weapons to Kyiv.',
      [`person:kaja-kallas ${AID} supports`],
    ],
    [
      '"Slovak soldiers will not die for Ukraine," Robert Fico told Slovak reporters in Brussels on Thursday.',
      [`person:robert-fico ${T} opposes`],
    ],
    [
      'Congress passed the Ukraine aid package. Richard Tice said on Tuesday the money should be spent at home.',
      [`person:richard-tice ${AID} opposes`],
    ],
    [
      'Volodymyr Zelensky said Ukraine would not accept any "frozen conflict".',
      [`country:UA ${C} opposes`, `person:volodymyr-zelensky ${C} opposes`],
    ],
    [
      '"We are not convinced that Eurobonds are the right instrument for this," Viktor Orbán told reporters.',
      [`person:viktor-orban ${EU} opposes`],
    ],
    [
      'Dmytro Kuleba said Ukraine would not accept any "freezing" of the conflict along the front line.',
      [`country:UA ${C} opposes`, `person:dmytro-kuleba ${C} opposes`],
    ],
    [
      'Sahra Wagenknecht called for an end to German weapons deliveries and for immediate ceasefire negotiations.',
      [`person:sahra-wagenknecht ${C} supports`, `person:sahra-wagenknecht ${AID} opposes`],
    ],
    [
      'Donald Trump proposed a ceasefire. Volodymyr Zelensky said Ukraine would support a halt to strikes on energy targets.',
      [
        `country:UA ${C} supports`,
        `person:donald-trump ${C} supports`,
        `person:volodymyr-zelensky ${C} supports`,
      ],
    ],
    [
      'Antonio Tajani said Italy\'s support for Kyiv "will not change" whoever wins.',
      [`country:IT ${AID} supports`, `person:antonio-tajani ${AID} supports`],
    ],
    [
      'Olaf Scholz said his position on the Taurus missiles had not changed.',
      [`person:olaf-scholz ${TAURUS} opposes`],
    ],
    [
      'Dmitry Peskov said that Western long-range weapons would "not change the course" of the war.',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Frans Timmermans said the collapse must not weaken Dutch support for Ukraine.',
      [`person:frans-timmermans ${AID} supports`],
    ],
    [
      'Ruben Brekelmans said the decisions on Ukraine support had been taken and "will not be reversed".',
      [`person:ruben-brekelmans ${AID} supports`],
    ],
    [
      'Denis Alipov said Moscow would regard any European deployment as "a NATO mission in disguise".',
      [`country:RU ${T} opposes`, `person:denis-alipov ${T} opposes`],
    ],
    [
      'Donald Trump said he wanted the fighting to stop very soon.',
      [`person:donald-trump ${C} supports`],
    ],
    [
      'Radoslaw Sikorski said that the presence of NATO forces in Ukraine "is not unthinkable."',
      [`person:radoslaw-sikorski ${T} conditional`],
    ],
    [
      'Ursula von der Leyen said the EU would "not waver" in its military and financial support for Ukraine.',
      [`org:eu ${AID} supports`, `person:ursula-von-der-leyen ${AID} supports`],
    ],
    [
      'Ursula von der Leyen said the EU would never abandon its military support for Ukraine.',
      [`org:eu ${AID} supports`, `person:ursula-von-der-leyen ${AID} supports`],
    ],
    [
      'Dmitry Peskov told reporters that Moscow had "taken note" of the Olympic truce idea but that Kyiv had always used such pauses "to regroup and rearm".',
      [`country:RU ${C} conditional`, `person:dmitry-peskov ${C} conditional`],
    ],
    [
      'Maria Zakharova said any French servicemen sent to Ukraine would "share the fate" of the mercenaries.',
      [`person:maria-zakharova ${T} opposes`],
    ],
    [
      'Mike Johnson said he would bring a Ukraine bill to the floor soon.',
      [`person:mike-johnson ${AID} supports`],
    ],
    [
      'Antony Blinken said the United States was determined to get the supplemental through Congress.',
      [`country:US ${AID} supports`, `person:antony-blinken ${AID} supports`],
    ],
    [
      'Ursula von der Leyen promised a European Defence Union.',
      [`person:ursula-von-der-leyen ${EU} supports`],
    ],
    [
      'Finland supported the proposal for 150 billion euros in EU loans for defence.',
      [`country:FI ${EU} supports`],
    ],
    [
      'Viktor Orbán rejected any new common debt for weapons.',
      [`person:viktor-orban ${EU} opposes`],
    ],
    [
      'Britain will send troops to Ukraine. Canada is a member of the air force capability coalition led by the United States.',
      [`country:GB ${T} supports`],
    ],
    ['"Sending troops is no solution," Olaf Scholz said.', [`person:olaf-scholz ${T} opposes`]],
    [
      'Giorgia Meloni pledged that Italy would go on supplying Ukraine with military and humanitarian assistance.',
      [`country:IT ${AID} supports`, `person:giorgia-meloni ${AID} supports`],
    ],
    [
      'Viktor Orbán blocked new money for the European Peace Facility.',
      [`person:viktor-orban ${AID} opposes`],
    ],
    [
      "Friedrich Merz said Ukraine must not be pressured into a ceasefire on Russia's terms.",
      [`person:friedrich-merz ${C} conditional`],
    ],
    [
      '"The strategy of sending weapons has not worked, we need a ceasefire," Viktor Orbán told reporters.',
      [`person:viktor-orban ${C} supports`, `person:viktor-orban ${AID} opposes`],
    ],
    [
      'Mark Rutte said European allies should buy weapons for Ukraine if that is what it takes.',
      [`person:mark-rutte ${AID} supports`],
    ],
    [
      'Mark Rutte said allies must "step up" deliveries, warning that "the lack of ammunition has had consequences".',
      [`person:mark-rutte ${AID} supports`],
    ],
    [
      '"No Greek unit will be sent to Ukraine, neither now nor after a ceasefire," Olaf Scholz said.',
      [`person:olaf-scholz ${T} opposes`],
    ],
    [
      'Olaf Scholz said Germany would send “a small number” of military medics to Ukraine.',
      [`country:DE ${T} supports`, `person:olaf-scholz ${T} supports`],
    ],
    [
      'Dmitry Peskov said Moscow wanted a lasting settlement rather than a ceasefire.',
      [`country:RU ${C} opposes`, `person:dmitry-peskov ${C} opposes`],
    ],
    [
      'Vladimir Putin accused Kyiv of trying to improve its negotiating position and said there could be no question of a ceasefire.',
      [`person:vladimir-putin ${C} opposes`],
    ],
    [
      "Olaf Scholz said there would be 'no decisions over Ukraine's head' and that Germany would remain Ukraine's biggest supplier of weapons.",
      [`country:DE ${AID} supports`, `person:olaf-scholz ${AID} supports`],
    ],
    [
      'Dmitry Peskov said NATO was "deliberately raising the degree of escalation" and that European arms deliveries would change nothing.',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Olaf Scholz called for an end to "the spiral of armament" and a ceasefire.',
      [`person:olaf-scholz ${C} supports`],
    ],
    [
      'NATO called for an end to all financial and military support for Kyiv.',
      [`org:nato ${AID} opposes`],
    ],
    [
      'Dmitry Peskov said the ReArm Europe plan was "aimed at confrontation, not security".',
      [`person:dmitry-peskov ${EU} opposes`],
    ],
    [
      'The Russian embassy said French troops in Ukraine would make France "a party to the conflict".',
      [`country:RU ${T} opposes`],
    ],
    [
      'Ursula von der Leyen signed a $95 billion war aid package into law on Wednesday.',
      [`person:ursula-von-der-leyen ${AID} supports`],
    ],
    [
      "Olaf Scholz said Germany's priority was to protect its own border, and that the army would not be sent to Ukraine.",
      [`person:olaf-scholz ${T} opposes`],
    ],
    [
      "Olaf Scholz backed exempting defense investments from the EU's budget rules.",
      [`person:olaf-scholz ${EU} supports`],
    ],
    [
      "Emmanuel Macron said he could consider ending the 'hot phase' of the war.",
      [`person:emmanuel-macron ${C} conditional`],
    ],
    [
      'Donald Tusk said Poland would keep arming Ukraine "until Russia stops its aggression."',
      [`person:donald-tusk ${AID} supports`],
    ],
    [
      'NATO called on Russia "to reciprocate by agreeing to a ceasefire," and said it would consider more sanctions.',
      [`org:nato ${C} supports`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): what is no stance', () => {
  it.each([
    'Asked what role the United States might play in backing a European force, Marco Rubio declined to say.',
    'Mark Rutte said allies should put Ukraine in the strongest possible position.',
    'Ursula von der Leyen said Europe must act at a speed never seen before.',
    'Russia launched 300 drones and 30 missiles at Ukrainian cities overnight.',
    'Britain will maintain stability in any ceasefire scenario.',
    'Dmytro Kuleba said nothing could stop Russian ballistic missiles.',
  ])('%j', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('extractArticle(article, kb): cues of opposition', () => {
  it.each([
    [
      'Donald Trump ordered a pause on all military aid to Ukraine.',
      [`person:donald-trump ${AID} opposes`],
    ],
    ['Washington paused military aid to Ukraine.', [`country:US ${AID} opposes`]],
    ['Dmitry Peskov brushed off calls for a truce.', [`person:dmitry-peskov ${C} opposes`]],
    ['Sergey Lavrov mocked the plan to send troops.', [`person:sergey-lavrov ${T} opposes`]],
    [
      'Sergey Lavrov said there is no question of troops going to Ukraine.',
      [`person:sergey-lavrov ${T} opposes`],
    ],
    [
      'Dmitry Peskov said foreign troops can in no way be a guarantee for Ukraine.',
      [`person:dmitry-peskov ${T} opposes`],
    ],
    [
      'Olaf Scholz called the idea of sending troops "irresponsible".',
      [`person:olaf-scholz ${T} opposes`],
    ],
    [
      'Olaf Scholz said it was premature to talk about deploying troops.',
      [`person:olaf-scholz ${T} conditional`],
    ],
    ['Moscow cast the €800 billion plan as militarisation.', [`country:RU ${EU} opposes`]],
    [
      'Christian Lindner said he saw "no need" for new EU debt.',
      [`person:christian-lindner ${EU} opposes`],
    ],
    [
      'Dmitry Peskov said Europe\'s "headlong militarisation" was dangerous.',
      [`person:dmitry-peskov ${EU} opposes`],
    ],
    [
      'Olaf Scholz said Germany would send attack helicopters to Ukraine.',
      [`country:DE ${AID} supports`, `person:olaf-scholz ${AID} supports`],
    ],
    [
      'Vladimir Putin warned that Moscow would answer the "rapid militarization" of Europe.',
      [`country:RU ${EU} opposes`, `person:vladimir-putin ${EU} opposes`],
    ],
    [
      'Vladimir Putin said the plans to pour billions of euros into defence were driven by "hysteria".',
      [`person:vladimir-putin ${EU} opposes`],
    ],
    ["Moscow's conditions for a truce remain unclear.", [`country:RU ${C} conditional`]],
    [
      'Olaf Scholz said Germany could consider taking part in a United Nations peacekeeping or monitoring mission in Ukraine.',
      [
        'country:DE position:un-mission-ukraine conditional',
        'person:olaf-scholz position:un-mission-ukraine conditional',
      ],
    ],
    [
      'It is too early to talk about a UN peacekeeping mission in Ukraine, António Guterres said on Friday.',
      ['person:antonio-guterres position:un-mission-ukraine conditional'],
    ],
    [
      'Dmitry Peskov said a ceasefire "that does not address the root causes is not on our agenda."',
      [`person:dmitry-peskov ${C} opposes`],
    ],
    [
      'Sergey Lavrov said arms deliveries only prolong the war.',
      [`person:sergey-lavrov ${AID} opposes`],
    ],
    ['Donald Trump did not think a ceasefire was necessary.', [`person:donald-trump ${C} opposes`]],
    [
      'Robert Fico warned that sending troops would drag Slovakia into the war.',
      [`person:robert-fico ${T} opposes`],
    ],
    [
      'Asked whether Sweden could send soldiers to Ukraine, Ulf Kristersson said it was "not relevant".',
      [`country:SE ${T} opposes`, `person:ulf-kristersson ${T} opposes`],
    ],
    [
      'Dmitry Peskov said Britain "has no business" deploying troops near Russia\'s borders.',
      [`person:dmitry-peskov ${T} opposes`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): conditions and necessities', () => {
  it.each([
    [
      'Giorgia Meloni said Italy could send troops to Ukraine after a ceasefire, but only with a US backstop.',
      [
        `country:IT ${T} conditional`,
        `country:IT ${US} supports`,
        `person:giorgia-meloni ${T} conditional`,
        `person:giorgia-meloni ${US} supports`,
      ],
    ],
    [
      "Anthony Albanese said Australia's support for Ukraine would not depend on the outcome of the US vote.",
      [`person:anthony-albanese ${AID} supports`],
    ],
    [
      'Vladimir Putin agreed to halt strikes on energy infrastructure, but stopped short of endorsing the full 30-day ceasefire.',
      [`person:vladimir-putin ${C} conditional`],
    ],
    [
      'Zoran Milanović told reporters that not a single Croatian soldier would go to Ukraine "as long as I am president."',
      [`person:zoran-milanovic ${T} opposes`],
    ],
    [
      'Alexander Stubb told Donald Trump that any European-led force would need "some kind of American backstop" to be credible.',
      [`person:alexander-stubb ${T} conditional`, `person:alexander-stubb ${US} supports`],
    ],
    [
      'The Left Alliance said Finland should only consider sending soldiers under a UN mandate.',
      [
        `org:left-alliance ${T} conditional`,
        `org:left-alliance position:un-mission-ukraine supports`,
      ],
    ],
    [
      'Marie-Agnes Strack-Zimmermann said Olaf Scholz must "stop hiding" on the missiles.',
      [`person:marie-agnes-strack-zimmermann ${AID} supports`],
    ],
    [
      'Maria Zakharova urged the Europeans to "stop pumping weapons" into Ukraine.',
      [`person:maria-zakharova ${AID} opposes`],
    ],
    [
      'Sergei Lavrov said a ceasefire was possible only if Western weapons deliveries to Ukraine stopped.',
      [`person:sergey-lavrov ${C} conditional`, `person:sergey-lavrov ${AID} opposes`],
    ],
    [
      'Kemi Badenoch said Britain cannot send troops without a US backstop.',
      [
        `country:GB ${US} supports`,
        `person:kemi-badenoch ${T} conditional`,
        `person:kemi-badenoch ${US} supports`,
      ],
    ],
    [
      '"We cannot send our servicemen into harm\'s way without knowing America has their backs," Kemi Badenoch said.',
      [`person:kemi-badenoch ${T} conditional`, `person:kemi-badenoch ${US} supports`],
    ],
    [
      'Alexander Stubb said security guarantees for Ukraine would only be credible if the United States stood behind the European effort.',
      [`person:alexander-stubb ${US} supports`],
    ],
    [
      'Kaja Kallas said the bloc would keep up its military support for Ukraine "for as long as the war goes on".',
      [`person:kaja-kallas ${AID} supports`],
    ],
    [
      'Keir Starmer said Britain would send troops only if the United States provides a security "backstop".',
      [
        `country:GB ${T} conditional`,
        `country:GB ${US} supports`,
        `person:keir-starmer ${T} conditional`,
        `person:keir-starmer ${US} supports`,
      ],
    ],
    [
      'Olaf Scholz said that any ceasefire must be agreed with Ukraine.',
      [`person:olaf-scholz ${C} conditional`],
    ],
    [
      'Andrzej Duda said Polish soldiers would not take part in any peacekeeping force. "Europe must be able to defend itself," he added.',
      [`person:andrzej-duda ${T} opposes`],
    ],
    ['If Russia attacks, France will send troops.', [`country:FR ${T} conditional`]],
    [
      'Emmanuel Macron said that if Ukraine asked, France would send troops.',
      [`country:FR ${T} conditional`, `person:emmanuel-macron ${T} conditional`],
    ],
    [
      'Kaja Kallas told reporters: "If we want peace, we need to give Ukraine more weapons."',
      [`person:kaja-kallas ${AID} supports`],
    ],
    [
      'Emmanuel Macron said France "will be there" if a reassurance force is formed, and would send troops.',
      [`country:FR ${T} supports`, `person:emmanuel-macron ${T} supports`],
    ],
    [
      '"Italy will continue to do its part, including with military support, for as long as it is needed," Giorgia Meloni said.',
      [`country:IT ${AID} supports`, `person:giorgia-meloni ${AID} supports`],
    ],
    [
      'Antonio Tajani said Italy would back a ceasefire "only when Kyiv decides the time has come".',
      [`country:IT ${C} conditional`, `person:antonio-tajani ${C} conditional`],
    ],
    [
      'Petr Pavel said sending troops would require a mandate from the UN Security Council.',
      [
        `person:petr-pavel ${T} conditional`,
        `person:petr-pavel position:un-mission-ukraine supports`,
      ],
    ],
    [
      'Ulf Kristersson refused to commit to sending troops.',
      [`person:ulf-kristersson ${T} conditional`],
    ],
    ['Poland is ready to discuss sending troops.', [`country:PL ${T} conditional`]],
    ['Sweden is examining options for a peacekeeping force.', [`country:SE ${T} conditional`]],
    [
      'Moscow would wait for talks before taking a position on the ceasefire.',
      [`country:RU ${C} conditional`],
    ],
    [
      'Emmanuel Macron said air support was an option.',
      [`person:emmanuel-macron ${US} conditional`],
    ],
    [
      'Keir Starmer said a European force would work only with a US backstop.',
      [`person:keir-starmer ${T} conditional`, `person:keir-starmer ${US} supports`],
    ],
    ['Keir Starmer said he would decide only when the terms of a ceasefire were clear.', []],
    [
      '"Without a US backstop, Russia will test us," Keir Starmer said.',
      [`person:keir-starmer ${US} supports`],
    ],
    [
      'Ulf Kristersson would not send soldiers to Ukraine without a US security guarantee.',
      [`person:ulf-kristersson ${T} conditional`, `person:ulf-kristersson ${US} supports`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): judgements, requests and decisions', () => {
  it.each([
    [
      "Emmanuel Macron dismissed Russia's objections to sending troops.",
      [`country:RU ${T} opposes`, `person:emmanuel-macron ${T} supports`],
    ],
    [
      'Dmitry Peskov said a truce would only give Kyiv time to rearm.',
      [`person:dmitry-peskov ${C} opposes`],
    ],
    [
      'Italy passed a decree to send weapons to Ukraine. Spain voted in favour.',
      [`country:ES ${AID} supports`, `country:IT ${AID} supports`],
    ],
    [
      'Alice Weidel called for an immediate end to weapons deliveries to Ukraine.',
      [`person:alice-weidel ${AID} opposes`],
    ],
    [
      'Olaf Scholz said any decision on German troops would have to go through the Bundestag.',
      [`person:olaf-scholz ${T} conditional`],
    ],
    [
      'Russia had demanded that no foreign troops be deployed in Ukraine.',
      [`country:RU ${T} opposes`],
    ],
    [
      'Vladimir Putin said he backed a ceasefire "in principle".',
      [`person:vladimir-putin ${C} conditional`],
    ],
    [
      'Moscow discussed a ceasefire but listed a series of conditions.',
      [`country:RU ${C} conditional`],
    ],
    ['Canada is prepared to contribute to security guarantees.', [`country:CA ${T} supports`]],
    [
      'Ukraine fears any pause in the fighting would let Russia regroup.',
      [`country:UA ${C} opposes`],
    ],
    ['The EU will continue to arm Ukraine.', [`org:eu ${AID} supports`]],
    [
      "Sweden urged Europe to take the lead in supporting Ukraine's defence.",
      [`country:SE ${AID} supports`],
    ],
    [
      'Russia is concerned about any plan to set up British military facilities in Ukraine.',
      [`country:RU ${T} opposes`],
    ],
    [
      'Czech-led drive raises cash for shells for Ukraine as Slovakia and Hungary stay out',
      [`country:HU ${AID} opposes`, `country:SK ${AID} opposes`],
    ],
    [
      "The debate over Germany's Taurus cruise missiles, which Kyiv has requested since last year, goes on.",
      [`country:UA ${TAURUS} supports`],
    ],
    [
      'Spain will spend an extra €10bn on defence this year, Pedro Sánchez announced.',
      [`country:ES ${EU} supports`, `person:pedro-sanchez ${EU} supports`],
    ],
    ['Italy said it would reach two percent of GDP this year.', [`country:IT ${EU} supports`]],
    ['Hungary said sending weapons would prolong this war.', [`country:HU ${AID} opposes`]],
    ['Slovakia will work for an immediate ceasefire.', [`country:SK ${C} supports`]],
    [
      'The Russian Embassy in Ottawa said foreign troops in Ukraine would be "a legitimate target".',
      [`country:RU ${T} opposes`],
    ],
    [
      'Finance Minister Ulf Kristersson said Sweden would send no troops to Ukraine.',
      [`country:SE ${T} opposes`, `person:ulf-kristersson ${T} opposes`],
    ],
    [
      'Donald Trump dropped his demand for an immediate ceasefire.',
      [`person:donald-trump ${C} opposes`],
    ],
    ['The US has pushed both sides to accept a ceasefire.', [`country:US ${C} supports`]],
    [
      'Britain and France were trying to flesh out plans for a reassurance force.',
      [`country:FR ${T} supports`, `country:GB ${T} supports`],
    ],
    ['Ukraine: Giorgia Meloni says no Italian troops', [`person:giorgia-meloni ${T} opposes`]],
    [
      'Donald Trump urged both sides to stop where they are.',
      [`person:donald-trump ${C} supports`],
    ],
    [
      'Moscow views the plans of the so-called "coalition of the willing" to deploy a military contingent in Ukraine as a direct threat.',
      [`country:RU ${T} opposes`],
    ],
    [
      'Antonio Tajani said Italian soldiers could only be deployed under a UN mandate.',
      [
        `person:antonio-tajani ${T} conditional`,
        `person:antonio-tajani position:un-mission-ukraine supports`,
      ],
    ],
    [
      'France discussed sending troops. Hungary supported the US efforts to end the war.',
      [`country:FR ${T} conditional`],
    ],
    [
      'Marine Le Pen called for all military aid to Ukraine to be stopped.',
      [`person:marine-le-pen ${AID} opposes`],
    ],
    ['Sergey Lavrov described any truce as a ploy.', [`person:sergey-lavrov ${C} opposes`]],
    [
      'Olaf Scholz said Germany would keep supplying weapons to Ukraine.',
      [`country:DE ${AID} supports`, `person:olaf-scholz ${AID} supports`],
    ],
    [
      'Olaf Scholz said sending troops was "not an option for Germany".',
      [`country:DE ${T} opposes`, `person:olaf-scholz ${T} opposes`],
    ],
    [
      'Italy does not contemplate the presence of soldiers on Ukrainian territory.',
      [`country:IT ${T} opposes`],
    ],
    [
      'Donald Trump wrote, a day after meeting Emmanuel Macron in Paris, that there should be a ceasefire.',
      [`person:donald-trump ${C} supports`],
    ],
    ['Petr Pavel defended the ammunition initiative.', [`person:petr-pavel ${AID} supports`]],
    [
      "Giorgia Meloni threw Italy's weight behind the plan to send troops.",
      [`country:IT ${T} supports`, `person:giorgia-meloni ${T} supports`],
    ],
    [
      'Boris Pistorius said boots on the ground were "not an option for Germany".',
      [`country:DE ${T} opposes`, `person:boris-pistorius ${T} opposes`],
    ],
    ['Spain did not agree with sending troops.', [`country:ES ${T} opposes`]],
    [
      'Keir Starmer declined to say whether Britain would send troops.',
      [`person:keir-starmer ${T} conditional`],
    ],
    [
      'France said the option of sending missiles to Ukraine remained open.',
      [`country:FR ${AID} conditional`],
    ],
    [
      'Dmitry Medvedev called a Western contingent "a direct declaration of war."',
      [`person:dmitry-medvedev ${T} opposes`],
    ],
    [
      'The Czech Republic said Czech soldiers would "certainly not" go to Ukraine.',
      [`country:CZ ${T} opposes`],
    ],
    ['Ukraine seeks more air defence.', [`country:UA ${AID} supports`]],
    ['Sweden will keep paying for weapons for Ukraine.', [`country:SE ${AID} supports`]],
    ['Hungary refused to take part in the ammunition initiative.', [`country:HU ${AID} opposes`]],
    ['Slovakia voted down sending troops to Ukraine.', [`country:SK ${T} opposes`]],
    [
      'Hungary said it would send neither weapons nor troops to Ukraine.',
      [`country:HU ${AID} opposes`, `country:HU ${T} opposes`],
    ],
    [
      'Robert Fico said a ceasefire was "in the interests of all of Europe".',
      [`person:robert-fico ${C} supports`],
    ],
    [
      'Sergey Lavrov said foreign troops in Ukraine would be "unacceptable" to Moscow.',
      [`country:RU ${T} opposes`, `person:sergey-lavrov ${T} opposes`],
    ],
    [
      'Dmitry Peskov said Moscow would regard any foreign troops in Ukraine as a threat.',
      [`country:RU ${T} opposes`, `person:dmitry-peskov ${T} opposes`],
    ],
    ['Is that now a joint Franco-British plan to send troops?', []],
    ['Why is Britain sending missiles to Ukraine?', [`country:GB ${AID} supports`]],
    [
      "Europe was divided over Donald Trump's peace push after Keir Starmer backed sending troops.",
      [`person:keir-starmer ${T} supports`],
    ],
    [
      '"No Italian soldier will go to Ukraine," Antonio Tajani said.',
      [`person:antonio-tajani ${T} opposes`],
    ],
    [
      'Keir Starmer said Britain would "step up" deliveries of air defence.',
      [`country:GB ${AID} supports`, `person:keir-starmer ${AID} supports`],
    ],
    ['Kyiv insists any settlement must begin with a ceasefire.', [`country:UA ${C} supports`]],
    [
      '"Taurus would save lives," Emmanuel Macron said.',
      [`person:emmanuel-macron ${AID} supports`, `person:emmanuel-macron ${TAURUS} supports`],
    ],
    [
      'Donald Trump said the best way to end the war is a peace agreement and not a mere ceasefire.',
      [`person:donald-trump ${C} opposes`],
    ],
    [
      'Italy could help with demining, but not with boots on the ground.',
      [`country:IT ${T} opposes`],
    ],
    ['Germany would decide on a troop contribution later.', [`country:DE ${T} conditional`]],
    ['Kyiv is ready to halt the fighting along the front line.', [`country:UA ${C} supports`]],
    ['"We\'re ready for a ceasefire," Keir Starmer said.', [`person:keir-starmer ${C} supports`]],
    [
      'Emmanuel Macron said an American contribution was essential.',
      [`person:emmanuel-macron ${US} supports`],
    ],
    [
      '"The missiles would make a real difference," Emmanuel Macron said.',
      [`person:emmanuel-macron ${AID} supports`],
    ],
    [
      '"Our priority is a full ceasefire," Alexander Stubb said.',
      [`person:alexander-stubb ${C} supports`],
    ],
    [
      '"A ceasefire is the starting point," Alexander Stubb said.',
      [`person:alexander-stubb ${C} supports`],
    ],
    [
      'Dmitry Peskov said the tanks would not change the situation on the battlefield.',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Moscow says a temporary truce would only allow Kyiv to regroup.',
      [`country:RU ${C} opposes`],
    ],
    [
      'Olaf Scholz called the new military aid package "a strong signal".',
      [`person:olaf-scholz ${AID} supports`],
    ],
    [
      'Mark Rutte called the plan to send troops "a step in the right direction".',
      [`person:mark-rutte ${T} supports`],
    ],
    [
      'Santiago Abascal called the SAFE loans "more debt for more bureaucracy".',
      [`person:santiago-abascal ${EU} opposes`],
    ],
    [
      'Ainārs Šlesers called the military aid law "a blank cheque for someone else\'s war".',
      [`person:ainars-slesers ${AID} opposes`],
    ],
    [
      'Dmitry Peskov called the plan to arm Kyiv "another step towards escalation".',
      [`person:dmitry-peskov ${AID} opposes`],
    ],
    [
      'Olaf Scholz called the reservation "the bare minimum" and said Germany would send more air defence to Kyiv.',
      [`country:DE ${AID} supports`, `person:olaf-scholz ${AID} supports`],
    ],
    [
      'Vladimir Putin said that a short truce would only give Ukraine new weapons from the West.',
      [`person:vladimir-putin ${C} opposes`],
    ],
    [
      "Ukraine's Foreign Ministry warned that any delay in supporting Ukraine's defence will only encourage the aggressor.",
      [`country:UA ${AID} supports`],
    ],
    [
      "Poland 'not planning' to send troops to Ukraine, Donald Tusk says",
      [`country:PL ${T} opposes`, `person:donald-tusk ${T} opposes`],
    ],
    [
      '"With Taurus, Germany would become a party to the war," Olaf Scholz said.',
      [`person:olaf-scholz ${AID} opposes`, `person:olaf-scholz ${TAURUS} opposes`],
    ],
    [
      'Vladimir Putin said there could be no talk of a truce.',
      [`person:vladimir-putin ${C} opposes`],
    ],
    [
      'Ulf Kristersson said no decision had been made on a deployment of troops.',
      [`person:ulf-kristersson ${T} conditional`],
    ],
    ['Kyiv kept pressing for long-range weapons.', [`country:UA ${AID} supports`]],
    ['The Kremlin lobbied hard against the missiles.', [`country:RU ${AID} opposes`]],
    [
      '"We would like to have more air defence," Petr Pavel said.',
      [`person:petr-pavel ${AID} supports`],
    ],
  ])('%j', (text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): more news phrasing', () => {
  it.each([
    [
      '"warned that" leaves the stance to what follows',
      'Britain backed sending troops. Keir Starmer warned that the deployment needed American support.',
      [`country:GB ${T} supports`],
    ],
    [
      'a judgement after "consider"',
      '"We consider the deployment of NATO troops absolutely unacceptable," Dmitry Peskov said.',
      [`person:dmitry-peskov ${T} opposes`],
    ],
    [
      'a threat of destruction',
      'Dmitry Medvedev wrote that any Western soldiers would be "destroyed".',
      [`person:dmitry-medvedev ${T} opposes`],
    ],
    [
      'a wait-and-see answer',
      'Asked whether the US would provide air cover, Donald Trump said: "We\'ll see."',
      [`person:donald-trump ${US} conditional`],
    ],
    [
      'an appeal to someone for something',
      'Ukraine appealed to its partners for more air defence systems.',
      [`country:UA ${AID} supports`],
    ],
    ['praise', 'Italy praised the ceasefire.', [`country:IT ${C} supports`]],
    [
      'thanks for',
      'Ukraine thanked Britain for the air defence systems.',
      [`country:UA ${AID} supports`],
    ],
    [
      'a role to play',
      'Germany could play a role in guaranteeing a ceasefire.',
      [`country:DE ${C} conditional`],
    ],
    [
      'a threat to make someone a party',
      'Russia said any German contribution would turn Berlin into a party to the conflict. It also rejected sending troops.',
      [`country:RU ${T} opposes`],
    ],
    [
      'who prolongs the war is judged by whoever says so',
      'By pushing for troops in Ukraine, Emmanuel Macron may be prolonging the war.',
      [`person:emmanuel-macron ${T} supports`],
    ],
    [
      "an accusation of prolonging the war is the accuser's",
      'Russia accused the West of prolonging the war by sending weapons to Ukraine.',
      [`country:RU ${AID} opposes`],
    ],
    [
      'a proposal amounting to war',
      'Sergey Lavrov said the plan to send troops amounted to "preparation for war".',
      [`person:sergey-lavrov ${T} opposes`],
    ],
    [
      'openness to other matters is not openness to the position',
      'Poland backed a ceasefire. Russia remains open to negotiations.',
      [`country:PL ${C} supports`],
    ],
    [
      'an agent cue with nothing to point at',
      'Poland backed a ceasefire. The guarantees proposed by London were discussed.',
      [`country:PL ${C} supports`],
    ],
    [
      'a closing attribution after a title the gazetteer lacks',
      'Russia rejected any deployment of troops, Presidential Spokesman Dmitry Peskov said.',
      [`country:RU ${T} opposes`, `person:dmitry-peskov ${T} opposes`],
    ],
    [
      'a statement inside a statement keeps its speaker',
      'Sergey Lavrov warned that, even if labeled as peacekeepers, NATO troops would be legitimate targets.',
      [`person:sergey-lavrov ${T} opposes`],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});

describe('extractArticle(article, kb): negation scope', () => {
  it.each([
    [
      'a refusal in a "once" clause is the condition, not the stance',
      'Vladimir Putin said Russia would cease fire once Ukrainian troops had been withdrawn from the four regions.',
      [`country:RU ${C} supports`, `person:vladimir-putin ${C} supports`],
    ],
    [
      '"once again" is no condition',
      'Olaf Scholz once again refused to send Taurus missiles.',
      [`person:olaf-scholz ${TAURUS} opposes`],
    ],
    [
      '"never refused" denies a refusal',
      'Russia has "never refused" a ceasefire.',
      [`country:RU ${C} conditional`],
    ],
    [
      'refusing a position opposes it',
      'Russia refused the ceasefire.',
      [`country:RU ${C} opposes`],
    ],
    [
      '"no longer opposes" is no opposition',
      'Germany no longer opposes sending Taurus missiles.',
      [`country:DE ${TAURUS} conditional`],
    ],
    [
      '"stopped short of backing" is not a halt',
      'Olaf Scholz stopped short of backing the deployment of European troops.',
      [`person:olaf-scholz ${T} conditional`],
    ],
    [
      '"not only ... but also" affirms',
      'Italy will not only send weapons but also pay for them.',
      [`country:IT ${AID} supports`],
    ],
    [
      'an adverb between the negation and the cue stays in its scope',
      'Poland is not currently planning to send troops to Ukraine.',
      [`country:PL ${T} opposes`],
    ],
    [
      'what a denied statement says is no stance',
      'Donald Trump never said he would send US troops to Ukraine.',
      [],
    ],
    [
      "a condition after a position is its subject's",
      'Poland would send troops only if the United States provided a backstop.',
      [`country:PL ${T} conditional`, `country:PL ${US} supports`],
    ],
    [
      '"not against" leaves it open',
      'France is not against a reassurance force.',
      [`country:FR ${T} conditional`],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
