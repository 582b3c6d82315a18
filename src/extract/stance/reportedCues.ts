// Statements no cue decides: "Pistorius said the money would go to air
// defence". The verb of saying stands as the weakest cue, one a position's
// own verb or any lexicon cue overrides: the speaker stands by what they say
// about the position, against it when the words of its clause deny or blame
// it (or the verb warns of it), conditionally when they set a condition or
// only open it. A statement says as many things as its "and that" clauses.
import type { Stance } from '../../graph/types';
import type { CueEntry } from '../lexicon/cueEntry';
import { NEGATORS, QUOTE_MARKS, SHORTAGES } from '../lexicon/words';
import { negatorBefore, type CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';
import type { Range } from '../text/boilerplate';
import {
  haltedAfter,
  wordBeforeArticle,
  type ArticleView,
  type SentenceView,
  type SpeechEvent,
} from './view';

const REPORTED: CueEntry = {
  stance: 'supports',
  dir: 'after',
  strength: 0,
  implicit: true,
  reach: 20,
  pattern: '',
};
const JUDGED: CueEntry = { ...REPORTED, implicit: false };
/** A warning is against what it speaks of, unless that is what is missing ("warned that ... without air defence"). */
const WARNINGS = /^(?:warn|caution)/;
const INSISTING = new Set([
  'delay',
  'further',
  'ifs',
  'preconditions',
  'conditions',
  'hesitation',
  'restrictions',
  'limits',
  'limitations',
  'caveats',
  'self',
]);
const NEXT_STATEMENT = new Set(['that', 'and']);
/** A clause of time or reason after the position speaks of something else ("keep arming Ukraine until Russia stops its aggression"). */
const SUBORDINATE_ENDS = new Set(['until', 'because', 'since', 'once']);
const CONTRASTS = new Set(['but', 'while', 'whereas', 'although', ';']);
const CLAUSE_ENDS = new Set([...CONTRASTS, ',', ':', '.']);
/** A position after these is a condition or a time, not what is said ("would decide only when a ceasefire ..."). */
const SUBORDINATORS = new Set(['if', 'unless', 'when']);
const OPENINGS = new Set(['could', 'might', 'may', 'possible', 'possibly']);
const TAKING = new Set(['take', 'takes', 'taking', 'took', 'taken']);
/** Words of blame: a statement about a position in these terms is against it. */
const BLAME =
  /^(?:wast\w*|squander\w*|escalat\w*|provocat\w*|provok\w*|dangerous|reckless|mistake|madness|folly|absurd\w*|undermin\w*|hostile|aggressi\w*|threat\w*|fuel\w*|prolong\w*|drag\w*|abandon\w*|pretense|pretence|illegal|criminal|complicit|negative\w*|reward\w*|pump\w*|forget\w*|retaliat\w*|consequences|countermeasures|burn\w*|betray\w*|neutrality|confrontation\w*|militari[sz]\w*|warmonger\w*|bellicose|belligerent|ashes|futile|senseless|doomed|catastroph\w*|disastr\w*|risks|risking|intervention|bankrupt\w*|ruin\w*|hysteri\w*|trap|ploy|trick|manipulat\w*|obstacles?)$/;

const CONDITIONS = new Set(['if', 'unless', 'provided']);
/** "if that is what it takes", "if necessary": resolve, not a condition. */
const RESOLVE = /^if (?:that is what it takes|necessary|needed|need be|required)\b/;
/** "any ceasefire must be ...", "any talks would have to ...": terms set for it. */
const MUST = new Set(['must', 'should', 'needs', 'requires', 'have']);
/** Determiners of a stand-in that points back to the position under discussion. */
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'such', 'any']);
const DENIALS = new Set(['not', 'never', 'no']);
const CHANGING = /^(?:chang\w*|alter\w*)$/;
/** "would not change the course": a change denied to something else, not to the position. */
const CHANGED_OBJECTS = new Set([
  'the',
  'a',
  'an',
  'anything',
  'its',
  'their',
  'this',
  'that',
  'much',
]);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'regarding', 'over', 'towards', 'toward', 'of']);
/** "would not waver", "will never abandon", "must not weaken": a denial of giving up is resolve. */
const FALTERING =
  /^(?:waver\w*|falter\w*|flinch\w*|hesitat\w*|relent\w*|tire|abandon\w*|desert\w*|back|give|weaken\w*|undermin\w*|erod\w*|diminish\w*|revers\w*|affect\w*|jeopardi[sz]\w*|stop\w*|ceas\w*)$/;
/** "will not be affected": what is denied is the participle after "be". */
const BE = new Set(['be', 'been', 'being']);

