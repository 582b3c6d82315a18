// Closed word classes the rules lean on, all in folded form (lower case, no
// diacritics). They are English function words and news-writing staples, not
// words picked from any one article.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, a name's "Jr."/"III". */
export const BETWEEN_SUBJECT_AND_VERB = set(`
  has have had is are was were be been being will would could should can may might must shall
  also already still now again once reportedly publicly consistently firmly categorically clearly
  strongly repeatedly previously recently openly actively quickly quick explicitly officially
  apparently allegedly reportedly formally effectively essentially indeed even further then later
  both all each too so just only initially long never not n't always immediately swiftly
  increasingly generally largely broadly privately personally earlier himself herself itself
  themselves reluctantly tentatively cautiously flatly emphatically vehemently squarely openly
  seemingly apparently jointly separately likewise similarly do does did to continue continues
  continued continuing appear appears appeared appearing seem seems seemed seeming going set being
  keep keeps kept yet longer far
  expected likely able last yesterday today monday tuesday wednesday thursday friday saturday
  sunday week earlier jr sr ii iii iv
`);

/** Verbs that negate the verb after their "to" ("refused to rule out"). */
export const NEGATING_VERBS = set(
  `refuse refuses refused refusing decline declines declined declining fail fails failed failing unwilling reluctant`,
);

/** Words that negate what follows. */
export const NEGATORS = set(
  `not n't never no nor neither without nothing none cannot cant won't wont hardly`,
);

/** Verbs of saying: a clause after them is the content of a statement. */
export const SPEECH_VERBS = set(`
  said say says saying stated state states stating told tell tells telling added add adds adding
  noted note notes noting emphasized emphasised emphasizes emphasises emphasizing emphasising
  stressed stresses stressing insisted insists insisting argued argues arguing asserted asserts
  asserting claimed claims claiming declared declares declaring announced announces announcing
  wrote writes writing written explained explains explaining acknowledged acknowledges acknowledging
  retorted retorts countered counters crowed crows gloated gloats boasted boasts bragged brags
  quipped quips fumed fumes snapped
  reiterated reiterates reiterating affirmed affirms reaffirmed reaffirms reaffirming confirmed
  confirms confirming indicated indicates indicating signaled signalled signals signaling
  signalling suggested suggests suggesting warned warns warning hinted hints hinting clarified
  clarifies clarifying believes believed believe thinks thought think feel feels felt replied replies
  responded responds fear fears feared
  remarked remarks commented comments posted posts tweeted admitted admits admitting conceded
  concedes observed underlined underscored highlighted highlights highlighting cautioned
  cautions maintained maintains vowed vows promised promises predicted predicts quoted reported reports reporting called calls calling described describes
  describing branded brands labelled labeled termed dubbed
  insist reiterate repeat repeated repeats repeating recalled recalls recalling pledged pledges pledging
`);

/** Verbs that only carry a noun cue ("expressed opposition", "signaled willingness"). */
export const LIGHT_VERBS = set(`
  expressed expresses expressing voiced voices voicing signaled signalled signals signaling
  signalling indicated indicates indicating showed shows showing reiterated reiterates
  reiterating gave gives giving offered offers offering declared declares made makes
  reaffirmed reaffirms renewed renews repeated repeats stated states announced announces
  remained remains remain stands stood stand been be held hold holds holding resumed resume
  resumes resuming began begin begins started start starts opened open opens entered enters
  launched conducted conducting see sees saw seeing
`);

/** Groups that are not actors; a list inside them ("including Italy") may be. */
export const GROUP_NOUNS = set(`
  countries nations states members governments leaders allies partners officials analysts
  experts observers critics commentators sources diplomats media newspapers outlets
  journalists reporters participants others sides capitals governments
`);

/** Nouns that, after a demonym or a country name, stand for the state itself. */
export const STATE_NOUNS = set(
  `government side administration authorities cabinet leadership presidency embassy parliament officials official delegation state party`,
);

