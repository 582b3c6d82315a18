// Finds stance cues in an article: one scan of the folded text with the whole
// lexicon, then negation ("did not", "refused to", "nothing should be") turns
// a cue around: supports → opposes, opposes → conditional ("not ruled out"),
// conditional → opposes, and neutral verbs become opposes ("did not include").
import type { Stance } from '../../graph/types';
import { CUE_INDEX, type CueEntry } from '../lexicon/cues';
import {
  BETWEEN_SUBJECT_AND_VERB,
  GROUP_NOUNS,
  NEGATORS,
  QUOTE_MARKS,
  SPEECH_VERBS,
} from '../lexicon/words';
import type { Token } from '../text/tokens';

export interface CueMatch {
  entry: CueEntry;
  /** Token range, end exclusive. */
  start: number;
  end: number;
  stance: Stance;
  negated: boolean;
  /** The words that decided the stance, as written. */
  text: string;
  /** Where to look for the holder, when not at the cue ("would not send ... without X"). */
  subjectAt?: number;
  /** A verb of saying standing as the cue: where the position it speaks of starts. */
  topicAt?: number;
}

const FLIP: Readonly<Record<CueEntry['stance'], Stance>> = {
  supports: 'opposes',
  opposes: 'conditional',
  conditional: 'opposes',
  neutral: 'opposes',
  negator: 'opposes',
};

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Token index of a negator just before `at` (within the sentence), or -1. */
export function negatorBefore(
  tokens: readonly Token[],
  at: number,
  floor: number,
  negatorEnds: ReadonlySet<number>,
): number {
  for (let i = at - 1; i >= Math.max(floor, at - 4); i--) {
    const norm = tokens[i]?.norm ?? '';
    if (negatorEnds.has(i + 1)) return i;
    // "not only ... but also" affirms.
    if ((NEGATORS.has(norm) || norm.endsWith("n't")) && tokens[i + 1]?.norm !== 'only') return i;
    if (QUOTE_MARKS.has(norm)) continue;
    // Adverbs ("not currently planning", "never seriously considered") leave the scope open.
    const adverb = norm.length > 4 && norm.endsWith('ly');
    if (
      !adverb &&
      !BETWEEN_SUBJECT_AND_VERB.has(norm) &&
      norm !== 'to' &&
      norm !== 'be' &&
      norm !== 'any'
    )
      return -1;
  }
  return -1;
}

const MODALS = new Set(['could', 'might', 'may']);
const OWNERS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
/** Verbs whose negation reaches into their clause ("did not think a truce was necessary"). */
const NEG_RAISING = new Set(['think', 'believe', 'expect', 'feel', 'consider', 'see']);

/** A negated verb of opinion before `at` in its clause ("he did not think ... was needed"). */
function negatedOpinion(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let i = at - 1; i >= Math.max(floor, at - 10); i--) {
    const norm = tokens[i]?.norm ?? '';
    if (norm === ',' || norm === ';' || norm === 'but') return false;
    if (NEG_RAISING.has(norm)) return negatorBefore(tokens, i, floor, new Set()) !== -1;
  }
  return false;
}

/** "Trump never said he would send troops": what a denied statement says is no stance. */
function deniedStatement(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let i = at - 1; i >= Math.max(floor, at - 8); i--) {
    const norm = tokens[i]?.norm ?? '';
    if (norm === ',' || norm === ';' || norm === 'but' || NEG_RAISING.has(norm)) return false;
    if (SPEECH_VERBS.has(norm)) return negatorBefore(tokens, i, floor, new Set()) !== -1;
  }
  return false;
}

/** A nominal cue that is the object of the cue just before it ("brushed off calls for"). */
function embedded(tokens: readonly Token[], cue: RawCue, previous: RawCue | undefined): boolean {
  if (!cue.entry.embeddable || !previous || previous.entry.stance === 'negator') return false;
  const gap = tokens.slice(previous.end, cue.start);
  // "renewed his appeal for": an owned noun is a cue of its own.
  return gap.length <= 3 && gap.every((t) => /^\p{Ll}/u.test(t.text) && !OWNERS.has(t.norm));
}

