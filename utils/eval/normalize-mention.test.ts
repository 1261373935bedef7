import { describe, expect, it } from 'vitest';
import { normalizeMention } from './normalize-mention';

describe('normalizeMention', () => {
  it('folds case, collapses whitespace and drops invisible characters', () => {
    expect(normalizeMention('  Vladimir\u00A0 PUTIN ', 'PER')).toBe('vladimir putin');
    expect(normalizeMention('Vladi\u00ADmir Pu\u200Btin', 'PER')).toBe('vladimir putin');
  });
  it('trims edge punctuation and quotes, not inner ones', () => {
    expect(normalizeMention('“Dreamliner,”', 'ORG')).toBe('dreamliner');
    expect(normalizeMention('(NASA)', 'ORG')).toBe('nasa');
    expect(normalizeMention('U.S.', 'LOC')).toBe('u.s');
    expect(normalizeMention('AT&T', 'ORG')).toBe('at&t');
    expect(normalizeMention("O'Rourke", 'PER')).toBe("o'rourke");
  });
  it("drops a possessive 's (straight or curly) and a trailing apostrophe", () => {
    expect(normalizeMention("Trump's", 'PER')).toBe('trump');
    expect(normalizeMention('Apple’s', 'ORG')).toBe('apple');
    expect(normalizeMention("Reuters'", 'ORG')).toBe('reuters');
  });
  it('folds typographic apostrophes inside names', () => {
    expect(normalizeMention('Lupita Nyong’o', 'PER')).toBe(normalizeMention("Lupita Nyong'o", 'PER'));
    expect(normalizeMention('People’s Liberation Army', 'ORG')).toBe("people's liberation army");
  });
  it('drops a leading "the" only before a word', () => {
    expect(normalizeMention('the White House', 'ORG')).toBe('white house');
    expect(normalizeMention('The Hague', 'LOC')).toBe('hague');
    expect(normalizeMention('Theresa May', 'PER')).toBe('theresa may');
  });
  it('strips titles before people, repeatedly, and only before people', () => {
    expect(normalizeMention('President Trump', 'PER')).toBe('trump');
    expect(normalizeMention('Mr. Johnson', 'PER')).toBe('johnson');
    expect(normalizeMention('Prime Minister Boris Johnson', 'PER')).toBe('boris johnson');
    expect(normalizeMention('Dr Sen. Smith', 'PER')).toBe('smith');
    expect(normalizeMention('General Motors', 'ORG')).toBe('general motors');
    expect(normalizeMention("King's College", 'ORG')).toBe("king's college");
  });
  it('keeps roles that are not titles, so a span that swallows them stays an error', () => {
    expect(normalizeMention('Ombudsman Nadia Cruz', 'PER')).toBe('ombudsman nadia cruz');
  });
  it('keeps a title that is the whole string, and names that start like one', () => {
    expect(normalizeMention('President', 'PER')).toBe('president');
    expect(normalizeMention('Kingsley Amis', 'PER')).toBe('kingsley amis');
  });
  it('gives an empty key for strings with nothing but punctuation', () => {
    expect(normalizeMention('—', 'LOC')).toBe('');
  });
});
