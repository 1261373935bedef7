// Places inside hyphenated compounds: "a Pakistan-based developer", "the Texas-based
// organization", "a London-born actor", "a San Francisco-based startup", "US-China trade".
// The tokenizer keeps such a compound whole, as CoNLL does (which tags it MISC), so no span
// can hold the place; a reader still sees a place named there. After coreference:
//  - a compound of a place the gazetteer knows and one of a few suffixes that say "from / in
//    this place" gives a place mention over its place part, which may open on the words
//    before it ("San Francisco-based", "New York-born": the tagger read "York" alone);
//  - a compound of two places the gazetteer knows, capitalized, neither a suffix ("US-China",
//    "China-US", "Russia-Ukraine") names both: a place mention over each; one closed by an
//    ocean is one region ("Asia-Pacific", "Indo-Pacific"). A compound the gazetteer knows whole
//    is left to the tagger.
// The new mentions replace the tagger's MISC mention of the compound and a place mention
// inside the new one, and join the place's entity when the article names it elsewhere. A
// compound inside a person or organization mention is left alone. Pure: recognition in and out.

import { fold, type Gazetteer, PLACE_BITS } from './gazetteer';
import type { Entity, Mention } from './mention';
import type { Token } from './tokenizer';

// A capitalized place (its own hyphens allowed: "Guinea-Bissau") and a suffix of origin or seat.
const COMPOUND = /^(\p{Lu}[\p{L}\p{M}.]*(?:-\p{Lu}[\p{L}\p{M}.]*)*)-(?:based|born|bred|raised|headquartered|area)$/u;
// Two capitalized words joined by one hyphen.
const PAIR = /^(\p{Lu}[\p{L}\p{M}.]*)-(\p{Lu}[\p{L}\p{M}.]*)$/u;
const CAPITALIZED = /^\p{Lu}[\p{L}\p{M}.]*$/u;

/** A place found in the text: its offsets and its words as written. */
interface Found {
  start: number;
  end: number;
  text: string;
}

const known = (gazetteer: Gazetteer, s: string) => ((gazetteer.phrases.get(fold(s)) ?? 0) & PLACE_BITS) !== 0;

/**
 * The place of an "X-based" compound at token k: its last word inside the token, and one or
 * two capitalized words before it on the same line when the gazetteer knows the longer name.
 */
function suffixPlace(text: string, tokens: readonly Token[], k: number, gazetteer: Gazetteer): Found | undefined {
  const t = tokens[k]!;
  const m = COMPOUND.exec(t.text);
  if (!m) return undefined;
  const end = t.start + m[1]!.length;
  for (let back = 2; back >= 1; back--) {
    const first = tokens[k - back];
    if (!first) continue;
    const words = tokens.slice(k - back, k);
    if (!words.every((w) => CAPITALIZED.test(w.text))) continue;
    const name = text.slice(first.start, end);
    if (/[\n\r]/.test(name) || /\s{2,}/.test(name)) continue;
    if (known(gazetteer, name)) return { start: first.start, end, text: name };
  }
  return known(gazetteer, m[1]!) ? { start: t.start, end, text: m[1]! } : undefined;
}

/** Oceans that close a region's compound name: "Asia-Pacific", "Indo-Pacific", "Euro-Atlantic". */
const OCEANS = new Set(['pacific', 'atlantic']);

/** The two places of a "US-China" compound at token k, or the one region of "Asia-Pacific". */
function pairPlaces(tokens: readonly Token[], k: number, gazetteer: Gazetteer): Found[] {
  const t = tokens[k]!;
  const m = PAIR.exec(t.text);
  if (!m || known(gazetteer, t.text)) return [];
  if (OCEANS.has(fold(m[2]!))) return [{ start: t.start, end: t.end, text: t.text }];
  if (!known(gazetteer, m[1]!) || !known(gazetteer, m[2]!)) return [];
  const second = t.start + m[1]!.length + 1;
  return [
    { start: t.start, end: t.start + m[1]!.length, text: m[1]! },
    { start: second, end: t.end, text: m[2]! },
  ];
}

/** Adds place mentions for known places inside hyphenated compounds (see the module comment). */
export function placesInCompounds(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
  gazetteer: Gazetteer,
): { mentions: Mention[]; entities: Entity[] } {
  let outMentions = [...mentions];
  let outEntities = entities.map((e) => ({ ...e }));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const suffix = suffixPlace(text, tokens, k, gazetteer);
    const found = suffix ? [suffix] : pairPlaces(tokens, k, gazetteer);
    if (!found.length) continue;
    const from = found[0]!.start;
    const overlapping = outMentions.filter((x) => x.start < t.end && from < x.end);
    // the tagger's MISC compound and a place inside the new one give way; a name around it stays
    const givesWay = (x: Mention) =>
      x.type === 'MISC' || (x.type === 'LOC' && found.some((f) => f.start <= x.start && x.end <= f.end));
    if (!overlapping.every(givesWay)) continue;
    for (const x of overlapping) {
      const owner = outEntities.find((e) => e.id === x.entityId);
      if (owner) owner.mentions--;
    }
    outMentions = outMentions.filter((x) => !overlapping.includes(x));
    outEntities = outEntities.filter((e) => e.mentions > 0);
    for (const place of found) {
      const key = fold(place.text);
      let entity = outEntities.find(
        (e) => e.type === 'LOC' && (fold(e.name) === key || e.aliases.some((a) => fold(a) === key)),
      );
      if (!entity) {
        // a new id after every id coreference gave ("e1", "e2", …)
        const next =
          Math.max(
            0,
            ...entities.map((e) => Number(e.id.slice(1)) || 0),
            ...outEntities.map((e) => Number(e.id.slice(1)) || 0),
          ) + 1;
        entity = { id: `e${next}`, name: place.text, type: 'LOC', mentions: 0, aliases: [], hints: [] };
        outEntities.push(entity);
      }
      entity.mentions++;
      outMentions.push({ start: place.start, end: place.end, type: 'LOC', entityId: entity.id, text: place.text });
    }
  }
  outMentions.sort((a, b) => a.start - b.start);
  return { mentions: outMentions, entities: outEntities };
}
