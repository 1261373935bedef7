import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { dropQuotedTitleNames, quotedTitles } from './quoted-titles';

// "blood", "until", "keeps", "just" are in the Wikipedia-built COMMON_WORDS list; "job" is
// there too although the gazetteer also knows it as a first name.
const lists: Record<string, string[]> = {
  city: [],
  country: ['america'],
  region: [],
  first: ['barack', 'job', 'dawn'],
  org: [],
  common: ['of'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

const context = (text: string) => spanContext(text, gazetteer);

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = context(text);
  const spans = markedSpans(text, ctx.tokens, marks);
  return dropQuotedTitleNames(spans, ctx).map((s) => spanSurface(text, ctx.tokens, s));
}

describe('quotedTitles', () => {
  it('finds short title-case quoted runs with an ordinary word, a possessive or an edition number', () => {
    const text =
      'Play “Rush of Blood” and "Job Simulator", watch ‘Dawson’s Creek’ and “Barack Obama”, review ‘Madden NFL 17’, not “17 Barack”.';
    const ctx = context(text);
    const titles = quotedTitles(ctx).map(([a, b]) =>
      ctx.tokens
        .slice(a, b)
        .map((t) => t.text)
        .join(' '),
    );
    expect(titles).toEqual(['Rush of Blood', 'Job Simulator', 'Dawson ’s Creek', 'Madden NFL 17']);
  });

  it('does not read quoted speech, one quoted word or a quote across sentences as a title', () => {
    const text = 'He said “the Blood Bank is Until closed” and “Blood” then “Until. Blood Keeps” now.';
    expect(quotedTitles(context(text))).toEqual([]);
  });
});

describe('dropQuotedTitleNames', () => {
  it('drops people and places inside a quoted title', () => {
    expect(
      run('The horror game “Until Dawn: Rush of Blood” and the song “Keeps You Just” played.', [
        ['Dawn', 'PER'],
        ['Rush', 'LOC'],
        ['Keeps You Just', 'PER'],
      ]),
    ).toEqual([]);
  });

  it('keeps a name also found outside quoted titles, a known place, and organizations', () => {
    const text = 'Dawn Smith wrote “Until Dawn Smith”, sang “Blood of America” for “Blood Records”.';
    expect(
      run(text, [
        ['Dawn Smith', 'PER'],
        ['Dawn Smith', 'PER'],
        ['America', 'LOC'],
        ['Blood Records', 'ORG'],
      ]),
    ).toEqual(['Dawn Smith', 'Dawn Smith', 'America', 'Blood Records']);
  });
});
