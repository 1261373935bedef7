// "Gloss on this site": adds the tab's site to the deny list or removes it. The content
// script watches the settings, so the change applies to open pages at once.
import { useState } from 'preact/hooks';
import { isSiteDenied, setSiteDenied } from '@/utils/policy/site-toggle';
import { hostMatches } from '@/utils/policy/site-gate';
import { getSettings, updateSettings } from '@/utils/adapters/settings';
import type { Settings } from '@/utils/model/settings';
import { messageOf } from '@/utils/model/message-of';

export interface SiteSwitchProps {
  site: string;
  settings: Settings;
}

export function SiteSwitch({ site, settings }: SiteSwitchProps) {
  const [error, setError] = useState<string | null>(null);
  const on = !isSiteDenied(settings.deniedSites, site);
  const outsideAllowList = settings.allowedSites.length > 0 && !settings.allowedSites.some((s) => hostMatches(site, s));

  const toggle = async (wantOn: boolean) => {
    setError(null);
    try {
      // Read the stored list, not the rendered one: another page may have changed it.
      const current = await getSettings();
      await updateSettings({ deniedSites: setSiteDenied(current.deniedSites, site, !wantOn) });
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div class="site-switch">
      <label class="switch">
        <input
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox states its own checked state (ARIA in HTML: no aria-checked on it)
          role="switch"
          checked={on}
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>
          Gloss on this site <span class="muted">({site})</span>
        </span>
      </label>
      {!settings.enabled && <p class="muted">Gloss is switched off everywhere (see Options).</p>}
      {settings.enabled && on && outsideAllowList && (
        <p class="muted">This site is not on your allow list, so Gloss does not run here.</p>
      )}
      {error && (
        <p class="error" role="alert">
          Could not change the setting: {error}
        </p>
      )}
    </div>
  );
}
