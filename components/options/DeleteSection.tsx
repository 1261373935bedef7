// Delete everything: shows what Gloss keeps, then asks with the exact amounts before deleting
// every highlight, reading-history entry and cached card.
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/adapters/messaging';
import type { DataCounts } from '@/utils/model/data';
import { messageOf } from '@/utils/model/message-of';

/** "1,234 highlights, 56 reading-history entries and 789 cached cards". */
export function describeCounts(c: DataCounts, locale?: string): string {
  const n = (x: number, one: string, many: string) => `${x.toLocaleString(locale)} ${x === 1 ? one : many}`;
  return `${n(c.highlights, 'highlight', 'highlights')}, ${n(c.articles, 'reading-history entry', 'reading-history entries')} and ${n(c.knowledge, 'cached card', 'cached cards')}`;
}

const total = (c: DataCounts) => c.highlights + c.articles + c.knowledge;
export function DeleteSection({ locale }: { locale?: string }) {
  const [counts, setCounts] = useState<DataCounts | null>(null);
  const [confirming, setConfirming] = useState<DataCounts | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  const load = () =>
    sendMessage('dataCounts', undefined).then(setCounts, (err: unknown) =>
      setMessage({ error: true, text: `Could not count what Gloss keeps: ${messageOf(err)}` }),
    );
  useEffect(() => void load(), []);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const start = async () => {
    setMessage(null);
    setBusy(true);
    try {
      // Count again: the numbers in the question must be the ones that will go.
      const fresh = await sendMessage('dataCounts', undefined);
      setCounts(fresh);
      setConfirming(fresh);
    } catch (err) {
      setMessage({ error: true, text: `Could not count what Gloss keeps: ${messageOf(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setConfirming(null);
    startButton.current?.focus();
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const deleted = await sendMessage('deleteEverything', undefined);
      setConfirming(null);
      setMessage({ error: false, text: `Deleted ${describeCounts(deleted, locale)}.` });
      await load();
    } catch (err) {
      setConfirming(null);
      setMessage({ error: true, text: `Nothing was deleted: ${messageOf(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        {counts === null
          ? message?.error
            ? ''
            : 'Counting…'
          : total(counts) === 0
            ? 'Gloss keeps nothing at the moment.'
            : `Gloss keeps ${describeCounts(counts, locale)}.`}{' '}
        Settings are kept.
      </p>
      {confirming ? (
        // biome-ignore lint/a11y/useSemanticElements: a question and its two buttons, not form fields: no fieldset
        <div class="confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question" class="confirm__question">
            Delete {describeCounts(confirming, locale)}?
          </p>
          <p class="help">This cannot be undone. Export first if you may want them back.</p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => void confirm()} disabled={busy}>
              Delete
            </button>
            <button type="button" ref={cancelButton} onClick={cancel} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={startButton}
          class="danger"
          onClick={() => void start()}
          disabled={busy || (counts !== null && total(counts) === 0)}
        >
          Delete everything…
        </button>
      )}
      {message && (
        <p class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}
