// Global entity keys, stable across pages: how reading history and highlights refer to an
// entity before (or without) a Wikidata id. "Erdoğan" and "Erdogan" share a key.
import type { EntityKey, EntityType } from './types';

/** Case- and accent-folded name: NFD, combining marks dropped, lowercased, spaces collapsed. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** `${type}:${folded canonical name}`, e.g. "PER:recep tayyip erdogan". */
export function entityKey(type: EntityType, canonicalName: string): EntityKey {
  return `${type}:${foldName(canonicalName)}`;
}
