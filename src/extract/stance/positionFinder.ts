// Finds position mentions: each position's expressions on the article text,
// a longer match of another position winning over one it contains ("UN
// peacekeeping mission" is the UN mission, not troops), and anaphors ("the
// idea", "such a move", "this initiative") that stand for the position under
// discussion.
import type { PositionEntry } from '../knowledge/positions';
import type { Token } from '../text/tokens';
import { tokenAt } from './cueFinder';

export interface PositionMention {
  /** Token range, end exclusive. */
  start: number;
  end: number;
  /** Position ids; empty for an anaphor until resolved. */
  positions: string[];
  anaphor: boolean;
  /** An anaphor naming someone's statement ("Putin's comments"). */
  statement: boolean;
}

/** Stand-ins for a plan under discussion: "the idea", "such a move", "this initiative". */
const PLAN_ANAPHOR =
  /\b(?:the|this|that|such an?|these|those|his|her|their|its|our)\s+(?:[a-z-]+\s+)?(?:idea|ideas|proposal|proposals|plan|plans|initiative|initiatives|move|option|scenario|approach|step|issue|request|measure|prospect|concept|suggestion|package|bill|legislation)\b/g;
/** Stand-ins for someone's statement on it: "Macron's comments", "his remarks". */
const STATEMENT_ANAPHOR =
  /\b(?:[a-z]+'s|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:statement|statements|comments?|remarks?|words|announcement|call|appeal|demand|warning|threat)\b/g;

const CONTRAST = new Set([
  'alternative to',
  'alternatives to',
  'instead of',
  'rather than',
  'short of',
  'other than',
]);

/** "an alternative to sending troops": the position is set aside, not discussed. */
function contrasted(tokens: readonly Token[], start: number): boolean {
  return CONTRAST.has(`${tokens[start - 2]?.norm ?? ''} ${tokens[start - 1]?.norm ?? ''}`);
}

interface CharMatch {
  from: number;
  to: number;
  id: string;
}

function explicitMatches(text: string, positions: readonly PositionEntry[]): CharMatch[] {
  const matches: CharMatch[] = [];
  for (const position of positions) {
    position.pattern.lastIndex = 0;
    for (let match = position.pattern.exec(text); match; match = position.pattern.exec(text)) {
      if (match[0].length === 0) {
        position.pattern.lastIndex++;
        continue;
      }
      matches.push({ from: match.index, to: match.index + match[0].length, id: position.id });
    }
  }
  return matches.filter(
    (m) =>
      !matches.some(
        (o) => o.id !== m.id && o.from <= m.from && m.to <= o.to && o.to - o.from > m.to - m.from,
      ),
  );
}

/** Position mentions of an article, explicit and anaphoric, in text order. */
export function findPositionMentions(
  text: string,
  folded: string,
  tokens: readonly Token[],
  positions: readonly PositionEntry[],
): PositionMention[] {
  const mentions: PositionMention[] = [];
  const byRange = new Map<string, PositionMention>();
  for (const match of explicitMatches(text, positions)) {
    const start = tokenAt(tokens, match.from);
    const end = Math.max(tokenAt(tokens, match.to), start + 1);
    if (contrasted(tokens, start)) continue;
    const key = `${start}:${end}`;
    const existing = byRange.get(key);
    if (existing) {
      if (!existing.positions.includes(match.id)) existing.positions.push(match.id);
      continue;
    }
    const mention: PositionMention = {
      start,
      end,
      positions: [match.id],
      anaphor: false,
      statement: false,
    };
    byRange.set(key, mention);
    mentions.push(mention);
  }
  for (const [pattern, statement] of [
    [PLAN_ANAPHOR, false],
    [STATEMENT_ANAPHOR, true],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      const start = tokenAt(tokens, match.index);
      const end = tokenAt(tokens, match.index + match[0].length);
      const overlaps = mentions.some((m) => m.start < end && start < m.end);
      const explained = mentions.some(
        (m) =>
          !m.anaphor &&
          m.start >= end &&
          m.start <= end + 6 &&
          ['of', 'to', 'for', 'on'].includes(tokens[end]?.norm ?? ''),
      );
      if (!overlaps && !explained)
        mentions.push({ start, end, positions: [], anaphor: true, statement });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
