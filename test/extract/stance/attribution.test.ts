import { describe, expect, it } from 'vitest';
import { claimsOf } from '../fixture';

const T = 'position:troops-to-ukraine';
const C = 'position:ceasefire';
const AID = 'position:military-aid-ukraine';
const US = 'position:us-backstop';
const TAURUS = 'position:taurus-for-ukraine';

describe('extractArticle(article, kb): who holds the stance in sentences with several actors', () => {
  it.each([
    [
      '"like" lists actors who share the stance',
      'Berlin, like Paris and London, is counting on Washington to provide a backstop.',
      [`country:DE ${US} supports`, `country:FR ${US} supports`, `country:GB ${US} supports`],
    ],
    [
      'a parenthetical attribution stands between subject and verb',
      'Rome, Giorgia Meloni has said repeatedly, will not send troops.',
      [`country:IT ${T} opposes`, `person:giorgia-meloni ${T} opposes`],
    ],
    [
      'a speech act after "and" is the speaker\'s, not the reported subject\'s',
      'Olaf Scholz said Russia was playing games and urged Moscow to accept a ceasefire.',
      [`person:olaf-scholz ${C} supports`],
    ],
    [
      "a government confirming its leader's act shares it",
      'The White House confirmed that Donald Trump had ordered a pause on military aid to Ukraine.',
      [`country:US ${AID} opposes`, `person:donald-trump ${AID} opposes`],
    ],
    [
      'a closing attribution may end with a time',
      'Italy will not send troops to Ukraine, Antonio Tajani said earlier this month.',
      [`country:IT ${T} opposes`, `person:antonio-tajani ${T} opposes`],
    ],
    [
      '"X\'s deputy Y": the agent is Y',
      "The plan to send troops was mocked by Donald Trump's aide Pete Hegseth.",
      [`person:pete-hegseth ${T} opposes`],
    ],
    [
      '"he" after a quotation is not someone quoted',
      'Keir Starmer spoke in London. "Without a US backstop, Vladimir Putin will test us," he said.',
      [`person:keir-starmer ${US} supports`],
    ],
    [
      'a subject stays across "would keep"',
      'Sweden said it was ready to host talks and would keep pushing for a ceasefire.',
      [`country:SE ${C} supports`],
    ],
    [
      '"with X ready to": X is a subject',
      'The talks ended with Britain ready to send troops to Ukraine.',
      [`country:GB ${T} supports`],
    ],
    [
      'a name in quotation marks after "of" is an object',
      'Moscow views the plans of the so-called "coalition of the willing" to send troops to Ukraine as a threat and will not accept them.',
      [`country:RU ${T} opposes`],
    ],
    [
      'the possessor of a judgement is what is judged',
      "Maria Zakharova warned that a strike by Taurus missiles would be regarded as Germany's direct participation in the war.",
      [`person:maria-zakharova ${TAURUS} opposes`],
    ],
    [
      'a cue does not reach into an unless-clause',
      'Slovakia threatened to block the text unless it called for a ceasefire.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(claimsOf(text)).toEqual(expected);
  });
});
