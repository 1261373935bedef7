// Acronyms and the initials of names they stand for ("UN" for United Nations, "OSCE" for the
// Organisation for Security and Cooperation in Europe). Shared by coreference (an acronym
// joins the name it abbreviates) and the span rules (an acronym after a span says where the
// name ends). Pure.

/** Small words a name's initials leave out ("of", "the", "and", "al", "von"…). */
/**
 * A word written as an acronym: 2 to 6 capitals ("CPU", "NATO"). COMMON_ACRONYMS is built from
 * Wikipedia's words of this shape (scripts/acronym-uses.ts) and read for spans of it (rules/codes.ts).
 */
export const ACRONYM_SHAPE = /^\p{Lu}{2,6}$/u;

export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'al',
  'el',
  'von',
  'van',
  '&',
]);

/** True for 2–6 capitals, dotted or not ("UN", "U.S.", "OSCE"). */
export function isAcronym(s: string): boolean {
  const letters = s.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= 6 && /^\p{Lu}+$/u.test(letters);
}

/**
 * The initials of a name's words (`folded` lowercase, `raw` as written): connectors and words
 * written in lowercase ("in" of "… Cooperation in Europe") give none, and each part of a
 * hyphenated word gives its own ("Al-Nusra" → "AN").
 */
export function initials(folded: readonly string[], raw: readonly string[]): string {
  let out = '';
  folded.forEach((t, i) => {
    if (CONNECTORS.has(t) || /^\p{Ll}/u.test(raw[i]!)) return;
    for (const part of raw[i]!.split('-')) if (part) out += part.charAt(0).toUpperCase();
  });
  return out;
}
