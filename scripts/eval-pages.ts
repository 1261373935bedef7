// Page-level evaluation (issue 11): runs the extension's own page pipeline, processPage() from
// entrypoints/content: site gate → isProbablyReaderable → Readability off the page's thread
// (domParserExtractor on the serialized page, as the background and the offscreen document run
// it) with its in-page fallback → TextMap → recognize() → drawing, on a happy-dom document built
// from each page folder's source.html by a WHATWG parser (utils/eval/spec-parse.ts; scripts
// off, nothing loaded), at the page's URL from its meta.json. Writes every distinct mention
// string drawn on each page by type (--out), and scores them against the hand-judged gold set
// (tests/gold/pages.json) beside compromise's people()/places()/organizations() on the same
// extracted text. The last line is `PER+LOC entity F1 0.xxx`.
//
// Usage: npm run eval:pages -- [--pages DIR] [--gold FILE|none] [--out FILE] [--only P1,P2] [--texts DIR] [--model FILE] [--errors]
//   --pages   folders with source.html (+ meta.json: url, lang); default ../shared/fixtures/pages
//   --gold    gold file; default tests/gold/pages.json; "none" to skip scoring
//   --out     JSON {"<page>": {"PER": [...], "LOC": [...], "ORG": [...]}} of what Gloss drew
//   --only    a comma-separated list of page folders to run (default: every folder)
//   --texts   also write each page's extracted text (what recognition read) as DIR/<page>.txt
//   --model   the NER model file to run (default public/models/ner-en.bin: the shipped one)
//   --errors  also print, per gold page, the strings counted wrong and the entities missed

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NerModel } from '../utils/entities/index';
import { GoldFileError, MARKED_TYPES, parseGoldFile, type GoldFile, type MarkedType } from '../utils/eval/page-gold';
import { pageHalf, type Half } from '../utils/eval/page-halves';
import { parseHtmlInto, specDomParser } from '../utils/eval/spec-parse';
import { prf, scorePages, type PagePrediction, type PagesScore } from '../utils/eval/score-pages';
import { DEFAULT_SETTINGS } from '../utils/model/settings';
import type { HighlightApi } from '../utils/render/mention-highlights';

const EMPTY_PAGE = '<!DOCTYPE html><html><head></head><body></body></html>';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MODEL = resolve(ROOT, 'public/models/ner-en.bin');

class UsageError extends Error {}

interface Options {
  pages: string;
  gold: string | null;
  out: string | null;
  texts: string | null;
  only: string[] | null;
  model: string;
  errors: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    pages: resolve(process.env.GLOSS_SHARED ?? resolve(ROOT, '../shared'), 'fixtures/pages'),
    gold: resolve(ROOT, 'tests/gold/pages.json'),
    out: null,
    texts: null,
    only: null,
    model: MODEL,
    errors: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--pages') opts.pages = resolve(value());
    else if (a === '--gold') {
      const v = value();
      opts.gold = v === 'none' ? null : resolve(v);
    } else if (a === '--out') opts.out = resolve(value());
    else if (a === '--texts') opts.texts = resolve(value());
    else if (a === '--only')
      opts.only = value()
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    else if (a === '--model') opts.model = resolve(value());
    else if (a === '--errors') opts.errors = true;
    else throw new UsageError(`unknown argument ${a}`);
  }
  return opts;
}

interface PageMeta {
  url: string;
  /** Declared language of the page in its provenance ("en", "pt-BR", ...), if any. */
  lang: string | null;
}

/** The page's URL and language from its meta.json; pages without a URL get one on 127.0.0.1, where tests serve them. */
function readMeta(dir: string, page: string): PageMeta {
  const file = join(dir, 'meta.json');
  let meta: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      meta = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new UsageError(`${file} is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  const url =
    typeof meta.url === 'string' && /^https?:\/\//.test(meta.url)
      ? meta.url
      : `http://127.0.0.1/${encodeURIComponent(page)}/`;
  return { url, lang: typeof meta.lang === 'string' ? meta.lang : null };
}

/** The registry a page's CSS.highlights would be: records what is drawn, draws nothing. */
function recordingHighlights(): HighlightApi {
  const registry = new Map<string, unknown>();
  return {
    registry,
    create: (...ranges: Range[]) => {
      const set = new Set<Range>(ranges);
      return {
        add: (r: Range) => set.add(r),
        get size() {
          return set.size;
        },
      };
    },
  };
}

interface PageResult {
  gloss: PagePrediction;
  compromise: PagePrediction;
  /** Why nothing was marked ('' when something was). */
  skipped: string;
  status: string;
  /** The article text recognition read ('' when none). */
  text: string;
  /** Why the off-thread extraction was not used, when it was not. */
  fallback: string | null;
  /** PER/LOC/ORG mentions recognition returned, and of those, drawn (a range was found in the live DOM). */
  recognized: number;
  drawn: number;
}

const emptyPrediction = (): PagePrediction => ({ PER: [], LOC: [], ORG: [] });

function distinctPush(list: string[], s: string) {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t && !list.includes(t)) list.push(t);
}

