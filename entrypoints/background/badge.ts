// The toolbar badge of a tab: how many of its page's highlights could not be placed.
import { browser } from 'wxt/browser';

export async function showOrphanCount(tabId: number, orphans: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: orphans ? String(orphans) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await action.setTitle({
    tabId,
    title: orphans ? `Gloss — ${orphans} highlight${orphans === 1 ? '' : 's'} could not be placed` : 'Gloss',
  });
}
