// Shape checks for messages the background receives: a content script runs beside page
// scripts, so its messages are treated as untrusted input (issue 7: validate every message).

import type { HighlightPatch, NewHighlight } from '../messaging';
import type { CardRequest } from './cards';
import { MAX_PAGE_HTML } from '../article/remote-extract';

export class BadMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadMessageError';
  }
}

/** Maximum article text accepted for recognition (a very long article is ~100k chars). */
export const MAX_TEXT_CHARS = 2_000_000;

export function assertRecognizeRequest(data: unknown): { text: string; lang: string } {
  const d = data as { text?: unknown; lang?: unknown } | null;
  if (!d || typeof d.text !== 'string' || typeof d.lang !== 'string')
    throw new BadMessageError('recognize expects {text, lang} strings');
  if (d.text.length > MAX_TEXT_CHARS) throw new BadMessageError(`text longer than ${MAX_TEXT_CHARS} characters`);
  return { text: d.text, lang: d.lang };
}

/** A page's serialized HTML for off-thread extraction, within MAX_PAGE_HTML. */
export function assertExtractRequest(data: unknown): { html: string } {
  const d = data as { html?: unknown } | null;
  if (!d || typeof d.html !== 'string') throw new BadMessageError('extractArticle expects {html} as a string');
  if (d.html.length > MAX_PAGE_HTML) throw new BadMessageError(`page HTML longer than ${MAX_PAGE_HTML} characters`);
  return { html: d.html };
}

export function assertPageReport(data: unknown): void {
  const d = data as { status?: unknown; url?: unknown } | null;
  if (!d || typeof d.url !== 'string' || !['article', 'not-article', 'off'].includes(String(d.status))) {
    throw new BadMessageError('pageProcessed expects a page report');
  }
}

const TYPES = new Set(['PER', 'LOC', 'ORG']);
const isStr = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;

/** A card request: short strings only (names, link texts, URLs), bounded lists. */
export function assertCardRequest(data: unknown): CardRequest {
  const d = data as Record<string, unknown> | null;
  const e = d?.entity as Record<string, unknown> | undefined;
  const ok =
    !!d &&
    typeof d.token === 'number' &&
    !!e &&
    isStr(e.name, 300) &&
    TYPES.has(String(e.type)) &&
    isStr(e.key, 400) &&
    Array.isArray(e.aliases) &&
    e.aliases.length <= 50 &&
    e.aliases.every((a) => isStr(a, 300)) &&
    isStr(d.lang, 20) &&
    isStr(d.pageUrl, 4000) &&
    Array.isArray(d.context) &&
    d.context.length <= 200 &&
    d.context.every((c) => isStr(c, 300)) &&
    Array.isArray(d.pageLinks) &&
    d.pageLinks.length <= 500 &&
    d.pageLinks.every(
      (l) => !!l && isStr((l as { url?: unknown }).url, 4000) && isStr((l as { text?: unknown }).text, 1000),
    );
  if (!ok) throw new BadMessageError('cardFetch expects a card request');
  return d as unknown as CardRequest;
}

const MAX_QUOTE = 20_000;

/** A new highlight from a content script: bounded strings, sane offsets, string lists. */
export function assertNewHighlight(data: unknown): NewHighlight {
  const d = data as Record<string, unknown> | null;
  const strList = (v: unknown, n: number) => Array.isArray(v) && v.length <= n && v.every((x) => isStr(x, 400));
  const ok =
    !!d &&
    isStr(d.url, 4000) &&
    isStr(d.title, 1000) &&
    isStr(d.site, 300) &&
    typeof d.quote === 'string' &&
    d.quote.length > 0 &&
    d.quote.length <= MAX_QUOTE &&
    isStr(d.prefix, 2000) &&
    isStr(d.suffix, 2000) &&
    Number.isInteger(d.start) &&
    Number.isInteger(d.end) &&
    (d.start as number) >= 0 &&
    (d.end as number) > (d.start as number) &&
    isStr(d.color, 40) &&
    isStr(d.note, 5000) &&
    strList(d.tags, 50) &&
    strList(d.entityIds, 200) &&
    strList(d.entityNames, 200);
  if (!ok) throw new BadMessageError('highlightCreate expects a highlight');
  return d as unknown as NewHighlight;
}

export function assertHighlightPatch(data: unknown): { id: string; patch: HighlightPatch } {
  const d = data as { id?: unknown; patch?: Record<string, unknown> } | null;
  const p = d?.patch;
  const ok =
    !!d &&
    isStr(d.id, 100) &&
    !!p &&
    typeof p === 'object' &&
    Object.keys(p).every((k) => k === 'color' || k === 'note' || k === 'tags') &&
    (p.color === undefined || isStr(p.color, 40)) &&
    (p.note === undefined || isStr(p.note, 5000)) &&
    (p.tags === undefined || (Array.isArray(p.tags) && p.tags.length <= 50 && p.tags.every((t) => isStr(t, 100))));
  if (!ok) throw new BadMessageError('highlightUpdate expects {id, patch}');
  return d as { id: string; patch: HighlightPatch };
}
