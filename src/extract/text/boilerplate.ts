// Feed and aggregator furniture that is not article text: ad markers, "Read
// Entire Article", "The post ... appeared first on", share lines, scrape-time
// stamps ("8 months ago"). The text is never edited; these ranges are skipped.
import { linesOf, type Line } from './lines';

/** A half-open range of offsets [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** A line of furniture: skipped, the article goes on. */
const FURNITURE: readonly RegExp[] = [
  /^ARTICLE AD BOX$/i,
  /^advertisement$/i,
  /^\[?read more\]?\.?$/i,
  /^please follow .{1,80} on google news/i,
  /^(share|subscribe|follow us|sign up|click here|also read|read also|see also|watch)\b.{0,100}$/i,
  /^(share|tweet|email|print|whatsapp|telegram|facebook|twitter|linkedin)( on \w+)?$/i,
  /^source:\s/i,
  /^(photo|image|picture|credit|video)s?\s*:/i,
  /^\d+\s+(seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b.{0,20}$/i,
  /^[-—–_=*•\s]+$/,
];

/** A line after which nothing is article text. */
const END_OF_ARTICLE: readonly RegExp[] = [
  /^read (entire|full|the full|original) (article|story)\b/i,
  /^the post .{1,300} appeared first on .{1,120}$/i,
  /^comments are closed\b/i,
  /^(more|latest) (news|stories)( from [^.]{1,60})?\s*:?$/i,
];

/** A header of links to other articles: a block of headlines, in the middle or at the end. */
const RELATED =
  /^(related|more on this|more on this story|recommended|read more)( (posts|articles|stories|news|coverage|reading))?\s*:?$/i;
/** A headline line of such a block: short and without a full stop. */
const HEADLINE = /^.{1,160}(?<![.!?:"\u201d])$/;
/** A paragraph of prose, not another headline: long, or ending a sentence. */
const PROSE = /^.{200,}|^.{60,}[.!?"\u201d\u2019)]$/;

/**
 * The end offset of a block of related links opening at line `k`: to the end
 * of the text, unless prose follows its headlines (a block in the middle of
 * an article), right away or after a subheading.
 */
function relatedBlockEnd(lines: readonly Line[], k: number, textLength: number): number {
  let last = k;
  while (lines[last + 1]?.text && HEADLINE.test(lines[last + 1]?.text ?? '')) last++;
  const [next, afterSubheading] = lines.slice(last + 1).filter((line) => line.text);
  const subheading = lines[last + 1]?.text === '' && next && HEADLINE.test(next.text);
  const prose =
    next &&
    (PROSE.test(next.text) || (subheading && afterSubheading && PROSE.test(afterSubheading.text)));
  return prose ? (lines[last]?.end ?? textLength) : textLength;
}

/** The ranges of `text` that are feed furniture, in order. */
export function boilerplateRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const lines = linesOf(text).map((line) => ({ ...line, text: line.text.trim() }));
  for (let k = 0; k < lines.length; k++) {
    const { start, end, text: line } = lines[k] as Line;
    if (!line) continue;
    if (END_OF_ARTICLE.some((pattern) => pattern.test(line))) {
      ranges.push({ start, end: text.length });
      break;
    }
    if (RELATED.test(line)) {
      const blockEnd = relatedBlockEnd(lines, k, text.length);
      ranges.push({ start, end: blockEnd });
      if (blockEnd === text.length) break;
      while ((lines[k + 1]?.end ?? Infinity) <= blockEnd) k++;
      continue;
    }
    if (FURNITURE.some((pattern) => pattern.test(line))) ranges.push({ start, end });
  }
  return ranges;
}

/** True when [start, end) overlaps one of the sorted `ranges`. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && start < range.end);
}