/**
 * "Italy's support for Kyiv will not change" keeps the position it names; "his position on
 * Taurus has not changed" is about a position taken on it.
 */
function keptSubject(view: ArticleView, mention: PositionMention): boolean {
  return !TOPIC_PREPOSITIONS.has(wordBeforeArticle(view, mention.start));
}

/** Verbs that go on with a clause after an aside between commas. */
const RESUMING = new Set(
  'would will is was are were could can must should might may has have had'.split(' '),
);

/** Where a clause resumes after a short aside opened by the comma at `at` ("..., "under whatever name", would be"), or -1. */
function asideEnd(view: ArticleView, at: number, stop: number): number {
  if (view.tokens[at]?.norm !== ',') return -1;
  for (let k = at + 1; k < Math.min(stop, at + 8); k++) {
    const norm = view.tokens[k]?.norm ?? '.';
    if (norm === '.' || norm === ';') return -1;
    if (norm === ',') return RESUMING.has(view.tokens[k + 1]?.norm ?? '') ? k + 1 : -1;
  }
  return -1;
}

/** Up to `count` words after word `k`, quotation marks left out. */
function wordsAfter(words: readonly string[], k: number, count: number): string[] {
  const found: string[] = [];
  for (let i = k + 1; i < words.length && found.length < count; i++)
    if (!QUOTE_MARKS.has(words[i] ?? '')) found.push(words[i] ?? '');
  return found;
}

/** Whether word `k` of a statement denies or blames: not a denial of giving up or of change to what is `kept`. */
function denialAt(words: readonly string[], k: number, kept: boolean): boolean {
  const w = words[k] ?? '';
  const [next = '', object = ''] = wordsAfter(words, k, 3).filter(
    (word, i) => i > 0 || !BE.has(word),
  );
  if (NEGATORS.has(w) || w.endsWith("n't"))
    return !FALTERING.test(next) && !(kept && CHANGING.test(next) && !CHANGED_OBJECTS.has(object));
  const previous = words[k - 1] ?? '';
  return BLAME.test(w) && !NEGATORS.has(previous) && !previous.endsWith("n't");
}

/** Whether a denial stands between `mention` and the next position named in its clause. */
function deniedAfter(
  view: ArticleView,
  mention: PositionMention,
  next: PositionMention | undefined,
): boolean {
  if (!next) return false;
  const between = view.tokens.slice(mention.end, next.start);
  return (
    !between.some((t) => CLAUSE_ENDS.has(t.norm)) &&
    between.some((t) => DENIALS.has(t.norm) || t.norm.endsWith("n't"))
  );
}

/**
 * "said the force could deploy within days": a stand-in by a position's own noun, pointing
 * back ("the", "such"); not "its participation" nor a plan named only as a plan.
 */
function definiteStandIn(view: ArticleView, mention: PositionMention): boolean {
  return mention.kinds !== undefined && DEFINITE.has(view.tokens[mention.start]?.norm ?? '');
}

/** The folded words from token `at` on, `count` of them, joined by spaces. */
function phraseAt(view: ArticleView, at: number, count: number): string {
  return view.tokens
    .slice(at, at + count)
    .map((t) => t.norm)
    .join(' ');
}

/** "said Russia would order a ceasefire if Ukraine withdrew": a condition follows in what is said. */
function conditioned(view: ArticleView, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const norm = view.tokens[i]?.norm ?? '';
    if (CONDITIONS.has(norm)) return !RESOLVE.test(phraseAt(view, i, 6));
    // Past a comma only "if", "only if", "but only if": a clause after it is another matter.
    const next = view.tokens[i + 1]?.norm ?? '';
    if (norm === ';' || norm === 'that') return false;
    const only = next === 'only' || (next === 'but' && view.tokens[i + 2]?.norm === 'only');
    if (norm === ',' && !CONDITIONS.has(next) && !only) return false;
  }
  return false;
}

/** A contrast between the verb and the position opens a clause with a subject of its own. */
function othersClause(
  view: ArticleView,
  sentence: SentenceView,
  from: number,
  to: number,
): boolean {
  for (let i = from + 1; i < to; i++) {
    if (!CONTRASTS.has(view.tokens[i]?.norm ?? '')) continue;
    const contrast = i;
    if (
      sentence.mentions.some(
        (m) => m.kind === 'actor' && m.start > contrast && m.start < to && !m.object,
      )
    )
      return true;
  }
  return false;
}

/** What a statement's words say of its position, in order of precedence. */
function stanceOf(said: {
  condition: boolean;
  needs: boolean;
  denied: boolean;
  lacking: boolean;
  opened: boolean;
  warning: boolean;
}): Stance {
  if (said.condition) return 'conditional';
  if (said.needs) return 'supports';
  if (said.denied) return said.lacking ? 'conditional' : 'opposes';
  if (said.opened) return 'conditional';
  return said.warning ? 'opposes' : 'supports';
}

