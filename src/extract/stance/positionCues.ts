// Cues carried by the words around a position rather than by a verb: a
// position negated outright ("no ground troops", "not to send troops") is
// opposed; one the speaker cannot do without is supported: "Without an
// American backstop, Putin will test us", "would not send soldiers without a
// US guarantee", "can't imagine talks without a ceasefire".
import { NEGATORS } from '../lexicon/words';
import { negatorBefore, type CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';
import { withoutBefore, type ArticleView } from './view';

const NEGATED = { stance: 'opposes', dir: 'after', strength: 2, pattern: '' } as const;
const REQUIRED = { stance: 'supports', dir: 'after', strength: 2, pattern: '' } as const;
const QUOTE_MARKS = new Set(['"', '\u201c', '\u00ab']);
const CLAUSE_END = new Set([',', ';', ':', '.', 'but', 'while', 'although', 'though']);

/**
 * "Without X," opening a sentence, or "not ... without X" in one clause: X is
 * needed. Returns where the holder is to be found (the "without" opening the
 * sentence, else the negated verb's), or -1.
 */
function required(view: ArticleView, at: number, sentenceStart: number): number {
  let i = at - 1;
  while (i >= sentenceStart && QUOTE_MARKS.has(view.tokens[i]?.text ?? '')) i--;
  if (i < sentenceStart) return at;
  for (let k = at - 1; k >= Math.max(sentenceStart, at - 15); k--) {
    const norm = view.tokens[k]?.norm ?? '';
    if (CLAUSE_END.has(norm)) return -1;
    if (NEGATORS.has(norm) || norm.endsWith("n't")) return k;
  }
  return -1;
}

function cueAt(
  view: ArticleView,
  at: number,
  entry: CueMatch['entry'],
  stance: CueMatch['stance'],
): CueMatch {
  return {
    entry,
    start: at,
    end: at + 1,
    stance,
    negated: stance === 'opposes',
    text: view.tokens[at]?.text ?? '',
  };
}

/** The cues the words around each position mention carry. */
export function positionCues(
  view: ArticleView,
  mentions: readonly PositionMention[],
  cues: readonly CueMatch[],
  sentenceStartOf: (i: number) => number,
): CueMatch[] {
  const implicit: CueMatch[] = [];
  for (const mention of mentions) {
    if (mention.anaphor) continue;
    const floor = sentenceStartOf(mention.start);
    const without = withoutBefore(view, mention.start);
    if (without !== -1) {
      const subjectAt = required(view, without, floor);
      if (subjectAt !== -1)
        implicit.push({ ...cueAt(view, without, REQUIRED, 'supports'), subjectAt });
      continue;
    }
    const at = negatorBefore(view.tokens, mention.start, floor, new Set());
    if (at === -1 || cues.some((cue) => cue.start >= at && cue.start <= mention.start)) continue;
    implicit.push(cueAt(view, at, NEGATED, 'opposes'));
  }
  return implicit;
}
