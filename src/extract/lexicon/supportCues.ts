// Cues of support: "advocate", "ready to", "pledged", "backing for",
// "proposed", the plan nouns of an owner ("Macron's plan"), a position's own
// verb ("send troops"), and verbs that matter only when negated ("did not
// include sending troops").
import type { CueEntry } from './cueEntry';

const SUPPORT_BLOCK = `(?<!(?:receive|received|receiving|gain|gained|gaining|win|won|lack|lacks|lacked|garnered|unanimous|unified|broad|public|popular|little|enough|sufficient|majority|much|growing|widespread|military|financial|international|western|european|american|u\\.s\\.|us|nato|allied|continued|ongoing|unprecedented) )`;

export const SUPPORT_CUES: readonly CueEntry[] = [
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    speakerFirst: true,
    pattern: `need(?:s|ed)?(?! to be)|must (?:have|include|involve)|(?:must|should|has to|have to|would have to|will have to) (?:begin|start) with|(?:would|'d) (?:\\w+ )?like(?: to (?:have|get|receive|see|obtain))?`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    embeddable: true,
    pattern: `call(?:s|ed|ing)? (?:on (?:\\S+ ){1,4}?)?for|appeal(?:s|ed|ing)? (?:to (?:\\S+ ){1,4}?)?for|plea(?:s)? for`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    pattern: `advocat(?:e|es|ed|ing)(?: for)?|push(?:es|ed|ing)? (?:\\w+ ){0,3}?(?:for|to|ahead with)|press(?:es|ed|ing)? (?:\\w+ ){0,3}?(?:for|to)|flesh(?:es|ed|ing)? out|draw(?:s|ing)? up|drew up|lobb(?:y|ies|ied|ying) (?:\\w+ )?for|campaign(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|spearhead(?:s|ed|ing)?|demand(?:s|ed|ing)?|hail(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|count(?:s|ed|ing)? on|rel(?:y|ies|ied|ying) on|champion(?:s|ed|ing)?|endors(?:e|es|ed|ing)|in favou?r of|thr(?:ew|ow|ows|owing) (?:their|its|his|her|\\S+'s) (?:full )?weight behind`,
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
    pattern: `(?:stand|stands|stood) ready to|ready and (?:willing|able)["\u201d]? to|willing and able["\u201d]? to|ready(?:,? in principle,?| in theory)? (?:to|for)|ask(?:s|ed|ing)? (?:\\w+ ){0,2}?for|request(?:ed|ing)|prepared(?: in principle)? to|willing to|eager to|keen to|determined to|committed to|pledg(?:e|es|ed|ing)(?: to)?|vow(?:s|ed)? to|insist(?:s|ed|ing)? on|agree(?:s|d)?(?: (?:on|in|at|during|late|earlier|later)(?: [\\w.]+,?){1,4}?){0,3} to|approv(?:e|es|ed|ing|al of)|vot(?:e|es|ed|ing) (?:to (?:pass|approve|send)|for|in favou?r of)`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    pattern: `(?<!\\b(?:the|a|an|this|that|his|her|its|their|our) )(?:plan|plans|planned|planning|intend|intends|intended|intending|aim|aims|aimed|aiming|seek|seeks|seeking|sought|want|wants|wanted|wish|wishes|hope|hopes|hoped|try|tries|tried|trying|attempt|attempts|attempted|attempting)["\u201d']? to|want(?:s|ed)?|accept(?:s|ed|ing)?|prepar(?:e|es|ed|ing)(?! to\\b| for\\b)|put(?:s|ting)? (?:\\S+ ){1,6}?on the table|t(?:ake|akes|aking|aken|ook) steps to|work(?:s|ed|ing)? (?:to|on|towards?|for)|continu(?:e|es|ed|ing) to (?:support|send|provide|supply|deliver|back|help|sell|fund|finance|arm|train)|agree(?:s|d)? with|ask(?:s|ed|ing)? to (?:buy|receive|get|obtain|purchase)|seek(?:s|ing)?(?! to\\b)|sought(?! to\\b)`,
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
    pattern: `${SUPPORT_BLOCK}(?:support|backing) (?:for|of)|backing|on the side of`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 2,
    pattern: `propos(?:e|es|ed|ing)|put(?:s|ting)? forth|finali[sz](?:e|es|ed|ing)|suggest(?:s|ed|ing)?|rais(?:e|es|ed|ing) the (?:idea|issue|possibility|prospect|option|question) of|float(?:s|ed|ing)?|put(?:s|ting)? forward|unveil(?:s|ed|ing)?|present(?:s|ed|ing)?|launch(?:es|ed|ing)?(?! (?:\\S+ ){0,4}?(?:drones|missiles|rockets|strikes|attacks?|barrages?|salvos?|waves?)\\b)|announc(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|thank(?:s|ed|ing)? (?:\\S+ ){1,3}?for|play(?:s|ed|ing)? (?:a|an) (?:\\w+ )?role in|promot(?:e|es|ed|ing)|mediat(?:e|es|ed|ing)|broker(?:s|ed|ing)?|prioriti[sz](?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|(?<!'s |the |a )lead(?:s|ing)?(?! to\\b| nowhere)|(?<!\\b(?:a|the|his|her|their|its|our|my) )host(?:s|ed|ing)?|led(?! by| to)|(?:expressed |showed |shown |voiced )?interest in|interested in`,
  },
  {
    stance: 'supports',
    dir: 'before',
    strength: 1,
    implicit: true,
    pattern: `(?:be|been|being|is|are|was|were) (?:\\w+ )?(?:sent|deployed|dispatched|stationed|delivered|supplied|provided)|(?<=(?:will|would|could|should|must|to|not|never|n't)["\u201d]? )(?:go|die for)\\b`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 1,
    implicit: true,
    pattern: `commit(?:s|ted|ting)?|provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|deploy(?:s|ed|ing)?|giv(?:e|es|ing)|gave|transfer(?:s|red|ring)?|hand(?:s|ed|ing)? over|donat(?:e|es|ed|ing)|financ(?:e|es|ed|ing)|fund(?:s|ed|ing)?|rais(?:e|es|ing)|increas(?:e|es|ing)|boost(?:s|ing)?|ramp(?:s|ing)? up|doubl(?:e|es|ing)|contribut(?:e|es|ed|ing)|join(?:s|ed|ing)?|participat(?:e|es|ed|ing)|t(?:ake|akes|aking|ook|aken) part|(?<!(?:forced|made|compelled|obliged) to )pa(?:y|ys|ying|id) for|spend(?:s|ing)?|spent`,
  },

  {
    // "defended the project", "defends the plan": of a position that is its object.
    stance: 'supports',
    dir: 'after',
    strength: 3,
    reach: 2,
    pattern: `defend(?:s|ed|ing)?`,
  },
  {
    // "The Democratic Party voted in favour", "the Senate passed the arms decree".
    stance: 'supports',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `vot(?:e|es|ed|ing) (?:in favou?r|yes|for it)(?! of)|pass(?:es|ed|ing)? (?:a |an |the |its )?(?:\\w+ ){0,5}?(?:decree|law|bill|budget|package)|authori[sz](?:e|es|ed|ing)`,
  },
  {
    // "Umerov thanked Sweden, writing that the package would ...", "grateful to Biden":
    // gratitude is for what is under discussion
    stance: 'supports',
    dir: 'after',
    strength: 1,
    standalone: true,
    pattern: `thank(?:s|ed|ing)?(?! you)|grateful`,
  },
  {
    // "signed a $95 billion war aid package into law", "signed a deal on Gripen fighters"
    stance: 'supports',
    dir: 'after',
    strength: 2,
    pattern: `sign(?:s|ed|ing)? (?:\\S+ ){1,6}?into law|sign(?:s|ed|ing)?(?= (?:a|an|the)\\b)`,
  },
  {
    // "continue its military support", "resume security assistance": only of a position that is their object.
    stance: 'supports',
    dir: 'after',
    strength: 1,
    implicit: true,
    reach: 2,
    pattern: `continu(?:e|es|ed|ing)(?! to\\b)|(?:keep|keeps|keeping|kept) up|maintain(?:s|ed|ing)?|sustain(?:s|ed|ing)?|step(?:s|ped|ping)? up|resum(?:e|es|ed|ing)|expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|accelerat(?:e|es|ed|ing)|speed(?:s|ing)? up|sped up`,
  },
  {
    stance: 'supports',
    dir: 'any',
    strength: 2,
    noun: true,
    owned: true,
    standalone: true,
    pattern: `(?<!peace )(?:plan|plans|proposal|proposals|initiative|idea|push|offer|bid|call|calls|efforts?|insistence)\\b`,
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
