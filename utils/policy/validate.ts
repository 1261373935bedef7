// Shape checks for every message the background (and the offscreen document) receives, in
// one place: a content script runs beside page scripts, so its messages are treated as
// untrusted input (issue 7: validate every message). Each check returns the data in its
// checked shape or throws a BadMessageError naming the message; the few messages that are
// only diagnostics are ignored when malformed (their checks return null).
import { MAX_PAGE_HTML } from '../article/remote-extract';
import type { CardRequest } from '../model/card';
import { type Highlight, type HighlightPatch, MARKED_ENTITY_TYPES, type NewHighlight } from '../model/types';

export class BadMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadMessageError';
  }
}

/** Maximum article text accepted for recognition (a very long article is ~100k chars). */
export const MAX_TEXT_CHARS = 2_000_000;

export function assertRecognizeRequest(data: unknown): { text: string } {
  const d = data as { text?: unknown } | null;
  if (!d || typeof d.text !== 'string') throw new BadMessageError('recognize expects {text} as a string');
  if (d.text.length > MAX_TEXT_CHARS) throw new BadMessageError(`text longer than ${MAX_TEXT_CHARS} characters`);
  return { text: d.text };
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

const TYPES: ReadonlySet<string> = new Set(MARKED_ENTITY_TYPES);
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

/** A deleted highlight put back (undo): a new highlight's checks, plus its id and times. */
export function assertDeletedHighlight(data: unknown): Highlight {
  const h = assertNewHighlight(data) as Highlight;
  if (typeof h.id !== 'string' || !Number.isFinite(h.createdAt) || !Number.isFinite(h.updatedAt))
    throw new BadMessageError('expected a deleted highlight');
  return h;
}

/** How a page's highlights anchored: its URL, how many were placed, the ids of the orphans. */
export function assertHighlightStatus(data: unknown): { url: string; placed: number; orphanIds: string[] } {
  const d = data as { url?: unknown; placed?: unknown; orphanIds?: unknown } | null;
  if (typeof d?.url !== 'string') throw new BadMessageError('highlightStatus expects the page URL');
  const orphanIds = Array.isArray(d.orphanIds)
    ? d.orphanIds.filter((x): x is string => typeof x === 'string').slice(0, 10_000)
    : [];
  return { url: d.url, placed: Number(d.placed) || 0, orphanIds };
}

/** One part of an export file to import (utils/export/parts.ts checks index and total). */
export function assertImportPart(data: unknown): { id: string; index: number; total: number; text: string } {
  const d = data as { id?: unknown; index?: unknown; total?: unknown; text?: unknown } | null;
  if (typeof d?.id !== 'string' || typeof d.text !== 'string')
    throw new BadMessageError('Choose a Gloss export file (.json) to import.');
  return d as { id: string; index: number; total: number; text: string };
}

/** A card's show-to-paint time in ms (diagnostics), or null when malformed. */
export function cardTiming(data: unknown): number | null {
  const ms = (data as { ms?: unknown } | null)?.ms;
  return typeof ms === 'number' && Number.isFinite(ms) ? ms : null;
}

/** The token of the card request to cancel, or null when malformed. */
export function cardToken(data: unknown): number | null {
  const token = (data as { token?: unknown } | null)?.token;
  return typeof token === 'number' ? token : null;
}

/** The highlight id a message names, or null. */
export function highlightId(data: unknown): string | null {
  const id = (data as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}