/**
 * The cue of one thing said from token `from` on (the verb, or a "that" opening the next
 * thing said), if it is about a position, with where its clause ends; none for a question
 * or a position in a condition.
 */
function reportedCue(
  view: ArticleView,
  sentence: SentenceView,
  event: SpeechEvent,
  positions: readonly PositionMention[],
  from: number,
): { cue: CueMatch; end: number } | undefined {
  // "warned that any quick fix is a dirty deal, and said Europe would keep supplying weapons":
  // the speaker's next verb of saying ends this statement.
  const others = sentence.speech
    .filter(
      (e) => e !== event && e.verb > from && e.speakers.some((id) => event.speakers.includes(id)),
    )
    .map((e) => e.verb);
  const stop = Math.min(event.contentEnd, ...others);
  const candidates = positions.filter(
    (m) =>
      (!m.anaphor || definiteStandIn(view, m)) &&
      !m.hypothetical &&
      m.start > from &&
      m.start < stop,
  );
  // "said support for Ukraine did not include sending troops": what is denied is named after.
  const mention = candidates.find((m, k) => !deniedAfter(view, m, candidates[k + 1]));
  // "Sweden said it would not take part, while Finland welcomed the truce": another's clause.
  if (!mention || othersClause(view, sentence, from, mention.start)) return undefined;
  // The words of the position's clause, from the verb or the last clause break before it, to
  // its end ("said Italian troops would not take part"; not "said X must not ..., and announced Y").
  // Forward, "and" opens the next thing said ("was being prepared and that Rome would not ...",
  // "would provide aid and called on Russia to end an illegal war"). A "that" right after the
  // position opens a relative clause ("a ceasefire that rewarded aggression would be a trap").
  let end = mention.end;
  // Asides skipped on the way (", not NATO troops,"): what they deny is not the position.
  const asides: Range[] = [];
  const relative = (at: number): boolean => at === mention.end && view.tokens[at]?.norm === 'that';
  for (;;) {
    while (
      end < stop &&
      !CLAUSE_ENDS.has(view.tokens[end]?.norm ?? '.') &&
      (!NEXT_STATEMENT.has(view.tokens[end]?.norm ?? '') || relative(end)) &&
      !SUBORDINATE_ENDS.has(view.tokens[end]?.norm ?? '')
    )
      end++;
    // 'the deployment of troops, "under whatever name", would be an escalation': an aside
    // between commas, and the clause goes on with its verb.
    const resumed = asideEnd(view, end, stop);
    if (resumed === -1) break;
    asides.push({ start: end, end: resumed });
    end = resumed;
  }
  let start = mention.start;
  while (
    start > from + 1 &&
    !CLAUSE_ENDS.has(view.tokens[start - 1]?.norm ?? '.') &&
    nextStatement(view, start - 2) === -1
  )
    start--;
  const words = view.tokens.slice(start, end).map((t) => t.norm);
  const before = view.tokens.slice(from + 1, mention.start).map((t) => t.norm);
  if (words.includes('?') || before.some((w) => SUBORDINATORS.has(w))) return undefined;
  const warning = WARNINGS.test(view.tokens[event.verb]?.norm ?? '');
  // "warned that the deployment needed American support": a warning about a stand-in may be
  // about anything said of it.
  if (warning && mention.anaphor) return undefined;
  // "without" right before the position needs it ("could not hold without more support"), and
  // "without delay", "without ifs and buts" insist.
  const needs =
    before.slice(-8).includes('without') || before.slice(-3).some((w) => SHORTAGES.has(w));
  const spoken = words.filter((w) => !QUOTE_MARKS.has(w));
  const insists = spoken.some((w, k) => w === 'without' && INSISTING.has(spoken[k + 1] ?? ''));
  const kept = keptSubject(view, mention);
  const aside = (k: number): boolean =>
    asides.some((r) => r.start <= start + k && start + k < r.end);
  const denies = (w: string, k: number): boolean =>
    !aside(k) && !(w === 'without' && insists) && denialAt(words, k, kept);
  // "any ceasefire must be just and lasting": terms set for whatever comes.
  const any =
    view.tokens[mention.start - 1]?.norm === 'any' || view.tokens[mention.start]?.norm === 'any';
  const terms =
    any && words.slice(mention.end - start, mention.end - start + 4).some((w) => MUST.has(w));
  const condition = terms || conditioned(view, mention.end, event.contentEnd);
  const stance = stanceOf({
    condition,
    needs,
    // Blame said before, in the same statement, carries on ("NATO was raising the escalation and
    // that European arms deliveries ..."); a denial does not ("no decisions over Ukraine's head").
    // "did not expect Trump to abandon Kyiv and that Italy would keep supplying": denied blame
    // does not. "said weapons deliveries had to stop": what is to end is opposed.
    denied:
      words.some(denies) ||
      before.includes('against') ||
      haltedAfter(view, mention.end) ||
      (nextStatement(view, start - 2) !== -1 &&
        blamedBefore(view.tokens.slice(event.verb + 1, start).map((t) => t.norm))),
    // "a ceasefire without security guarantees would be a trap": against it only as it stands.
    lacking: view.tokens.slice(mention.end, mention.end + 2).some((t) => t.norm === 'without'),
    // "had taken note of the truce idea": acknowledged, no more.
    opened:
      words.some((w) => OPENINGS.has(w)) ||
      before.some((w, k) => w === 'note' && TAKING.has(before[k - 1] ?? '')),
    warning,
  });
  const cue: CueMatch = {
    // Words that deny, blame or open the position decide over its own verb ("said sending soldiers would be a betrayal").
    entry: stance === 'opposes' || condition ? JUDGED : REPORTED,
    start: event.verb,
    end: event.verb + 1,
    stance,
    negated: stance === 'opposes',
    text: view.tokens[event.verb]?.text ?? '',
    topicAt: mention.start,
  };
  return { cue, end };
}

