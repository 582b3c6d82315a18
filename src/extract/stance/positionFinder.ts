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
  /** For an anaphor by a position's own noun ("such a mission"): the positions it may stand for. */
  kinds?: string[];
  /** For a generic mention by such a noun ("the missiles"): a narrower position it may be. */
  narrower?: string[];
  /** In an if-clause: not what the text goes on to discuss. */
  hypothetical?: boolean;
  /** The plan noun that names it ("the ammunition initiative", "the plan to send troops"), or that an anaphor uses. */
  head?: string;
}

/** Stand-ins for a plan under discussion: "the idea", "such a move", "this initiative", "a similar agreement". */
const PLAN_ANAPHOR =
  /\b(?:the|this|that|such an?|these|those|his|her|their|its|our|an? similar|an? comparable|the same)\s+(?:[a-z-]+\s+)?(?:idea|ideas|proposal|proposals|plan|plans|initiative|initiatives|move|option|scenario|approach|step|issue|request|measure|prospect|concept|suggestion|offer|package|bill|legislation|debate|discussion|discussions|motion|motions|decree|decrees|scheme|programme|program|fund|decision|regulation|resolution|mechanism|instrument|project|permission|effort|efforts|agreement|accord|vote)\b|\ban?\s+(?:[a-z-]+\s+)?(?:debate|discussion)\b/g;
/** Stand-ins for someone's statement on it: "Macron's comments", "his remarks", "such statements". */
const STATEMENT_ANAPHOR =
  /\b(?:[a-z]+'s|his|her|their|its|such|these|those)\s+(?:[a-z-]+\s+)?(?:statement|statements|comments?|remarks?|words|announcement|call|appeal|demand|warning|threat)\b/g;

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

/** Modifiers that make a noun something else ("the sanctions package", "humanitarian aid"). */
const OTHER_KINDS = new Set(
  `sanctions humanitarian economic financial energy peace reform budget rescue trade stimulus
  russian ukrainian enemy korean chinese iranian belarusian occupying invading armed security police
  air naval task`
    .trim()
    .split(/\s+/),
);

interface NounLexicon {
  pattern: RegExp;
  kinds: ReadonlyMap<string, string[]>;
}

const lexicons = new WeakMap<readonly PositionEntry[], NounLexicon | null>();

/** The positions' own nouns, compiled once per positions list. */
function nounLexicon(positions: readonly PositionEntry[]): NounLexicon | null {
  const cached = lexicons.get(positions);
  if (cached !== undefined) return cached;
  const kinds = new Map<string, string[]>();
  for (const position of positions)
    for (const noun of position.anaphors)
      kinds.set(noun, [...(kinds.get(noun) ?? []), position.id]);
  const nouns = [...kinds.keys()].sort((a, b) => b.length - a.length);
  const lexicon =
    nouns.length === 0
      ? null
      : {
          kinds,
          pattern: new RegExp(
            `\\b(?:the|this|these|those|such(?: an?)?|any|an?|its|their|his|her|our|[a-z]+'s|\\d+|two|three|four|five|six|seven|eight|nine|ten|several|more)\\s+((?:[\\w\u20ac\u00a3$.,-]+\\s+){0,3}?)(${nouns.join('|')})\\b`,
            'g',
          ),
        };
  lexicons.set(positions, lexicon);
  return lexicon;
}

/** "If it comes to a ceasefire, ...": a mention in an if-clause. */
function inIfClause(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 8); i--) {
    const norm = tokens[i]?.norm ?? '';
    if (norm === 'if' || norm === 'unless') return true;
    if (norm === ',' || norm === '.' || norm === ';' || norm === ':') return false;
  }
  return false;
}

