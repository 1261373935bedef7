// Chrome's offscreen document: a DOMParser for the background, which has none. It parses a
// page's serialized HTML and runs Readability on it (utils/article/remote-extract.ts), for
// the background only.
import { browser } from 'wxt/browser';
import { assertExtractRequest } from '@/utils/policy/validate';
import { onMessage } from '@/utils/adapters/messaging';
import { domParserExtractor } from '@/utils/article/remote-extract';
import { assertExtensionPage } from '@/utils/policy/sender';

const extract = domParserExtractor(new DOMParser());
const origin = new URL(browser.runtime.getURL('/')).origin;

onMessage('offscreenExtract', ({ data, sender }) => {
  assertExtensionPage(sender, browser.runtime.id, origin);
  return extract(assertExtractRequest(data).html);
});
