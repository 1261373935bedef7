// The tagger's label set: BILOU over the four CoNLL types, plus O. Labels are small
// integers; the helpers here encode which label may follow which, so greedy decoding
// only ever produces well-formed spans.

import type { EntityType } from '../model/types';

export const TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];
const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** Label names by id: 0 is O, then B/I/L/U for each type in TYPES order. */
export const LABELS: readonly string[] = ['O', ...TYPES.flatMap((t) => PREFIXES.map((p) => `${p}-${t}`))];
export const NUM_LABELS = LABELS.length;

export const O = 0;
const labelIndex = new Map(LABELS.map((l, i) => [l, i]));

export function labelId(name: string): number {
  const id = labelIndex.get(name);
  if (id === undefined) throw new Error(`unknown label ${name}`);
  return id;
}

/** 'B' | 'I' | 'L' | 'U' | 'O' for a label id. */
export function prefixOf(label: number): string {
  return label === O ? 'O' : PREFIXES[(label - 1) & 3];
}

/** Type index (into TYPES) of a label id; -1 for O. */
export function typeOf(label: number): number {
  return label === O ? -1 : (label - 1) >> 2;
}

/** True when `prev` leaves a span open (B or I), so the next label must continue it. */
export function isOpen(label: number): boolean {
  const p = prefixOf(label);
  return p === 'B' || p === 'I';
}

/**
 * allowed[prev * NUM_LABELS + next] (prev = NUM_LABELS means sentence start):
 * after B-X/I-X only I-X or L-X; otherwise only O, B-*, U-*.
 */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let prev = 0; prev <= NUM_LABELS; prev++) {
    for (let next = 0; next < NUM_LABELS; next++) {
      const np = prefixOf(next);
      let ok: boolean;
      if (prev < NUM_LABELS && isOpen(prev)) ok = (np === 'I' || np === 'L') && typeOf(next) === typeOf(prev);
      else ok = np === 'O' || np === 'B' || np === 'U';
      a[prev * NUM_LABELS + next] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Labels that may end a sentence: O, L-*, U-*. */
export const CAN_END: Uint8Array = Uint8Array.from(LABELS, (_, i) => (isOpen(i) ? 0 : 1));
