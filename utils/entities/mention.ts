// What recognition finds in a text: the mentions (character spans) and the entities they
// refer to. Declared once: coreference builds them, the engine's entry returns them.
import type { EntityType } from '../model/types';

export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  entityId: string;
  text: string;
  /** Title like "President" seen just before the name. */
  hint?: string;
}

export interface Entity {
  /** Stable within the page: "e1", "e2", ... in order of first mention. */
  id: string;
  /** Canonical name: the longest full form seen (or the alias table's name). */
  name: string;
  type: EntityType;
  mentions: number;
  aliases: string[];
  hints: string[];
}
