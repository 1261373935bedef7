// The page pipeline's two off-page steps: Readability on the page's serialized HTML
// (offscreen-client.ts) and the entity engine (recognizer.ts), both for content scripts only.
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/adapters/messaging';
import { assertExtractRequest, assertRecognizeRequest } from '@/utils/policy/validate';
import type { BackgroundContext } from './context';
import { createPageExtractor } from './offscreen-client';
import { createRecognizer } from './recognizer';

export function registerRecognition(ctx: BackgroundContext): void {
  const recognizer = createRecognizer(async () => {
    const res = await fetch(browser.runtime.getURL('/models/ner-en.bin'));
    if (!res.ok) throw new Error(`model file missing (${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  });
  const extractPage = createPageExtractor();

  onMessage('extractArticle', async ({ data, sender }) => {
    ctx.fromContentScript(sender);
    const { html } = assertExtractRequest(data);
    return extractPage(html);
  });
  onMessage('recognize', async ({ data, sender }) => {
    ctx.fromContentScript(sender);
    const { text } = assertRecognizeRequest(data);
    return recognizer.recognize(text);
  });
}
