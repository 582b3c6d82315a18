// Cues that judge a position rather than act on it: "called the idea
// irresponsible", "there is no question of", "can in no way",
// "militarisation"; or call it necessary: "a truce was needed", "there must be
// a backstop", "our top priority". Listed after the framing cues and before
// the others, so "called X reckless" is not read as "called for".
import type { CueEntry } from './cueEntry';

const VERDICT = `(?:irresponsible|reckless|dangerous|inappropriate|absurd|nonsense|madness|pointless|unrealistic|provocative|counter-?productive|a (?:gift to (?:\\w+ ){1,3}|mistake|bluff|provocation|fantasy|dead end|trojan horse|smokescreen)|an (?:illusion|insult|act of war|adventure)|(?:a )?(?:direct )?declaration of war|a (?:ploy|trap|trick|ruse|pretext|stunt|gamble|stab in the back)|(?:an? )?(?:\\w+ )?(?:blank (?:cheque|check)|waste\\b|war (?:economy|budget|plans?)\\b|(?:more )?debt for)|(?:an? )?(?:election|campaign|publicity|pr) stunt)`;
/** What is welcomed as a step: "a strong signal", "a step in the right direction", "a turning point". */
const ADVANCE = `(?:an? |the )?(?:very |really |truly )?(?:(?:important|significant|major|big|decisive|historic|crucial|strong|clear|powerful|positive|good|real|welcome|necessary|vital|essential|huge|great|landmark|first) (?:step|signal|moment|milestone|breakthrough|message|start|achievement|success|contribution|decision)s?(?! (?:towards?|to|closer to) (?:\\w+ )?(?:escalation|war|confrontation|catastrophe))|step (?:in the right direction|forward)|turning point|milestone|breakthrough|(?:bare )?minimum|floor, not the ceiling|message to (?:putin|moscow|the kremlin|russia))`;
const INTENSIFIER = `(?:extremely |highly |completely |totally |utterly |deeply |very |so |rather |clearly |simply )?`;
const BE = `(?:is|are|was|were|be|been|remains?|remained|seems?|seemed)`;

