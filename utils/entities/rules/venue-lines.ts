// Venues in list lines: tour dates, event listings and schedules give one stop a line, "June 24 --
// Jiffy Lube Live, Bristow, VA", "Sept. 18 -- The Forum, Los Angeles, CA", "• PPL Center, Allentown,
// PA". In a line of that shape — a date or a bullet, a dash, a name, a comma, a town, a comma and a
// state's or province's postal code ending the line — the name is where the event is held: a
// place, whatever the tagger read in it (a sponsor's name as an organization, "Jiffy Lube Live" as
// a person). The town and the code are `postal-code-places.ts`'s. The name runs to the first
// bracket ("Ameris Bank Amphitheatre (Formerly …)"), starts with a capital or a digit and holds
// only capitalized words, numbers and the small words of names (at, of, the, &, -), and does not
// open on a first name unless it ends on a place's head (a list of people with their towns,
// "— Jane Doe, Portland, OR", has the same shape). Pure: token spans in and out.

import { type Gazetteer, isFirstName } from '../gazetteer';
import type { Token } from '../tokenizer';
import { MONTHS, WEEKDAYS } from '../lexicon';
import type { TokenSpan } from '../spans';
import { hasPlaceShape } from './place-shape';
import { POSTAL_CODES } from './postal-code-places';

/** A month or weekday as written, its abbreviation's dot left out ("Sept.", "Thu."). */
const undotted = (f: string) => (f.endsWith('.') ? f.slice(0, -1) : f);
const BULLETS = new Set(['•', '*', '·', '-', '–', '—', '▪', '●']);
/** What parts a date from the venue. */
const SEPARATORS = new Set(['--', '-', '–', '—', ':', '|', '@', 'at']);
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
const NUMERIC_DATE = /^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?$/;
/** Small words inside venues' names. */
const NAME_JOINS = new Set(['at', 'of', 'the', 'on', 'and', '&', '-', '–', "'", 'de', 'la', 'du']);
const NAME_WORD = /^(?:\p{Lu}|\d)/u;
const MAX_NAME = 8;
const MAX_TOWN = 3;

export interface VenueLineContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** The first token after a line's lead (a bullet, or a date and a separator), or -1. */
function afterLead(ctx: VenueLineContext, a: number, b: number): number {
  const f = (i: number) => (i < b ? ctx.folded[i]! : '');
  if (BULLETS.has(f(a))) return a + 1;
  let i = a;
  if (WEEKDAYS.has(undotted(f(i)))) i += f(i + 1) === ',' ? 2 : 1;
  if (NUMERIC_DATE.test(f(i))) i++;
  else if (MONTHS.has(undotted(f(i))) && DAY.test(f(i + 1))) i += 2;
  else return -1;
  if (f(i) === ',' && /^\d{4}$/.test(f(i + 1))) i += 2;
  return SEPARATORS.has(f(i)) ? i + 1 : -1;
}

/** The venue's span in line [a, b) when the line has the shape above, or null. */
function venueIn(ctx: VenueLineContext, a: number, b: number): TokenSpan | null {
  const t = (i: number) => ctx.tokens[i]!.text;
  if (b - a < 6 || !POSTAL_CODES.has(t(b - 1)) || t(b - 2) !== ',') return null;
  let comma = b - 3;
  while (comma > a && b - 2 - comma <= MAX_TOWN && NAME_WORD.test(t(comma))) comma--;
  if (t(comma) !== ',' || comma === b - 3) return null;
  const start = afterLead(ctx, a, comma);
  if (start < 0 || !NAME_WORD.test(t(start))) return null;
  let end = start;
  while (end < comma && t(end) !== '(') {
    if (!NAME_WORD.test(t(end)) && !NAME_JOINS.has(ctx.folded[end]!)) return null;
    end++;
  }
  while (end > start && NAME_JOINS.has(ctx.folded[end - 1]!)) end--;
  if (end === start || end - start > MAX_NAME) return null;
  const venue: TokenSpan = { start, end, type: 'LOC' };
  // a person signing a letter or listed with their town ("— Jane Doe, Portland, OR"), unless the
  // name ends on a place's head ("Cynthia Woods Mitchell Pavilion")
  if (isFirstName(ctx.gazetteer, ctx.folded[start]!) && !hasPlaceShape(venue, ctx.folded)) return null;
  return venue;
}

/** Makes the venue of every "<date> -- <Venue>, <Town>, <ST>" line a place (above). */
export function venueLines(spans: readonly TokenSpan[], ctx: VenueLineContext): TokenSpan[] {
  const made: TokenSpan[] = [];
  for (let a = 0; a < ctx.tokens.length; ) {
    let b = a + 1;
    while (b < ctx.tokens.length && ctx.sentenceOf[b] === ctx.sentenceOf[a]) b++;
    const v = venueIn(ctx, a, b);
    if (v) made.push(v);
    a = b;
  }
  if (!made.length) return [...spans];
  const kept = spans.filter((s) => !made.some((m) => s.start < m.end && s.end > m.start));
  return [...kept, ...made].sort((a, b) => a.start - b.start);
}
