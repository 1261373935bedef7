// Deterministic seed data for search benchmarks and tests: highlights and reading history
// that look like a heavy reader's (news vocabulary with a Zipf tail, accented names,
// notes on ~20%, tags on ~10%, six colors, several highlights per page).
//
// Usage: npx tsx scripts/seed-highlights.ts --n 100000 [--pages 5000] [--entities 2000]
//        [--seed 1] [--out file.json]
import { mulberry32 } from '../utils/random/mulberry32';
import { writeFileSync } from 'node:fs';
import type { ArticleVisit, Highlight } from '../utils/model/types';

/** Highlight colors the seed uses. */
export const SEED_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;

const COMMON = `the of and to in a is that for on was with as said by it at from his an be has have
are were not but this which who their they will had after been its more than would about also one two
new year years people government president minister country state police officials told week last
could over into first other some when there against military war talks peace forces security city
percent since while under during most before between election party vote leader leaders united
national international economic economy market prices inflation bank central rate rates growth
trade deal agreement sanctions border refugees migrants attack attacks killed wounded troops army
ceasefire negotiations summit meeting foreign affairs defense ministry spokesman statement report
reported according sources court judge trial case law rights protest protesters opposition coalition
parliament senate congress policy reform budget spending tax taxes energy oil gas climate emissions
crisis support aid humanitarian hospital health virus vaccine school students workers union strike
company companies shares investors billion million dollars euros record higher lower rise fall
announced warned called says added expected plans plan move decision public private power water
food farmers region regional local village capital north south east west northern southern eastern
western near days months hours morning night early late long short high low major minor key
escalation de-escalation zones zone buffer corridor shelling drone drones missile missiles strike
airstrike offensive frontline occupied territory territories annexation referendum sovereignty
diplomat diplomats embassy ambassador envoy mediator mediation talks proposal framework treaty
investigation inquiry corruption scandal allegations resignation cabinet reshuffle mayor governor
campaign candidate candidates polls ballot turnout results victory defeat majority minority
journalists press media freedom censorship online platform technology artificial intelligence
data privacy regulation regulators antitrust competition markets stocks bonds currency exchange
housing rents wages jobs unemployment poverty inequality pension pensions retirement healthcare
flood floods drought wildfire wildfires heatwave storm earthquake disaster rescue survivors
it's don't O'Brien l'Europe Putin's co-operation U.S. post-war well-known anti-corruption`.split(/\s+/);

const PEOPLE_FIRST = [
  'Recep Tayyip',
  'Volodymyr',
  'Emmanuel',
  'Olaf',
  'Pedro',
  'Luiz Inácio',
  'Jürgen',
  'Zoë',
  'François',
  'Søren',
  'Małgorzata',
  'Łukasz',
  'Žaneta',
  'Björn',
  'José',
  'María',
  'Ólafur',
  'Chloé',
  'Ana',
  'Nuño',
  'Ahmet',
  'Mevlüt',
  'Çağla',
  'İlhan',
  'Dmitrij',
  'Ægir',
  'Zoltán',
  'Andrzej',
  'Sinéad',
  'Jean-Luc',
  'Ngozi',
  'Joe',
  'Kamala',
  'Xi',
  'Narendra',
  'Giorgia',
  'Ursula',
  'Benjamin',
  'Keir',
  'Friedrich',
];
const PEOPLE_LAST = [
  'Erdoğan',
  'Zelenskyy',
  'Macron',
  'Scholz',
  'Sánchez',
  'Lula da Silva',
  'Müller',
  'Straßer',
  'Lefèvre',
  'Kierkegaard',
  'Wałęsa',
  'Kowalczyk',
  'Đoković',
  'Øvergaard',
  'Núñez',
  'García',
  'Grímsson',
  'Dupré',
  'Çavuşoğlu',
  'Yılmaz',
  'Öztürk',
  'Orbán',
  'Duda',
  "O'Brien",
  'Okonjo-Iweala',
  'Biden',
  'Harris',
  'Jinping',
  'Modi',
  'Meloni',
  'von der Leyen',
  'Netanyahu',
  'Starmer',
  'Merz',
  'Şahin',
  'Nørgaard',
  'Dvořák',
];
const PLACES = [
  'Türkiye',
  'Ankara',
  'İstanbul',
  'Kyiv',
  'Kharkiv',
  'Zaporizhzhia',
  'Brussels',
  'Berlin',
  'München',
  'Kraków',
  'Gdańsk',
  'Łódź',
  'São Paulo',
  'Brasília',
  'Bogotá',
  'Zürich',
  'Genève',
  'Malmö',
  'Reykjavík',
  'Córdoba',
  'Málaga',
  'Île-de-France',
  'Besançon',
  'Tromsø',
  'Aarhus',
  'Washington',
  'Beijing',
  'New Delhi',
  'Rome',
  'Jerusalem',
  'Gaza',
  'Damascus',
  'Idlib',
  'Aleppo',
  'Tehran',
  'Moscow',
  'Minsk',
  'Chișinău',
  'Tbilisi',
];
const ORG_WORDS = [
  'Council',
  'Commission',
  'Agency',
  'Bank',
  'Ministry',
  'Union',
  'Front',
  'Party',
  'Institute',
  'Fund',
  'Court',
  'Alliance',
  'Group',
  'Office',
  'Authority',
  'Federation',
  'Organisation',
  'Forum',
];
const SITES = [
  'nytimes.com',
  'theguardian.com',
  'bbc.co.uk',
  'reuters.com',
  'apnews.com',
  'lemonde.fr',
  'spiegel.de',
  'elpais.com',
  'aljazeera.com',
  'ft.com',
  'washingtonpost.com',
  'economist.com',
  'dw.com',
  'france24.com',
  'politico.eu',
  'hurriyetdailynews.com',
  'kyivindependent.com',
  'folha.uol.com.br',
  'corriere.it',
  'nzz.ch',
  'svt.se',
  'nrk.no',
  'yle.fi',
  'irishtimes.com',
  'theatlantic.com',
  'npr.org',
  'cnn.com',
  'bloomberg.com',
  'wsj.com',
  'lefigaro.fr',
  'zeit.de',
  'sueddeutsche.de',
  'abc.es',
  'rte.ie',
];
const TAGS = [
  'ukraine',
  'turkey',
  'eu',
  'elections',
  'climate',
  'economy',
  'follow-up',
  'quote',
  'to-read',
  'research',
  'middle-east',
  'energy',
  'courts',
  'tech',
  'health',
];
const NOTE_WORDS = [
  'important',
  'check',
  'compare',
  'with',
  'earlier',
  'reporting',
  'source?',
  'contradicts',
  'see',
  'also',
  'good',
  'background',
  'for',
  'the',
  'piece',
  'numbers',
  'later',
  'interesting',
  'why',
  'really',
];

