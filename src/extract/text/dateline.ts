// A wire dateline opening a story's first sentence: "PARIS, Feb 18 (Reuters) -",
// "KYIV, Ukraine (AP) —", "Moscow (AFP) –". It names where the story was filed
// and when, not who said what or when they said it.
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}\p{M} .'’-]+|\p{Lu}\p{Ll}+(?= ?\())(?:, ?\p{Lu}[\p{L}.'’ -]{1,30}?)?(?:, ?\p{Lu}\p{L}{2,8}\.? \d{1,2})? ?(?:\([^)\n]{1,40}\))? ?[-\u2013\u2014]+ /u;

/** The length of the dateline `sentence` opens with, 0 when it has none. */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}
