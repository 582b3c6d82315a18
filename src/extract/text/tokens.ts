// Word tokens with their offsets. Abbreviations written with dots ("U.S.") stay
// one token, a possessive "'s" is its own token, and every other non-space
// character is a token, so patterns can be matched token by token.

export interface Token {
  /** Offsets into the article text. */
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Folded (lower case, no diacritics, straight apostrophes). */
  norm: string;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
}

const TOKEN =
  /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{M}\p{N}]+(?:['’](?![sS]\b)[\p{L}\p{M}]+)*|['’][sS]\b|\S/gu;
const UPPER_START = /^\p{Lu}/u;

/** Tokenizes `text` between `from` and `to`; `folded` is foldText(text). */
export function tokenize(text: string, folded: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    const start = from + match.index;
    const end = start + match[0].length;
    tokens.push({
      start,
      end,
      text: match[0],
      norm: folded.slice(start, end),
      capitalized: UPPER_START.test(match[0]),
    });
  }
  return tokens;
}

/** Splits a phrase into the folded token sequence it matches. */
export function phraseTokens(phrase: string, fold: (text: string) => string): string[] {
  const folded = fold(phrase);
  return tokenize(phrase, folded).map((token) => token.norm);
}
