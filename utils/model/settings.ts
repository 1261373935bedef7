// The reader's settings: their shape and defaults, shared by every context (the storage
// adapter is utils/adapters/settings.ts). Missing fields fall back to the defaults, so older
// stored values keep working.

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
};

export function withDefaults(v: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(v ?? {}),
    entityTypes: { ...DEFAULT_SETTINGS.entityTypes, ...(v?.entityTypes ?? {}) },
  };
}
