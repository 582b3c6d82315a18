// When several cues give one actor a stance on the same position in one
// clause, one decides: the strongest, then the nearest. A position's own verb
// ("send troops") decides only when nothing else does, but lends its subject
// to a governing cue that has none ("the possibility that Paris would send
// troops") or that is a verb of saying ("Pistorius announced that Germany
// would deliver"). An objection after a cue turns it round ("dismissed
// Russia's objections to troops", "called for an end to deliveries").
import type { Binding } from './binding';
import type { CueMatch } from './cueFinder';
import type { PositionMention } from './positionFinder';

const OWN_SUBJECT = new Set(['subject', 'pronoun', 'members']);

function independent(binding: Binding): boolean {
  const entry = binding.cue.entry;
  return (
    entry.agent !== undefined ||
    entry.owned === true ||
    (entry.listed === true && !binding.cue.negated)
  );
}

/** Bindings that survive competition, plus those a position's verb lends its subject to. */
export function settle(
  bindings: readonly Binding[],
  cues: readonly CueMatch[],
  mentions: readonly PositionMention[],
  clauseOf: (token: number) => number,
  speechVerbs: ReadonlySet<number> = new Set(),
  listed: (from: number, to: number) => boolean = () => false,
): Binding[] {
  const distance = (binding: Binding): number => {
    const target = mentions[binding.mention];
    if (!target) return 1000;
    const cue = binding.cue;
    return cue.start < target.start ? target.start - cue.end : cue.start - target.end;
  };
  // "would back a ceasefire only when Kyiv decides": a condition qualifies the support it follows.
  const rank = (binding: Binding): number =>
    (binding.cue.entry.strength + (binding.cue.entry.conditionAfter ? 2 : 0)) * 1000 -
    distance(binding);
  const rivalsOf = (binding: Binding, pool: readonly Binding[]): Binding[] =>
    pool.filter(
      (other) =>
        !independent(other) &&
        other.mention === binding.mention &&
        other.holders.some((holder) => binding.holders.includes(holder)) &&
        clauseOf(other.cue.start) === clauseOf(binding.cue.start),
    );
  const all = [...bindings];
  for (const verb of bindings) {
    if (!verb.cue.entry.implicit || !OWN_SUBJECT.has(verb.how) || verb.mention === -1) continue;
    const governors = rivalsOf(verb, bindings).filter((other) => !other.cue.entry.implicit);
    const governor = governors.sort((a, b) => rank(b) - rank(a))[0];
    // "Pistorius announced that Germany would deliver": the verb of saying governs too.
    if (governor && (governor.how === 'speaker' || speechVerbs.has(governor.cue.start)))
      all.push({ ...verb, cue: governor.cue, stance: governor.stance });
  }
  // An objection right after the cue turns it round, once: rejecting an objection supports
  // the position ("dismissed Russia's objections to troops"), asking for one opposes it
  // ("called for an end to weapons deliveries", "demanded that Western states halt deliveries").
  for (const binding of all) {
    const target = mentions[binding.mention];
    if (binding.stance === 'conditional' || binding.cue.entry.noun || !target) continue;
    const asking = binding.stance === 'supports';
    const objection = cues.some(
      (other) =>
        other.stance === 'opposes' &&
        (other.entry.noun ||
          (asking && !other.entry.implicit && binding.cue.topicAt === undefined)) &&
        (!asking || !other.negated) &&
        other.start >= binding.cue.end &&
        other.start <= binding.cue.end + (other.entry.noun ? 4 : 5) &&
        other.end <= target.start &&
        !(other.entry.noun && listed(other.end, target.start)),
    );
    if (objection) binding.stance = asking ? 'opposes' : 'supports';
  }
  return all.filter((binding) => {
    if (independent(binding)) return true;
    const rivals = rivalsOf(binding, all);
    const implicit = binding.cue.entry.implicit === true;
    if (implicit && rivals.some((other) => !other.cue.entry.implicit)) return false;
    return rivals
      .filter((other) => !other.cue.entry.implicit || implicit)
      .every((other) => rank(other) <= rank(binding));
  });
}
