import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/extract/slug';

describe('slugify(name)', () => {
  it.each([
    ['Viktor Orbán', 'viktor-orban'],
    ['Wiesław Kukula', 'wieslaw-kukula'],
    ['Ursula von der Leyen', 'ursula-von-der-leyen'],
    ['Stéphane Séjourné', 'stephane-sejourne'],
    ['Jean-Noël Barrot', 'jean-noel-barrot'],
    ["Sinéad O'Brien", 'sinead-obrien'],
    ['  Lars Løkke Rasmussen ', 'lars-lokke-rasmussen'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
