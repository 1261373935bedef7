// How a page-level gold mention and a predicted mention string are compared: the surface
// form a reader would call "the same name". Trims whitespace, edge punctuation and quotes,
// a possessive 's, a leading "the", and (for people) honorifics and titles written before the
// name; then folds case and typographic apostrophes. Invisible characters (soft hyphens,
// zero-width spaces) are dropped, as the TextMap drops them. Roles that are not titles ("Ombudsman", "Defenseman") are kept on
// purpose: a span that swallows them is a span error the evaluator must see.
import type { MarkedType } from './page-gold';

/**
 * Titles stripped from the start of a person's name, longest first so that "Prime Minister"
 * goes before "Minister". Only for PER: "General Motors" and "King's College" are names.
 */
const TITLES = [
  'prime minister',
  'vice president',
  'attorney general',
  'secretary of state',
  'first lady',
  'president-elect',
  'president',
  'vice-president',
  'chancellor',
  'minister',
  'secretary',
  'senator',
  'sen',
  'representative',
  'rep',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'mayor',
  'judge',
  'justice',
  'ambassador',
  'general',
  'gen',
  'colonel',
  'col',
  'lieutenant',
  'lt',
  'captain',
  'capt',
  'sergeant',
  'sgt',
  'major',
  'admiral',
  'adm',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheikh',
  'sir',
  'dame',
  'lord',
  'lady',
  'saint',
  'st',
  'reverend',
  'rev',
  'father',
  'rabbi',
  'imam',
  'professor',
  'prof',
  'doctor',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
];

const TITLE_RE = new RegExp(`^(?:${TITLES.join('|')})\\.?\\s+(?=\\S)`, 'iu');
/** Punctuation, quotes and symbols at either edge ("Reuters,", "“Biden”", "(NASA)", "Trump’"). */
const EDGE = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
const POSSESSIVE = /'s$/iu;
const LEADING_THE = /^the\s+(?=\S)/iu;

/** The comparison key of a mention string of the given type ('' when nothing word-like is left). */
export function normalizeMention(text: string, type: MarkedType): string {
  // Typographic apostrophes are the same letter to a reader ("Nyong’o", "Nyong'o").
  let s = text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/[\s\u00A0]+/gu, ' ')
    .replace(/[\u2018\u2019\u02BC]/gu, "'");
  let prev: string;
  do {
    prev = s;
    s = s.replace(EDGE, '').replace(POSSESSIVE, '').replace(LEADING_THE, '');
    if (type === 'PER') s = s.replace(TITLE_RE, '');
  } while (s !== prev);
  return s.toLowerCase();
}
