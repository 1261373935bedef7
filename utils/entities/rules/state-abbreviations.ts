// Towns named with their US state in the abbreviation news style uses ("Palo Alto, Calif.",
// "COLUMBUS, Ind. —", "Bethesda, Md.", "Albany, N.Y."). The abbreviation after a comma and a
// capitalized name says that the name is a town and the abbreviation a state, whatever the tagger
// guessed (a dateline's town in capitals reads as a person; "Ore." as nothing). The abbreviation
// becomes a place (without its period, which ends the sentence as often as the word), and so does
// the name before the comma — the span ending there, unless it is an organization by its head word
// ("Stanford University, Calif.") or a person named with a first name ("John Smith, Calif."), or
// else the capitalized run of one to three words there. Word-shaped abbreviations ("Ind", "Miss",
// "Wash") count only with their period. Pure: token spans in and out.

import { type Gazetteer, isFirstName } from '../gazetteer';
import { ORG_KEYWORDS } from '../lexicon';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** The news style's abbreviations of US states written as words with a period ("Calif."). */
const STATE_WORDS = new Set(
  `ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev
  okla ore pa tenn tex vt va wash wis wyo`.split(/\s+/),
);
/** The dotted ones, whole tokens ("N.Y.", "D.C."). */
const STATE_DOTTED = new Set('n.h. n.j. n.m. n.y. n.c. n.d. r.i. s.c. s.d. w.va. d.c.'.split(' '));
const CAPITALIZED = /^\p{Lu}/u;
/** Small words that never open a town's name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the a an in of at on from to and or by for with near'.split(' '),
);
/** The most words a town's name before a state takes. */
export const MAX_TOWN_WORDS = 3;

export interface StateContext {
  tokens: readonly Token[];
  folded: readonly string[];
  sentenceOf: Int32Array;
  gazetteer: Gazetteer;
}

/** True when token `i` is a state abbreviation: a dotted one, or a word glued to its period. */
function stateAt(ctx: StateContext, i: number): boolean {
  const f = ctx.folded[i]!;
  if (!CAPITALIZED.test(ctx.tokens[i]!.text)) return false;
  if (STATE_DOTTED.has(f)) return true;
  const dot = ctx.tokens[i + 1];
  return STATE_WORDS.has(f) && dot?.text === '.' && dot.start === ctx.tokens[i]!.end;
}

/** A span ending before the comma that names an organization or a person, not a town. */
function notTown(ctx: StateContext, s: TokenSpan): boolean {
  if (s.type === 'ORG') for (let j = s.start; j < s.end; j++) if (ORG_KEYWORDS.has(ctx.folded[j]!)) return true;
  return s.type === 'PER' && s.end - s.start > 1 && isFirstName(ctx.gazetteer, ctx.folded[s.start]!);
}

/**
 * The start of the capitalized run of at most three words ending at `last`, in its sentence:
 * where a town's name before a state opens ("Palo Alto, Calif."; postal-code-places.ts too).
 */
export function townRunStart(ctx: StateContext, last: number): number {
  let start = last + 1;
  while (
    start > 0 &&
    last - start + 1 < MAX_TOWN_WORDS &&
    ctx.sentenceOf[start - 1] === ctx.sentenceOf[last] &&
    CAPITALIZED.test(ctx.tokens[start - 1]!.text) &&
    !FUNCTION_WORDS.has(ctx.folded[start - 1]!)
  )
    start--;
  return start;
}

/** Makes "<town>, <state abbreviation>." two places (above). */
export function statePlaces(spans: readonly TokenSpan[], ctx: StateContext): TokenSpan[] {
  const bySpanEnd = new Map(spans.map((s) => [s.end, s]));
  const made: TokenSpan[] = [];
  for (let i = 2; i < ctx.tokens.length; i++) {
    if (!stateAt(ctx, i) || ctx.tokens[i - 1]!.text !== ',' || ctx.sentenceOf[i - 2] !== ctx.sentenceOf[i]) continue;
    const town = bySpanEnd.get(i - 1);
    if (town && !notTown(ctx, town)) made.push({ start: town.start, end: town.end, type: 'LOC' });
    else if (!town) {
      const start = townRunStart(ctx, i - 2);
      // a span inside the run is some other name the tagger read: leave the run to it
      const taken = spans.some((s) => s.start < i - 1 && s.end > start);
      if (start <= i - 2 && !taken) made.push({ start, end: i - 1, type: 'LOC' });
    }
    made.push({ start: i, end: i + 1, type: 'LOC' });
  }
  if (!made.length) return [...spans];
  const kept = spans.filter((s) => !made.some((m) => s.start < m.end && s.end > m.start));
  return [...kept, ...made].sort((a, b) => a.start - b.start);
}
