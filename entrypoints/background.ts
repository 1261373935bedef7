// Gloss's background: the message router. Each handler checks who is asking and what shape
// the message has, then calls one piece from utils/background or utils/*.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab, getPageReport, savePageReport } from '@/utils/background/page-reports';
import { createRecognizer } from '@/utils/background/recognizer';
import { assertPageReport, assertRecognizeRequest } from '@/utils/background/validate';
import { onMessage } from '@/utils/messaging';
import { assertContentScript, assertExtensionPage } from '@/utils/policy/sender';

export default defineBackground(() => {
  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const recognizer = createRecognizer(async () => {
    const res = await fetch(browser.runtime.getURL('/models/ner-en.bin'));
    if (!res.ok) throw new Error(`model file missing (${res.status})`);
    return new Uint8Array(await res.arrayBuffer());
  });

  onMessage('recognize', async ({ data, sender }) => {
    assertContentScript(sender, extensionId);
    const { text } = assertRecognizeRequest(data);
    return recognizer.recognize(text);
  });

  onMessage('pageProcessed', async ({ data, sender }) => {
    const { tabId } = assertContentScript(sender, extensionId);
    assertPageReport(data);
    await savePageReport(tabId, data);
  });

  onMessage('getPageReport', async ({ data, sender }) => {
    assertExtensionPage(sender, extensionId, extensionOrigin);
    return getPageReport(data ?? {});
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
