// Which settings follow the reader to other devices. Color names and how Gloss reads and
// marks a page follow; choices tied to one device stay: whether Gloss is on at all, offline
// mode, reading history, Google News (it needs a permission granted per browser), and the
// site lists unless the reader asks for them to sync too.
import { importableSettings } from '../export/settings';
import type { Settings } from '../model/settings';

const SHARED = [
  'highlightColors',
  'entityTypes',
  'markMode',
  'underline',
  'hoverDelayMs',
  'wikipediaLang',
  'wikidataFacts',
  'gdelt',
] as const satisfies ReadonlyArray<keyof Settings>;
const SITE_LISTS = ['deniedSites', 'allowedSites'] as const satisfies ReadonlyArray<keyof Settings>;

/** The settings a synced record carries. */
export type SyncedSettings = Partial<Pick<Settings, (typeof SHARED)[number] | (typeof SITE_LISTS)[number]>>;

/** The part of `s` that syncs (site lists only when `withSiteLists`). */
export function syncedPart(s: Settings, withSiteLists: boolean): SyncedSettings {
  const keys: ReadonlyArray<keyof SyncedSettings> = withSiteLists ? [...SHARED, ...SITE_LISTS] : SHARED;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = structuredClone(s[k]);
  return out as SyncedSettings;
}

/**
 * The patch to apply for settings that came from another device: only the synced fields,
 * each checked like an import's (site lists only when this device syncs them too).
 */
export function incomingSettingsPatch(raw: unknown, withSiteLists: boolean): Partial<Settings> {
  if (!raw || typeof raw !== 'object') return {};
  const checked = importableSettings(raw as Record<string, unknown>);
  const keys: ReadonlyArray<string> = withSiteLists ? [...SHARED, ...SITE_LISTS] : SHARED;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in checked) out[k] = (checked as Record<string, unknown>)[k];
  return out as Partial<Settings>;
}

/** True when the synced part of two settings differs (a local change to send). */
export function syncedPartChanged(a: SyncedSettings, b: SyncedSettings): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
