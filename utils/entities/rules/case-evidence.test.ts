import { describe, expect, it } from 'vitest';
import { applyCaseEvidence, lineCases } from './case-evidence';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanSurface } from '../marked-spans';
import { splitSentences, tokenize } from '../tokenizer';

const lists: Record<string, string[]> = {
  city: ['paris', 'delhi'],
  country: ['france'],
  region: [],
  first: ['sean', 'carrie'],
  org: [],
  common: ['eliminated', 'pollution', 'stars', 'read', 'more', 'says', 'will', 'stay', 'tariffs', 'show', 'the', 'new'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** The case context of `text`: its tokens, folded words and sentences. */
function caseContext(text: string, gaz = gazetteer) {
  const tokens = tokenize(text);
  return { tokens, folded: tokens.map((t) => fold(t.text)), sentences: splitSentences(text, tokens), gazetteer: gaz };
}

function run(text: string, marks: Array<[string, string]>) {
  const ctx = caseContext(text);
  const { tokens } = ctx;
  const spans = markedSpans(text, tokens, marks);
  const out = applyCaseEvidence(spans, ctx);
  return { ctx, out: out.map((s) => `${spanSurface(text, tokens, s)}/${s.type}`) };
}

describe('lineCases', () => {
  it('tells all-caps, title-case and plain lines apart', () => {
    const text =
      'SEAN SPICER ELIMINATED FROM THE SHOW\nTrump Says Tariffs Will Stay\nSean Spicer left the show on Monday.';
    const tokens = tokenize(text);
    const ctx = { tokens, folded: tokens.map((t) => fold(t.text)), sentences: splitSentences(text, tokens), gazetteer };
    expect(lineCases(ctx)).toEqual(['caps', 'title', 'plain']);
  });
});

describe('applyCaseEvidence', () => {
  it('grows a first name left alone in a title-case line over the surname after it', () => {
    const { out } = run('Why Carrie Ruskin Says More Stars Will Stay\nCarrie left Paris. Carrie Ruskin stayed.', [
      ['Why Carrie', 'LOC'],
      ['Carrie', 'PER'],
      ['Paris', 'LOC'],
      ['Carrie Ruskin', 'PER'],
    ]);
    expect(out[0]).toBe('Carrie Ruskin/PER');
    // not over an ordinary word nor a known place
    expect(
      run('Why Carrie Says More Stars Will Stay\nCarrie left.', [
        ['Why Carrie', 'LOC'],
        ['Carrie', 'PER'],
      ]).out[0],
    ).toBe('Carrie/LOC');
    expect(
      run('Why Carrie Paris Says Stars Will Stay\nCarrie left.', [
        ['Why Carrie', 'LOC'],
        ['Carrie', 'PER'],
      ]).out[0],
    ).toBe('Carrie/LOC');
  });

  it('shrinks an all-caps span to the name the article writes in mixed case', () => {
    const { out } = run('SEAN SPICER ELIMINATED FROM THE SHOW\nSean Spicer left the show in Paris on Monday.', [
      ['SEAN SPICER ELIMINATED', 'PER'],
      ['Sean Spicer', 'PER'],
      ['Paris', 'LOC'],
    ]);
    expect(out).toEqual(['SEAN SPICER/PER', 'Sean Spicer/PER', 'Paris/LOC']);
  });

  it('drops an all-caps span with no evidence, keeps a known place', () => {
    const { out } = run("STARS' CARRIE WINS IN FRANCE TONIGHT\nThe singer won again on Monday night.", [
      ["STARS' CARRIE", 'ORG'],
      ['FRANCE', 'LOC'],
    ]);
    expect(out).toEqual(['FRANCE/LOC']);
  });

  it('in a title-case line drops spans of ordinary words only, keeps real names', () => {
    const { out } = run('Trump Says Tariffs Will Stay In Place\nThe president spoke on Monday.', [
      ['Trump', 'PER'],
      ['Tariffs', 'ORG'],
    ]);
    expect(out).toEqual(['Trump/PER']);
  });

  it('keeps an ordinary-word span in a title-case line when plain text names it too', () => {
    const { out } = run('New Show Says Tariffs Will Stay\nThe New Show aired on Monday.', [
      ['New Show', 'ORG'],
      ['New Show', 'ORG'],
    ]);
    expect(out).toEqual(['New Show/ORG', 'New Show/ORG']);
  });
});

describe('title-case lines without evidence', () => {
  it('shrink a span to the known place inside it', () => {
    const { out } = run('Delhi Pollution Says The New Tariffs Will Stay\nThe city spoke on Monday.', [
      ['Delhi Pollution', 'PER'],
    ]);
    expect(out).toEqual(['Delhi/LOC']);
  });
});

describe('title-case lines: ordinary words without evidence', () => {
  it('drop a span with an ordinary word in it, keep one shaped like a full name', () => {
    const { out } = run(
      'Fitzgerald Says The New Show Will Stay\nSean Penn Says The New Show Will Stay\nThe show aired on Monday.',
      [
        ['Fitzgerald Says', 'PER'],
        ['Sean Penn', 'PER'],
      ],
    );
    expect(out).toEqual(['Sean Penn/PER']);
  });

  it('do not take a first name that is also an ordinary word for a full name', () => {
    // "way" is a first name and an ordinary word: "Way Galaxy" is no full name
    const local = buildGazetteer(
      GAZ_CATEGORIES.map((c) =>
        (c === 'first' ? ['sean', 'way'] : c === 'common' ? [...lists[c]!, 'way', 'facts'] : lists[c]!).map(phraseKey),
      ),
    );
    const text = 'Facts Says The Way Galaxy Will Stay\nSean Penn Says The New Show Will Stay';
    const tokens = tokenize(text);
    const ctx = {
      tokens,
      folded: tokens.map((t) => fold(t.text)),
      sentences: splitSentences(text, tokens),
      gazetteer: local,
    };
    const spans = markedSpans(text, tokens, [
      ['Facts Says The Way Galaxy', 'LOC'],
      ['Sean Penn', 'PER'],
    ]);
    expect(applyCaseEvidence(spans, ctx).map((s) => spanSurface(text, tokens, s))).toEqual(['Sean Penn']);
  });
});

describe('a place the gazetteer knows inside a longer name', () => {
  it('does not stand for a span whose other words are names too', () => {
    const { out } = run(
      'Paris Hilton Says The New Show Will Stay\nPARIS HILTON WINS THE NEW SHOW\nThe show aired on Monday.',
      [
        ['Paris Hilton', 'PER'],
        ['PARIS HILTON', 'PER'],
      ],
    );
    // before: "Paris/LOC" twice; now the title-case name stays whole and the all-caps one, unseen in plain text, goes
    expect(out).toEqual(['Paris Hilton/PER']);
  });
});

describe('lists of names', () => {
  it('are plain lines, not title case: their capitals are names', () => {
    const list = 'Singers Sean Penn, Paris Hilton, Carrie Fisher, The New Show and Stars\nThe show aired on Monday.';
    expect(lineCases(caseContext(list))).toEqual(['plain', 'plain']);
    const headline = 'The New Show, Says Stars Will Stay\nThe show aired on Monday.';
    expect(lineCases(caseContext(headline))).toEqual(['title', 'plain']);
  });
});
