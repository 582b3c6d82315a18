// Cues that name their holder themselves ("proposed by X", "X-backed"), turn the
// next cue around ("refused to rule out"), or frame a position as a threat or
// rule it out ("would be viewed as legitimate targets", "no plans"). Listed
// first: at one place in a text the first matching cue wins.
import type { CueEntry } from './cueEntry';

const THREAT = `(?:war|confrontation|escalation|conflict|clash(?:es)?|catastrophe|consequences|retaliation|casualties|bloodshed|preparation for war|(?:a )?declaration of war|an act of war)`;

export const FRAMING_CUES: readonly CueEntry[] = [
  {
    stance: 'supports',
    dir: 'before',
    strength: 3,
    agent: 'by',
    pattern: `(?:(?:propos|back|support|endors|advocat|sponsor|champion|float|suggest|initiat|favou?r|draft|push|present|unveil|launch|announc|introduc|outlin|tabl|design|devis|pledg|promis|hail|welcom)ed|put forward|led|spearheaded|headed) by`,
  },
  {
    stance: 'opposes',
    dir: 'before',
    strength: 3,
    agent: 'by',
    pattern: `(?:reject|oppos|dismiss|condemn|block|veto|resist|criticis|criticiz|mock|ridicul|derid|attack|slamm|blast)ed by`,
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
    stance: 'conditional',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)) to (?:be drawn|commit)|(?:would|will|did|could) not (?:yet )?commit`,
  },
  {
    stance: 'negator',
    dir: 'after',
    strength: 0,
    pattern: `(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?|unwilling|reluctant) to (?=(?:rule|exclude|commit|back|support|send|deploy|endorse|approve|consider|join|contribute|take part|participate|pay|fund|finance|provide|supply|deliver|sign)\\b)`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `accus(?:e|es|ed|ing) (?:\\S+ ){1,6}?of (?:\\S+ ){0,6}?(?:belligeren|escalat|provocat|military intervention|warmonger|militari[sz]|prolong|fuel)\\w*`,
    standalone: true,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    judged: true,
    pattern: `(?:viewed|regarded|seen|treated|considered|view|views|regard|regards|see|sees|treat|treats|cast|casts|casting|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?|brand(?:s|ed|ing)?|describ(?:e|es|ed|ing)) (?:\\S+ ){0,20}?["\u201c]?as ["\u201c]?(?:\\w+ ){0,3}?(?:participants?|targets?|in disguise|provocations?|threats?|obstacles?|escalation|involvement|participation|part(?:y|ies) to|combatants?|hostile|invaders|occupiers|intervention|militari[sz]ation|warmongering|confrontation)`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `legitimate (?:military )?targets?|["\u201c]?share the fate`,
  },
  // What leads to war is judged by whoever says so, not by who does it ("Macron may be prolonging the war").
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    judged: true,
    speakerHolds: true,
    pattern: `(?:lead|leads|led|result|results|resulted|amount|amounts|amounted|tantamount|mean|means) (?:to|in) ["\u201c]?(?:\\w+ ){0,4}?${THREAT}|fraught with (?:\\w+ ){0,3}?${THREAT}|drag(?:s|ged|ging)? (?:\\w+ ){0,3}?into (?:the |a )?(?:war|conflict)|turn(?:s|ed|ing)? (?:\\w+ ){1,3}?into (?:a )?(?:party|participant|co-belligerent|target)|(?:become|becomes|becoming|became|make|makes|making|made) (?:\\w+ ){0,2}?["\u201c]?(?:a )?(?:direct )?(?:party|participant|co-belligerent)s?["\u201d]? (?:to|in) (?:the |this )?(?:war|conflict|hostilities|fighting)|prolong(?:s|ed|ing)? (?:the |this |that )?(?:war|conflict|fighting|bloodshed|suffering|killing)|leads? nowhere|road to nowhere|dead end|(?:all-out|full-scale|open|direct) (?:war|confrontation)|inevitab\\w*["\u201d]? (?:of )?(?:\\w+ )?confrontation|step (?:towards?|to) (?:\\w+ )?(?:escalation|war|belligerence)|(?:severe|serious|tragic|grave|dire|catastrophic|dangerous) consequences|direct (?:provocation|threat|involvement|participation)|["\u201c]?directly (?:involved|participating)|provocation|mean(?:s)? (?:\\w+ ){0,3}?(?:war|confrontation|escalation)|step away from (?:\\w+ ){0,3}?(?:war|catastrophe|confrontation)|world war (?:iii|3|three)\\b|third world war`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `no (?:such )?plans?|no ["\u201c]?(?:\\w+ )?(?:role|place|room)["\u201d]? for|(?:not|never) (?:\\w+ )?on (?:the|our|their|its|his|her|my|anyone's) (?:cards|agenda|table)|off (?:the|our|their|its) (?:table|agenda)|out of the question|non-?starter|not (?:\\w+ )?under consideration|not being considered`,
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
    pattern: `exclud(?:e|es|ed)`,
  },
  // "is unthinkable to send troops", "troops in Ukraine are not unthinkable"
  {
    stance: 'opposes',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `unthinkable|inconceivable`,
  },
];
