// The stance cue lexicon: phrases that decide whether an actor supports,
// opposes or makes conditional a position. Patterns run on folded text (lower
// case, no diacritics, straight apostrophes); general news phrasing only.
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
  /** Not negated and followed by actors ("it includes Germany, Canada"): those actors support. */
  listed?: boolean;
  pattern: string;
}

const THREAT = `(?:war|confrontation|escalation|conflict|clash(?:es)?|catastrophe|consequences|retaliation)`;
const SUPPORT_BLOCK = `(?<!(?:receive|received|receiving|gain|gained|gaining|win|won|lack|lacks|lacked|garnered|unanimous|unified|broad|public|popular|little|enough|sufficient|majority|much|growing|widespread|military|financial|international|western|european|american|u\\.s\\.|us|nato|allied|continued|ongoing|unprecedented) )`;

export const CUES: readonly CueEntry[] = [
  {
    stance: 'supports',
    dir: 'before',
    strength: 3,
    agent: 'by',
    pattern: `(?:propos|back|support|endors|advocat|sponsor|champion|float|suggest|initiat|favou?r|draft|push|present|unveil|put forward|launch)ed by`,
  },
  {
    stance: 'opposes',
    dir: 'before',
    strength: 3,
    agent: 'by',
    pattern: `(?:reject|oppos|dismiss|condemn|block|veto|resist|criticis|criticiz)ed by`,
  },
  {
    stance: 'supports',
    dir: 'before',
    strength: 3,
    agent: 'by',
    pattern: `with the (?:full |strong |explicit )?(?:backing|support|blessing|approval|endorsement) of`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    agent: 'prefix',
    pattern: `-(?:backed|sponsored|proposed|brokered|mediated|drafted|championed)`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    speakerHolds: true,
    pattern: `(?:has no|have no|had no|(?:not|n't) have (?:a|any)|no) (?:right|veto|say) (?:to \\w+|over|on|in)`,
  },
  {
    stance: 'negator',
    dir: 'after',
    strength: 0,
    pattern: `(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?|unwilling|reluctant) to (?=(?:rule|exclude|commit|back|support|send|deploy|endorse|approve|consider|join|contribute)\\b)`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `accus(?:e|es|ed|ing) (?:\\S+ ){1,6}?of (?:\\S+ ){0,6}?(?:belligeren|escalat|provocat|military intervention|warmonger|militari[sz])\\w*`,
    standalone: true,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    pattern: `(?:viewed|regarded|seen|treated|considered|view|views|regard|regards|see|sees|treat|treats) (?:\\S+ ){0,4}?as (?:\\w+ ){0,3}?(?:participants?|targets?|provocations?|threats?|escalation|part(?:y|ies) to|combatants?|hostile|invaders|occupiers|intervention)`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `legitimate (?:military )?targets?`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    pattern: `(?:lead|leads|led|result|results|resulted|amount|amounts|tantamount|mean|means) (?:to|in) (?:\\w+ ){0,4}?${THREAT}|(?:all-out|full-scale|open|direct) (?:war|confrontation)|inevitab\\w*["\u201d]? (?:of )?(?:\\w+ )?confrontation|step (?:towards?|to) (?:\\w+ )?(?:escalation|war|belligerence)|(?:severe|serious|tragic|grave|dire|catastrophic|dangerous) consequences|direct (?:provocation|threat)|provocation`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `no (?:such )?plans?|not (?:\\w+ )?on the (?:cards|agenda|table)|never (?:\\w+ )?on the (?:cards|agenda|table)|off the (?:table|agenda)|out of the question|non-?starter`,
  },
  {
    stance: 'opposes',
    dir: 'before',
    strength: 3,
    standalone: true,
    pattern: `not (?:\\w+ )?in (?:the|their|our|its|anyone's) interests?|unacceptable|inadmissible|unjustifiable`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `rul(?:e|es|ed|ing) (?:\\w+ )?out`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 2,
    standalone: true,
    pattern: `exclud(?:e|es|ed)|unthinkable|inconceivable`,
  },
  {
    stance: 'conditional',
    dir: 'after',
    strength: 3,
    pattern: `conditional (?:support|backing|approval|yes)|conditional (?:on|upon)`,
  },
  {
    stance: 'conditional',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `too (?:early|soon) to (?:commit|say|decide|tell|talk|discuss)`,
  },
  {
    stance: 'conditional',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `(?:would|will|could|might|may|does|do|did|to) (?:\\w+ )?depend(?:s|ed)? on|depending on|depends on`,
  },
  {
    stance: 'conditional',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `(?:is|are|was|were|be|been|remains?|remained|stays?) (?:\\w+ )?open (?:to|for)|keep(?:s|ing)? (?:the|all|its|their) options open`,
  },
  {
    stance: 'conditional',
    dir: 'before',
    strength: 2,
    standalone: true,
    pattern: `(?:only|just) (?:\\w+ ){0,3}?(?:if|when|after|under|once|with|on condition)|on (?:the )?condition (?:that|of)(?! anonymity)|provided that|as long as(?! it takes| necessary| needed)`,
  },
  {
    stance: 'conditional',
    dir: 'after',
    strength: 2,
    pattern: `hint(?:s|ed|ing)? at|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?(?: up)?`,
  },
  {
    stance: 'conditional',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `(?:has|have|had) yet to (?:commit|decide)|undecided|not (?:yet )?decided`,
  },
  { stance: 'conditional', dir: 'any', strength: 2, pattern: `consider(?:s|ed|ing|ation of)?` },
  {
    stance: 'conditional',
    dir: 'after',
    strength: 1,
    noun: true,
    pattern: `(?:in )?talks? (?:about|on|over)|discussions? (?:about|on|of|over)|(?<!to )discuss(?:es|ed|ing)?\\b`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    pattern: `explor(?:e|es|ed|ing) ways (?:to|of)`,
  },
  { stance: 'conditional', dir: 'after', strength: 1, pattern: `explor(?:e|es|ed|ing)` },
  {
    stance: 'conditional',
    dir: 'after',
    strength: 1,
    pattern: `(?:could|might|may) (?:\\w+ )?(?:require|involve|include|entail|mean)`,
  },
  {
    stance: 'conditional',
    dir: 'after',
    strength: 1,
    pattern: `possibilit(?:y|ies) (?:of|that)|possible`,
  },
  {
    stance: 'conditional',
    dir: 'before',
    strength: 1,
    pattern: `(?:be|is|are|was|were|been) (?:\\w+ )?possible`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `reject(?:s|ed|ing)?|dismiss(?:es|ed|ing|al of)?|oppos(?:e|es|ed|ing)\\b(?: to)?`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    noun: true,
    pattern: `(?:rejection|opposition|condemnation|objections?|resistance|refusal) (?:of|to|against)|(?:concerns?|fears?|worries|criticism|warnings?) (?:about|over|of|against|regarding)`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `(?:is|are|was|were|be|been|remains?|remained|stands?|stood|firmly|strongly|vot(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|spoke|speaks?|speaking|came out|come out|argu(?:e|es|ed|ing)|push(?:es|ed|ing)?|warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|advis(?:e|es|ed|ing)) against`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `refus(?:e|es|ed|ing|al) to|resist(?:s|ed|ing)?|resistant to|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticism of|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|lambast(?:s|ed|ing)?|decr(?:y|ies|ied)|den(?:y|ies|ied|ying)|object(?:s|ed|ing)? to|balk(?:s|ed|ing)? at`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    standalone: true,
    pattern: `pour(?:s|ed|ing)? (?:cold water|scorn) on|keep(?:s|ing)? (?:\\S+ ){1,4}?out of`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|freez(?:e|es|ing)|froze|cut(?:s|ting)? off)\\b`,
  },
  { stance: 'opposes', dir: 'any', strength: 2, standalone: true, pattern: `never` },
  { stance: 'opposes', dir: 'any', strength: 2, pattern: `threat(?:en|ens|ened|ening)` },
  { stance: 'opposes', dir: 'any', strength: 2, pattern: `warn(?:s|ed|ing)?|caution(?:s|ed|ing)?` },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 2,
    pattern: `(?:is|are|was|were|be|been|remains?|remained) (?:very |extremely |more |deeply |increasingly )?(?:cautious|wary|reluctant|hesitant|sceptical|skeptical)|reluctance to|distanc(?:e|ed|es|ing) (?:themselves|itself|himself|herself|ourselves) from`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    pattern: `advocat(?:e|es|ed|ing)(?: for)?|push(?:es|ed|ing)? (?:for|to|ahead with)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? for|spearhead(?:s|ed|ing)?|champion(?:s|ed|ing)?|endors(?:e|es|ed|ing)|in favou?r of|threw (?:their|its|his|her) (?:full )?weight behind|throw(?:s|ing)? (?:their|its|his|her) (?:full )?weight behind`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    noun: true,
    pattern: `(?:readiness|willingness|commitment|determination|intention|insistence|eagerness) (?:to|on)`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    pattern: `(?:stand|stands|stood) ready to|ready to|ask(?:s|ed|ing)? for|request(?:ed|ing)|prepared to|willing to|eager to|keen to|determined to|committed to|pledg(?:e|es|ed|ing)(?: to)?|vow(?:s|ed)? to|insist(?:s|ed|ing)? on|agree(?:s|d)? to|approv(?:e|es|ed|ing|al of)|vot(?:e|es|ed|ing) (?:to (?:pass|approve|send)|for|in favou?r of)`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    pattern: `(?:plan|plans|planned|planning|intend|intends|intended|intending|aim|aims|aimed|aiming|seek|seeks|seeking|sought|want|wants|wanted|wish|wishes|hope|hopes|hoped) to|aimed at|t(?:ake|akes|aking|aken|ook) steps to|work(?:s|ed|ing)? (?:to|on|towards?)|continu(?:e|es|ed|ing) to (?:support|send|provide|supply|deliver|back|help)`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    pattern: `${SUPPORT_BLOCK}(?:support(?:s|ed|ing)?|back(?:s|ed)?)\\b(?! down| away| off| out| for)`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    noun: true,
    pattern: `${SUPPORT_BLOCK}(?:support|backing) (?:for|of)|backing`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    pattern: `propos(?:e|es|ed|ing|al (?:for|to|of))|put(?:s|ting)? forth|finali[sz](?:e|es|ed|ing)|suggest(?:s|ed|ing)?|rais(?:e|es|ed|ing) the (?:idea|issue|possibility|prospect|option|question) of|float(?:s|ed|ing)? the idea|put(?:s|ting)? forward|unveil(?:s|ed|ing)?|present(?:s|ed|ing)?|launch(?:es|ed|ing)?|announc(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|mediat(?:e|es|ed|ing)|broker(?:s|ed|ing)?|prioriti[sz](?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|lead(?:s|ing)?(?! to\\b)|(?<!a )host(?:s|ed|ing)?|(?:expressed |showed |shown |voiced )?interest in`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 1,
    implicit: true,
    pattern: `commit(?:s|ted|ting)?|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing)?|giv(?:e|es|ing)|gave|transfer(?:s|red|ring)?|hand(?:s|ed|ing)? over|donat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|join(?:s|ed|ing)?|participat(?:e|es|ed|ing)|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?`,
  },
  {
    stance: 'supports',
    dir: 'any',
    strength: 2,
    noun: true,
    owned: true,
    standalone: true,
    pattern: `(?:plan|plans|proposal|proposals|initiative|idea|push|offer|bid|call|calls|efforts?|insistence)\\b`,
  },
  {
    stance: 'neutral',
    dir: 'after',
    strength: 2,
    listed: true,
    pattern: `includ(?:e|es|ed|ing)|involv(?:e|es|ed|ing)`,
  },
  {
    stance: 'neutral',
    dir: 'after',
    strength: 2,
    pattern: `envisag(?:e|es|ed|ing)|foresee(?:s|n)?|mean(?:s|t)?|require(?:s|d)?`,
  },
];

/** All cues as one expression; group i + 1 is CUES[i]. */
export const CUE_PATTERN = new RegExp(
  CUES.map((cue) => `(${cue.pattern.startsWith('-') ? '' : '\\b'}(?:${cue.pattern})\\b)`).join('|'),
  'g',
);
