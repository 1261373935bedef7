// A fake upstream for Wikipedia, Wikidata, GDELT and Google News on 127.0.0.1. It speaks
// the real APIs' contracts (api-contracts.md) under path prefixes, built from the
// recorded-shape data in ./responses, so the knowledge service's real client code runs in
// tests and the demo without any outside traffic. Special titles exercise the edge cases:
// "Rate Limited" (429 + Retry-After), "Slow Town" (delayed), "Khan Shaykhun" (404 summary),
// "Georgia"/"Lavrov"/"IS" (disambiguation), "Hostilov" (hostile strings and URLs; a surname, as the engine leaves one-word names that are ordinary words unmarked).
//
// Standalone: `npx tsx tests/fake-upstream/server.ts --port 8787` prints its origin.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Endpoints } from '../../utils/knowledge/endpoints';

/** Options of {@link startFakeUpstream}. */
export interface FakeUpstreamOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /**
   * Delays in ms, by route ("action", "summary", "wikidata", "gdelt", "google-news",
   * "upload") or by title/query ("Slow Town"). The largest matching delay applies.
   * "Slow Town" defaults to 1500 ms.
   */
  delayMs?: Record<string, number>;
  /** Retry-After seconds sent with the "Rate Limited" 429 (default 2). */
  retryAfterSeconds?: number;
}

/** A request the fake upstream received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  at: number;
}

/** A running fake upstream. */
export interface FakeUpstream {
  origin: string;
  endpoints: Endpoints;
  requests: RecordedRequest[];
  /** While down, every connection is dropped without an answer (the client sees offline). */
  setDown(down: boolean): void;
  close(): Promise<void>;
}

interface PageData {
  pageid: number;
  title: string;
  description: string;
  extract: string;
  wikibase_item?: string;
  thumbnail?: string;
  disambiguation?: boolean;
  coordinates?: { lat: number; lon: number };
  summary_extract?: string;
  summary_404?: boolean;
}

interface GdeltCase {
  body?: unknown;
  raw?: string;
  status?: number;
  contentType?: string;
}

