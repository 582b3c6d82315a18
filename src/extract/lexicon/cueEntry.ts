// What a stance cue is: a phrase that decides whether an actor supports,
// opposes or makes conditional a position, and how it finds both.
//
// dir: where the position is: 'after' the cue (its object), 'before' it (its
//      subject: "X is not on the cards"), or 'any' (after first).
// standalone: may apply to the position under discussion when the clause names none.
// noun: a noun cue; its holder is the possessor ("Moscow's rejection") or the
//      subject of a light verb ("expressed opposition").
// strength: when several cues reach one position, the strongest decides.
// agent: the holder is named in the cue: 'by' ("proposed by X"), 'prefix' ("X-backed").
import type { Stance } from '../../graph/types';

export type CueStance = Stance | 'neutral' | 'negator';
export type CueDirection = 'after' | 'before' | 'any';

export interface CueEntry {
  stance: CueStance;
  dir: CueDirection;
  strength: number;
  standalone?: boolean;
  noun?: boolean;
  agent?: 'by' | 'prefix';
  /** Needs a possessor or "by X" to have a holder (plan nouns). */
  owned?: boolean;
  /** The one denied a say is the subject ("Russia has no veto"): the speaker holds the stance. */
  speakerHolds?: boolean;
  /** The verb of a position itself ("send troops"): decides only when no other cue does. */
  implicit?: boolean;
  /** A condition ("only with X"): X, named right after, is wanted. */
  conditionAfter?: boolean;
  /** A judgement ("Germany's direct participation"): the possessor is what is judged, never the holder. */
  judged?: boolean;
  /** Said by someone, the stance is the speaker's ("Ukraine needs weapons", Scholz said); else the subject's. */
  speakerFirst?: boolean;
  /** A noun that may be the object of another cue ("brushed off calls for a truce"): that cue decides. */
  embeddable?: boolean;
  /** Not negated and followed by actors ("it includes Germany, Canada"): those actors support. */
  listed?: boolean;
  /** What it says when negated, where that is not the usual reversal ("never abandoned its support for": support). */
  denied?: Stance;
  /** How far (words) its position may follow it, when nearer than its strength allows. */
  reach?: number;
  pattern: string;
}
