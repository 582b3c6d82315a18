// The date of a statement: a date phrase in its sentence ("on March 20", "on
// Thursday", "yesterday", "on Feb. 18") resolved against the publication date
// with chrono, never after publication; otherwise the publication date.
// Phrases that fix neither a day nor a weekday ("in February", "last week")
// are too vague to date a statement and are ignored.
import * as chrono from 'chrono-node';
import { datelineLength } from '../text/dateline';

/**
 * chrono's casual English parser with only the parsers that can read a day out
 * of what a window holds (month names with a day, weekdays, "yesterday", "last
 * night", "two days ago", numeric dates); times, ranges and vaguer periods are
 * left out as they never decide a statement's day. Should the parsers not be
 * found by name, the whole casual parser is used.
 */
const DAY_PARSERS = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENCasualDateParser',
  'ENTimeUnitAgoFormatParser',
  'SlashDateFormatParser',
  'ISOFormatParser',
  'ENYearMonthDayParser',
]);
const PARSER = ((): chrono.Chrono => {
  const parser = chrono.casual.clone();
  const kept = parser.parsers.filter((p) => DAY_PARSERS.has(p.constructor.name));
  if (kept.length >= 5) parser.parsers = kept;
  return parser;
})();

const DATE_LIKE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\blast night\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?) ago\b/;
const DATE_LIKE_ALL = new RegExp(DATE_LIKE.source, 'g');
const WINDOW = 16;
const ABBREVIATED_MONTH = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\./g;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day `days` after `date` (before, when negative). */
export function shiftDays(date: string, days: number): string {
  const time = Date.parse(`${date}T12:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** True when `folded` (a folded sentence) has something that looks like a date. */
export function mayHoldDate(folded: string): boolean {
  return DATE_LIKE.test(folded);
}

function resolved(result: chrono.ParsedResult, published: string): string | undefined {
  const start = result.start;
  const dayKnown = start.isCertain('day') || start.isCertain('weekday');
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (!dayKnown || year === null || month === null || day === null) return undefined;
  let date = iso(year, month, day);
  if (date > published && !start.isCertain('day')) date = shiftDays(date, -7);
  if (date > published && !start.isCertain('year')) date = iso(year - 1, month, day);
  return date > published ? published : date;
}

/** A day-precise date phrase of a sentence: its resolved date and its offsets in the sentence. */
export interface DatePhrase {
  date: string;
  from: number;
  to: number;
}

/** The day-precise date phrases of `sentence` (`folded` its folded form), resolved against `published`. */
export function datePhrases(sentence: string, folded: string, published: string): DatePhrase[] {
  const reference = new Date(`${published}T12:00:00Z`);
  const input = sentence.replace(ABBREVIATED_MONTH, '$1 ');
  const phrases: DatePhrase[] = [];
  // chrono reads only a window around each date-like word: much faster than the whole sentence.
  for (const [from, to] of dateWindows(folded)) {
    const window = input.slice(from, to);
    for (const result of PARSER.parse(
      window,
      { instant: reference, timezone: 0 },
      { forwardDate: false },
    )) {
      const date = resolved(result, published);
      const at = from + result.index;
      if (date && !phrases.some((p) => p.from === at))
        phrases.push({ date, from: at, to: at + result.text.length });
    }
  }
  return phrases;
}

/** Merged windows of ±WINDOW characters around each date-like match, cut at word edges. */
function dateWindows(folded: string): [number, number][] {
  const windows: [number, number][] = [];
  const pattern = DATE_LIKE_ALL;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    let from = Math.max(0, match.index - WINDOW);
    let to = Math.min(folded.length, match.index + match[0].length + WINDOW);
    while (from > 0 && folded[from - 1] !== ' ') from--;
    while (to < folded.length && folded[to] !== ' ') to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** What stands before a phrase that dates an event to come: "who faces an election on Sunday". */
const FUTURE =
  /\b(?:will|next(?! to\b)|expected|due|scheduled|set to|faces|facing|ahead of|upcoming)\b[^,;]*$|\b(?:election|elections|vote|referendum|runoff)(?: on)?\s*$/;

/** True when a phrase dates an event to come rather than a statement. */
function upcoming(folded: string, phrase: DatePhrase): boolean {
  return FUTURE.test(folded.slice(Math.max(0, phrase.from - 80), phrase.from));
}

/** The date of the phrase nearest to one of the offsets `near` (the cue, its verb of saying), else `published`. */
export function nearestDate(
  phrases: readonly DatePhrase[],
  near: number | readonly number[],
  published: string,
): string {
  const anchors = typeof near === 'number' ? [near] : near;
  let best: { date: string; distance: number } | undefined;
  for (const phrase of phrases) {
    for (const anchor of anchors) {
      const distance =
        anchor < phrase.from ? phrase.from - anchor : anchor > phrase.to ? anchor - phrase.to : 0;
      if (!best || distance < best.distance) best = { date: phrase.date, distance };
    }
  }
  return best?.date ?? published;
}

/** The phrases that may date a statement: not a dateline, not an event to come ("faces an election on Sunday"). */
export function statementPhrases(
  sentence: string,
  folded: string,
  phrases: readonly DatePhrase[],
): DatePhrase[] {
  return phrases.filter(
    (phrase) => phrase.to > datelineLength(sentence) && !upcoming(folded, phrase),
  );
}

/**
 * The statement date of `sentence` (text as written, `folded` its folded form)
 * published on `published` (YYYY-MM-DD). When the sentence has several dates,
 * the one nearest to offset `near` (the cue) wins.
 */
export function statementDate(
  sentence: string,
  folded: string,
  published: string,
  near = 0,
): string {
  const phrases = datePhrases(sentence, folded, published);
  return nearestDate(statementPhrases(sentence, folded, phrases), near, published);
}
