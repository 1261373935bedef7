// What the last runtime.onInstalled did: its reason and whether it opened the welcome page,
// in the extension's in-memory session storage. Written after the welcome tab was created,
// so whoever reads it (the e2e tests, a developer) knows the install handling is over.
import { storage } from '@wxt-dev/storage';

export interface InstalledRecord {
  reason: string;
  /** Whether the welcome page was opened. */
  welcome: boolean;
  /** When (ms since epoch). */
  at: number;
}

export const installedItem = storage.defineItem<InstalledRecord | null>('session:lastInstalled', { fallback: null });
