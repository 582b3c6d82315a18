// What stand-ins for a position stand for: "the idea", "such a move" for the
// position last named; "such a mission", "the package" for the last named
// position that noun can name; and "the missiles" after "Taurus missiles" for
// the narrower position too. A position named in an if-clause ("If it comes to
// a ceasefire, ...") is not one the text goes on to discuss.
import type { PositionMention } from './positionFinder';

/** The last named mention before `mentions[k]` with a position among `kinds` (any if undefined). */
function antecedent(
  mentions: readonly PositionMention[],
  k: number,
  kinds: readonly string[] | undefined,
): string[] {
  for (let i = k - 1; i >= 0; i--) {
    const mention = mentions[i] as PositionMention;
    if (mention.anaphor || mention.hypothetical) continue;
    if (!kinds) return [...mention.positions];
    const shared = mention.positions.filter((id) => kinds.includes(id));
    if (shared.length > 0) return shared;
  }
  return [];
}

/** Fills in the positions of anaphors and narrows generic mentions, in text order. */
export function resolveAnaphors(mentions: PositionMention[]): void {
  mentions.forEach((mention, k) => {
    if (mention.anaphor) {
      mention.positions = antecedent(mentions, k, mention.kinds);
      return;
    }
    const narrower = mention.narrower;
    if (!narrower) return;
    const last = antecedent(mentions, k, [...narrower, ...mention.positions]);
    for (const id of last) if (narrower.includes(id)) mention.positions.push(id);
  });
}
