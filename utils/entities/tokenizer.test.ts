import { describe, expect, it } from 'vitest';
import { isPossessive, splitSentences, tokenize } from './tokenizer';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('gives offsets that slice back to each token', () => {
    const text = 'Russian President Vladimir Putin met “Erdoğan” in Syria’s Idlib — on Wednesday.\n\nU.S. talks';
    const toks = tokenize(text);
    expect(toks.length).toBeGreaterThan(10);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < toks.length; i++) expect(toks[i].start).toBeGreaterThanOrEqual(toks[i - 1].end);
  });

  it('follows CoNLL conventions for clitics, hyphens and abbreviations', () => {
    expect(texts("Syria's Al-Nusra Front don't")).toEqual(['Syria', "'s", 'Al-Nusra', 'Front', 'do', "n't"]);
    expect(texts('Syria’s')).toEqual(['Syria', '’s']);
    expect(texts('U.S. President Mr. Smith of N. Korea.')).toEqual([
      'U.S.',
      'President',
      'Mr.',
      'Smith',
      'of',
      'N.',
      'Korea',
      '.',
    ]);
    expect(texts('Acme Corp. rose 1,000.5 points on 1996-08-30')).toEqual([
      'Acme',
      'Corp.',
      'rose',
      '1,000.5',
      'points',
      'on',
      '1996-08-30',
    ]);
    expect(texts('(IS, formerly ISIS/ISIL)')).toEqual(['(', 'IS', ',', 'formerly', 'ISIS', '/', 'ISIL', ')']);
  });

  it('tells the possessive clitic it splits off, however written', () => {
    const possessives = tokenize("Obama's plan, TRUMP'S aides, Erdoğan’s call").filter((t) => isPossessive(t.text));
    expect(possessives.map((t) => t.text)).toEqual(["'s", "'S", '’s']);
    expect(isPossessive('s')).toBe(false);
    expect(isPossessive("'ll")).toBe(false);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    expect(texts('No. 10 and No. #4')).toEqual(['No.', '10', 'and', 'No.', '#', '4']);
    expect(texts('“No. You tell me.”')).toEqual(['“', 'No', '.', 'You', 'tell', 'me', '.', '”']);
  });

  it('keeps non-ASCII names and counts offsets in UTF-16 units', () => {
    const text = '😀 Erdoğan and Łódź';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['😀', 'Erdoğan', 'and', 'Łódź']);
    expect(toks[1].start).toBe(3); // the emoji is two UTF-16 units, then a space
  });
});

describe('splitSentences', () => {
  it('splits at line breaks and sentence punctuation, not after abbreviations', () => {
    const text = 'Putin said. U.S. President Trump agreed.\n"Fine," he said. Then Mr. Lavrov spoke';
    const toks = tokenize(text);
    const sents = splitSentences(text, toks).map((s) =>
      toks
        .slice(s.start, s.end)
        .map((t) => t.text)
        .join(' '),
    );
    expect(sents).toEqual([
      'Putin said .',
      'U.S. President Trump agreed .',
      '" Fine , " he said .',
      'Then Mr. Lavrov spoke',
    ]);
  });
});