/** Multi-word state nouns, first word → rest. */
export const STATE_NOUN_PHRASES: readonly (readonly string[])[] = [
  ['foreign', 'ministry'],
  ['defence', 'ministry'],
  ['defense', 'ministry'],
  ['foreign', 'office'],
  ['state', 'department'],
  ['ministry', 'of', 'foreign', 'affairs'],
  ['ministry', 'of', 'defence'],
  ['ministry', 'of', 'defense'],
  ['security', 'council'],
  ['national', 'security', 'council'],
];

/** Nouns a name can modify without being the actor ("NATO troops", "EU members"). */
export const MODIFIED_NOUNS = set(`
  troops troop forces force soldiers soldier military army armies navy personnel members member
  states countries nations leaders allies partners lawmakers citizens people territory soil
  border borders aid funding backing weapons jets summit meeting talks conference membership
  accession mission ceasefire spending budget economy sanctions airspace skies cities city
  drone drones missile missiles strikes attacks attack invasion war front regions region
  capital residents voters election elections media newspaper market markets
  companies firms industry industries debt stance position policy strategy side's sovereignty
  counterpart counterparts delegation diplomats intelligence services equipment infrastructure
  security defence defense guarantee guarantees assistance help contingent contingents units
  warships aircraft planes tanks partner ally forces' veto seat proposal plan plans initiative
  mandate mandates resolution resolutions approval permission decision decisions
`);

/** Prepositions after which a name is an object or a place, never a subject. */
export const OBJECT_PREPOSITIONS = set(`
  in at from into to near across within inside outside via toward towards between with
  against for of on over about under among upon onto throughout beyond behind around than
  like unlike versus vs by through
`);

/** Verbs whose next noun phrase is their object ("accused France", "urged Speaker Johnson"). */
export const OBJECT_VERBS = set(`
  accuse accuses urge urges tell told tells ask asks call calls meet met meets host hosts join
  joins invite invites visit visits warn warns thank thanks praise praises blame blames
  criticise criticises criticize criticizes slam slams blast blasts leave left reach reaches
  enter enters invade invades attack attacks pressure pressures push pushes help helps support
  supports back backs defend defends arm arms let lets make makes bring brings give gives gave
  send sends sent beat beats defeat defeats fight fights hit hits strike strikes struck press
  presses compel compels
  persuade persuades convince convinces allow allows force forces provide provides providing
  supply supplies supplying deliver delivers delivering offer offers offering equip equips
  deter deters deterring stop stops
`);

/** "warning that the lack of ammunition ...", "any delay in supporting Ukraine": what is missing or held up is wanted. */
export const SHORTAGES = set(
  `lack shortage shortages shortfall shortfalls delay delays procrastination pause suspension`,
);

/** Tokens that end a clause: a new subject may follow. */
export const CLAUSE_BREAK_WORDS = set(
  `while whereas but although though however yet despite unless because`,
);

export const CLAUSE_BREAK_PUNCTUATION = set(`; : – — ( ) [ ]`);

/** Pronouns that can stand for an actor. */
export const PERSON_PRONOUNS = set(`he she him his her`);
export const THING_PRONOUNS = set(`it its`);
export const FIRST_PERSON = set(`we i our us my me`);
export const RELATIVE_PRONOUNS = set(`who which that`);

/** Words that introduce the members of a group ("including Italy and Spain"). */
export const MEMBER_INTRODUCERS = set(
  `including include includes such like notably particularly especially among`,
);

