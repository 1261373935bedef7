// Seats of power named for the government in them. News writes "the White House said", "a
// Kremlin spokesman", "Downing Street denied": the building stands for the administration, which
// the page gold (tests/gold/README.md) and common annotation practice (OntoNotes) call an
// organization, while CoNLL-2003, the tagger's training text, tags these names as places. A city
// or country standing for its government ("Washington said") stays a place under both
// conventions, so only the closed class of seats whose name is not a city's is retyped. The
// building itself ("the White House lawn", "outside the Kremlin", "Mugabe's Blue House compound")
// stays a place. Pure: token spans in and out.

import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/**
 * Seats of executive power whose name is used for the government in them, folded and
 * as the engine folds them (lower case, no accents, straight apostrophes). Written for Gloss from general knowledge of the class;
 * no page's string decided it.
 */
const SEATS = new Set([
  'white house',
  'kremlin',
  'downing street',
  'number 10',
  'no 10',
  'no. 10',
  'elysee',
  'elysee palace',
  'pentagon',
  'blue house',
  'zhongnanhai',
  'whitehall',
  'foggy bottom',
  "quai d'orsay",
]);

/** Words after the name that make it the building ("the White House lawn"). */
const BUILDING_AFTER = new Set(
  'lawn grounds gate gates compound residence building complex walls fence garden roof basement tour steps'.split(' '),
);
/** Words before the name ("the" skipped) that make it the building ("outside the Kremlin"). */
const BUILDING_BEFORE = new Set('outside inside toward towards near around into entered visited visit tour'.split(' '));

export interface SeatContext {
  tokens: readonly Token[];
  folded: readonly string[];
}

function isBuilding(ctx: SeatContext, s: TokenSpan): boolean {
  const after = ctx.folded[s.end] === '”' || ctx.folded[s.end] === '"' ? s.end + 1 : s.end;
  if (BUILDING_AFTER.has(ctx.folded[after] ?? '')) return true;
  let before = s.start - 1;
  while (before >= 0 && /^(?:the|["“])$/.test(ctx.folded[before]!)) before--;
  return before >= 0 && BUILDING_BEFORE.has(ctx.folded[before]!);
}

/** Place and person spans that are exactly a seat of power, not meant as the building, become organizations. */
export function seatsOfPower(spans: readonly TokenSpan[], ctx: SeatContext): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== 'LOC' && s.type !== 'PER') return s;
    const name = ctx.folded.slice(s.start, s.end).join(' ');
    if (!SEATS.has(name) || isBuilding(ctx, s)) return s;
    return { ...s, type: 'ORG' };
  });
}
