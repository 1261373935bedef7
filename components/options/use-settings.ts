// The reader's settings as Preact state: read once, then kept in step with storage, so a
// change made anywhere (options page, popup, another device) shows at once.
import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '@/utils/adapters/settings';
import type { Settings } from '@/utils/model/settings';

/** Current settings, or null until they are read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const stop = watchSettings((s) => live && setSettings(s));
    getSettings().then((s) => live && setSettings((prev) => prev ?? s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
