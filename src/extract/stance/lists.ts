// Lists of actors: coordinated mentions ("Italy, Germany, and Hungary"), the
// named members of a group ("states, including Italy and Spain"; "countries
// that say never – Slovakia is among them"), and the sentence's main subject.
import type { Mention } from '../actors/mention';
import { MEMBER_INTRODUCERS } from '../lexicon/words';
import { isSubjectMention, resolveMention } from './resolve';
import { mentionEndingAt, type ArticleView, type SentenceView } from './view';

const LIST_JOINERS = new Set([',', 'and', 'or', '&', 'both', 'the']);
/**
 * The mentions coordinated with `last` (which ends the list), left to right;
 * `conjoined` when an "and" after `last` closes it ("X, Y and other allies").
 */
export function listEndingWith(
  view: ArticleView,
  sentence: SentenceView,
  last: Mention,
  conjoined = false,
): Mention[] {
  const list = [last];
  let cursor = last.start;
  for (;;) {
    let i = cursor - 1;
    while (i >= sentence.tokenStart && LIST_JOINERS.has(view.tokens[i]?.norm ?? '')) i--;
    if (i === cursor - 1) break;
    const gap = view.tokens.slice(i + 1, cursor).map((t) => t.norm);
    // "in Paris, Macron said" is no list: a list's last link is "and" or "or".
    conjoined ||= gap.some((norm) => norm !== ',' && norm !== 'the' && norm !== 'both');
    const previous = mentionEndingAt(sentence, i + 1);
    if (!previous || previous.kind !== last.kind || previous.modifier || !conjoined) break;
    if (previous.object !== last.object) break;
    list.unshift(previous);
    cursor = previous.start;
  }
  return list;
}

export function actorsOfList(
  view: ArticleView,
  sentence: SentenceView,
  list: readonly Mention[],
): string[] {
  return [...new Set(list.flatMap((mention) => resolveMention(view, sentence, mention)))];
}

/** Named members of a group: "states, including Italy", "countries ... – Slovakia is among them". */
export function groupMembers(view: ArticleView, sentence: SentenceView, group: Mention): string[] {
  // "The leaders of Britain, France and Poland": the group is its members.
  if (view.tokens[group.end]?.norm === 'of') {
    const first = sentence.mentions.find(
      (m) => m.start === group.end + 1 || m.start === group.end + 2,
    );
    if (first?.kind === 'actor' && view.tokens[group.end + 1]?.norm !== 'other') {
      return actorsOfList(view, sentence, listStartingWith(view, sentence, first));
    }
  }
  const later = sentence.mentions.filter((m) => m.start >= group.end && m.start < group.end + 16);
  const stop = later.find((m) => m.kind === 'group');
  const inside = later.filter(
    (m) => m.kind === 'actor' && !m.modifier && (!stop || m.start < stop.start),
  );
  for (const member of inside) {
    const before = view.tokens[member.start - 1]?.norm ?? '';
    const after = `${view.tokens[member.end]?.norm ?? ''} ${view.tokens[member.end + 1]?.norm ?? ''} ${view.tokens[member.end + 2]?.norm ?? ''}`;
    const introduced =
      MEMBER_INTRODUCERS.has(before) ||
      (before === 'as' && view.tokens[member.start - 2]?.norm === 'such');
    if (introduced || /^(?:is|are|was|were) among them/.test(after)) {
      return actorsOfList(view, sentence, listStartingWith(view, sentence, member));
    }
  }
  return [];
}

export function listStartingWith(
  view: ArticleView,
  sentence: SentenceView,
  first: Mention,
): Mention[] {
  const list = [first];
  for (const mention of sentence.mentions) {
    const last = list[list.length - 1] as Mention;
    if (mention.start < last.end || mention.kind !== 'actor') continue;
    const gap = view.tokens.slice(last.end, mention.start);
    if (gap.length === 0 || !gap.every((t) => LIST_JOINERS.has(t.norm))) break;
    list.push(mention);
  }
  return list;
}

/** The first subject-like mention of the sentence, resolved. */
export function mainSubject(view: ArticleView, sentence: SentenceView, before: number): string[] {
  const first = sentence.mentions.find((m) => m.start < before && isSubjectMention(m));
  if (!first) return [];
  return actorsOfList(view, sentence, listStartingWith(view, sentence, first));
}

/** "The U.S. and many European allies": the actors listed with a group. */
export function listedBeforeGroup(
  view: ArticleView,
  sentence: SentenceView,
  group: Mention,
): string[] {
  for (let i = group.start - 1; i >= Math.max(sentence.tokenStart, group.start - 4); i--) {
    const token = view.tokens[i];
    if (!token) break;
    if (token.norm === 'and' || token.norm === ',') {
      const before = mentionEndingAt(sentence, i);
      if (!before || before.kind !== 'actor' || before.object || before.modifier) return [];
      return actorsOfList(view, sentence, listEndingWith(view, sentence, before, true));
    }
    const modifier = mentionEndingAt(sentence, i + 1);
    if (modifier) {
      if (!modifier.modifier) return [];
      i = modifier.start;
      continue;
    }
    if (!/^\p{L}/u.test(token.text)) return [];
  }
  return [];
}
