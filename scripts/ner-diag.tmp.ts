// temporary diagnostic (not committed): stage-1 only, few epochs, corpus ablation
import { readFileSync } from 'node:fs';
import { charSpansToTokenSpans, documentText, readConll, scoreSpans, microScore } from '../utils/entities/conll';
import { buildGazetteer } from '../utils/entities/gazetteer';
import { decodeModelFile } from '../utils/entities/model-file';
import { labelId } from '../utils/entities/labels';
import { buildIndex, trainPerceptron, type TrainDoc } from '../utils/entities/perceptron';
import { labelsToSpans, prepare, tagPrepared } from '../utils/entities/pipeline';
import { spansToBilou } from '../utils/entities/spans';
const D = '/work/shared/data/ner/';
const base = decodeModelFile(new Uint8Array(readFileSync('/work/wt-ner/public/models/ner-en.bin')));
const gaz = base.gazetteer;
const load = (f: string, n = Infinity) => readConll(readFileSync(D + f, 'utf8')).slice(0, n).map((d) => {
  const dt = documentText(d); const doc = prepare(dt.text, gaz); const toks = doc.ctx.tokens;
  const cs = dt.spans.map((s) => ({ start: dt.starts[s.start], end: dt.ends[s.end - 1], type: s.type }));
  let ours = charSpansToTokenSpans(cs, toks.map((t) => t.start), toks.map((t) => t.end));
  ours = ours.filter((s) => doc.ctx.sentenceOf[s.start] === doc.ctx.sentenceOf[s.end - 1]);
  return { doc, dt, gold: Uint8Array.from(spansToBilou(ours, toks.length), labelId) };
});
const conll = load('conll2003-train.txt'); const btc = load('btc-abefg.txt'); const wnut = load('wnut17-train.txt');
const dev = load('conll2003-dev.txt', 80); const wg = load('wikigold.conll.txt', 50);
const score = (xs: typeof dev, m: any) => { const g: any[] = [], p: any[] = [];
  for (const e of xs) { const l = tagPrepared(e.doc, [m]); const toks = e.doc.ctx.tokens;
    const ch = labelsToSpans(l, toks).map((s) => ({ start: toks[s.start].start, end: toks[s.end - 1].end, type: s.type }));
    g.push(e.dt.spans); p.push(charSpansToTokenSpans(ch, e.dt.starts, e.dt.ends)); }
  return microScore(scoreSpans(g, p), ['PER', 'LOC']).f1.toFixed(4); };
for (const [name, set] of [['conll', conll], ['conll+btc', [...conll, ...btc]], ['conll+wnut', [...conll, ...wnut]]] as const) {
  const docs: TrainDoc[] = set.map((e) => ({ ctx: e.doc.ctx, stat: e.doc.stat, extra: null, gold: e.gold }));
  const m = trainPerceptron(docs, buildIndex(docs, 2), { epochs: 4, seed: 1 });
  let mx = 0; for (const w of m.weights) mx = Math.max(mx, Math.abs(w));
  console.log(name, 'dev', score(dev, m), 'wikigold', score(wg, m), 'maxw', mx.toFixed(0));
}
