import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { decodeModel, recognize } from '../index';
import { knownPlaceTokens } from './known-place-mentions';
import { markedSpans, spanContext } from '../marked-spans';

const MODEL = resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/models/ner-en.bin');

const lists: Record<string, string[]> = {
  city: ['nice', 'reading'],
  country: [],
  region: [],
  first: [],
  org: [],
  common: ['nice', 'reading', 'hope'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

describe('knownPlaceTokens', () => {
  it('lists one-word place spans the gazetteer knows as places, and nothing else', () => {
    const text = 'Reading beat Nice in Hope. Nice Reading Room.';
    const ctx = spanContext(text, gazetteer);
    const spans = markedSpans(text, ctx.tokens, [
      ['Reading', 'ORG'],
      ['Nice', 'LOC'],
      ['Hope', 'LOC'],
      ['Nice Reading Room', 'LOC'],
    ]);
    expect([...knownPlaceTokens(spans, ctx.folded, gazetteer)].map((i) => ctx.tokens[i]!.text)).toEqual(['Nice']);
  });
});

describe('shipped model (committed): a known place opening a dateline stays', () => {
  it('keeps the dateline town in capitals', () => {
    const model = decodeModel(new Uint8Array(readFileSync(MODEL)));
    const found = recognize('BEIJING — China said on Monday it would act.', model).mentions.map(
      (m) => `${m.type} ${m.text}`,
    );
    expect(found).toContain('LOC BEIJING');
  });
});