/**
 * The pipeline's modules, the DOM and compromise, loaded once the arguments are known to be good
 * (a usage error answers at once instead of after loading them).
 */
async function loadPipeline(modelFile: string) {
  const [{ default: nlp }, { Window }, { domParserExtractor }, entities, { processPage }] = await Promise.all([
    import('compromise'),
    import('happy-dom'),
    import('../utils/article/remote-extract'),
    import('../utils/entities/index'),
    import('../entrypoints/content/process-page'),
  ]);
  const model: NerModel = entities.decodeModel(new Uint8Array(readFileSync(modelFile)));
  return { nlp, Window, domParserExtractor, recognize: entities.recognize, processPage, model };
}
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;

/** compromise's people(), places(), organizations() on the same text Gloss read. */
function compromiseOn(nlp: Pipeline['nlp'], text: string): PagePrediction {
  const out = emptyPrediction();
  const doc = nlp(text);
  for (const s of doc.people().out('array') as string[]) distinctPush(out.PER, s);
  for (const s of doc.places().out('array') as string[]) distinctPush(out.LOC, s);
  for (const s of doc.organizations().out('array') as string[]) distinctPush(out.ORG, s);
  return out;
}

async function runPage(html: string, meta: PageMeta, pipe: Pipeline): Promise<PageResult> {
  const { Window, processPage, domParserExtractor, recognize, model } = pipe;
  const window = new Window({ url: meta.url, settings: { disableJavaScriptFileLoading: true } });
  let recognized = 0;
  try {
    const doc = window.document as unknown as Document;
    // The live page and the off-thread parse both get the DOM a browser's parser builds
    // (spec-parse.ts says why happy-dom's own parser is not used).
    doc.open();
    doc.write(EMPTY_PAGE);
    doc.close();
    parseHtmlInto(doc, html);
    const blank = () => new window.DOMParser().parseFromString(EMPTY_PAGE, 'text/html') as unknown as Document;
    // What the background (Firefox) and the offscreen document (Chrome) run on the page's HTML.
    const extract = domParserExtractor(specDomParser(blank));
    const state = await processPage(
      {
        doc,
        url: meta.url,
        // Gloss as a new user has it: on, no site lists, every type, every mention drawn.
        settings: DEFAULT_SETTINGS,
        recognize: async (text) => {
          const r = recognize(text, model);
          recognized = r.mentions.filter((m) => m.type !== 'MISC').length;
          return r;
        },
        extractOffThread: async (h) => extract(h),
        highlights: recordingHighlights(),
        now: () => performance.now(),
      },
      1,
    );
    const gloss = emptyPrediction();
    const r = state.report;
    if (!state.article || r.status !== 'article') {
      return {
        gloss,
        compromise: emptyPrediction(),
        skipped: r.status === 'not-article' || r.status === 'off' ? r.reason : r.status,
        status: r.status,
        text: '',
        fallback: null,
        recognized,
        drawn: 0,
      };
    }
    const text = state.article.textMap.text;
    for (const m of state.mentions) {
      if (m.type !== 'MISC') distinctPush(gloss[m.type], text.slice(m.start, m.end));
    }
    const marked = MARKED_TYPES.some((t) => gloss[t].length > 0);
    return {
      gloss,
      compromise: compromiseOn(pipe.nlp, text),
      skipped: marked ? '' : (r.note ?? 'the article was read but nothing was recognized'),
      status: r.status,
      text,
      fallback: r.timings.fallback,
      recognized,
      drawn: state.mentions.filter((m) => m.type !== 'MISC').length,
    };
  } finally {
    await window.happyDOM.close();
  }
}

const f3 = (x: number) => x.toFixed(3);

