// Settings about what Gloss marks and where: on/off, site lists, entity types, first mention
// or all, underline style, hover delay, and the names of the highlight colors.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/model/settings';
import { SiteListField } from './SiteListField';
import { Switch } from './Switch';

/** The choices of which mentions are marked. */
const MARK_MODES = [
  { value: 'all', label: 'Every mention' },
  { value: 'first', label: 'First mention only' },
] as const;

export interface SettingsFieldProps {
  settings: Settings;
  save(patch: Partial<Settings>): Promise<boolean>;
}

export const HOVER_MIN = 150;
export const HOVER_MAX = 2000;

const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

function HoverDelay({ settings, save }: SettingsFieldProps) {
  const [text, setText] = useState(String(settings.hoverDelayMs));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);
  const commit = (e: Event) => {
    const raw = value(e).trim();
    const ms = raw === '' ? NaN : Number(raw);
    if (!Number.isInteger(ms) || ms < HOVER_MIN || ms > HOVER_MAX) {
      setError(`Enter a whole number of milliseconds from ${HOVER_MIN} to ${HOVER_MAX}.`);
      return;
    }
    setError(null);
    if (ms !== settings.hoverDelayMs) void save({ hoverDelayMs: ms });
  };
  return (
    <div class="field">
      <label for="hover-delay">Hover delay before a card shows (ms)</label>
      <input
        id="hover-delay"
        type="number"
        min={HOVER_MIN}
        max={HOVER_MAX}
        step={50}
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? 'hover-delay-error' : undefined}
        onInput={(e) => setText(value(e))}
        onChange={commit}
      />
      {error && (
        <p id="hover-delay-error" class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function ColorNames({ settings, save }: SettingsFieldProps) {
  const rename = (id: string, name: string) => {
    const fallback = DEFAULT_SETTINGS.highlightColors.find((c) => c.id === id)?.name ?? id;
    const next = settings.highlightColors.map((c) => (c.id === id ? { ...c, name: name.trim() || fallback } : c));
    if (next.some((c, i) => c.name !== settings.highlightColors[i]!.name)) void save({ highlightColors: next });
  };
  return (
    <fieldset>
      <legend>Highlight colors</legend>
      <p class="help">
        Name each color for what it means to you (for example “Evidence” or “To check”). The names show in search
        filters.
      </p>
      {settings.highlightColors.map((c) => (
        <div class="color-row" key={c.id}>
          <span class="swatch" style={{ background: c.css }} aria-hidden="true" />
          <label for={`color-name-${c.id}`} class="visually-hidden">
            Name of the {c.id} color
          </label>
          <input
            id={`color-name-${c.id}`}
            type="text"
            value={c.name}
            maxLength={40}
            onChange={(e) => rename(c.id, value(e))}
          />
        </div>
      ))}
    </fieldset>
  );
}

export function GeneralSettings({ settings, save }: SettingsFieldProps) {
  const types = [
    { key: 'PER', label: 'People' },
    { key: 'LOC', label: 'Places' },
    { key: 'ORG', label: 'Organizations' },
  ] as const;
  return (
    <>
      <Switch checked={settings.enabled} onChange={(on) => void save({ enabled: on })}>
        Gloss is on
      </Switch>
      <SiteListField
        id="denied-sites"
        label="Never run on these sites"
        help="One site per line. A site also covers its subdomains."
        sites={settings.deniedSites}
        onSave={(deniedSites) => void save({ deniedSites })}
      />
      <SiteListField
        id="allowed-sites"
        label="Only run on these sites"
        help="Leave empty to run on every news article. When filled, Gloss runs only on these sites."
        sites={settings.allowedSites}
        onSave={(allowedSites) => void save({ allowedSites })}
      />
      <fieldset>
        <legend>Mark</legend>
        {types.map((t) => (
          <label key={t.key} class="check">
            <input
              type="checkbox"
              checked={settings.entityTypes[t.key]}
              onChange={(e) => void save({ entityTypes: { ...settings.entityTypes, [t.key]: checked(e) } })}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Which mentions</legend>
        {MARK_MODES.map((m) => (
          <label key={m.value} class="check">
            <input
              type="radio"
              name="mark-mode"
              value={m.value}
              checked={settings.markMode === m.value}
              onChange={() => void save({ markMode: m.value })}
            />
            {m.label}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="underline">Underline style</label>
        <select
          id="underline"
          value={settings.underline}
          onChange={(e) => void save({ underline: value(e) as Settings['underline'] })}
        >
          <option value="dotted">Dotted</option>
          <option value="solid">Solid</option>
          <option value="wavy">Wavy</option>
          <option value="none">None</option>
        </select>
      </div>
      <HoverDelay settings={settings} save={save} />
      <ColorNames settings={settings} save={save} />
    </>
  );
}
