// Chrome's offscreen document: a DOMParser for the background, which has none. It parses a
// page's serialized HTML and runs Readability on it (utils/article/remote-extract.ts), for
// the background only.
import { browser } from 'wxt/browser';
import { domParserExtractor } from '@/utils/background/page-extractor';
import { assertExtractRequest } from '@/utils/background/validate';
import { onMessage } from '@/utils/messaging';
import { assertExtensionPage } from '@/utils/policy/sender';

const extract = domParserExtractor();
const origin = new URL(browser.runtime.getURL('/')).origin;

onMessage('offscreenExtract', ({ data, sender }) => {
  assertExtensionPage(sender, browser.runtime.id, origin);
  return extract(assertExtractRequest(data).html);
});
