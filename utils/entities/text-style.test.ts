import { describe, expect, it } from 'vitest';
import { buildContext, staticFeatures } from './features';
import { buildGazetteer } from './gazetteer';
import { textStyle } from './text-style';
import { splitSentences, tokenize } from './tokenizer';

const styleOf = (text: string) => {
  const tokens = tokenize(text);
  return textStyle(
    tokens.map((t) => t.text),
    splitSentences(text, tokens),
  );
};

describe('textStyle', () => {
  it('calls news and encyclopedia prose edited', () => {
    expect(
      styleOf(
        'Turkish President Tayyip Erdogan said on Sunday that talks would resume. He spoke in Ankara after meeting the Russian envoy, who arrived on Saturday.',
      ),
    ).toBe('E');
    expect(
      styleOf(
        'Linkin Park is an American rock band from Agoura Hills, California. The band was formed in 1996 and has sold over 100 million records.',
      ),
    ).toBe('E');
  });

  it('calls posts with handles, hashtags or links social', () => {
    expect(styleOf('@paulwalk the view from here is great #nyc http://t.co/abc so good')).toBe('T');
  });

  it('calls text whose sentences start lowercase social', () => {
    expect(styleOf('today is my last day at the office.\nso glad. going to see obama in chicago tomorrow.')).toBe('T');
  });

  it('calls a short unpunctuated line social, a short finished sentence edited', () => {
    expect(styleOf('Happy New Year world')).toBe('T');
    expect(styleOf('The minister resigned on Monday.')).toBe('E');
  });
});

describe('style copies of the case features', () => {
  const gaz = buildGazetteer([[], [], [], [], [], []]);
  const features = (text: string, styled: boolean) => {
    const tokens = tokenize(text);
    return staticFeatures(buildContext(tokens, splitSentences(text, tokens)), gaz, { styles: styled });
  };

  it('adds copies only when asked, keeping the unstyled features first and in order', () => {
    const text = 'Vladimir Putin met Lavrov in Moscow.';
    const plain = features(text, false);
    const styled = features(text, true);
    expect(styled.hashes.length).toBeGreaterThan(plain.hashes.length);
    for (let i = 0; i + 1 < plain.offsets.length; i++) {
      const own = new Set(styled.hashes.subarray(styled.offsets[i], styled.offsets[i + 1]));
      for (const h of plain.hashes.subarray(plain.offsets[i], plain.offsets[i + 1])) expect(own.has(h)).toBe(true);
    }
  });

  it('gives a word the same general features but other style copies in edited and social text', () => {
    const edited = 'Lavrov spoke in Moscow.\nThe talks ended on Monday.';
    const social = 'Lavrov spoke in Moscow.\n#news #moscow http://t.co/x';
    const ofFirst = (text: string, styled: boolean) => {
      const m = features(text, styled);
      return [...m.hashes.subarray(m.offsets[0], m.offsets[1])];
    };
    expect(ofFirst(social, false)).toEqual(ofFirst(edited, false));
    const e = ofFirst(edited, true);
    const s = ofFirst(social, true);
    expect(e.length).toBe(s.length);
    const general = new Set(ofFirst(edited, false));
    expect(e.filter((h) => !general.has(h)).some((h) => s.includes(h))).toBe(false);
  });
});
