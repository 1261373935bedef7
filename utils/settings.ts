// Reader settings, stored with WXT storage as one typed, versioned item in `sync:`
// (follows the reader across devices). Missing fields fall back to defaults, so older
// stored values keep working; `version` + `migrations` handle shape changes.
import { storage } from '@wxt-dev/storage';
import type { HistoryRetention } from './memory/retention';

export interface HighlightColor {
  id: string;
  name: string;
  /** CSS color used for the ::highlight() background. */
  css: string;
}

export interface Settings {
  enabled: boolean;
  deniedSites: string[];
  allowedSites: string[];
  entityTypes: { PER: boolean; LOC: boolean; ORG: boolean };
  markMode: 'all' | 'first';
  underline: 'dotted' | 'solid' | 'wavy' | 'none';
  hoverDelayMs: number;
  highlightColors: HighlightColor[];
  /** "auto" follows the page's language. */
  wikipediaLang: string;
  wikidataFacts: boolean;
  gdelt: boolean;
  googleNews: boolean;
  /** Offline/private mode: no network request at all. */
  offline: boolean;
  readingHistory: boolean;
  /** How long reading history is kept while it is on (utils/memory/retention.ts). */
  historyRetention: HistoryRetention;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  deniedSites: [],
  allowedSites: [],
  entityTypes: { PER: true, LOC: true, ORG: true },
  markMode: 'all',
  underline: 'dotted',
  hoverDelayMs: 500,
  highlightColors: [
    { id: 'yellow', name: 'Yellow', css: 'rgba(255, 222, 89, 0.55)' },
    { id: 'green', name: 'Green', css: 'rgba(120, 220, 140, 0.5)' },
    { id: 'blue', name: 'Blue', css: 'rgba(120, 180, 255, 0.5)' },
    { id: 'pink', name: 'Pink', css: 'rgba(255, 140, 200, 0.5)' },
  ],
  wikipediaLang: 'auto',
  wikidataFacts: true,
  gdelt: true,
  googleNews: false,
  offline: false,
  readingHistory: true,
  historyRetention: 'forever',
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The settings with every missing field filled from the defaults. */
export async function getSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** Applies a partial change and returns the new settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `cb` with the full settings whenever they change (live, no reload). */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(withDefaults(v)));
}

export function withDefaults(v: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(v ?? {}),
    entityTypes: { ...DEFAULT_SETTINGS.entityTypes, ...(v?.entityTypes ?? {}) },
  };
}

/**
 * Base URLs of the networked sources. Local (never synced) and absent by default, so the
 * real services are used; tests and the demo point them at the local fake upstream.
 */
export const endpointsItem = storage.defineItem<Record<string, string> | null>('local:endpoints', { fallback: null });
