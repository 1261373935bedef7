// Upgrades exports written by earlier versions of Gloss to the current schema, one step at
// a time: MIGRATIONS[v] turns version v into v + 1. Adding schema version 2 means writing
// MIGRATIONS[1] and bumping CURRENT_SCHEMA_VERSION; every older file then goes 0 → 1 → 2.
// Steps work on plain parsed JSON and only reshape it; validate.ts checks the result.
import { CURRENT_SCHEMA_VERSION } from './format';

/** One step: takes a document at version v, returns it at version v + 1. */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Colors as schema version 0 stored them (hex), mapped to today's color names. Unknown hex
 * values go to the nearest of these.
 */
export const V0_COLOR_HEX: Readonly<Record<string, string>> = {
  '#ffeb3b': 'yellow',
  '#a5d6a7': 'green',
  '#90caf9': 'blue',
  '#f48fb1': 'pink',
  '#ce93d8': 'purple',
  '#ffcc80': 'orange',
};

function nearestColor(hex: unknown): unknown {
  if (typeof hex !== 'string') return hex;
  const lower = hex.trim().toLowerCase();
  if (V0_COLOR_HEX[lower]) return V0_COLOR_HEX[lower];
  const m = /^#?([0-9a-f]{6})$/.exec(lower);
  if (!m) return hex;
  const rgb = (h: string): number[] => [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [r, g, b] = rgb(m[1]!);
  let best = hex;
  let bestDist = Infinity;
  for (const [known, name] of Object.entries(V0_COLOR_HEX)) {
    const [kr, kg, kb] = rgb(known.slice(1));
    const d = (r! - kr!) ** 2 + (g! - kg!) ** 2 + (b! - kb!) ** 2;
    if (d < bestDist) {
      bestDist = d;
      best = name;
    }
  }
  return best;
}

/**
 * Version 0 (hypothetical first release): highlights had `text` instead of `quote`, a hex
 * `color`, `created`/`updated` timestamps, no entity fields; exports had no `articles` or
 * `settings` and `exportedAt` was epoch milliseconds.
 */
function v0ToV1(doc: Record<string, unknown>): Record<string, unknown> {
  const highlights = doc.highlights;
  return {
    ...doc,
    schemaVersion: 1,
    exportedAt: typeof doc.exportedAt === 'number' ? new Date(doc.exportedAt).toISOString() : doc.exportedAt,
    highlights: Array.isArray(highlights)
      ? highlights.map((raw: unknown) => {
          if (!raw || typeof raw !== 'object') return raw;
          const { text, created, updated, ...rest } = raw as Record<string, unknown>;
          const createdAt = rest.createdAt ?? created;
          return {
            ...rest,
            quote: rest.quote ?? text,
            color: nearestColor(rest.color),
            tags: rest.tags ?? [],
            note: rest.note ?? '',
            prefix: rest.prefix ?? '',
            suffix: rest.suffix ?? '',
            entityIds: rest.entityIds ?? [],
            entityNames: rest.entityNames ?? [],
            createdAt,
            updatedAt: rest.updatedAt ?? updated ?? createdAt,
          };
        })
      : highlights,
    articles: doc.articles ?? [],
    settings: doc.settings ?? {},
  };
}

/** The chain: index v upgrades v → v + 1. */
export const MIGRATIONS: readonly MigrationStep[] = [v0ToV1];

/** Upgrades a parsed export from `fromVersion` to the current version. */
export function migrateExport(doc: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let out = doc;
  for (let v = fromVersion; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from export schema version ${v}`);
    out = step(out);
  }
  return out;
}
