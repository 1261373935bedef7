// Places inside hyphenated compounds: "a Pakistan-based developer", "the Texas-based
// organization", "a London-born actor". The tokenizer keeps such a compound whole, as CoNLL
// does (which tags it MISC), so no span can hold the place; a reader still sees a place
// named there. After coreference, a compound of a place the gazetteer knows and one of a few
// suffixes that say "from / in this place" gives a place mention over its first part (in place
// of the tagger's MISC mention of the compound), joined to the place's entity when the article
// names it elsewhere. Pure: recognition in and out.

import { fold, type Gazetteer, PLACE_BITS } from './gazetteer';
import type { Entity, Mention } from './mention';
import type { Token } from './tokenizer';

// A capitalized place (its own hyphens allowed: "Guinea-Bissau") and a suffix of origin or seat.
const COMPOUND = /^(\p{Lu}[\p{L}\p{M}.]*(?:-\p{Lu}[\p{L}\p{M}.]*)*)-(?:based|born|bred|raised|headquartered|area)$/u;

/** Adds place mentions for known places inside "X-based"-like compounds no mention covers. */
export function placesInCompounds(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
  gazetteer: Gazetteer,
): { mentions: Mention[]; entities: Entity[] } {
  let outMentions = [...mentions];
  let outEntities = entities.map((e) => ({ ...e }));
  // the tagger reads the compound as MISC, as CoNLL does: that mention gives way
  const covered = (t: Token) => mentions.some((m) => m.start < t.end && t.start < m.end && m.type !== 'MISC');
  for (const t of tokens) {
    const m = COMPOUND.exec(t.text);
    if (!m || covered(t)) continue;
    const place = m[1]!;
    if (((gazetteer.phrases.get(fold(place)) ?? 0) & PLACE_BITS) === 0) continue;
    for (const misc of outMentions.filter((x) => x.start < t.end && t.start < x.end)) {
      const owner = outEntities.find((e) => e.id === misc.entityId);
      if (owner) owner.mentions--;
    }
    outMentions = outMentions.filter((x) => !(x.start < t.end && t.start < x.end));
    outEntities = outEntities.filter((e) => e.mentions > 0);
    const key = fold(place);
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
      entity = { id: `e${next}`, name: place, type: 'LOC', mentions: 0, aliases: [], hints: [] };
      outEntities.push(entity);
    }
    entity.mentions++;
    outMentions.push({ start: t.start, end: t.start + place.length, type: 'LOC', entityId: entity.id, text: place });
  }
  outMentions.sort((a, b) => a.start - b.start);
  return { mentions: outMentions, entities: outEntities };
}
