// Word clusters learned from unlabelled text (scripts/build-clusters.ts): each
// frequent word has a path in a binary tree of word classes, and the tagger uses
// prefixes of that path as features, as Ratinov & Roth (2009) use Brown clusters.
// Words of one class behave alike ("Lyon", "Leeds", "Turin"; "Siemens", "Nokia"),
// so a name never seen in the labelled text still gets its class's weights.
// The table ships inside the model file; it is keyed case-kept (digits as 0), since
// "US" and "us" or "Bush" and "bush" are different words.

import { straighten } from './gazetteer';

const DIGITS = /\d/g;

/** The table key of a token: straight quotes, digits folded to 0, case kept. */
export function clusterKey(token: string): string {
  return straighten(token).replace(DIGITS, '0');
}

/**
 * A cluster table: key -> path code, the path's bits under a leading 1 (path "011"
 * is 0b1011), so that a prefix of k bits is `code >>> (length - k)`.
 */
export type ClusterTable = Map<string, number>;

/**
 * Which cluster feature templates a model was trained with (its meta says so).
 * 'full' (round 5): path prefixes of 4, 6, 10 and 14 bits, the 10-bit prefix with the
 * token's casing, 6 and 10 bits at ±1 and 6 bits at ±2: 11 hashes per token.
 * 'lite' (issue 11, session 8): the 10-bit prefix with casing and the 10-bit prefixes
 * at ±1, 3 hashes per token: the tagger sums every hash's weights for each label, so
 * its time grows with the hashes per token, and 'full' made recognize() too slow.
 */
export type ClusterTemplates = 'full' | 'lite';

/** Path string ("0110") to code. */
export function pathCode(path: string): number {
  let c = 1;
  for (let i = 0; i < path.length; i++) c = (c << 1) | (path.charCodeAt(i) === 49 ? 1 : 0);
  return c >>> 0;
}

/** Bits in a code's path. */
export function pathLength(code: number): number {
  return 31 - Math.clz32(code);
}

/** The first k bits of a path (the whole path if it is shorter), as a code. */
export function pathPrefix(code: number, k: number): number {
  const n = pathLength(code);
  return n > k ? code >>> (n - k) : code;
}

/**
 * Cluster of a token. Lowercase web text ("london", "obama") falls back to the
 * capitalized form when the lowercase form is not in the table, and a capitalized
 * or all-caps word ("LONDON", sentence-initial "Lyon") to its other casings, so the
 * class survives the casing of the page. Returns 0 when no form is known.
 */
export function lookupCluster(table: ClusterTable, token: string): number {
  if (table.size === 0) return 0;
  const k = clusterKey(token);
  const exact = table.get(k);
  if (exact !== undefined) return exact;
  const lower = k.toLowerCase();
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  return table.get(title) ?? table.get(lower) ?? 0;
}

/** Serializes a table for the model file: one "path word word …" line per path. */
export function encodeClusterLines(entries: readonly (readonly [string, string])[]): string {
  const byPath = new Map<string, string[]>();
  for (const [path, word] of entries) {
    let l = byPath.get(path);
    if (!l) byPath.set(path, (l = []));
    l.push(word);
  }
  return [...byPath.keys()]
    .sort()
    .map((p) => `${p} ${byPath.get(p)!.sort().join(' ')}`)
    .join('\n');
}

/** Parses the model file's cluster lines. */
export function decodeClusterLines(text: string): ClusterTable {
  const table: ClusterTable = new Map();
  if (!text) return table;
  for (const line of text.split('\n')) {
    const parts = line.split(' ');
    const code = pathCode(parts[0]);
    for (let i = 1; i < parts.length; i++) table.set(parts[i], code);
  }
  return table;
}