function table(gloss: PagesScore, comp: PagesScore): string {
  const rows = [
    `${'type'.padEnd(8)} ${'gold'.padStart(5)}  ${'Gloss P'.padStart(7)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'right'.padStart(5)} ${'wrong'.padStart(5)}  ${'compromise P'.padStart(12)} ${'R'.padStart(5)} ${'F1'.padStart(5)}`,
  ];
  const groups: Array<[string, MarkedType[]]> = [
    ['PER', ['PER']],
    ['LOC', ['LOC']],
    ['ORG', ['ORG']],
    ['PER+LOC', ['PER', 'LOC']],
    ['all', ['PER', 'LOC', 'ORG']],
  ];
  for (const [name, types] of groups) {
    const g = prf(gloss, types);
    const c = prf(comp, types);
    const sum = (k: 'gold' | 'right' | 'wrong') => types.reduce((n, t) => n + gloss.byType[t][k], 0);
    rows.push(
      `${name.padEnd(8)} ${String(sum('gold')).padStart(5)}  ${f3(g.precision).padStart(7)} ${f3(g.recall).padStart(5)} ${f3(g.f1).padStart(5)} ${String(sum('right')).padStart(5)} ${String(sum('wrong')).padStart(5)}  ${f3(c.precision).padStart(12)} ${f3(c.recall).padStart(5)} ${f3(c.f1).padStart(5)}`,
    );
  }
  return rows.join('\n');
}

/**
 * Per-type P/R/F1 on each half of the gold pages (utils/eval/page-halves.ts): rules are
 * developed on half A, and half B shows how they do on sites they were not tuned to.
 */
function printHalves(
  gold: GoldFile['pages'],
  gloss: Record<string, PagePrediction>,
  comp: Record<string, PagePrediction>,
): void {
  const cell = (s: PagesScore, types: MarkedType[]) => {
    const x = prf(s, types);
    return `${f3(x.precision)}/${f3(x.recall)}/${f3(x.f1)}`;
  };
  for (const half of ['A', 'B'] as Half[]) {
    const pages = Object.fromEntries(Object.entries(gold).filter(([p]) => pageHalf(p) === half));
    const g = scorePages(pages, gloss);
    const c = scorePages(pages, comp);
    console.log(
      `half ${half} (${Object.keys(pages).length} pages) P/R/F1: PER ${cell(g, ['PER'])}  LOC ${cell(g, ['LOC'])}  ORG ${cell(g, ['ORG'])}  PER+LOC ${cell(g, ['PER', 'LOC'])}  compromise PER+LOC ${cell(c, ['PER', 'LOC'])}`,
    );
  }
}

