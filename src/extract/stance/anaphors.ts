// What stand-ins for a position stand for. "the idea", "such a move": the
// position most under discussion, each earlier mention counting half as much
// per sentence back ("Macron proposed a truce. Russia rejected the idea." is
// the truce; after three sentences on troops and one aside on aid, troops).
// "the initiative" after "the ammunition initiative": the position named with
// that noun, however far back. "such a mission", "the package": the last
// named position that noun can name.
// "the missiles" after "Taurus missiles": the narrower position too. A
// position named in an if-clause ("If it comes to a ceasefire, ...") is not
// one the text goes on to discuss.
import type { PositionMention } from './positionFinder';

/** The last mention before `mentions[k]` with a position among `kinds`. */
function lastOfKind(
  mentions: readonly PositionMention[],
  k: number,
  kinds: readonly string[],
): string[] {
  for (let i = k - 1; i >= 0; i--) {
    const mention = mentions[i] as PositionMention;
    if (mention.anaphor || mention.hypothetical) continue;
    const shared = mention.positions.filter((id) => kinds.includes(id));
    if (shared.length > 0) return shared;
  }
  return [];
}

/** The positions last named with the anaphor's own plan noun ("the ammunition initiative" ... "the initiative"). */
function lastNamedBy(mentions: readonly PositionMention[], k: number): string[] {
  const head = (mentions[k] as PositionMention).head;
  if (!head) return [];
  for (let i = k - 1; i >= 0; i--) {
    const mention = mentions[i] as PositionMention;
    if (!mention.anaphor && !mention.hypothetical && mention.head === head)
      return mention.positions;
  }
  return [];
}

const SHARE = 0.75;

/** The position most under discussion before `mentions[k]`, weighed by sentence distance. */
function underDiscussion(
  mentions: readonly PositionMention[],
  k: number,
  sentenceOf: (token: number) => number,
): string[] {
  const here = sentenceOf((mentions[k] as PositionMention).start);
  const scores = new Map<string, { score: number; last: number }>();
  for (let i = 0; i < k; i++) {
    const mention = mentions[i] as PositionMention;
    if (mention.hypothetical || mention.statement) continue;
    const weight = 0.5 ** Math.max(0, here - sentenceOf(mention.start));
    for (const id of mention.positions) {
      const seen = scores.get(id);
      scores.set(id, { score: (seen?.score ?? 0) + weight, last: i });
    }
  }
  let best: { id: string; score: number; last: number } | undefined;
  for (const [id, { score, last }] of scores) {
    if (!best || score > best.score || (score === best.score && last > best.last))
      best = { id, score, last };
  }
  if (!best) return [];
  // "Taurus missiles ... the idea": positions named together are discussed together.
  const top = best;
  const together = [...scores]
    .filter(
      ([id, { score, last }]) => id !== top.id && last === top.last && score >= top.score * SHARE,
    )
    .map(([id]) => id);
  return [top.id, ...together];
}

/** Fills in the positions of anaphors and narrows generic mentions, in text order. */
export function resolveAnaphors(
  mentions: PositionMention[],
  sentenceOf: (token: number) => number,
): void {
  mentions.forEach((mention, k) => {
    if (mention.anaphor) {
      const named = lastNamedBy(mentions, k);
      mention.positions = mention.kinds
        ? lastOfKind(mentions, k, mention.kinds)
        : named.length > 0
          ? [...named]
          : underDiscussion(mentions, k, sentenceOf);
      return;
    }
    const narrower = mention.narrower;
    if (!narrower) return;
    const last = lastOfKind(mentions, k, [...narrower, ...mention.positions]);
    for (const id of last) if (narrower.includes(id)) mention.positions.push(id);
  });
}
