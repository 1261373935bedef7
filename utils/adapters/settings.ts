// Reader settings, stored with WXT storage as one typed, versioned item in `sync:`
// (follows the reader across devices); their shape and defaults are in utils/model/settings.ts.
// `version` + `migrations` handle shape changes.
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from '../model/settings';

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

/**
 * Base URLs of the networked sources. Local (never synced) and absent by default, so the
 * real services are used; tests and the demo point them at the local fake upstream.
 */
export const endpointsItem = storage.defineItem<Record<string, string> | null>('local:endpoints', { fallback: null });
