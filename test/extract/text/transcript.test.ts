import { describe, expect, it } from 'vitest';
import { transcriptTurns } from '../../../src/extract/text/transcript';
import { claimsOf } from '../fixture';

const TRANSCRIPT = [
  'What the prime minister told reporters',
  'STARMER (opening statement): We will keep military aid flowing into Ukraine.',
  'Today I can also announce more air defence for Ukraine.',
  'QUESTION (BBC): Will British soldiers go to Ukraine?',
  'STARMER: The UK is prepared to send troops to Ukraine.',
  'Viktor Orbán said Hungary would not send troops to Ukraine.',
].join('\n\n');

describe('transcriptTurns(text)', () => {
  it('finds labelled turns, runs them on over first-person paragraphs, and tells questions apart', () => {
    const turns = transcriptTurns(TRANSCRIPT);
    const said = turns.map((turn) => [
      TRANSCRIPT.slice(turn.labelStart, turn.labelEnd),
      TRANSCRIPT.slice(turn.start, turn.end).split('\n\n').length,
      turn.question,
    ]);
    expect(said).toEqual([
      ['STARMER', 2, false],
      ['QUESTION', 1, true],
      ['STARMER', 1, false],
    ]);
  });

  it("reads a broadcaster's host by the role after the name, and an interview's Q and A", () => {
    const radio = 'A MARTINEZ, HOST: Should troops go?\n\nVIKTOR ORBAN: Never.';
    expect(transcriptTurns(radio).map((turn) => [turn.question, turn.answer])).toEqual([
      [true, false],
      [false, false],
    ]);
    const interview = 'Q: Will Italy send troops?\n\nA: No.';
    expect(transcriptTurns(interview).map((turn) => [turn.question, turn.answer])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('reads no transcript into an article with a single label-like line', () => {
    expect(transcriptTurns('KYIV: Ukraine asked for more air defence.\n\nIt said so.')).toEqual([]);
  });
});

describe('extractArticle(article, kb): transcripts', () => {
  it("gives an interview's answers to the person it introduces, and its questions to nobody", () => {
    const interview = [
      'Antonio Tajani spoke to our reporter in Rome. Tajani has been foreign minister since 2022.',
      'Q: Will Italy send troops to Ukraine?',
      'A: Italy will not send troops to Ukraine. We will keep sending weapons.',
    ].join('\n\n');
    expect(claimsOf(interview)).toEqual([
      'country:IT position:troops-to-ukraine opposes',
      'person:antonio-tajani position:military-aid-ukraine supports',
      'person:antonio-tajani position:troops-to-ukraine opposes',
    ]);
  });

  it('gives each turn to the speaker its label names, and the interviewer none', () => {
    expect(claimsOf(TRANSCRIPT)).toEqual([
      'country:GB position:troops-to-ukraine supports',
      'country:HU position:troops-to-ukraine opposes',
      'person:keir-starmer position:military-aid-ukraine supports',
      'person:keir-starmer position:troops-to-ukraine supports',
      'person:viktor-orban position:troops-to-ukraine opposes',
    ]);
  });
});