/** US states: "Arizona Rep." names a US legislator. */
export const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
  hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
  pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming`
    .trim()
    .split(/\s+/),
);
export const US_STATE_PHRASES: readonly string[] = [
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'rhode island',
  'south carolina',
  'south dakota',
  'west virginia',
];

/** Prefixes of compound demonyms ("Anglo-French"); plain demonyms come from the gazetteer. */
export const COMBINING_PREFIXES: Readonly<Record<string, string>> = {
  anglo: 'GB',
  franco: 'FR',
  russo: 'RU',
  sino: 'CN',
  italo: 'IT',
};

/** Surnames that are also common words or months: alone, they name no one unless the article names the person in full. */
export const COMMON_WORD_SURNAMES = set(`
  may march april june july august little brown young long rich white black green king price rice
  cook bond wood hill love hope grant page rose bell rush hunt park major bishop best short strong
  ward field power sharp stone lord glass lane ford cash street west north south bush frost
  winter summer day law church fox gay hall mills banks bird crane lamb nash
`);

/** Words after which a role phrase names an office, not its holder. */
export const PREDICATE_WORDS = new Set([
  'become',
  'becomes',
  'became',
  'becoming',
  'as',
  'elected',
  'appointed',
  'named',
  'succeed',
  'succeeded',
  'replace',
  'replaced',
]);

/** Prepositions before a gerund whose doer is the subject before them ("blasted X for prioritizing"). */
export const GERUND_PREPOSITIONS = new Set([
  'while',
  'whilst',
  'when',
  'by',
  'for',
  'of',
  'without',
  'after',
  'before',
  'in',
  'on',
  'from',
  'about',
  'through',
]);

/** Particles inside surnames ("von der Leyen", "de Wever"): a surname starts at the first. */
export const NAME_PARTICLES = set(
  `von van der den de del della di da dos das los las le la du bin al el ten ter`,
);

/** Words of a description that make someone an observer rather than an actor ("a fellow at RUSI"). */
export const OBSERVER_WORDS = set(`
  analyst analysts expert experts fellow researcher research professor scholar scientist economist
  strategist commentator historian think-tank tank institute university academic lecturer
  consultant columnist journalist correspondent pollster former retired
`);

/** Last words of the names of outlets, firms and bodies, which speak too but are no people. */
export const BODY_WORDS = set(`
  news times post agency institute group ministry office council party union bank fund company
  corp inc ltd service services network television tv radio press journal herald telegraph
  guardian independent monitor review command forces army navy force staff house street
  square committee commission parliament government administration embassy foundation centre
  center association alliance coalition movement front league monde figaro spiegel zeit bild
  repubblica corriere pais tass ria interfax reuters bloomberg politico axios ansa afp dpa bbc
  cnn nbc cbs abc nhk yle nrk svt rai kommersant izvestia pravda nation
`);

/** Words of a title: a run of capitalised words holding one is an office, not a name. */
export const TITLE_WORDS = set(`
  minister secretary president chancellor ambassador spokesman spokeswoman spokesperson chief
  head leader chair chairman chairwoman general commander deputy envoy adviser advisor director
  governor mayor senator representative speaker premier king queen pope prince commissioner
  consul councillor marshal
`);

/** Last words of the names of political parties and alliances. */
export const PARTY_WORDS = set(
  `party alliance movement bloc front league union coalition democrats republicans socialists greens liberals conservatives`,
);

/** Words that describe a political party right before its name ("the far-right Vlaams Belang"). */
export const POLITICAL_WORDS = set(`
  far-right far-left right-wing left-wing populist nationalist conservative liberal centrist
  centre-left centre-right center-left center-right opposition ruling governing eurosceptic
`);

/** Possessive determiners that name an owner ("his appeal", "its position"). */
export const POSSESSIVE_PRONOUNS = set(`his her its their`);

/** Articles, which may stand between a word and the noun it governs. */
export const ARTICLES = set(`the a an`);

/** Quotation marks, straight and curly, and guillemets. */
export const QUOTE_MARKS = set(`" \u201c \u201d \u00ab \u00bb`);

/** Marks that may close a quotation: '"...," Park said', "'...', he said". */
export const CLOSING_QUOTES = set(`" \u201d ' \u2019`);
