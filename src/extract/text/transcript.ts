// Transcripts: paragraphs opened by a speaker's label in capitals ("STARMER:",
// "STARMER (opening statement):", "QUESTION (BBC):", a broadcaster's "STEVE
// INSKEEP, HOST:"), or an interview's "Q:" and "A:". What follows a label is
// that speaker's words, as if quoted; a turn runs on over the next unlabelled
// paragraphs that still speak in the first person ("Today I can also announce").
import type { Range } from './boilerplate';
import { linesOf, type Line } from './lines';

export interface Turn extends Range {
  /** The label's span, without its colon. */
  labelStart: number;
  labelEnd: number;
  /** Put by the interviewer: no stance of anyone's. */
  question: boolean;
  /** An interview's "A:": the words of the one interviewed. */
  answer: boolean;
}

const LABEL =
  /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?|Q|A|Question|Answer)(?:,\s*(\p{Lu}[\p{Lu} ]{1,30}))?(?:\s*\([^)\n]{0,60}\))?:\s+/u;
const QUESTION_LABEL =
  /^(?:Q|QUESTION|Question|REPORTER|INTERVIEWER|MODERATOR|JOURNALIST|HOST|ANCHOR|BYLINE)\b/;
const ANSWER_LABEL = /^(?:A|ANSWER|Answer)$/;
const FIRST_PERSON = /\b(?:I|I'm|I’m|we|We|we're|we’re|our|Our|us|my|My)\b/;
const REPORTED = /\b(?:said|says|told|added|according to)\b/;

/** The turns of a transcript in `text`, in order; none unless two paragraphs open with a label. */
export function transcriptTurns(text: string): Turn[] {
  const paragraphs = linesOf(text).filter((line) => line.text.trim());
  const labels = paragraphs.map((paragraph) => LABEL.exec(paragraph.text));
  if (labels.filter(Boolean).length < 2) return [];
  const turns: Turn[] = [];
  for (const [k, label] of labels.entries()) {
    const paragraph = paragraphs[k] as Line;
    if (!label) continue;
    let end = paragraph.end;
    for (let next = k + 1; next < paragraphs.length && !labels[next]; next++) {
      const following = paragraphs[next] as Line;
      if (!FIRST_PERSON.test(following.text) || REPORTED.test(following.text)) break;
      end = following.end;
    }
    const name = label[1] ?? '';
    const role = label[2] ?? '';
    turns.push({
      start: paragraph.start + label[0].length,
      end,
      labelStart: paragraph.start,
      labelEnd: paragraph.start + name.trimEnd().length,
      question: QUESTION_LABEL.test(name) || QUESTION_LABEL.test(role),
      answer: ANSWER_LABEL.test(name.trimEnd()),
    });
  }
  return turns;
}