interface NewsItem {
  title: string;
  link: string;
  pubDate: string;
  source: string;
  sourceUrl: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const load = <T>(name: string): T => JSON.parse(readFileSync(join(here, 'responses', name), 'utf8')) as T;

const WIKI = load<{
  pages: Record<string, PageData>;
  redirects: Record<string, string>;
  search: Record<string, string[]>;
}>('wikipedia-en.json');
const WIKIDATA = load<{ entities: Record<string, Record<string, unknown>> }>('wikidata.json');
const GDELT = load<Record<string, GdeltCase | string>>('gdelt.json');
const NEWS = load<Record<string, NewsItem[] | string>>('google-news.json');

// A 1x1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const MEGABYTE = 'A'.repeat(1024 * 1024);

/** Starts the fake upstream. */
export async function startFakeUpstream(opts: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const delays: Record<string, number> = { 'Slow Town': 1500, ...(opts.delayMs ?? {}) };
  const retryAfter = opts.retryAfterSeconds ?? 2;
  const requests: RecordedRequest[] = [];
  let down = false;
  let origin = '';

  const fill = (s: string) => s.split('{origin}').join(origin).split('{megabyte}').join(MEGABYTE);

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: { ...req.headers }, at: Date.now() });
    if (down) {
      req.socket.destroy();
      return;
    }
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', String(err));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const p = url.pathname;
    const q = url.searchParams;
    let m: RegExpExecArray | null;
    if ((m = /^\/wikipedia\/([a-z-]+)\/w\/api\.php$/.exec(p))) {
      const key = q.get('titles') ?? q.get('gsrsearch') ?? '';
      await wait('action', key);
      if (key === 'Rate Limited') {
        res.setHeader('Retry-After', String(retryAfter));
        return send(
          res,
          429,
          'application/json',
          JSON.stringify({ error: { code: 'ratelimited', info: 'Too many requests' } }),
        );
      }
      return json(res, actionQuery(m[1]!, q));
    }
    if ((m = /^\/wikipedia\/([a-z-]+)\/api\/rest_v1\/page\/summary\/(.+)$/.exec(p))) {
      const title = decodeURIComponent(m[2]!).replace(/_/g, ' ');
      await wait('summary', title);
      if (title === 'Rate Limited') {
        res.setHeader('Retry-After', String(retryAfter));
        return send(res, 429, 'application/json', '{}');
      }
      const target = WIKI.redirects[title];
      if (target && q.get('redirect') !== 'false') {
        // The REST API answers a redirect page with 302 to the target's summary.
        res.setHeader(
          'Location',
          `${origin}/wikipedia/${m[1]}/api/rest_v1/page/summary/${encodeURIComponent(target.replace(/ /g, '_'))}`,
        );
        return send(res, 302, 'text/plain', '');
      }
      const page = WIKI.pages[title];
      if (!page || page.summary_404) {
        return send(
          res,
          404,
          'application/problem+json',
          JSON.stringify({
            type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
            title: 'Not found.',
            method: 'get',
            detail: 'Page or revision not found.',
            uri: `/${m[1]}.wikipedia.org/v1/page/summary/${m[2]}`,
          }),
        );
      }
      return json(res, summary(m[1]!, page));
    }
    if (p === '/wikidata/w/api.php') {
      await wait('wikidata', q.get('ids') ?? q.get('entity') ?? '');
      return json(res, wikidata(q));
    }
    if (p === '/gdelt/api/v2/doc/doc') {
      const phrase = /"([^"]*)"/.exec(q.get('query') ?? '')?.[1] ?? '';
      await wait('gdelt', phrase);
      const c = GDELT[phrase];
      if (!c || typeof c === 'string') return json(res, {});
      if (c.raw !== undefined) return send(res, c.status ?? 200, c.contentType ?? 'text/plain', fill(c.raw));
      return send(res, 200, 'application/json; charset=utf-8', fill(JSON.stringify(c.body)));
    }
    if (p === '/google-news/rss/search') {
      const phrase = /"([^"]*)"/.exec(q.get('q') ?? '')?.[1] ?? '';
      await wait('google-news', phrase);
      const items = NEWS[phrase];
      return send(res, 200, 'application/xml; charset=utf-8', rss(phrase, Array.isArray(items) ? items : []));
    }
    if (p.startsWith('/upload/')) {
      await wait('upload', p);
      return send(res, 200, 'image/png', PNG);
    }
    return send(res, 404, 'text/plain', 'not found');
  }

  async function wait(route: string, key: string): Promise<void> {
    const ms = Math.max(delays[route] ?? 0, delays[key] ?? 0);
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  function json(res: ServerResponse, body: unknown): void {
    send(res, 200, 'application/json; charset=utf-8', fill(JSON.stringify(body)));
  }

  function wikiUrl(lang: string, title: string): string {
    return `${origin}/wikipedia/${lang}/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
  }

  function thumb(page: PageData, size: number) {
    if (!page.thumbnail) return undefined;
    if (/^[a-z]+:/i.test(page.thumbnail)) return { source: page.thumbnail, width: size, height: size };
    return {
      source: `{origin}/upload/wikipedia/commons/thumb/${page.thumbnail}/${size}px-${page.thumbnail}`,
      width: size,
      height: size,
    };
  }

  function actionPage(page: PageData, index?: number) {
    const out: Record<string, unknown> = { pageid: page.pageid, ns: 0, title: page.title };
    if (index !== undefined) out.index = index;
    out.extract = page.extract;
    const t = thumb(page, 320);
    if (t) {
      out.thumbnail = t;
      out.pageimage = page.thumbnail;
    }
    const props: Record<string, string> = {};
    if (page.disambiguation) props.disambiguation = '';
    if (page.wikibase_item) props.wikibase_item = page.wikibase_item;
    out.pageprops = props;
    out.description = page.description;
    out.descriptionsource = 'local';
    return out;
  }

  function actionQuery(lang: string, q: URLSearchParams): unknown {
    if (q.get('action') !== 'query') {
      return { error: { code: 'badvalue', info: 'Unrecognized value for parameter "action".' } };
    }
    if (q.get('generator') === 'search') {
      const term = (q.get('gsrsearch') ?? '').trim();
      const limit = Math.min(50, Number(q.get('gsrlimit') ?? 10) || 10);
      const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      let titles = WIKI.search[fold(term)];
      if (!titles) {
        titles = Object.keys(WIKI.pages).filter((t) => term.length > 0 && fold(t).includes(fold(term)));
      }
      const pages = titles.slice(0, limit).map((t, i) => actionPage(WIKI.pages[t]!, i + 1));
      if (pages.length === 0) return { batchcomplete: true };
      return { batchcomplete: true, continue: { gsroffset: limit, continue: 'gsroffset||' }, query: { pages } };
    }
    const raw = q.get('titles') ?? '';
    const query: Record<string, unknown> = {};
    const normalized: unknown[] = [];
    const redirects: unknown[] = [];
    const pages: unknown[] = [];
    for (const t of raw.split('|').slice(0, 50)) {
      let title = t.replace(/_/g, ' ').trim();
      const norm = title.charAt(0).toUpperCase() + title.slice(1);
      if (norm !== title) {
        normalized.push({ fromencoded: false, from: title, to: norm });
        title = norm;
      }
      if (q.get('redirects') && WIKI.redirects[title]) {
        redirects.push({ from: title, to: WIKI.redirects[title] });
        title = WIKI.redirects[title]!;
      }
      const page = WIKI.pages[title];
      pages.push(page ? actionPage(page) : { ns: 0, title, missing: true });
    }
    if (normalized.length) query.normalized = normalized;
    if (redirects.length) query.redirects = redirects;
    query.pages = pages;
    void lang;
    return { batchcomplete: true, query };
  }

  function summary(lang: string, page: PageData): unknown {
    const underscored = page.title.replace(/ /g, '_');
    const out: Record<string, unknown> = {
      type: page.disambiguation ? 'disambiguation' : 'standard',
      title: page.title,
      displaytitle: `<span class="mw-page-title-main">${page.title}</span>`,
      namespace: { id: 0, text: '' },
    };
    if (page.wikibase_item && !page.disambiguation) out.wikibase_item = page.wikibase_item;
    out.titles = {
      canonical: underscored,
      normalized: page.title,
      display: `<span class="mw-page-title-main">${page.title}</span>`,
    };
    out.pageid = page.pageid;
    const t = thumb(page, 320);
    if (t && !page.disambiguation) out.thumbnail = t;
    out.lang = lang;
    out.dir = 'ltr';
    out.revision = '1291180294';
    out.tid = 'db994bf0-a713-11f1-915b-6c02aea72093';
    out.timestamp = '2026-09-01T17:04:12Z';
    out.description = page.description;
    out.description_source = 'local';
    if (page.coordinates) out.coordinates = page.coordinates;
    const pageUrl = page.title === 'Hostilov' ? 'javascript:alert(document.cookie)' : wikiUrl(lang, page.title);
    out.content_urls = {
      desktop: { page: pageUrl, revisions: `${pageUrl}?action=history`, edit: `${pageUrl}?action=edit`, talk: pageUrl },
      mobile: { page: pageUrl, revisions: pageUrl, edit: pageUrl, talk: pageUrl },
    };
    const extract = page.summary_extract ?? page.extract;
    out.extract = extract;
    out.extract_html = `<p>${extract}</p>`;
    return out;
  }

  function wikidata(q: URLSearchParams): unknown {
    const action = q.get('action');
    if (action === 'wbgetclaims') {
      const id = q.get('entity') ?? '';
      const e = WIKIDATA.entities[id];
      if (!e) return { error: { code: 'no-such-entity', info: `Could not find an entity with the ID "${id}".` } };
      const claims = (e.claims ?? {}) as Record<string, unknown>;
      const prop = q.get('property');
      return { claims: prop ? (claims[prop] ? { [prop]: claims[prop] } : {}) : claims };
    }
    if (action === 'wbgetentities') {
      const ids = (q.get('ids') ?? '').split('|').filter(Boolean);
      if (ids.length > 50)
        return { error: { code: 'too-many', info: 'Too many values supplied for parameter "ids". The limit is 50.' } };
      const props = (q.get('props') ?? 'info|sitelinks|aliases|labels|descriptions|claims|datatype').split('|');
      const entities: Record<string, unknown> = {};
      for (const id of ids) {
        const e = WIKIDATA.entities[id];
        if (!e) {
          entities[id] = { id, missing: '' };
          continue;
        }
        const out: Record<string, unknown> = { type: 'item', id };
        for (const k of ['labels', 'descriptions', 'claims'] as const) if (props.includes(k) && e[k]) out[k] = e[k];
        if (props.includes('info')) Object.assign(out, { pageid: e.pageid, ns: 0, title: id });
        entities[id] = out;
      }
      return { entities, success: 1 };
    }
    return { error: { code: 'unknown_action', info: 'Unrecognized value for parameter "action".' } };
  }

  function rss(phrase: string, items: NewsItem[]): string {
    const x = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const body = items
      .map(
        (i) => `    <item>
      <title>${x(fill(i.title))}</title>
      <link>${x(i.link)}</link>
      <guid isPermaLink="false">${x(i.link)}</guid>
      <pubDate>${x(i.pubDate)}</pubDate>
      <description>&lt;a href="${x(x(i.link))}" target="_blank"&gt;${x(x(i.title))}&lt;/a&gt;</description>
      <source url="${x(i.sourceUrl)}">${x(i.source)}</source>
    </item>`,
      )
      .join('\n');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <generator>NFE/5.0</generator>
    <title>"${x(phrase)}" when:7d - Google News</title>
    <link>https://news.google.com/search?q=${encodeURIComponent(phrase)}&amp;hl=en-US&amp;gl=US&amp;ceid=US:en</link>
    <language>en-US</language>
    <copyright>Copyright © 2026 Google. All rights reserved. This XML feed is made available solely for the purpose of rendering Google News results within a personal feed reader for personal, non-commercial use.</copyright>
    <description>Google News</description>
${body}
  </channel>
</rss>`;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    endpoints: {
      wikipedia: `${origin}/wikipedia/{lang}`,
      wikidata: `${origin}/wikidata`,
      gdelt: `${origin}/gdelt`,
      googleNews: `${origin}/google-news`,
    },
    requests,
    setDown(d: boolean) {
      down = d;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'api-user-agent, accept',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

// Standalone mode for the demo: `npx tsx tests/fake-upstream/server.ts --port 8787`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--port');
  const port = i >= 0 ? Number(process.argv[i + 1]) : 0;
  const up = await startFakeUpstream({ port: Number.isFinite(port) ? port : 0 });
  console.log(up.origin);
  console.log(JSON.stringify(up.endpoints));
}
