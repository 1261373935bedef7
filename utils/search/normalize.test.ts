import { describe, expect, it } from 'vitest';
import { fold, terms, tokenize } from './normalize';

describe('fold', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['ÉCOLE Ça', 'ecole ca'],
    ['Straße', 'strasse'],
    ['ıstanbul İstanbul', 'istanbul istanbul'],
    ['Ørsted', 'orsted'],
    ['Æsir', 'aesir'],
    ['Œuvre', 'oeuvre'],
    ['Łódź', 'lodz'],
    ['Đoković', 'dokovic'],
    ['São Paulo', 'sao paulo'],
    ['Zürich', 'zurich'],
    ['Dvořák', 'dvorak'],
    ['cafe\u0301', 'cafe'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Erdoğan met Łukasz';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['erdogan', 'met', 'lukasz']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Erdoğan', 'met', 'Łukasz']);
    expect(tokens.map((t) => t.pos)).toEqual([0, 1, 2]);
  });

  it('splits hyphenated words into parts and adds the joined alias for documents', () => {
    expect(terms('de-escalation zones')).toEqual(['de', 'escalation', 'zones']);
    const doc = tokenize('de-escalation zones', { aliases: true });
    expect(doc.map((t) => [t.term, t.pos, !!t.alias])).toEqual([
      ['de', 0, false],
      ['escalation', 1, false],
      ['deescalation', 0, true],
      ['zones', 2, false],
    ]);
  });

  it('drops the possessive and splits elisions', () => {
    expect(terms("Erdoğan's plan")).toEqual(['erdogan', 'plan']);
    expect(terms('it’s')).toEqual(['it']);
    expect(terms("l'Europe d'Estaing O'Brien")).toEqual(['l', 'europe', 'd', 'estaing', 'o', 'brien']);
    expect(tokenize("O'Brien", { aliases: true }).map((t) => t.term)).toContain('obrien');
  });

  it('treats dashes, punctuation and lone hyphens as separators', () => {
    expect(terms('2019–2024 — Kyiv, Moscow; -x- "quoted"')).toEqual(['2019', '2024', 'kyiv', 'moscow', 'x', 'quoted']);
  });

  it('handles decomposed input, digits and astral characters', () => {
    const text = 'Cafe\u0301 covid-19 😀 ok';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['cafe', 'covid', '19', 'ok']);
    expect(text.slice(tokens[0]!.start, tokens[0]!.end)).toBe('Cafe\u0301');
    expect(text.slice(tokens[3]!.start, tokens[3]!.end)).toBe('ok');
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ,.;—!? ')).toEqual([]);
  });
});
