// A same-length folded copy of a text: lower case, diacritics removed, curly
// apostrophes straightened. Matching runs on the folded copy so that every
// match offset is also an offset into the original text.

const table = new Uint16Array(0x10000);
// Decoding the folded code units in one native call; lone surrogates stay as they are.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function foldCode(code: number): number {
  const char = String.fromCharCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return code;
  if (char === '\u2019' || char === '\u2018' || char === '\u02bc') return 0x27;
  const lower = char.toLowerCase();
  const base = lower.length === 1 ? lower : char;
  const decomposed = base.normalize('NFD');
  const first = decomposed.charCodeAt(0);
  return /^.\p{M}*$/u.test(decomposed) && first < 0x10000 ? first : base.charCodeAt(0);
}

/** Folds one UTF-16 code unit (cached). */
export function foldUnit(code: number): number {
  let folded = table[code] ?? 0;
  if (folded === 0) {
    folded = code === 0 ? 0 : foldCode(code);
    table[code] = folded;
  }
  return folded;
}

/** The folded copy of `text`, exactly as long as `text`. */
export function foldText(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldUnit(text.charCodeAt(i));
  return UTF16.decode(out);
}
