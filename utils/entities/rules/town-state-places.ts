// Towns named with their state: "born in Little Falls, Minnesota", "a school in Longwood,
// Florida", "Bucknell University in Lewisburg, Pennsylvania". The tagger finds the state (the
// gazetteer knows it) but leaves a small town it has never seen untagged, though the shape
// "in <Town>, <State>" names a place as plainly as the town's own name would. A run of one to
// three capitalized words in no span, after a word that leads to places (in, of, from, near …)
// and before a comma and a place span the gazetteer knows as a region or a country, is a place.
// Not when the state opens a longer name ("Alabama Power"). Found in the untagged places of
// wikigold and UNER EWT dev. Pure: token spans in and out.

import { GAZ_CATEGORIES, type Gazetteer } from '../gazetteer';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Words that lead to a town's name. Written for Gloss. */
const TOWN_LEADS = new Set('in of from near outside at to'.split(' '));
/** A region (a state, a province) or a country. */
const STATE_BITS = (1 << GAZ_CATEGORIES.indexOf('region')) | (1 << GAZ_CATEGORIES.indexOf('country'));
const CAPITALIZED = /^\p{Lu}/u;
const MAX_TOWN = 3;

export interface TownStateContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** True when `s` is a state or country the gazetteer knows, not followed by a capitalized word. */
function stateSpan(s: TokenSpan, ctx: TownStateContext): boolean {
  if (s.type !== 'LOC' || ctx.tokens[s.start - 1]?.text !== ',') return false;
  const bits = ctx.gazetteer.phrases.get(ctx.folded.slice(s.start, s.end).join(' ')) ?? 0;
  if ((bits & STATE_BITS) === 0) return false;
  const after = ctx.tokens[s.end];
  return !(after && ctx.sentenceOf[s.end] === ctx.sentenceOf[s.start] && CAPITALIZED.test(after.text));
}

/** The town's first token before the comma at `comma`, after the previous span's end `prevEnd`, or -1. */
function townStart(ctx: TownStateContext, comma: number, prevEnd: number): number {
  let i = comma;
  while (
    i - 1 >= prevEnd &&
    comma - (i - 1) <= MAX_TOWN &&
    ctx.sentenceOf[i - 1] === ctx.sentenceOf[comma] &&
    CAPITALIZED.test(ctx.tokens[i - 1]!.text)
  )
    i--;
  if (i === comma || i === 0 || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[comma]) return -1;
  return TOWN_LEADS.has(ctx.tokens[i - 1]!.text) ? i : -1;
}

/** Marks the untagged town before ", <state>" after a word leading to places as a place. */
export function townStatePlaces(spans: readonly TokenSpan[], ctx: TownStateContext): TokenSpan[] {
  const out: TokenSpan[] = [];
  spans.forEach((s, k) => {
    if (stateSpan(s, ctx)) {
      const prevEnd = k > 0 ? spans[k - 1]!.end : 0;
      const start = townStart(ctx, s.start - 1, prevEnd);
      if (start >= 0) out.push({ start, end: s.start - 1, type: 'LOC' });
    }
    out.push(s);
  });
  return out;
}
