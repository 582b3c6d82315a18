// Cues that make a stance conditional or leave it open: "considering", "open
// to", "too early to commit", "would depend on", "only if", "possible".
import type { CueEntry } from './cueEntry';

export const CONDITIONAL_CUES: readonly CueEntry[] = [
  {
    stance: 'conditional',
    dir: 'after',
    strength: 3,
    // "stopped short of endorsing the ceasefire": the verb it holds back is part of it.
    pattern: `(?:stop(?:s|ped|ping)?|f[ae]ll(?:s|ing)?) short of(?: (?:explicitly |formally |openly |fully |publicly )?\\w+ing\\b)?`,
  },
  {
    stance: 'conditional',
    dir: 'after',
    strength: 3,
    standalone: true,
    pattern: `(?:ready|willing|prepared|open) to (?:discuss|consider|talk about|look at|examine|explore)|open to discussing`,
  },
  {
    stance: 'conditional',
    dir: 'any',
    strength: 2,
    standalone: true,
    pattern: `(?:examin(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)|look(?:s|ed|ing)? at|assess(?:es|ed|ing)?|review(?:s|ed|ing)?|weigh(?:s|ed|ing)?) (?:the |all |possible |several |various |its |their )?options|wait(?:s|ed|ing)? (?:to see|for|until)|(?:before|without) taking a (?:position|stance|decision)|(?:not|n't) (?:\\w+ )?["\u201c]?get ahead of (?:events|ourselves|itself|themselves)|(?:we'll|we will|let's|wait and) see\\b`,
  },
  {
    stance: 'conditional',
    dir: 'before',
    strength: 2,
    pattern: `(?<=(?:is|was|are|were|be|been|remains?|remained) (?:\\w+ )?["\u201c]?)(?:an option|one option|a possibility|one possibility|one of the options|among the options|still on the table)|as (?:an?|one) (?:\\w+ )?["\u201c]?(?:option|possibility)`,
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
    pattern: `too (?:early|soon) to (?:commit|say|decide|tell|talk|speak|discuss)`,
  },
  {
    // "Australia's support would not depend on the outcome of the US vote": unconditional
    stance: 'supports',
    dir: 'any',
    strength: 3,
    pattern: `(?:would|will|does|do|did) not depend on|(?:wouldn't|won't|doesn't|don't|didn't) depend on`,
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
    pattern: `(?:is|are|was|were|be|been|remains?|remained|stays?) ["\u201c]?(?:\\w+ )?open["\u201d]? (?:to|for)|keep(?:s|ing)? (?:the|all|its|their) options open`,
  },
  {
    stance: 'conditional',
    dir: 'before',
    strength: 2,
    standalone: true,
    conditionAfter: true,
    pattern: `(?:only|just) (?:\\w+ ){0,3}?(?:if|when|after|under|once|with|on condition)`,
  },
  {
    // "any participation would require a mandate from the UN Security Council"
    stance: 'conditional',
    dir: 'before',
    strength: 2,
    conditionAfter: true,
    pattern: `(?:would|will) (?:\\w+ )?(?:require|need|be conditional on|be subject to)`,
  },
  {
    stance: 'conditional',
    dir: 'before',
    strength: 2,
    standalone: true,
    pattern: `on (?:the )?condition (?:that|of)(?! anonymity)|provided that`,
  },
  {
    // "will continue as long as Russia keeps attacking", "no ceasefire as long as ...": a time
    // more than a condition, so any other cue in the clause decides; "as long as I am president"
    // and "for as long as the war goes on" are no condition at all
    stance: 'conditional',
    dir: 'before',
    strength: 1,
    standalone: true,
    pattern: `(?<!for )as long as(?! it takes| it is needed| necessary| needed| required| (?:i|he|she|we|this government|my government) (?:am|is|are|remain|remains|stay|stays|govern|governs|lead|leads|sit|sits)\\b(?! not))`,
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
    pattern: `(?:has|have|had) yet to (?:commit|decide)|undecided|not (?:yet )?decided|(?:not|n't|never) (?:yet )?(?:taken|made|reached) (?:a |any )?(?:final |formal )?decisions?|no (?:final |formal )?decisions? (?:has |have |had )?(?:yet )?(?:been )?(?:made|taken)|no decisions? yet`,
  },
  { stance: 'conditional', dir: 'any', strength: 2, pattern: `consider(?:s|ed|ing|ation of)?` },
  { stance: 'conditional', dir: 'after', strength: 3, pattern: `contemplat(?:e|es|ed|ing)` },
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
    pattern: `possibilit(?:y|ies) (?:of|that)|(?<!(?:\\w+est|best|worst|soon as|much as|far as|quickly as|every|all|whenever|wherever|if) )possible`,
  },
  {
    stance: 'conditional',
    dir: 'before',
    strength: 1,
    pattern: `(?:be|is|are|was|were|been) (?:\\w+ )?possible`,
  },
  {
    // "would decide on its contribution": a decision still to come, about what it names next.
    stance: 'conditional',
    dir: 'after',
    strength: 2,
    reach: 3,
    pattern: `(?:will|would|shall|to) (?:\\S+ )?decide\\b(?! to\\b)`,
  },
  {
    // "declined to say whether Britain would let Kyiv use its missiles", "declined to “speculate” about troops"
    stance: 'conditional',
    dir: 'after',
    strength: 3,
    pattern: `(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|would not|wouldn't|did not|didn't) to ["\u201c]?(?:say|speculate|comment|confirm|specify|discuss|disclose)["\u201d]?(?: (?:on|about|whether|if))?`,
  },
  {
    // "the option of firing missiles remained open"
    stance: 'conditional',
    dir: 'before',
    strength: 2,
    pattern: `(?:is|are|was|were|remains?|remained|stays?|stayed) ["\u201c]?open\\b(?! (?:to|for)\\b)`,
  },
  {
    // "backed the idea but listed a series of conditions"
    stance: 'conditional',
    dir: 'any',
    strength: 3,
    standalone: true,
    pattern: `(?:set|sets|setting|listed|lists|listing|laid out|lays out|attached|attaches|named|names|put forward|puts forward) (?:\\w+ ){0,4}?(?:conditions|preconditions|demands)`,
  },
  {
    // "its conditions for a ceasefire had not changed": a stand with terms attached (but
    // "create conditions for a ceasefire" works towards it)
    stance: 'conditional',
    dir: 'after',
    strength: 2,
    noun: true,
    pattern: `(?<!creat(?:e|es|ed|ing) (?:the )?(?:\\w+ )?)(?:conditions|preconditions|terms) for`,
  },
  {
    // "any decision on German troops would have to go through the Bundestag"
    stance: 'conditional',
    dir: 'after',
    strength: 3,
    noun: true,
    pattern: `any (?:final |future )?decisions? (?:on|about|over)`,
  },
];
