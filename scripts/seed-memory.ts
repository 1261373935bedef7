// A deterministic reading-memory profile for bench/memory.ts: five years of heavy reading —
// by default 20,000 articles with 20 entities each (400,000 entity mentions, each with a
// mention count) and 100,000 highlights (scripts/seed-highlights.ts) whose entities are the
// same people, places and organizations. Entities are read with a Zipf skew, as news is: a
// few people are in thousands of articles, most in a handful. Same options, same output.
import type { ArticleVisit, EntityType, Highlight } from '../utils/model/types';
import { entityKey } from '../utils/model/entity-key';
import { makeSeedData, prng } from './seed-highlights';

export interface MemoryProfileOptions {
  articles: number;
  entitiesPerArticle: number;
  highlights: number;
  /** Distinct entities in the vocabulary. */
  entities: number;
  /** The last visit (ms since epoch); visits spread over the five years before it. */
  now: number;
  seed: number;
}

export const BIG_PROFILE: Omit<MemoryProfileOptions, 'now'> = {
  articles: 20_000,
  entitiesPerArticle: 20,
  highlights: 100_000,
  entities: 30_000,
  seed: 15,
};

const SYLLABLES = 'ka lo mi ra te su na vo de li an er is or ul ba ze to ni ha go ri ma el'.split(' ');
const SITES = ['example-news.com', 'daily.example', 'wire.example.org', 'post.example.net', 'times.example'];
const YEARS = 5;

export function makeMemoryProfile(opts: MemoryProfileOptions): {
  articles: ArticleVisit[];
  highlights: Highlight[];
  /** Entity keys by rank (rank 0 is the most read). */
  keys: string[];
} {
  const rand = prng(opts.seed);
  const word = (n: number) => {
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const entities: Array<{ key: string; name: string; type: EntityType }> = [];
  const seen = new Set<string>();
  while (entities.length < opts.entities) {
    const r = rand();
    const type: EntityType = r < 0.5 ? 'PER' : r < 0.8 ? 'LOC' : 'ORG';
    const name = type === 'PER' ? `${word(2)} ${word(3)}` : type === 'LOC' ? word(3) : `${word(2)} ${word(2)} Group`;
    const key = entityKey(type, name);
    if (seen.has(key)) continue;
    seen.add(key);
    entities.push({ key, name, type });
  }
  // Zipf over ranks (s = 0.6): a few entities dominate the news — the most read is in about
  // one article in eight over five years — and most are read about a handful of times.
  const cdf = new Float64Array(entities.length);
  let sum = 0;
  for (let i = 0; i < entities.length; i++) cdf[i] = sum += (i + 1) ** -0.6;
  const rank = () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const span = YEARS * 365 * 86_400_000;
  const articles: ArticleVisit[] = [];
  for (let a = 0; a < opts.articles; a++) {
    const picked = new Map<number, number>();
    while (picked.size < opts.entitiesPerArticle) {
      const r = rank();
      if (!picked.has(r)) picked.set(r, 1 + Math.floor(rand() ** 3 * 12));
    }
    const ents = [...picked].map(([r, n]) => ({ ...entities[r]!, n }));
    const site = SITES[Math.floor(rand() * SITES.length)]!;
    const title = `${ents[0]!.name} ${word(2).toLowerCase()} ${word(3).toLowerCase()} ${ents[1]!.name}`;
    articles.push({
      url: `https://${site}/${2020 + Math.floor(a / 4000)}/${a}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      title,
      site,
      visitedAt: Math.floor(opts.now - span + ((a + rand()) / opts.articles) * span),
      entityIds: ents.map((e) => e.key),
      entityNames: ents.map((e) => e.name),
      mentionCounts: ents.map((e) => e.n),
      lang: 'en',
    });
  }

  // The highlights' text and spread come from the highlight seed; their entities are ours.
  const { highlights } = makeSeedData({ highlights: opts.highlights, pages: 5_000, entities: 2_000, seed: opts.seed });
  for (const h of highlights) {
    const n = h.entityIds.length;
    const mine = [...new Set(Array.from({ length: n }, rank))].map((r) => entities[r]!);
    h.entityIds = mine.map((e) => e.key);
    h.entityNames = mine.map((e) => e.name);
  }
  return { articles, highlights, keys: entities.map((e) => e.key) };
}