function isEnglish(lang: string | null): boolean {
  return lang === null || /^en\b/i.test(lang);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let gold: GoldFile | null = null;
  if (opts.gold) {
    if (!existsSync(opts.gold)) throw new UsageError(`no gold file at ${opts.gold} (pass --gold none to skip scoring)`);
    gold = parseGoldFile(JSON.parse(readFileSync(opts.gold, 'utf8')));
  }
  if (!existsSync(opts.pages)) throw new UsageError(`no pages folder at ${opts.pages}`);
  if (!existsSync(opts.model)) throw new UsageError(`no model file at ${opts.model}`);
  let pages = readdirSync(opts.pages, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(opts.pages, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
  if (opts.only) {
    const unknown = opts.only.filter((p) => !pages.includes(p));
    if (unknown.length) throw new UsageError(`--only: no page folder ${unknown.join(', ')} in ${opts.pages}`);
    pages = pages.filter((p) => opts.only!.includes(p));
  }
  if (pages.length === 0) throw new UsageError(`no page folder with a source.html in ${opts.pages}`);
  if (gold && !opts.only) {
    const missing = Object.keys(gold.pages).filter((p) => !pages.includes(p));
    if (missing.length) console.log(`gold pages not in ${opts.pages} (scored as unmarked): ${missing.join(', ')}`);
  }
  const pipe = await loadPipeline(opts.model);
  const results: Record<string, PageResult> = {};
  const metas: Record<string, PageMeta> = {};
  const t0 = performance.now();
  for (const page of pages) {
    const dir = join(opts.pages, page);
    metas[page] = readMeta(dir, page);
    try {
      results[page] = await runPage(readFileSync(join(dir, 'source.html'), 'utf8'), metas[page]!, pipe);
    } catch (err) {
      // processPage never throws for page content; anything here is a fault worth naming.
      results[page] = {
        gloss: emptyPrediction(),
        compromise: emptyPrediction(),
        skipped: `evaluator error: ${err instanceof Error ? err.message : String(err)}`,
        status: 'error',
        text: '',
        fallback: null,
        recognized: 0,
        drawn: 0,
      };
    }
  }
  const seconds = (performance.now() - t0) / 1000;

  if (opts.texts) {
    mkdirSync(opts.texts, { recursive: true });
    for (const page of pages) writeFileSync(join(opts.texts, `${page}.txt`), results[page]!.text);
  }

  if (opts.out) {
    const out: Record<string, PagePrediction> = {};
    for (const page of pages) out[page] = results[page]!.gloss;
    writeFileSync(opts.out, `${JSON.stringify(out, null, 1)}\n`);
  }

  // Coverage: English news articles are every page whose provenance says English, less the
  // gold file's notArticles.
  const notArticles = gold?.notArticles ?? {};
  const marked = (p: string) => results[p]!.skipped === '';
  const englishArticles = pages.filter((p) => isEnglish(metas[p]!.lang) && !(p in notArticles));
  const others = pages.filter((p) => !englishArticles.includes(p));
  const covered = englishArticles.filter(marked);
  console.log(`${pages.length} pages in ${opts.pages} (${seconds.toFixed(1)} s)`);
  console.log(
    `English article pages: ${englishArticles.length}; pages with marks: ${covered.length} of them (${((100 * covered.length) / Math.max(1, englishArticles.length)).toFixed(1)}%)`,
  );
  for (const p of englishArticles.filter((q) => !marked(q))) console.log(`  skipped ${p}: ${results[p]!.skipped}`);
  const sum = (k: 'recognized' | 'drawn') => pages.reduce((n, p) => n + results[p]![k], 0);
  console.log(
    `mentions drawn: ${sum('drawn')} of ${sum('recognized')} recognized (the rest found no range in the page)`,
  );
  const fallbacks = pages.filter((p) => results[p]!.fallback);
  console.log(`Readability ran in the page instead of off-thread on ${fallbacks.length} pages`);
  for (const p of fallbacks) console.log(`  ${p}: ${results[p]!.fallback}`);
  if (others.length) {
    const why = (p: string) => notArticles[p] ?? `declared language ${metas[p]!.lang}`;
    const markedOthers = others.filter(marked);
    console.log(
      `other pages (not English articles): ${others.length}; with marks: ${markedOthers.length}${markedOthers.length ? ` (${markedOthers.join(', ')})` : ''}`,
    );
    for (const p of others) console.log(`  ${p} (${why(p)}): ${marked(p) ? 'marked' : results[p]!.skipped}`);
  }
  if (!gold) return;

  const glossPred: Record<string, PagePrediction> = {};
  const compPred: Record<string, PagePrediction> = {};
  for (const p of pages) {
    glossPred[p] = results[p]!.gloss;
    compPred[p] = results[p]!.compromise;
  }
  // With --only, the gold pages that were not run are left out rather than scored as unmarked.
  const goldRun = opts.only
    ? Object.fromEntries(Object.entries(gold.pages).filter(([p]) => pages.includes(p)))
    : gold.pages;
  const g = scorePages(goldRun, glossPred);
  const c = scorePages(goldRun, compPred);
  if (opts.errors) {
    for (const [page, e] of Object.entries(g.pages)) {
      if (!e.wrong.length && !e.missed.length) continue;
      console.log(`\n${page}`);
      for (const w of e.wrong)
        console.log(`  wrong  ${w.type} "${w.text}"${w.goldType ? ` (gold ${w.goldType})` : ''}`);
      for (const m of e.missed) console.log(`  missed ${m.type} ${m.name}`);
    }
    console.log('');
  }
  const goldPages = Object.keys(goldRun);
  const entities = MARKED_TYPES.map((t) => `${t} ${g.byType[t].gold}`).join(', ');
  console.log(`gold pages: ${goldPages.length} (entities not borderline: ${entities})`);
  console.log(table(g, c));
  printHalves(goldRun, glossPred, compPred);
  console.log(`PER+LOC entity F1 ${f3(prf(g, ['PER', 'LOC']).f1)}`);
}

main().catch((err) => {
  if (err instanceof UsageError || err instanceof GoldFileError) {
    console.error(`eval:pages: ${err.message}`);
    console.error(
      'usage: npm run eval:pages -- [--pages DIR] [--gold FILE|none] [--out FILE] [--only P1,P2] [--texts DIR] [--model FILE] [--errors]',
    );
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
