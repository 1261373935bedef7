import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { anchorMany, buildTextIndex, describeOffsets } from '../utils/anchoring';
const w = new Window();
const html = readFileSync('/work/shared/fixtures/pages/mozilla-yahoo-2/source.html', 'utf8').replace(/rel\s*=\s*(["']?)(?:preload|modulepreload|stylesheet)\1/gi, 'rel="x"');
const doc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const body = doc.body;
const index = buildTextIndex(body);
const words = [...index.text.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length]);
let seed = 1; const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const list = [];
let t = performance.now();
for (let i = 0; i < 1000; i++) { const si = Math.floor(rand() * words.length); const ei = Math.min(words.length - 1, si + Math.floor(rand() * 40)); list.push(describeOffsets(index, words[si][0], words[ei][1])!); }
console.log('describe 1000', performance.now() - t, 'extended', list.filter(s => s.quote.prefix.length > 40 || s.quote.suffix.length > 40).length);
const ad = doc.createElement('div'); ad.textContent = 'advertisement '.repeat(20); body.insertBefore(ad, body.firstChild);
for (let r = 0; r < 3; r++) {
  t = performance.now();
  const res = anchorMany(body, list);
  const by: Record<string, number> = {};
  for (const x of res) { const k = x.status === 'anchored' ? x.method : x.reason; by[k] = (by[k] ?? 0) + 1; }
  console.log(performance.now() - t, by);
}
t = performance.now(); const idx = buildTextIndex(body); idx.folded; console.log('index', performance.now() - t);
await w.happyDOM.close();