/** Blame in what was said before, not itself denied ("did not expect Trump to abandon Kyiv"). */
function blamedBefore(words: readonly string[]): boolean {
  return (
    words.some((w) => BLAME.test(w)) && !words.some((w) => NEGATORS.has(w) || w.endsWith("n't"))
  );
}

/** The "that" opening the next thing said at `at` ("... aid, but that no soldier will go"), or -1; not a condition's ("provided that"). */
function nextStatement(view: ArticleView, at: number): number {
  let i = at;
  if (view.tokens[i]?.text === ',') i++;
  if (!['and', 'but'].includes(view.tokens[i]?.norm ?? '')) return -1;
  return view.tokens[i + 1]?.norm === 'that' ? i + 1 : -1;
}

/** The cues of one statement, one per thing said about a position; none when the statement is denied ("never said"). */
function statementCues(
  view: ArticleView,
  sentence: SentenceView,
  event: SpeechEvent,
  positions: readonly PositionMention[],
): CueMatch[] {
  if (event.speakers.length === 0 || negatorBefore(view.tokens, event.verb, 0, new Set()) !== -1)
    return [];
  const cues: CueMatch[] = [];
  // '"We should pay our full share into the European Peace Facility," she said': said before.
  const first = event.contentEnd <= event.verb ? event.contentStart - 1 : event.verb;
  for (let from = first; from !== -1 && from < event.contentEnd;) {
    const found = reportedCue(view, sentence, event, positions, from);
    if (!found) break;
    cues.push(found.cue);
    from = nextStatement(view, found.end);
  }
  const elided = cues.length === 0 ? elidedRefusal(view, sentence, event, positions) : undefined;
  return elided ? [elided] : cues;
}

const ELIDED_REFUSAL =
  /^(?:that )?(?:it|they|he|she|we|\S+) (?:would|will|could|should|did|does|do|was|were|is|are|had|has|have)(?: not|n't)$/;

/**
 * "with Britain ready to put soldiers on the ground while Germany and Poland signalled they would
 * not": a refusal that leaves out what it refuses refuses the position named before it.
 */
function elidedRefusal(
  view: ArticleView,
  sentence: SentenceView,
  event: SpeechEvent,
  positions: readonly PositionMention[],
): CueMatch | undefined {
  if (event.contentStart <= event.verb) return undefined;
  let end = event.contentStart;
  while (end < event.contentEnd && !CLAUSE_ENDS.has(view.tokens[end]?.norm ?? '.')) end++;
  const words = view.tokens.slice(event.contentStart, end).map((t) => t.norm);
  if (!ELIDED_REFUSAL.test(words.join(' '))) return undefined;
  const named = positions
    .filter((m) => m.start >= sentence.tokenStart && m.end <= event.verb)
    .pop();
  if (!named) return undefined;
  return {
    entry: JUDGED,
    start: event.verb,
    end: event.verb + 1,
    stance: 'opposes',
    negated: true,
    text: view.tokens[event.verb]?.text ?? '',
    topicAt: named.start,
  };
}

/** The cues the article's verbs of saying carry, in text order. */
export function reportedCues(view: ArticleView, positions: readonly PositionMention[]): CueMatch[] {
  return view.sentences.flatMap((sentence) =>
    sentence.speech.flatMap((event) => statementCues(view, sentence, event, positions)),
  );
}
