// Google News needs an optional host permission, asked for only when the reader switches the
// source on. The browser only shows the prompt from a user gesture, so `request` must be
// called synchronously inside the click handler, before any await.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export const GOOGLE_NEWS_ORIGINS = ['https://news.google.com/*'];

/** Whether the Google News host permission is granted; null until known. */
export function useGoogleNewsPermission(): { granted: boolean | null; refresh(): void } {
  const [granted, setGranted] = useState<boolean | null>(null);
  const refresh = () => {
    Promise.resolve()
      .then(() => browser.permissions.contains({ origins: GOOGLE_NEWS_ORIGINS }))
      .then(setGranted, () => setGranted(false));
  };
  useEffect(() => {
    refresh();
    // The reader can also grant or revoke it in the browser's own extension settings.
    const onChange = () => refresh();
    try {
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
    } catch {
      return; // not available (older browsers, tests): the state is refreshed after each request instead
    }
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, []);
  return { granted, refresh };
}

/** Asks for the permission; call directly from the click. Resolves false when refused or on error. */
export function requestGoogleNews(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: GOOGLE_NEWS_ORIGINS }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives the permission back (when the reader switches the source off). */
export async function releaseGoogleNews(): Promise<void> {
  try {
    await browser.permissions.remove({ origins: GOOGLE_NEWS_ORIGINS });
  } catch {
    // Nothing to give back, or the API is missing: the setting is off either way.
  }
}
