// Cues of opposition: "reject", "opposition to", "warned against", "never",
// "poured cold water on", "threatened", "wary of".
import type { CueEntry } from './cueEntry';

const WARY = `(?:very |extremely |more |deeply |increasingly )?["\u201c]?(?:cautious|wary|reluctant|hesitant|sceptical|skeptical|concerned|worried|alarmed)["\u201d]?`;

export const OPPOSE_CUES: readonly CueEntry[] = [
  {
    // "the fewer weapons are delivered, the closer the end": less of it is better
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `the (?:fewer|less)\\b(?= (?:\\S+ ){1,10}?\\S+, the (?:closer|sooner|better|quicker|faster|nearer)\\b)`,
  },
  {
    // "saw no sense in a temporary ceasefire"
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `(?:see|sees|saw|seeing|seen) ["\u201c]?no (?:sense|point|need|reason|merit|value)["\u201d]? (?:in|to|for)`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `reject(?:s|ed|ing)?|vot(?:e|es|ed|ing) down|dismiss(?:es|ed|ing|al of)?|oppos(?:e|es|ed|ing)\\b(?: to)?|brush(?:es|ed|ing)? (?:off|aside)|shrug(?:s|ged|ging)? off|wav(?:e|es|ed|ing) (?:off|away|aside)|mock(?:s|ed|ing)?|ridicul(?:e|es|ed|ing)|derid(?:e|es|ed|ing)|(?:sneer|scoff)(?:s|ed|ing)? at`,
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
    pattern: `(?:is|are|was|were|be|been|remains?|remained|stands?|stood|firmly|strongly|vot(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)(?: hard)?|spoke|speaks?|speaking|came out|come out|argu(?:e|es|ed|ing)|push(?:es|ed|ing)?|warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|advis(?:e|es|ed|ing)) against`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `refus(?:e|es|ed|ing|al) to|refus(?:e|es|ed|ing)(?=["\u201d]? (?:a|an|the|any|all|such|every)\\b)|resist(?:s|ed|ing)?|resistant to|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticism of|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|lambast(?:s|ed|ing)?|decr(?:y|ies|ied)|den(?:y|ies|ied|ying)|object(?:s|ed|ing)? to|balk(?:s|ed|ing)? at`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    standalone: true,
    pattern: `pour(?:s|ed|ing)? (?:cold water|scorn) on|keep(?:s|ing)? (?:\\S+ ){1,4}?out(?: of)?\\b`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `(?:order(?:s|ed|ing)?|impos(?:e|es|ed|ing)|announc(?:e|es|ed|ing)) (?:a |an )?(?:\\w+ )?(?:pause|halt|freeze|suspension|stop) (?:on|of|to|in)\\b|(?:(?<!full |fighting |war |hostilities |guns |shooting |killing )stop(?:s|ped|ping)?(?! (?!sending|supplying|delivering|arming|funding|financing|providing|giving|helping|backing|supporting|shipping|training|deploying|transferring|exporting|pumping|pouring|feeding|flooding|bankrolling|paying|contributing)\\w+ing\\b)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|block(?:s|ed|ing)?|veto(?:es|ed|ing)?|freez(?:e|es|ing)|froze|cut(?:s|ting)? off)\\b|paus(?:e|es|ed|ing)(?= (?:on|of|all|the|its|their|us|u\\.s\\.|american|military|weapons|arms|aid|deliveries|shipments)\\b)`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 2,
    standalone: true,
    // "never said he would send troops" denies a statement, not the troops; "never refused a
    // ceasefire" denies a refusal.
    pattern: `never(?! ["\u201c]?(?:said|says|suggested|claimed|promised|stated|announced|seen|before|again|ending|refused|rejected|opposed|objected|excluded|ruled)\\b)`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `(?<=(?:is|are|was|were|be|been|remains?|remained) (?:not|n't|never) )against`,
  },
  { stance: 'opposes', dir: 'any', strength: 2, pattern: `threat(?:en|ens|ened|ening)` },
  // "warned (on Tuesday) that the plan needed US support" is no opposition: what follows "that" decides.
  {
    stance: 'opposes',
    dir: 'any',
    strength: 2,
    pattern: `(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?)(?![^.;,"\u201c]{0,30}? that\\b)`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 2,
    pattern: `${WARY} (?:about|of|over|on|regarding|towards?|to)|(?:not|n't) (?:yet |entirely |fully )?convinced(?: that| of| by)?|unconvinced(?: that| of| by)?|reluctance to|dismissive (?:of|about|towards?)|distanc(?:e|ed|es|ing) (?:themselves|itself|himself|herself|ourselves) from`,
  },
  {
    stance: 'opposes',
    dir: 'before',
    strength: 2,
    standalone: true,
    pattern: WARY,
  },
  {
    // "the money should be spent at home": better used elsewhere
    stance: 'opposes',
    dir: 'before',
    strength: 2,
    pattern: `(?:be |been |better |rather )+spent ["\u201c]?(?:\\w+ )?(?:at home|domestically|on (?:our|its|their) own\\b)`,
  },
  {
    // "called for all military aid to Ukraine to be stopped"
    stance: 'opposes',
    dir: 'before',
    strength: 4,
    pattern: `(?:to be|be|being|been) (?:stopped|halted|ended|scrapped|cut off|suspended|withdrawn|blocked|cancell?ed|frozen|phased out)`,
  },
  {
    // "Trump dropped his demand for an immediate ceasefire"
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    denied: 'supports',
    pattern: `(?:dropp?(?:ed|ing|s)?|abandon(?:ed|s|ing)?|withdr(?:ew|aw|awn|awing)|backed away from|walked back) (?:\\w+ ){0,2}?(?:demand|call|calls|push|insistence|request|support|backing) for`,
  },
  {
    // "America will not abandon Ukraine", "Australia won't walk away from Ukraine": deserting
    // Ukraine (named after it as its aid) is against aid; denied, it is support. ("Abandoning
    // Ukraine would be a gift to Putin" speaks of it, and is left to the statement.)
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    denied: 'supports',
    reach: 2,
    pattern: `abandon(?:s|ed)?|desert(?:s|ed)?|(?:walk|walks|walked|(?<=(?:is|are|was|were|be|been|not|n't) )walking) away from|turn(?:s|ed)? (?:its|their|our|his|her) backs? on`,
  },
  {
    // "as Slovakia and Hungary stay out"
    stance: 'opposes',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `(?:stay(?:s|ed|ing)?|opt(?:s|ed|ing)?|sit(?:s|ting)?|sat|kept|keep(?:s|ing)?) out\\b(?! of)`,
  },
  {
    // "called for an immediate end to weapons deliveries", "would never accept a ban on arms deliveries"
    stance: 'opposes',
    dir: 'after',
    strength: 2,
    noun: true,
    pattern: `(?:an? )?(?:immediate |complete |total |swift |permanent )?(?:end|halt|stop|freeze|moratorium|ban|embargo|cap|limits?) (?:to|on)(?! (?:the |this )?(?:war|conflict|fighting|killing|bloodshed|hostilities)\\b)`,
  },
];
