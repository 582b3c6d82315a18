// Ids from names: lower case ASCII, diacritics folded, words joined by "-"
// ("Wiesław Kukula" → "wieslaw-kukula").

const SPECIAL: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
};

/** The slug of `name`. */
export function slugify(name: string): string {
  return name
    .replace(/[łŁøØđĐßæÆœŒı]/g, (char) => SPECIAL[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
