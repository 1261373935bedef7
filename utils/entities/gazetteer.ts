// Gazetteers: lists of place names and first names that the tagger sees as features
// ("this token starts a known city name"), so it can recognise names that its
// Reuters-1996 training text never contained. Lists come from GeoNames (via npm
// packages, at training time) and ship inside the model file as folded phrase keys.

import { tokenize, type Token } from './tokenizer';

/** Gazetteer categories, in the order their lists are stored in the model file. */
export const GAZ_CATEGORIES = ['city', 'country', 'region', 'first', 'org', 'common'] as const;
/** Index of 'common': lowercase words of running text, for "is this capitalized word a name?". */
export const COMMON = GAZ_CATEGORIES.indexOf('common');

/** A phrase's category bits (`phrases` values), by category: one definition for every rule. */
export const COMMON_BIT = 1 << COMMON;
export const FIRST_BIT = 1 << GAZ_CATEGORIES.indexOf('first');
export const ORG_BIT = 1 << GAZ_CATEGORIES.indexOf('org');
export const CITY_BIT = 1 << GAZ_CATEGORIES.indexOf('city');
export const COUNTRY_BIT = 1 << GAZ_CATEGORIES.indexOf('country');
export const REGION_BIT = 1 << GAZ_CATEGORIES.indexOf('region');
/** A city, a country or a region: a place the gazetteer knows. */
export const PLACE_BITS = CITY_BIT | COUNTRY_BIT | REGION_BIT;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

export interface Gazetteer {
  /** Folded phrase key ("khan shaykhun") -> bit set of categories. */
  phrases: Map<string, number>;
  /** Longest phrase, in tokens. */
  maxLen: number;
  /** Proper prefixes of multi-token phrases, so matching stops as soon as none can follow. */
  prefixes: Set<string>;
  /**
   * Word classes learned from unlabelled text (a ClusterTable, word-clusters.ts, which
   * imports this module). They travel with the
   * name lists because both are the model's word knowledge, read by staticFeatures.
   */
  clusters: Map<string, number>;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/** True if the folded word is a first name the gazetteer knows. */
export function isFirstName(gazetteer: Gazetteer, folded: string): boolean {
  return ((gazetteer.phrases.get(folded) ?? 0) & FIRST_BIT) !== 0;
}

/** Token text as the model and gazetteers compare it: straight quotes, no accents. */
export function straighten(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

/** Lowercase, accent-free form: "Erdoğan" and "Erdogan" fold together. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return straighten(lower.normalize('NFD').replace(MARKS, '')).normalize('NFC');
}

/** The lookup key of a name: its tokens, folded, joined by single spaces. */
export function phraseKey(name: string): string {
  return tokenize(name)
    .map((t) => fold(t.text))
    .join(' ');
}

/** Builds a gazetteer from per-category lists of phrase keys (and an optional cluster table). */
export function buildGazetteer(
  lists: readonly (readonly string[])[],
  clusters: Map<string, number> = new Map(),
): Gazetteer {
  const phrases = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  lists.forEach((list, c) => {
    for (const key of list) {
      if (!key) continue;
      phrases.set(key, (phrases.get(key) ?? 0) | (1 << c));
      // proper prefixes end just before each inner space
      let len = 1;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        prefixes.add(key.slice(0, at));
        len++;
      }
      if (len > maxLen) maxLen = len;
    }
  });
  return { phrases, maxLen: Math.min(maxLen, 6), prefixes, clusters };
}

/** Per-token match codes: 0 none, 1 B, 2 I, 3 L, 4 U. */
export const GAZ_POS = ['-', 'B', 'I', 'L', 'U'];

/**
 * Marks gazetteer matches. Returns codes[token * nCategories + category]. A match must
 * start on a capitalized token; longer matches win over shorter ones inside them.
 * With `lowercase`, only matches that start on a lowercase letter are marked, and
 * never in the `common` list: names as lowercase web and social text writes them
 * ("london", "obama"), kept apart so their weights can be weaker.
 */
export function matchGazetteer(
  gaz: Gazetteer,
  tokens: readonly Token[],
  folded: readonly string[],
  lowercase = false,
): Uint8Array {
  const nc = GAZ_CATEGORIES.length;
  const codes = new Uint8Array(tokens.length * nc);
  for (let i = 0; i < tokens.length; i++) {
    const c0 = tokens[i].text.charAt(0);
    if (lowercase ? c0 === c0.toUpperCase() : c0 === c0.toLowerCase()) continue;
    let key = '';
    const keys: string[] = [];
    for (let n = 0; n < gaz.maxLen && i + n < tokens.length; n++) {
      key = n === 0 ? folded[i] : `${key} ${folded[i + n]}`;
      keys.push(key);
      if (!gaz.prefixes.has(key)) break;
    }
    for (let n = keys.length; n >= 1; n--) {
      const mask = gaz.phrases.get(keys[n - 1]);
      if (mask === undefined) continue;
      for (let c = 0; c < nc; c++) {
        if (!(mask & (1 << c)) || (lowercase && c === COMMON)) continue;
        // keep an earlier (longer or equal) match that already covers these tokens
        if (codes[i * nc + c] !== 0) continue;
        if (n === 1) codes[i * nc + c] = 4;
        else {
          codes[i * nc + c] = 1;
          for (let k = 1; k < n - 1; k++) codes[(i + k) * nc + c] = 2;
          codes[(i + n - 1) * nc + c] = 3;
        }
      }
    }
  }
  return codes;
}
