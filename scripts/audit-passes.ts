// What each span pass does to CoNLL-format text (`npm run audit:passes -- FILE… [--only a,b]
// [--show N] [--model F]`): every pass is left out in turn, the files are recognized again,
// and the spans the pass adds or removes are judged by the gold (utils/entities/pass-audit.ts).
// Prints per pass "good G bad B", then up to N (default 20) of its bad changes with their
// context. Used in issue 11, round 20: passes written for news pages that harm edited prose
// point at a class to mend. Dev and train files only: never a test split.

import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll } from '../utils/entities/conll';
import { recognizeDocuments } from '../utils/entities/evaluate';
import { decodeModel, SPAN_PASSES } from '../utils/entities/index';
import { auditPass } from '../utils/entities/pass-audit';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: { model: { type: 'string' }, only: { type: 'string' }, show: { type: 'string' } },
});
if (!files.length) {
  console.error('usage: npm run audit:passes -- FILE… [--only pass1,pass2] [--show N] [--model F]');
  process.exit(2);
}
const model = decodeModel(
  new Uint8Array(readFileSync(resolve(values.model ?? resolve(ROOT, 'public/models/ner-en.bin')))),
);
const only = values.only?.split(',');
const show = Number(values.show ?? 20);
const corpora = files.map((f) => ({ name: basename(f), docs: readConll(readFileSync(f, 'utf8')) }));
const full = corpora.map((c) => recognizeDocuments(c.docs, model));

for (const pass of SPAN_PASSES) {
  if (only && !only.includes(pass.name)) continue;
  const rest = SPAN_PASSES.filter((p) => p !== pass);
  let good = 0;
  let bad = 0;
  const lines: string[] = [];
  corpora.forEach((c, k) => {
    const audit = auditPass(full[k]!, recognizeDocuments(c.docs, model, rest));
    good += audit.good;
    bad += audit.bad;
    for (const ch of audit.changes) {
      if (ch.inGold === (ch.kind === 'added')) continue;
      lines.push(`  ${c.name} ${ch.kind === 'added' ? '+wrong' : '-right'} ${ch.surface}  | ${ch.context}`);
    }
  });
  console.log(`${pass.name}: good ${good} bad ${bad}`);
  for (const l of lines.slice(0, show)) console.log(l);
}
