import { describe, expect, it } from 'vitest';
import { contextCandidates, contextNearby, editDistance, matchQuote, similarity } from './match-quote';
import { fold } from './text-index';

const TEXT = fold(
  'The cat sat on the mat. The dog sat on the log. A bird sat on the fence and sang a long song about the morning.',
);

describe('matchQuote', () => {
  it('finds an exact quote with a perfect score', () => {
    const m = matchQuote(TEXT, fold('dog sat on the log'), {
      prefix: fold('the mat. The '),
      suffix: fold('. A bird'),
    })!;
    expect(TEXT.slice(m.start, m.end)).toBe(fold('dog sat on the log'));
    expect(m.errors).toBe(0);
    expect(m.score).toBeCloseTo(1, 2);
  });

  it('picks the occurrence whose context matches among duplicates', () => {
    const quote = fold('sat on the');
    const m = matchQuote(TEXT, quote, { prefix: fold('The dog '), suffix: fold(' log.') })!;
    expect(m.start).toBe(TEXT.indexOf(fold('dog sat')) + 3);
    const n = matchQuote(TEXT, quote, { prefix: fold('A bird '), suffix: fold(' fence') })!;
    expect(n.start).toBe(TEXT.indexOf(fold('bird sat')) + 4);
  });

  it('finds an edited quote approximately, with a score below 1', () => {
    const m = matchQuote(TEXT, fold('sang a short song about the morning'))!;
    expect(TEXT.slice(m.start, m.end)).toBe(fold('sang a long song about the morning'));
    expect(m.errors).toBeGreaterThan(0);
    expect(m.score).toBeLessThan(1);
    expect(m.score).toBeGreaterThanOrEqual(0);
  });

  it('returns null when nothing is close', () => {
    expect(matchQuote(TEXT, fold('quantum chromodynamics lecture notes'))).toBeNull();
  });
});

describe('contextCandidates', () => {
  it('locates a heavily reworded quote between its intact prefix and suffix', () => {
    const [c] = contextCandidates(TEXT, fold('a bird sat'), {
      prefix: fold('on the log. '),
      suffix: fold(' on the fence'),
    });
    expect(TEXT.slice(c.start, c.end)).toBe(fold('A bird sat'));
  });
});

describe('contextNearby', () => {
  const prefix = fold('the mat. The ');
  it('finds context pushed away from the quote by inserted text, whole or in part', () => {
    const ad = fold('Advertisement: subscribe today for a limited offer. ');
    const quote = fold('dog sat on the log');
    // Inserted between the whole prefix and the quote.
    let text = TEXT.replace(quote, ad + quote);
    expect(contextNearby(text, prefix, text.indexOf(quote), true, 2048, 0.3)).toBe(true);
    // Inserted inside the prefix: its near part still borders the quote.
    text = TEXT.replace(fold('The dog'), fold('The ') + ad + fold('dog'));
    expect(contextNearby(text, prefix, text.indexOf(quote), true, 2048, 0.3)).toBe(true);
    // Further away than allowed.
    text = TEXT.replace(quote, ad + quote);
    expect(contextNearby(text, prefix, text.indexOf(quote), true, ad.length - 10, 0.3)).toBe(false);
  });

  it('says so when the context has vanished from that side of the quote', () => {
    const text = TEXT.replace(fold('the mat. The '), '');
    expect(contextNearby(text, prefix, text.indexOf(fold('dog sat')), true, 2048, 0.3)).toBe(false);
    // The suffix side is looked for after the quote only.
    const edge = TEXT.indexOf(fold('dog sat'));
    expect(contextNearby(TEXT, prefix, edge + 3, false, 2048, 0.3)).toBe(false);
    expect(contextNearby(TEXT, undefined, edge, true, 2048, 0.3)).toBe(true);
  });
});

describe('editDistance / similarity', () => {
  it('computes Levenshtein distance and a normalized similarity', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(similarity('abcd', 'abcd')).toBe(1);
    expect(similarity('abcd', 'wxyz')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });
});
