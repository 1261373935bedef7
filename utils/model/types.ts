// Domain types shared by every layer of Gloss: what a highlight, a visited article,
// a recognised entity and a knowledge entry look like. Pure data, no behaviour.

/** Entity types Gloss marks, cards and lists: people, places, organizations. */
export type MarkedEntityType = 'PER' | 'LOC' | 'ORG';

/** The marked types, in the order lists show them. */
export const MARKED_ENTITY_TYPES: readonly MarkedEntityType[] = ['PER', 'LOC', 'ORG'];

/** Entity types the recogniser finds. MISC is recognised but never marked. */
export type EntityType = MarkedEntityType | 'MISC';

/** Where one mention of an entity stands in an article's text (UTF-16 offsets) and its type. */
export interface MentionSpan {
  start: number;
  end: number;
  type: EntityType;
  /** The page's id of the entity it mentions. */
  entityId: string;
}

/** One entity of a page and how often the page mentions it (page report, keyboard list). */
export interface EntitySummary<T extends EntityType = MarkedEntityType> {
  id: string;
  name: string;
  type: T;
  mentions: number;
  /** Other surface forms of the name on this page ("US" for United States). */
  aliases?: string[];
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
  /**
   * Display names of `entityIds`, index for index (rows written before schema version 4 lack
   * them: their names are read from the keys).
   */
  entityNames?: string[];
  /**
   * How often each of `entityIds` was mentioned in the article, index for index (absent on
   * rows written before schema version 4: each entity then counts once).
   */
  mentionCounts?: number[];
  lang: string;
}

/**
 * What the reader has read about one entity, kept in step with `articles` on every write
 * (utils/memory/summary.ts): the card's memory line is answered from this one row, not from a
 * scan of the history. A cache: it can always be rebuilt from the articles.
 */
export interface EntityMemory {
  key: EntityKey;
  name: string;
  type: EntityType;
  /** Articles read that mention it, and its mentions in them. */
  articles: number;
  mentions: number;
  /** First and last visit (ms since epoch) and the last article read. */
  firstAt: number;
  lastAt: number;
  lastUrl: string;
  lastTitle: string;
  /** Articles per week (utils/memory/week.ts week numbers), only weeks with reading. */
  weeks: Record<number, number>;
  /** The folded words of the name: the popup's search looks names up by word prefix. */
  words: string[];
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
