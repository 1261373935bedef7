// Scores mention strings predicted per page against the page-level gold set, as issue 11
// defines it: a gold entity is found when a predicted string of its type equals one of its
// mentions (normalized); a distinct predicted string is right when it equals a mention of a
// gold entity of its type; strings matching a borderline entity of any type count neither
// way. Precision is over distinct (normalized) predicted strings, recall over gold entities.
import { normalizeMention } from './normalize-mention';
import { MARKED_TYPES, type MarkedType, type PageGold } from './page-gold';

/** Distinct mention strings per type, as drawn on one page. */
export type PagePrediction = Record<MarkedType, string[]>;

export interface TypeCounts {
  /** Distinct predicted strings that equal a gold mention of their type. */
  right: number;
  /** Distinct predicted strings that match no gold entity of their type nor any borderline one. */
  wrong: number;
  /** Distinct predicted strings matching a borderline entity only: not counted. */
  ignored: number;
  /** Gold entities (not borderline) of this type. */
  gold: number;
  /** Of those, found. */
  found: number;
}

export interface PrF {
  precision: number;
  recall: number;
  f1: number;
}

export interface PageErrors {
  /** Predicted strings counted wrong, with the gold type when it was a type mismatch. */
  wrong: Array<{ type: MarkedType; text: string; goldType?: MarkedType }>;
  /** Gold entities not found. */
  missed: Array<{ type: MarkedType; name: string }>;
}

export interface PagesScore {
  byType: Record<MarkedType, TypeCounts>;
  pages: Record<string, PageErrors>;
}

const emptyCounts = (): TypeCounts => ({ right: 0, wrong: 0, ignored: 0, gold: 0, found: 0 });

/** Scores every page of `gold`; a gold page with no prediction counts as a page where nothing was marked. */
export function scorePages(gold: Record<string, PageGold>, predicted: Record<string, PagePrediction>): PagesScore {
  const byType = { PER: emptyCounts(), LOC: emptyCounts(), ORG: emptyCounts() };
  const pages: Record<string, PageErrors> = {};
  for (const [page, pageGold] of Object.entries(gold)) {
    const errors: PageErrors = { wrong: [], missed: [] };
    pages[page] = errors;
    const pred = predicted[page] ?? { PER: [], LOC: [], ORG: [] };
    // Borderline mentions under both normalizations: a predicted string is compared under its own type's.
    const borderline = new Set<string>();
    // Keys of each type's gold (non-borderline) mentions → entity index.
    const keys = {} as Record<MarkedType, Map<string, number>>;
    for (const type of MARKED_TYPES) {
      keys[type] = new Map();
      pageGold[type].forEach((e, i) => {
        for (const m of e.mentions) {
          if (e.borderline) {
            borderline.add(`PER\t${normalizeMention(m, 'PER')}`);
            borderline.add(`other\t${normalizeMention(m, 'LOC')}`);
          } else {
            keys[type].set(normalizeMention(m, type), i);
          }
        }
      });
    }
    for (const type of MARKED_TYPES) {
      const counts = byType[type];
      const found = new Set<number>();
      const seen = new Set<string>();
      for (const text of pred[type]) {
        const key = normalizeMention(text, type);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const hit = keys[type].get(key);
        if (hit !== undefined) {
          counts.right++;
          found.add(hit);
        } else if (borderline.has(`${type === 'PER' ? 'PER' : 'other'}\t${key}`)) {
          counts.ignored++;
        } else {
          counts.wrong++;
          const goldType = MARKED_TYPES.find((t) => t !== type && keys[t].has(normalizeMention(text, t)));
          errors.wrong.push(goldType ? { type, text, goldType } : { type, text });
        }
      }
      pageGold[type].forEach((e, i) => {
        if (e.borderline) return;
        counts.gold++;
        if (found.has(i)) counts.found++;
        else errors.missed.push({ type, name: e.name });
      });
    }
  }
  return { byType, pages };
}

/** Precision, recall and F1 of the summed counts of `types` (0 where a denominator is 0). */
export function prf(score: PagesScore, types: readonly MarkedType[]): PrF {
  let right = 0;
  let wrong = 0;
  let gold = 0;
  let found = 0;
  for (const t of types) {
    const c = score.byType[t];
    right += c.right;
    wrong += c.wrong;
    gold += c.gold;
    found += c.found;
  }
  const precision = right + wrong ? right / (right + wrong) : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
