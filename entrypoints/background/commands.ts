// Keyboard shortcuts and the context menu: each acts on the current tab's page, through its
// content script.
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/adapters/messaging';

type PageAction = 'highlight-selection' | 'list-entities';

const toPage = (tabId: number | undefined, command: PageAction) => {
  if (typeof tabId === 'number') void sendMessage('pageCommand', { command }, tabId).catch(() => undefined);
};

export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'highlight-selection' && command !== 'list-entities') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    toPage(id, command);
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'gloss-highlight', title: 'Highlight with Gloss', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'gloss-highlight') toPage(tab?.id, 'highlight-selection');
  });
}
