// Feed and aggregator furniture that is not article text: ad markers, "Read
// Entire Article", "The post ... appeared first on", share lines, scrape-time
// stamps ("8 months ago"). The text is never edited; these ranges are skipped.

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
  /^related (posts|articles|stories|news|coverage)\s*:?$/i,
  /^comments are closed\b/i,
  /^(more|latest) (news|stories)( from [^.]{1,60})?\s*:?$/i,
];

/** The ranges of `text` that are feed furniture, in order. */
export function boilerplateRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line && END_OF_ARTICLE.some((pattern) => pattern.test(line))) {
      ranges.push({ start: lineStart, end: text.length });
      break;
    }
    if (line && FURNITURE.some((pattern) => pattern.test(line))) {
      ranges.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
}

/** True when [start, end) overlaps one of the sorted `ranges`. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((range) => range.start < end && start < range.end);
}