/** The seeded PRNG (mulberry32): the same seed gives the same data everywhere. */
export const prng = mulberry32;

const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'tan',
  'el',
  'sor',
  'vi',
  'lu',
  'den',
  'pra',
  'sto',
  'ne',
  'gal',
  'ri',
  'bor',
  'an',
  'tes',
  'qui',
  'mon',
  'ha',
  'lé',
  'ço',
  'ür',
  'ze',
  'fa',
  'wi',
  'dra',
  'po',
  'sil',
  'ber',
];

/**
 * The vocabulary, most frequent first: real news words, then a long tail of invented
 * words (real readers' vocabularies run to tens of thousands of distinct words, and the
 * size of the term dictionary is what prefix search pays for).
 */
function vocabulary(rand: () => number, tail: number): string[] {
  const words = [...COMMON];
  const seen = new Set(words);
  while (words.length < COMMON.length + tail) {
    let w = '';
    const n = 2 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    const suffix = ['', 's', 'ing', 'ed', 'ation', 'ist'][Math.floor(rand() * 6)];
    w += suffix;
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}

/** Zipf-like sampler over ranks 0..n-1 (exponent ~1), by inverse CDF on a table. */
function zipf(rand: () => number, n: number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1.5);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface SeedEntity {
  id: string;
  name: string;
}

function uuid(rand: () => number): string {
  const hex = (k: number): string => {
    let s = '';
    for (let i = 0; i < k; i++) s += Math.floor(rand() * 16).toString(16);
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(3)}-${hex(12)}`;
}

function foldKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Builds deterministic highlights and reading history. Same options, same output. */
export function makeSeedData(opts: { highlights: number; pages: number; entities: number; seed: number }): {
  highlights: Highlight[];
  articles: ArticleVisit[];
} {
  const rand = prng(opts.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const vocab = vocabulary(rand, 20000);
  const word = zipf(rand, vocab.length);

  const entities: SeedEntity[] = [];
  const entityKeys = new Set<string>();
  while (entities.length < opts.entities) {
    const kind = rand();
    let name: string;
    let type: string;
    if (kind < 0.5) {
      name = `${pick(PEOPLE_FIRST)} ${pick(PEOPLE_LAST)}`;
      type = 'PER';
    } else if (kind < 0.8) {
      name =
        entities.length < PLACES.length * 2
          ? pick(PLACES)
          : `${pick(PLACES)} ${pick(['Oblast', 'Province', 'District', 'Region', 'Valley'])} ${entities.length}`;
      type = 'LOC';
    } else {
      name = `${pick(PLACES)} ${pick(ORG_WORDS)}`;
      type = 'ORG';
    }
    const id = rand() < 0.6 ? `Q${1000 + entities.length * 7}` : `${type}:${foldKey(name)}`;
    if (entityKeys.has(name)) continue;
    entityKeys.add(name);
    entities.push({ id, name });
  }
  const entityRank = zipf(rand, Math.max(1, entities.length));

  const start = Date.UTC(2023, 0, 1);
  const span = 2 * 365 * 24 * 3600 * 1000;
  const articles: ArticleVisit[] = [];
  for (let p = 0; p < opts.pages; p++) {
    const site = pick(SITES);
    const n = 5 + Math.floor(rand() * 8);
    const titleWords: string[] = [];
    for (let i = 0; i < n; i++) titleWords.push(vocab[word()]!);
    const ents = entities.length ? [entities[entityRank()]!, entities[entityRank()]!] : [];
    titleWords.splice(1, 0, ...ents.slice(0, 1).map((e) => e.name));
    const title = titleWords.join(' ').replace(/^./, (c) => c.toUpperCase());
    const slug = foldKey(titleWords.slice(0, 6).join('-')).replace(/[^a-z0-9-]+/g, '');
    articles.push({
      url: `https://www.${site}/${2023 + Math.floor(rand() * 2)}/${slug}-${p}`,
      title,
      site,
      published: new Date(start + rand() * span).toISOString(),
      visitedAt: Math.floor(start + rand() * span),
      entityIds: [...new Set(ents.map((e) => e.id))],
      lang: site.endsWith('.fr') ? 'fr' : site.endsWith('.de') ? 'de' : 'en',
    });
  }

  const highlights: Highlight[] = [];
  for (let i = 0; i < opts.highlights; i++) {
    // Reading is skewed: some pages collect many highlights.
    // biome-ignore lint/style/useExponentiationOperator: seeded data stays the same as every benchmark figure so far was measured on
    const article = articles[Math.floor(Math.pow(rand(), 1.6) * articles.length)]!;
    // biome-ignore lint/style/useExponentiationOperator: as above
    const len = 1 + Math.floor(Math.pow(rand(), 1.5) * 40);
    const words: string[] = [];
    const mentioned: SeedEntity[] = [];
    for (let k = 0; k < len; k++) {
      if (entities.length && rand() < 0.06) {
        const e = entities[entityRank()]!;
        mentioned.push(e);
        words.push(rand() < 0.2 ? `${e.name}'s` : e.name);
      } else {
        words.push(vocab[word()]!);
      }
    }
    let quote = words.join(' ');
    quote = quote.charAt(0).toUpperCase() + quote.slice(1) + (len > 4 ? '.' : '');
    const createdAt = Math.floor(Math.max(article.visitedAt, start) + rand() * 3600 * 1000);
    const edited = rand() < 0.15;
    const noteLen = 2 + Math.floor(rand() * 15);
    const note =
      rand() < 0.2
        ? Array.from({ length: noteLen }, () => (rand() < 0.5 ? pick(NOTE_WORDS) : vocab[word()]!)).join(' ')
        : '';
    const tags = rand() < 0.1 ? [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(TAGS)))] : [];
    const unique = [...new Map(mentioned.map((e) => [e.id, e])).values()];
    const startOffset = Math.floor(rand() * 8000);
    highlights.push({
      id: uuid(rand),
      url: article.url,
      title: article.title,
      site: article.site,
      quote,
      prefix: vocab.slice(0, 6).join(' ').slice(0, 32),
      suffix: vocab.slice(6, 12).join(' ').slice(0, 32),
      start: startOffset,
      end: startOffset + quote.length,
      color: SEED_COLORS[Math.floor(rand() * SEED_COLORS.length)]!,
      note,
      tags,
      entityIds: unique.map((e) => e.id),
      entityNames: unique.map((e) => e.name),
      createdAt,
      updatedAt: edited ? createdAt + Math.floor(rand() * 30 * 24 * 3600 * 1000) : createdAt,
    });
  }
  return { highlights, articles };
}

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

// Run as a script (not when imported by tests or the benchmark).
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('seed-highlights.ts')) {
  const n = Number(arg('n', '100000'));
  const data = makeSeedData({
    highlights: n,
    pages: Number(arg('pages', String(Math.max(1, Math.round(n / 20))))),
    entities: Number(arg('entities', String(Math.max(1, Math.round(n / 50))))),
    seed: Number(arg('seed', '1')),
  });
  const out = arg('out', '');
  const json = JSON.stringify(data);
  if (out) {
    writeFileSync(out, json);
    console.log(`wrote ${data.highlights.length} highlights, ${data.articles.length} articles to ${out}`);
  } else {
    process.stdout.write(json);
  }
}
