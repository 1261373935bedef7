// How the Wikipedia prose of ../shared/data/text writes each word: in lowercase, or with a
// capital inside a sentence (a capital at a sentence start, or an all-caps word, says
// nothing and is not counted). Shared by build-lexicons.ts (the common-word list) and
// build-first-names.ts (names that are mostly ordinary words), so both count alike.

import { createReadStream, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

const WORD = /\p{L}[\p{L}'’-]*/gu;
const SENTENCE_END = /[.!?]["'”’)\]]*\s*$/;

/** One counted use of a word as written: 'lower' (starts lowercase) or 'capMid' (capitalized inside a sentence). */
export interface CaseUse {
  word: string;
  kind: 'lower' | 'capMid';
}

/** The counted uses of words on one line of prose, in order. */
export function* caseUses(line: string): Generator<CaseUse> {
  let last = 0;
  for (const m of line.matchAll(WORD)) {
    const w = m[0];
    const gap = line.slice(last, m.index);
    last = m.index + w.length;
    const first = w.charAt(0);
    if (first !== first.toUpperCase()) {
      yield { word: w, kind: 'lower' };
      continue;
    }
    if (w.length > 1 && w === w.toUpperCase()) continue;
    const start = m.index === 0 || SENTENCE_END.test(gap) || (m.index < 3 && /^\s*["“(]?\s*$/.test(gap));
    if (!start) yield { word: w, kind: 'capMid' };
  }
}

/** Every line of the gzipped text files in `dir`, files in name order; `files` receives their count. */
export async function* wikiLines(dir: string, files: { count: number } = { count: 0 }): AsyncGenerator<string> {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt.gz'))
    .sort();
  files.count = names.length;
  for (const f of names) {
    yield* createInterface({ input: createReadStream(resolve(dir, f)).pipe(createGunzip()), crlfDelay: Infinity });
  }
}
