// Shape checks for messages the background receives: a content script runs beside page
// scripts, so its messages are treated as untrusted input (issue 7: validate every message).

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
