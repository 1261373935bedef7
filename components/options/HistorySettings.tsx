// Reading history: on/off, and emptying it (the background reports how many entries went).
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/adapters/messaging';
import type { SettingsFieldProps } from './GeneralSettings';
import { messageOf } from '@/utils/model/message-of';

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
      <label class="check">
        <input
          type="checkbox"
          checked={settings.readingHistory}
          onChange={(e) => void save({ readingHistory: (e.currentTarget as HTMLInputElement).checked })}
          aria-describedby="history-help"
        />
        Keep a reading history
      </label>
      <p class="help" id="history-help">
        The title, site, date and entities of articles you read (never their text), kept on this device to find related
        stories.
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
