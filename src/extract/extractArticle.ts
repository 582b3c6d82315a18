// Extraction of one article: skip feed furniture, split sentences, find actor
// mentions and speech with coreference in reading order, then bind stance cues
// to positions and holders and date each claim's statement.
import type { ClaimRecord } from '../graph/buildGraph';
import type { ActorInfo } from './actors/actorInfo';
import { ArticleContext } from './actors/articleContext';
import { findMentions } from './actors/mentions';
import { noteFullNames } from './actors/names';
import type { KnowledgeBase } from './knowledgeBase';
import type { Stance } from '../graph/types';
import { bindSentence } from './stance/binding';
import { restatements, stanceKey } from './stance/restatement';
import { findCues, tokenAt } from './stance/cueFinder';
import { positionCues } from './stance/positionCues';
import { reportedCues } from './stance/reportedCues';
import { findPositionMentions, type PositionMention } from './stance/positionFinder';
import { resolveAnaphors } from './stance/anaphors';
import { attributeQuotes, attributeTurns, findSpeech } from './stance/speech';
import { sentenceClaims } from './stance/claims';
import { quoteIndexOf, type ArticleView, type SentenceView, type TopicAt } from './stance/view';
import { boilerplateRanges } from './text/boilerplate';
import { datelineLength } from './text/dateline';
import { foldText } from './text/fold';
import { quoteSpans } from './text/quotes';
import { tokenize } from './text/tokens';
import { transcriptTurns } from './text/transcript';
import type { Article } from './types';

export interface ArticleExtraction {
  claims: ClaimRecord[];
  actors: ActorInfo[];
}

function readSentences(view: ArticleView, article: Article, kb: KnowledgeBase): void {
  for (const [index, sentence] of kb.splitter
    .split(article.text, boilerplateRanges(article.text))
    .entries()) {
    const view_: SentenceView = {
      index,
      start: sentence.start,
      end: sentence.end,
      paragraph: sentence.paragraph,
      tokenStart: tokenAt(view.tokens, sentence.start),
      tokenEnd: tokenAt(view.tokens, sentence.end),
      mentions: [],
      speech: [],
      salientPerson: view.ctx.salientPerson,
      salientState: view.ctx.salientState,
    };
    // "FASANO, Italy –": the place a story was filed from is no actor.
    const dateline = datelineLength(article.text.slice(sentence.start, sentence.end));
    const from = dateline > 0 ? tokenAt(view.tokens, sentence.start + dateline) : view_.tokenStart;
    view_.mentions = findMentions(view.tokens, from, view_.tokenEnd, view.ctx);
    view.sentences.push(view_);
    findSpeech(view, view_);
    const speaker = view_.speech
      .flatMap((e) => e.speakers)
      .find((id) => view.ctx.kindOf(id) === 'person');
    const subjectMentions = view_.mentions.filter(
      (m) => m.kind === 'actor' && !m.object && !m.modifier,
    );
    const subjects = subjectMentions.flatMap((m) => m.actors);
    // Someone named inside a quotation ("... the person who wins is Putin.") is not whom a
    // following "he added" means.
    const named = subjectMentions
      .filter((m) => quoteIndexOf(view, m.start) === -1)
      .flatMap((m) => m.actors);
    view.ctx.salientPerson =
      speaker ?? named.find((id) => view.ctx.kindOf(id) === 'person') ?? view.ctx.salientPerson;
    // "it" reaches back one sentence at most: further back it is rarely a state.
    view.ctx.salientState = subjects.find((id) =>
      ['country', 'org'].includes(view.ctx.kindOf(id) ?? ''),
    );
  }
}

/**
 * The country an article is about: the one most often named as a subject or
 * by its adjective ("Estonian soldiers"), if it clearly leads. People the
 * article quotes without placing them are taken to be its.
 */
function homeCountry(view: ArticleView): string | undefined {
  const counts = new Map<string, number>();
  for (const mention of view.sentences.flatMap((s) => s.mentions)) {
    const id = mention.actors[0] ?? '';
    if (mention.kind !== 'actor' || mention.object || !id.startsWith('country:')) continue;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!first || (second && second[1] * 1.5 > first[1])) return undefined;
  return first[0].slice('country:'.length);
}

