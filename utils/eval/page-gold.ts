// The page-level gold set's shape (tests/gold/pages.json) and its reader: hand-judged
// people, places and organizations per page, each with every surface form written on the
// page. A malformed file is refused with a GoldFileError naming the page and field, never
// scored half-read.

/** The entity types Gloss marks on pages (MISC is never drawn). */
export type MarkedType = 'PER' | 'LOC' | 'ORG';
export const MARKED_TYPES: readonly MarkedType[] = ['PER', 'LOC', 'ORG'];

export interface GoldEntity {
  name: string;
  /** Every surface form as written on the page. */
  mentions: string[];
  /** Bylines, credits, demonyms, teams named by a city, works: neither required nor wrong. */
  borderline: boolean;
}

export type PageGold = Record<MarkedType, GoldEntity[]>;

export interface GoldFile {
  pages: Record<string, PageGold>;
  /** Pages of the gold set that are not English news articles, with why: Gloss should mark nothing there. */
  notArticles?: Record<string, string>;
}

export class GoldFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFileError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed gold file; throws GoldFileError at the first field that is not of the shape. */
export function parseGoldFile(data: unknown): GoldFile {
  if (!isRecord(data) || !isRecord(data.pages)) throw new GoldFileError('gold file: expected {"pages": {...}}');
  const pages: Record<string, PageGold> = {};
  for (const [page, value] of Object.entries(data.pages)) {
    if (!isRecord(value)) throw new GoldFileError(`gold file: page "${page}" is not an object`);
    const gold = { PER: [], LOC: [], ORG: [] } as PageGold;
    for (const key of Object.keys(value)) {
      if (!MARKED_TYPES.includes(key as MarkedType))
        throw new GoldFileError(`gold file: page "${page}" has unknown type "${key}" (PER, LOC, ORG)`);
    }
    for (const type of MARKED_TYPES) {
      const list = value[type] ?? [];
      if (!Array.isArray(list)) throw new GoldFileError(`gold file: ${page}.${type} is not an array`);
      list.forEach((e: unknown, i: number) => {
        const where = `${page}.${type}[${i}]`;
        if (!isRecord(e) || typeof e.name !== 'string' || !e.name.trim())
          throw new GoldFileError(`gold file: ${where} needs a non-empty "name"`);
        if (
          !Array.isArray(e.mentions) ||
          e.mentions.length === 0 ||
          !e.mentions.every((m) => typeof m === 'string' && m.trim())
        )
          throw new GoldFileError(`gold file: ${where} ("${e.name}") needs non-empty "mentions" strings`);
        if (e.borderline !== undefined && typeof e.borderline !== 'boolean')
          throw new GoldFileError(`gold file: ${where} ("${e.name}") has a non-boolean "borderline"`);
        gold[type].push({ name: e.name, mentions: e.mentions as string[], borderline: e.borderline === true });
      });
    }
    pages[page] = gold;
  }
  let notArticles: Record<string, string> | undefined;
  if (data.notArticles !== undefined) {
    if (!isRecord(data.notArticles) || !Object.values(data.notArticles).every((v) => typeof v === 'string'))
      throw new GoldFileError('gold file: "notArticles" must map page names to reasons');
    notArticles = data.notArticles as Record<string, string>;
  }
  return { pages, notArticles };
}
