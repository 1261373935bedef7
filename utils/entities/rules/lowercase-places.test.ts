import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { lowercasePlaces } from './lowercase-places';
import { splitSentences } from '../tokenizer';

const lists: Record<string, string[]> = {
  country: ['Mexico', 'Malaysia'],
  region: ['Kerala'],
  city: ['San Francisco', 'Orange', 'Pop', 'Erode'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => (lists[c] ?? []).map(phraseKey)));

/** Tags each [surface, type], runs the pass, returns "TYPE surface" per span. */
function run(text: string, marks: Array<[string, string]> = []): string[] {
  const ctx = spanContext(text, gazetteer);
  const sentences = splitSentences(text, ctx.tokens);
  return lowercasePlaces(markedSpans(text, ctx.tokens, marks), { ...ctx, sentences }).map(
    (s) => `${s.type} ${spanSurface(text, ctx.tokens, s)}`,
  );
}

describe('lowercasePlaces', () => {
  it('marks known places written in lowercase in social text', () => {
    expect(run('i am from mexico and live in malaysia now. any tips for hotels in kerala? lol')).toEqual([
      'LOC mexico',
      'LOC malaysia',
      'LOC kerala',
    ]);
    expect(run('wan na meet girls from san francisco. i like it there')).toEqual(['LOC san francisco']);
  });

  it('leaves places without a leading word, ordinary words, addresses and tagged words', () => {
    expect(run('i think mexico is nice. visit it')).toEqual([]);
    expect(run('his style went from pop to jazz. it was ok lol')).toEqual([]);
    expect(run('i wanted to erode it. send it to me lol')).toEqual([]);
    expect(run('mail me in malaysia.gov.my please. thanks lol')).toEqual([]);
    expect(run('i live in Kerala now. it is nice lol', [['Kerala', 'LOC']])).toEqual(['LOC Kerala']);
  });

  it('does nothing in edited prose, where a lowercase word is not a name', () => {
    expect(run('The walls were painted in orange. The Mayor of Mexico City spoke in Mexico.')).toEqual([]);
  });
});
