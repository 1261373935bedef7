// Import a Gloss JSON export. The background validates and merges it in one transaction (the
// text travels in parts, see transfer.ts), so a bad file changes nothing; its error message
// is shown as is.
import { useState } from 'preact/hooks';
import { sendImport } from './transfer';
import { messageOf } from '@/utils/model/message-of';

export function ImportSection() {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const text = await file.text();
      const r = await sendImport(text);
      setMessage({
        error: false,
        text: `Added ${r.added.toLocaleString()}, updated ${r.updated.toLocaleString()}, skipped ${r.skipped.toLocaleString()}.`,
      });
    } catch (err) {
      setMessage({ error: true, text: `Import failed: ${messageOf(err)}` });
    } finally {
      setBusy(false);
      input.value = ''; // the same file can be chosen again
    }
  };

  return (
    <>
      <label for="import-file">Choose a Gloss export (.json)</label>{' '}
      <input
        id="import-file"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        aria-describedby="import-help"
        onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
      />
      <p class="help" id="import-help">
        Highlights already here are updated when the file has a newer version; nothing is deleted. The settings in the
        file replace the ones here.
      </p>
      {busy && <p aria-busy="true">Importing…</p>}
      {message && (
        <p class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}
