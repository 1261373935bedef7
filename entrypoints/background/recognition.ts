// The page pipeline's two off-page steps: Readability on the page's serialized HTML
// (offscreen-client.ts), for content scripts only, and the entity engine (recognizer.ts), for
// content scripts and the welcome page, which marks its sample story the same way.
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
  const pages = createPageExtractor();
  // Ready before the first page asks: decoding the model and making Chrome's offscreen
  // document were the first page's largest waits (docs/benchmarks.md, latency).
  recognizer.preload();
  pages.prepare();

  onMessage('extractArticle', async ({ data, sender }) => {
    const received = performance.timeOrigin + performance.now();
    ctx.fromContentScript(sender);
    const { html } = assertExtractRequest(data);
    const out = await pages.extract(html);
    // When the background got the page (the parse itself may run in the offscreen document).
    return out.times ? { ...out, times: { ...out.times, received } } : out;
  });
  onMessage('recognize', async ({ data, sender }) => {
    ctx.fromContentScriptOrExtensionPage(sender);
    const { text } = assertRecognizeRequest(data);
    return recognizer.recognize(text);
  });
}
