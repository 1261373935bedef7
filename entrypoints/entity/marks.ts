// Names of the entity page's performance marks (read by bench/memory.ts).
export const ENTITY_MARKS = {
  /** The frame after the reader's data (timeline included) is first in the DOM. */
  painted: 'gloss:entity-painted',
} as const;
