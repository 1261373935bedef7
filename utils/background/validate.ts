// Shape checks for messages the background receives: a content script runs beside page
// scripts, so its messages are treated as untrusted input (issue 7: validate every message).

import type { CardRequest } from './cards';

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
  if (!d || typeof d.text !== 'string' || typeof d.lang !== 'string') throw new BadMessageError('recognize expects {text, lang} strings');
  if (d.text.length > MAX_TEXT_CHARS) throw new BadMessageError(`text longer than ${MAX_TEXT_CHARS} characters`);
  return { text: d.text, lang: d.lang };
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
    !!d && typeof d.token === 'number' && !!e && isStr(e.name, 300) && TYPES.has(String(e.type)) && isStr(e.key, 400) &&
    Array.isArray(e.aliases) && e.aliases.length <= 50 && e.aliases.every((a) => isStr(a, 300)) &&
    isStr(d.lang, 20) && isStr(d.pageUrl, 4000) &&
    Array.isArray(d.context) && d.context.length <= 200 && d.context.every((c) => isStr(c, 300)) &&
    Array.isArray(d.pageLinks) && d.pageLinks.length <= 500 &&
    d.pageLinks.every((l) => !!l && isStr((l as { url?: unknown }).url, 4000) && isStr((l as { text?: unknown }).text, 1000));
  if (!ok) throw new BadMessageError('cardFetch expects a card request');
  return d as unknown as CardRequest;
}
