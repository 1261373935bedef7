// The welcome page: opened in a new tab when Gloss is installed, never on an update or a
// reload (utils/welcome/open-on-install.ts). What the install event did is recorded in
// session storage (installed.ts) after the tab was created.
import { browser } from 'wxt/browser';
import { shouldOpenWelcome } from '@/utils/welcome/open-on-install';
import { installedItem } from './installed';

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(async (details) => {
    const welcome = shouldOpenWelcome(details);
    if (welcome) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    await installedItem.setValue({ reason: details.reason, welcome, at: Date.now() });
  });
}
