// Reading history: how long it is kept (forever, a year, 90 days, or off: nothing recorded),
// and emptying it (the background reports how many entries went).
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/adapters/messaging';
import type { HistoryRetention } from '@/utils/model/settings';
import type { SettingsFieldProps } from './GeneralSettings';
import { messageOf } from '@/utils/model/message-of';

const CHOICES: { value: HistoryRetention | 'off'; label: string }[] = [
  { value: 'forever', label: 'Forever' },
  { value: '1y', label: 'One year' },
  { value: '90d', label: '90 days' },
  { value: 'off', label: 'Off (record nothing)' },
];

export function HistorySettings({ settings, save }: SettingsFieldProps) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const clear = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const n = await sendMessage('clearHistory', undefined);
      setMessage({
        error: false,
        text:
          n === 0
            ? 'The reading history was already empty.'
            : `Removed ${n.toLocaleString()} ${n === 1 ? 'entry' : 'entries'} from the reading history.`,
      });
    } catch (err) {
      setMessage({
        error: true,
        text: `Could not clear the history: ${messageOf(err)}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset>
      <legend>Reading history</legend>
      <label>
        Keep a reading history{' '}
        <select
          id="history-retention"
          value={settings.readingHistory ? settings.historyRetention : 'off'}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value as HistoryRetention | 'off';
            void save(v === 'off' ? { readingHistory: false } : { readingHistory: true, historyRetention: v });
          }}
          aria-describedby="history-help"
        >
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <p class="help" id="history-help">
        The title, site, date and entities of articles you read, with how often each was mentioned (never their text),
        kept on this device for related stories and for your memory of people and places on cards and entity pages.
        Older entries are deleted when a shorter time is chosen. Private windows are never recorded.
      </p>
      <button type="button" onClick={() => void clear()} disabled={busy}>
        Clear history
      </button>
      {message && (
        <p class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