interface RawCue {
  entry: CueEntry;
  start: number;
  end: number;
}

/** "could support", "might send": a possibility, not a commitment. */
function hedged(tokens: readonly Token[], at: number, floor: number): boolean {
  for (let i = at - 1; i >= Math.max(floor, at - 3); i--) {
    const norm = tokens[i]?.norm ?? '';
    if (MODALS.has(norm)) return true;
    if (!BETWEEN_SUBJECT_AND_VERB.has(norm)) return false;
  }
  return false;
}

/** "Finance Minister", "Support Group": a capitalised word inside a sentence, before another, is a name. */
function inName(tokens: readonly Token[], at: number, floor: number): boolean {
  return at > floor && tokens[at]?.capitalized === true && tokens[at + 1]?.capitalized === true;
}

/** "backed the idea 'in principle'": support held back. */
function inPrinciple(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < end + 8; i++) {
    const norm = tokens[i]?.norm ?? '.';
    if (norm === '.' || norm === ';' || norm === 'but') return false;
    if (norm === 'in' && tokens[i + 1]?.norm === 'principle') return true;
  }
  return false;
}

/** All cues of an article's folded text, negation applied, in text order. */
export function findCues(
  text: string,
  folded: string,
  tokens: readonly Token[],
  sentenceStartOf: (token: number) => number,
): CueMatch[] {
  const raw: RawCue[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start] as Token;
    const matcher = CUE_INDEX.matcherAt(folded, token.start);
    if (!matcher) continue;
    matcher.pattern.lastIndex = token.start;
    const match = matcher.pattern.exec(folded);
    if (!match || match[0].length === 0) continue;
    const group = match.findIndex((value, k) => k > 0 && value !== undefined);
    const entry = matcher.entries[group - 1];
    const end = tokenAt(tokens, match.index + match[0].length);
    if (!entry || end <= start) continue;
    raw.push({ entry, start, end });
    start = end - 1;
  }
  const negatorEnds = new Set(
    raw.filter((cue) => cue.entry.stance === 'negator').map((cue) => cue.end),
  );
  const cues: CueMatch[] = [];
  for (const [k, cue] of raw.entries()) {
    if (cue.entry.stance === 'negator' || embedded(tokens, cue, raw[k - 1])) continue;
    const floor = sentenceStartOf(cue.start);
    if (inName(tokens, cue.start, floor)) continue;
    if (deniedStatement(tokens, cue.start, floor)) continue;
    // "Most NATO countries, including Germany and Italy, distanced themselves": the group's members.
    if (
      cue.entry.listed &&
      tokens[cue.start - 1]?.text === ',' &&
      GROUP_NOUNS.has(tokens[cue.start - 2]?.norm ?? '')
    )
      continue;
    // "would send neither weapons nor troops": the negation follows the verb.
    const negated =
      negatorBefore(tokens, cue.start, floor, negatorEnds) !== -1 ||
      negatedOpinion(tokens, cue.start, floor) ||
      tokens[cue.end]?.norm === 'neither';
    if (cue.entry.stance === 'neutral' && !negated && !cue.entry.listed) continue;
    const first = tokens[cue.start] as Token;
    const last = tokens[cue.end - 1] as Token;
    let stance: Stance = negated
      ? (cue.entry.denied ?? FLIP[cue.entry.stance])
      : cue.entry.stance === 'neutral'
        ? 'supports'
        : cue.entry.stance;
    if (
      stance === 'supports' &&
      (hedged(tokens, cue.start, sentenceStartOf(cue.start)) || inPrinciple(tokens, cue.end))
    )
      stance = 'conditional';
    cues.push({
      entry: cue.entry,
      start: cue.start,
      end: cue.end,
      stance,
      negated,
      text: text.slice(first.start, last.end),
    });
  }
  return cues;
}
