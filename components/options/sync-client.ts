// The options page's side of sync: the status, polled while the page is open, and the
// permission for the reader's server origin, asked for from the reader's click (the browser
// shows the prompt only from a user gesture, so `requestServerOrigin` must be called before
// any await in the click handler).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SyncStatus } from '@/utils/model/sync';
import { sendMessage } from '@/utils/adapters/messaging';
import type { SyncActions } from './SyncSection';

/** The match pattern for one server origin ("https://couch.example.org:6984" → "https://couch.example.org/*"). */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Asks for access to the server's origin; resolves false when refused (or not a valid address). */
export function requestServerOrigin(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Sync's status, refreshed every second while the options page is open. */
export function useSyncStatus(): { status: SyncStatus | null; refresh(): void } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const refresh = () => void sendMessage('syncStatus', undefined).then(setStatus, () => undefined);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, 1000);
    return () => clearInterval(timer);
  }, []);
  return { status, refresh };
}

/** The section's actions: the background's sync messages, refreshing the status after a change. */
export const syncActions = (refresh: () => void): SyncActions => ({
  requestOrigin: requestServerOrigin,
  test: (server) => sendMessage('syncTest', server),
  setup: async (req) => {
    const r = await sendMessage('syncSetup', req);
    refresh();
    return r;
  },
  syncNow: () => sendMessage('syncNow', undefined),
  disable: async () => {
    await sendMessage('syncDisable', undefined);
    refresh();
  },
});