export const JUDGEMENT_CUES: readonly CueEntry[] = [
  {
    // "would never waver in supplying Kyiv with weapons", "will never be absent", "will not be
    // found wanting", "our support is not wavering": a denied failing is resolve
    stance: 'supports',
    dir: 'any',
    strength: 3,
    pattern: `(?:never|not|won['’]t|will not|would not) ["\u201c]?(?:waver|falter|flinch|tire|budge|be absent|be found wanting)(?:ed|ing)?["\u201d]?(?: in)?|unwavering`,
  },
  {
    // "attached no conditions to the aid": support without a condition
    stance: 'supports',
    dir: 'any',
    strength: 3,
    pattern: `(?:attach(?:es|ed|ing)?|set(?:s|ting)?|impos(?:e|es|ed|ing)) no (?:pre-?)?conditions`,
  },
  {
    // "should first stop blocking aid", "stop ruling things out": ending an obstruction supports
    stance: 'supports',
    dir: 'after',
    strength: 3,
    pattern: `stop(?:s|ped|ping)? ["\u201c]?(?:blocking|obstructing|delaying|holding up|ruling (?:things |anything )?out)`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label(?:s|led|ed|ling|ing)?|term(?:s|ed)?|dub(?:s|bed)?) (?:\\S+ ){0,6}?["\u201c]?${INTENSIFIER}${VERDICT}`,
  },
  {
    // "called the agreement 'a strong signal'", "hailed it as a turning point"
    stance: 'supports',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|hail(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|term(?:s|ed)?|dub(?:s|bed)?) (?:\\S+ ){0,6}?["\u201c]?${ADVANCE}`,
  },
  {
    // "deliveries to Ukraine had been 'too slow and too small'": wanting more of it
    stance: 'supports',
    dir: 'before',
    strength: 3,
    pattern: `(?<=${BE} ["\u201c]?)too (?:slow|small|little|late|few|timid|hesitant)\\b`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `(?<=${BE} (?:\\w+ ){0,2}?["\u201c]?)${INTENSIFIER}(?:irresponsible|reckless|inappropriate|absurd|pointless|unrealistic|counter-?productive|a (?:mistake|bluff|fantasy|dead end|trojan horse|smokescreen))`,
  },
  {
    // "called the debate premature", "it was premature to talk about troops": too early, as the
    // codebook's "too early to commit", leaves the stand open
    stance: 'conditional',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `premature(?<=(?:${BE}|call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|deem(?:s|ed)?|consider(?:s|ed)?|find(?:s)?|found) (?:\\S+ ){0,6}?["\u201c]?${INTENSIFIER}premature)`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `(?:consider(?:s|ed)?|find(?:s)?|found|deem(?:s|ed)?) (?:\\S+ ){1,8}?${INTENSIFIER}(?:unacceptable|inadmissible|irresponsible|reckless|dangerous|a (?:threat|provocation|mistake))`,
  },
  {
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    standalone: true,
    pattern: `(?:there (?:is|was|can be|could be|will be|would be) )?no (?:question|talk) of`,
  },
  {
    // "a package which Washington considers vital": a verdict, not a deliberation
    stance: 'supports',
    dir: 'any',
    strength: 3,
    pattern: `(?:consider|considers|considered|deem|deems|deemed) (?:it |them |this |that )?["\u201c]?(?:vital|essential|crucial|critical|indispensable)`,
  },
  {
    // it was "not relevant" for Sweden
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `(?<=${BE} ["\u201c]?)(?:not relevant|irrelevant)`,
  },
  {
    // Britain "has no business" deploying troops: the speaker's verdict on the subject
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    speakerHolds: true,
    pattern: `(?:has|have|had) no business`,
  },
  {
    stance: 'opposes',
    dir: 'before',
    strength: 3,
    standalone: true,
    pattern: `(?<=(?:be|been|get|got) ["\u201c]?)(?:destroyed|annihilated|eliminated|wiped out|crushed)`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `in no way|by no means|under no circumstances|on no account`,
  },
  {
    stance: 'opposes',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `militari[sz]ation|warmongering|sab(?:re|er)[- ]rattling|hysteri(?:a|cal)|scaremongering|fear-?mongering|blank (?:cheque|check)s?|science[- ]fiction`,
  },
  {
    stance: 'supports',
    dir: 'after',
    strength: 3,
    pattern: `there (?:must|should|has to|needs to|will have to|would have to) be`,
  },
  {
    stance: 'supports',
    dir: 'before',
    strength: 2,
    pattern: `(?<=${BE} (?:\\w+ )?["\u201c]?)${INTENSIFIER}(?:essential|vital|crucial|indispensable|necessary|needed|required|a must|a prerequisite|a precondition)`,
  },
  {
    stance: 'supports',
    dir: 'any',
    strength: 2,
    pattern: `(?:top|main|key|first|absolute|highest|number one|overriding) priorit(?:y|ies)|(?<=${BE} )a priority`,
  },
  {
    // "the missiles would make a real difference"
    stance: 'supports',
    dir: 'before',
    strength: 2,
    pattern: `(?:would|will|could|can|might) (?:really )?make (?:a|all the) (?:real |big |huge |significant |decisive |crucial )?difference`,
  },
  {
    // "Our priority is a full ceasefire", "A ceasefire is the starting point".
    stance: 'supports',
    dir: 'any',
    strength: 2,
    pattern: `(?<=${BE} (?:the|a|our|their|its) )(?:starting point|first step|cornerstone|precondition|prerequisite)|(?:first step|starting point|priority|goal|aim|objective) (?:must |should |would |will |has to )?(?:be|is|was|remains)`,
  },
  {
    // "the aircraft would not change the situation on the battlefield"
    stance: 'opposes',
    dir: 'before',
    strength: 2,
    pattern: `(?:would|will|could|can|does|do|did)(?:n't| not| never) (?:\\w+ )?(?:change|alter|affect) (?:the (?:situation|course|outcome|balance|dynamics?)|anything)`,
  },
  {
    // "a truce would only allow Kyiv to regroup", "an attempt to buy time": whoever says so judges
    stance: 'opposes',
    dir: 'before',
    strength: 2,
    judged: true,
    speakerHolds: true,
    pattern: `regroup|buy(?:ing)? time|breathing (?:space|room)|respite|(?:time|chance|opportunity) to re-?arm`,
  },
  {
    // "a truce that would only give Russia time", "would only let Kyiv rearm": what it gives is
    // the fault found with it, not aid
    stance: 'opposes',
    dir: 'before',
    strength: 2,
    judged: true,
    speakerHolds: true,
    pattern: `(?:would|will|could|can|might) (?:\\w+ )?only (?:give|let|allow|help|hand|enable|encourage|embolden)\\b`,
  },
  {
    // "Taurus would save lives"
    stance: 'supports',
    dir: 'before',
    strength: 2,
    pattern: `(?:would|will|could|can|might) (?:\\w+ )?save (?:\\w+ )?lives`,
  },
  {
    // "a peace agreement, and not a mere ceasefire"
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    pattern: `(?:not|rather than|instead of) (?:just )?(?:a |an )?(?:mere|simple)`,
  },
  {
    // "a lasting peace, not a ceasefire", "planes, not troops": the other thing is wanted
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    reach: 3,
    pattern: `(?<=, ?["\u201c]?)not (?:a |an |the |just |merely )?`,
  },
  {
    // "a ceasefire on Putin's terms is not peace", "would not be peace", "troops are no solution"
    stance: 'opposes',
    dir: 'before',
    strength: 3,
    pattern: `(?:(?:is|are|was|were|be) (?:not|no)|(?:would|will|could)(?: not|n't| never) be) (?:a |an |the )?(?:real |lasting |just |genuine |good )?(?:peace|solution|answer|option|way forward)\\b`,
  },
  {
    // "Western peacekeepers would be 'a red line' for Moscow"
    stance: 'opposes',
    dir: 'before',
    strength: 3,
    pattern: `(?<=${BE} ["\u201c]?(?:a |an |the )?["\u201c]?)red lines?\\b`,
  },
  {
    // "the strategy of sending weapons has not worked": a failure is a verdict against it
    stance: 'opposes',
    dir: 'before',
    strength: 3,
    pattern: `(?:has|have|had) (?:not|n't) worked|(?:did|does|do) (?:not|n't) work\\b|(?:has|have) failed`,
  },
  {
    // "a lasting settlement rather than a ceasefire": the alternative turned down
    stance: 'opposes',
    dir: 'after',
    strength: 3,
    reach: 3,
    pattern: `rather than|instead of`,
  },
  {
    // "naval assets, but not with boots on the ground"
    stance: 'opposes',
    dir: 'after',
    strength: 2,
    pattern: `(?<=(?:but|and|yet|though|although) ["\u201c]?)not (?:with|through|via|by|in the form of|including)`,
  },
  {
    // "a ceasefire was in the interests of all of Europe"
    stance: 'supports',
    dir: 'before',
    strength: 2,
    pattern: `(?<=${BE} (?:\\w+ )?["\u201c]?)in (?:the|our|their|its|everyone's|everybody's|all our) (?:\\w+ )?interests?`,
  },
  {
    // boots on the ground were “not an option for Germany”
    stance: 'opposes',
    dir: 'any',
    strength: 3,
    pattern: `not (?:an|a realistic|a viable|the) option|no option`,
  },
];
