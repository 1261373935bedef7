// Names of the entity page's performance marks (read by bench/memory.ts).
export const ENTITY_MARKS = {
  /** The page's module script starts running. */
  scriptStart: 'gloss:entity-script-start',
  /** The first answer (count, timeline, newest articles) has arrived from the background. */
  firstAnswer: 'gloss:entity-first-answer',
  /** The frame after the reader's data (timeline included) is first in the DOM. */
  painted: 'gloss:entity-painted',
} as const;
