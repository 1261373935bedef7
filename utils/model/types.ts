// Domain types shared by every layer of Gloss: what a highlight, a visited article,
// a recognised entity and a knowledge entry look like. Pure data, no behaviour.

/** Entity types Gloss marks, cards and lists: people, places, organizations. */
export type MarkedEntityType = 'PER' | 'LOC' | 'ORG';

/** The marked types, in the order lists show them. */
export const MARKED_ENTITY_TYPES: readonly MarkedEntityType[] = ['PER', 'LOC', 'ORG'];

/** Entity types the recogniser finds. MISC is recognised but never marked. */
export type EntityType = MarkedEntityType | 'MISC';

/** One entity of a page and how often the page mentions it (page report, keyboard list). */
export interface EntitySummary<T extends EntityType = MarkedEntityType> {
  id: string;
  name: string;
  type: T;
  mentions: number;
}

/**
 * A global entity key, stable across pages: the Wikidata id once resolved ("Q7747"),
 * otherwise `${type}:${folded canonical name}` ("PER:vladimir putin").
 */
export type EntityKey = string;

/** A saved highlight (design.md, storage model). Offsets are into the page's body text. */
export interface Highlight {
  id: string;
  /** Normalized page URL (utils/url): the key that URL variants share. */
  url: string;
  title: string;
  site: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  color: string;
  note: string;
  tags: string[];
  /** Entity keys of the entities mentioned inside the quote. */
  entityIds: string[];
  /** Canonical names of those entities (kept for search and export). */
  entityNames: string[];
  createdAt: number;
  updatedAt: number;
}

/** A highlight as the content script creates it: the store assigns id and times. */
export type NewHighlight = Omit<Highlight, 'id' | 'createdAt' | 'updatedAt'>;

/** What may change on a saved highlight. */
export type HighlightPatch = Partial<Pick<Highlight, 'color' | 'note' | 'tags'>>;

/** One visited article in the reader's own history: never its text. */
export interface ArticleVisit {
  url: string;
  title: string;
  site: string;
  published?: string;
  visitedAt: number;
  entityIds: string[];
  lang: string;
}

/** Cached knowledge about one entity (background card data), or a related-stories list. */
export interface KnowledgeEntry {
  key: string;
  value: unknown;
  fetchedAt: number;
}

/** (name, type, lang, context hash) -> resolved title / entity key. */
export interface Resolution {
  key: string;
  entityKey: EntityKey | null;
  title: string | null;
  fetchedAt: number;
}