/** Items grouped by the sentence their first token is in, order kept. */
function groupBySentence<T extends { start: number }>(
  items: readonly T[],
  sentenceIndex: Int32Array,
): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const index = sentenceIndex[item.start] ?? -1;
    if (index === -1) continue;
    const group = groups.get(index);
    if (group) group.push(item);
    else groups.set(index, [item]);
  }
  return groups;
}

/** Extracts the claims of one article and the actors they involve. */
export function extractArticle(article: Article, kb: KnowledgeBase): ArticleExtraction {
  const folded = foldText(article.text);
  const ctx = new ArticleContext(kb, article.published);
  const turns = transcriptTurns(article.text);
  const view: ArticleView = {
    text: article.text,
    folded,
    tokens: tokenize(article.text, folded),
    sentences: [],
    // A transcript's turns come first: a quotation inside one is still its speaker's.
    quotes: [...turns.map(({ start, end }) => ({ start, end })), ...quoteSpans(article.text)],
    quoteSpeakers: [],
    ctx,
  };
  noteFullNames(view.tokens, ctx);
  readSentences(view, article, kb);
  attributeQuotes(view);
  attributeTurns(view, turns);
  // Placed before any stance is read: a spokesman's own country may share what he says.
  const home = homeCountry(view);
  if (home) ctx.placeUnplaced(home);
  const sentenceIndex = new Int32Array(view.tokens.length).fill(-1);
  for (const sentence of view.sentences)
    sentenceIndex.fill(sentence.index, sentence.tokenStart, sentence.tokenEnd);
  const sentenceOf = (i: number): SentenceView | undefined =>
    view.sentences[sentenceIndex[i] ?? -1];
  const sentenceStartOf = (i: number): number => sentenceOf(i)?.tokenStart ?? i;
  const found = findPositionMentions(article.text, folded, view.tokens, kb.positions).filter((m) =>
    sentenceOf(m.start),
  );
  resolveAnaphors(found, (i) => sentenceIndex[i] ?? -1);
  // A stand-in with nothing to stand for is no mention.
  const positions = found.filter((mention) => mention.positions.length > 0);
  // The position under discussion at a token: the last one named, if near
  // enough for a cue of that strength to point back to it.
  const named = positions.filter((m) => !m.anaphor && !m.hypothetical);
  const topicAt: TopicAt = (at, strength) => {
    let last: PositionMention | undefined;
    for (const mention of named) {
      if (mention.start >= at) break;
      last = mention;
    }
    const here = sentenceOf(at);
    const there = last && sentenceOf(last.start);
    if (!last || !here || !there) return [];
    const reach = strength >= 3 ? 3 : 1;
    const near = here.index - there.index <= reach || here.paragraph === there.paragraph;
    return near ? last.positions : [];
  };
  const cues = findCues(article.text, folded, view.tokens, sentenceStartOf);
  const allCues = [
    ...cues,
    ...reportedCues(view, positions),
    ...positionCues(view, positions, cues, sentenceStartOf),
  ].sort((a, b) => a.start - b.start);
  const claims: ClaimRecord[] = [];
  const prior = new Map<string, Stance>();
  const cuesBySentence = groupBySentence(allCues, sentenceIndex);
  const positionsBySentence = groupBySentence(positions, sentenceIndex);
  for (const sentence of view.sentences) {
    const sentenceCues = cuesBySentence.get(sentence.index) ?? [];
    const sentencePositions = positionsBySentence.get(sentence.index) ?? [];
    const restated = restatements(view, sentence, sentencePositions, prior, topicAt);
    // '"My position on Taurus has not changed," Scholz said': the bare verb of saying adds nothing.
    const bound = (
      sentenceCues.length > 0
        ? bindSentence(view, sentence, sentenceCues, sentencePositions, topicAt)
        : []
    ).filter(
      (b) =>
        !b.cue.entry.implicit ||
        !restated.some(
          (r) =>
            r.mention !== -1 &&
            r.mention === b.mention &&
            r.holders.some((h) => b.holders.includes(h)),
        ),
    );
    const bindings = [...bound, ...restated];
    const made = sentenceClaims(view, article, sentence, bindings);
    for (const claim of made) {
      const key = stanceKey(claim.source, claim.target);
      prior.delete(key);
      prior.set(key, claim.stance);
    }
    claims.push(...made);
  }
  const used = new Set(claims.map((claim) => claim.source));
  return { claims, actors: [...ctx.actors.values()].filter((actor) => used.has(actor.id)) };
}