/** Mentions by a position's own noun: anaphors ("such a mission") and generic mentions to narrow ("the missiles"). */
function nounMentions(
  folded: string,
  tokens: readonly Token[],
  positions: readonly PositionEntry[],
  mentions: PositionMention[],
): void {
  const lexicon = nounLexicon(positions);
  if (!lexicon) return;
  lexicon.pattern.lastIndex = 0;
  for (let match = lexicon.pattern.exec(folded); match; match = lexicon.pattern.exec(folded)) {
    const modifiers = (match[1] ?? '').split(/\s+/);
    const kinds = lexicon.kinds.get(match[2] ?? '') ?? [];
    if (modifiers.some((word) => OTHER_KINDS.has(word))) continue;
    // "the means to force Putin to negotiate": after "to" the noun is a verb.
    if (modifiers.filter(Boolean).at(-1) === 'to') continue;
    const start = tokenAt(tokens, match.index);
    const end = tokenAt(tokens, match.index + match[0].length);
    const overlapping = mentions.filter((m) => m.start < end && start < m.end);
    if (overlapping.length > 0) {
      for (const mention of overlapping) {
        const narrower = kinds.filter((kind) => !mention.positions.includes(kind));
        if (!mention.anaphor && mention.end === end && narrower.length > 0)
          mention.narrower = narrower;
      }
      continue;
    }
    if (explained(tokens, mentions, end)) continue;
    mentions.push({ start, end, positions: [], anaphor: true, statement: false, kinds });
  }
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);
/** Words after a stand-in that lead to what it stands for ("the idea of", "a mission under"). */
const EXPLAINING_LINKS = new Set(
  'of to for on toward towards that under with led backed'.split(' '),
);

/** "the US efforts to end the war", "a plan for settling the conflict": a plan said to be about something else. */
function aboutSomethingElse(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.norm ?? '';
  const after = tokens[end + 1];
  return (
    (next === 'to' &&
      /^\p{Ll}+$/u.test(after?.text ?? '') &&
      !DETERMINERS.has(after?.norm ?? '')) ||
    (next === 'for' && (after?.norm ?? '').endsWith('ing'))
  );
}

/**
 * "the idea of sending troops", "Trump's statement that the US will give security guarantees",
 * "a mission under a UN flag": an anaphor whose position follows it.
 */
function explained(
  tokens: readonly Token[],
  mentions: readonly PositionMention[],
  end: number,
): boolean {
  const link = tokens[end]?.norm ?? '';
  const reach = link === 'that' || link === 'of' ? 12 : 6;
  return (
    EXPLAINING_LINKS.has(link) &&
    mentions.some((m) => !m.anaphor && m.start >= end && m.start <= end + reach)
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
      hypothetical: inIfClause(tokens, start),
    };
    byRange.set(key, mention);
    mentions.push(mention);
  }
  nounMentions(folded, tokens, positions, mentions);
  for (const [pattern, statement] of [
    [PLAN_ANAPHOR, false],
    [STATEMENT_ANAPHOR, true],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      const start = tokenAt(tokens, match.index);
      const end = tokenAt(tokens, match.index + match[0].length);
      const overlaps = mentions.some((m) => m.start < end && start < m.end);
      if (!overlaps && !explained(tokens, mentions, end) && !aboutSomethingElse(tokens, end))
        mentions.push({ start, end, positions: [], anaphor: true, statement });
    }
  }
  for (const mention of mentions) mention.head = headOf(tokens, mention);
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Nouns that name a plan, singular. */
const PLAN_NOUNS = new Set(
  'idea proposal plan initiative offer package bill scheme programme program mechanism instrument project'.split(
    ' ',
  ),
);

function planNoun(token: Token | undefined): string | undefined {
  const norm = token?.norm.replace(/s$/, '') ?? '';
  return PLAN_NOUNS.has(norm) ? norm : undefined;
}

/** The plan noun a mention is named by: its own last word for an anaphor, else the noun it heads or follows. */
function headOf(tokens: readonly Token[], mention: PositionMention): string | undefined {
  if (mention.anaphor) return planNoun(tokens[mention.end - 1]);
  const linked = ['of', 'to', 'for'].includes(tokens[mention.start - 1]?.norm ?? '');
  return (
    planNoun(tokens[mention.end]) ?? (linked ? planNoun(tokens[mention.start - 2]) : undefined)
  );
}
