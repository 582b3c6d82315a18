// Statements no cue decides: "Pistorius said the money would go to air
// defence". The verb of saying stands as the weakest cue, one a position's
// own verb or any lexicon cue overrides: the speaker stands by what they say
// about the position, against it when the words up to the end of its clause
// deny or blame it, conditionally when they only open it.
import type { CueEntry } from '../lexicon/cueEntry';
import { NEGATORS } from '../lexicon/words';
import { negatorBefore, type CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';
import type { ArticleView, SpeechEvent } from './view';

const REPORTED: CueEntry = {
  stance: 'supports',
  dir: 'after',
  strength: 0,
  implicit: true,
  reach: 20,
  pattern: '',
};
const CLAUSE_ENDS = new Set([',', ';', ':', '.', 'but', 'while', 'whereas', 'although']);
/** A position after these is a condition or a time, not what is said ("would decide only when a ceasefire ..."). */
const SUBORDINATORS = new Set(['if', 'unless', 'when']);
const OPENINGS = new Set(['could', 'might', 'may', 'possible', 'possibly']);
/** Words of blame: a statement about a position in these terms is against it. */
const BLAME =
  /^(?:wast\w*|squander\w*|escalat\w*|provocat\w*|provok\w*|dangerous|reckless|mistake|madness|folly|absurd\w*|undermin\w*|hostile|aggressi\w*|threat\w*|fuel\w*|prolong\w*|drag\w*|abandon\w*|pretense|pretence|illegal|criminal|complicit|negative\w*|betray\w*|neutrality)$/;

const CONDITIONS = new Set(['if', 'unless', 'provided']);

/** "said Russia would order a ceasefire if Ukraine withdrew": a condition follows in what is said. */
function conditioned(view: ArticleView, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const norm = view.tokens[i]?.norm ?? '';
    if (norm === ';' || norm === 'that') return false;
    if (CONDITIONS.has(norm)) return true;
  }
  return false;
}

/** The cue of one statement, if it says something about a position; none for a question, a denied statement ("never said") or a position in a condition. */
function reportedCue(
  view: ArticleView,
  event: SpeechEvent,
  positions: readonly PositionMention[],
): CueMatch | undefined {
  if (event.speakers.length === 0 || negatorBefore(view.tokens, event.verb, 0, new Set()) !== -1)
    return undefined;
  const mention = positions.find(
    (m) => !m.anaphor && !m.hypothetical && m.start > event.verb && m.start < event.contentEnd,
  );
  if (!mention) return undefined;
  // The words from the verb to the end of the position's clause ("said Italian troops would not take part").
  let end = mention.end;
  while (end < event.contentEnd && !CLAUSE_ENDS.has(view.tokens[end]?.norm ?? '.')) end++;
  const words = view.tokens.slice(event.verb + 1, end).map((t) => t.norm);
  const before = words.slice(0, mention.start - event.verb - 1);
  if (words.includes('?') || before.some((w) => SUBORDINATORS.has(w))) return undefined;
  const stance = conditioned(view, mention.end, event.contentEnd)
    ? 'conditional'
    : words.some((w) => NEGATORS.has(w) || w.endsWith("n't") || BLAME.test(w))
      ? 'opposes'
      : words.some((w) => OPENINGS.has(w))
        ? 'conditional'
        : 'supports';
  return {
    entry: REPORTED,
    start: event.verb,
    end: event.verb + 1,
    stance,
    negated: stance === 'opposes',
    text: view.tokens[event.verb]?.text ?? '',
    topicAt: mention.start,
  };
}

/** The cues the article's verbs of saying carry, in text order. */
export function reportedCues(view: ArticleView, positions: readonly PositionMention[]): CueMatch[] {
  return view.sentences.flatMap((sentence) =>
    sentence.speech.flatMap((event) => reportedCue(view, event, positions) ?? []),
  );
}
