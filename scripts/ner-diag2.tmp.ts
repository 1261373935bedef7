// temporary diagnostic (not committed): stage-1 only, 4 epochs: clusters on/off, CrossNER weight
import { readFileSync } from 'node:fs';
import { charSpansToTokenSpans, documentText, readConll, scoreSpans, microScore } from '../utils/entities/conll';
import { decodeModelFile } from '../utils/entities/model-file';
import { labelId } from '../utils/entities/labels';
import { buildIndex, trainPerceptron, type TrainDoc } from '../utils/entities/perceptron';
import { labelsToSpans, prepare, tagPrepared } from '../utils/entities/pipeline';
import { spansToBilou } from '../utils/entities/spans';
import { decodeClusterLines, encodeClusterLines } from '../utils/entities/word-clusters';
const D = '/work/shared/data/ner/';
const base = decodeModelFile(new Uint8Array(readFileSync('/work/wt-ner/public/models/ner-en.bin')));
const entries = readFileSync('/work/wt-ner/.cache/clusters/clusters.tsv', 'utf8').split('\n').filter(Boolean).map((l) => { const [p, w] = l.split('\t'); return [p, w] as [string, string]; });
const gazC = { ...base.gazetteer, clusters: decodeClusterLines(encodeClusterLines(entries)) };
const gaz0 = { ...base.gazetteer, clusters: new Map() };
const load = (gaz: any, f: string, n = Infinity) => readConll(readFileSync(D + f, 'utf8')).slice(0, n).map((d) => {
  const dt = documentText(d); const doc = prepare(dt.text, gaz); const toks = doc.ctx.tokens;
  const cs = dt.spans.map((s) => ({ start: dt.starts[s.start], end: dt.ends[s.end - 1], type: s.type }));
  let ours = charSpansToTokenSpans(cs, toks.map((t) => t.start), toks.map((t) => t.end));
  ours = ours.filter((s) => doc.ctx.sentenceOf[s.start] === doc.ctx.sentenceOf[s.end - 1]);
  return { doc, dt, gold: Uint8Array.from(spansToBilou(ours, toks.length), labelId) };
});
const cross = ['ai', 'literature', 'music', 'politics', 'science'];
const sets = (gaz: any) => ({
  conll: load(gaz, 'conll2003-train.txt'), btc: load(gaz, 'btc-abefg.txt'), wnut: load(gaz, 'wnut17-train.txt'),
  cross: cross.flatMap((c) => load(gaz, `crossner-${c}-train.txt`)),
  dev: load(gaz, 'conll2003-dev.txt', 80), wg: load(gaz, 'wikigold.conll.txt'),
  cdev: cross.flatMap((c) => load(gaz, `crossner-${c}-dev.txt`)), uner: load(gaz, 'uner-ewt-dev.txt'),
});
const score = (xs: any[], m: any) => { const g: any[] = [], p: any[] = [];
  for (const e of xs) { const l = tagPrepared(e.doc, [m]); const toks = e.doc.ctx.tokens;
    const ch = labelsToSpans(l, toks).map((s) => ({ start: toks[s.start].start, end: toks[s.end - 1].end, type: s.type }));
    g.push(e.dt.spans); p.push(charSpansToTokenSpans(ch, e.dt.starts, e.dt.ends)); }
  return microScore(scoreSpans(g, p), ['PER', 'LOC']).f1.toFixed(4); };
const run = (name: string, S: ReturnType<typeof sets>, crossCopies: number) => {
  const all = [...S.conll, ...S.btc, ...S.wnut, ...S.cross];
  const docs: TrainDoc[] = all.map((e) => ({ ctx: e.doc.ctx, stat: e.doc.stat, extra: null, gold: e.gold }));
  const idx = buildIndex(docs, 2);
  const exp = [...docs.slice(0, docs.length - S.cross.length), ...docs.slice(docs.length - S.cross.length).flatMap((d) => new Array(crossCopies).fill(d))];
  const m = trainPerceptron(exp, idx, { epochs: 4, seed: 1 });
  console.log(name, 'conll-dev80', score(S.dev, m), 'wikigold', score(S.wg, m), 'crossner-dev', score(S.cdev, m), 'uner', score(S.uner, m));
};
const SC = sets(gazC);
run('clusters crossner x3', SC, 3);
const S0 = sets(gaz0);
run('no clusters crossner x3', S0, 3);
run('clusters crossner x1', SC, 1);
run('clusters crossner x6', SC, 6);
