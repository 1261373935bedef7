// Sync set-up and status (docs/sync.md). Off: the server, database, user, password and the
// encryption passphrase, with "Test connection" and "Turn sync on" (after the reader has
// confirmed that a lost passphrase means the synced copy cannot be read back). On: a status
// line (last sync, pending changes, the last error), progress of a large first sync,
// notices, "Sync now" and "Turn sync off" (local highlights stay).
import { useState } from 'preact/hooks';
import type { SyncStatus } from '@/utils/model/sync';
import type { SyncAnswer } from '@/utils/model/sync';
import type { ServerSettings } from '@/utils/sync/server';

export interface SyncActions {
  /** Asks for the server origin's permission; call first thing in the click. */
  requestOrigin(url: string): Promise<boolean>;
  test(server: ServerSettings): Promise<SyncAnswer<{ version: string }>>;
  setup(req: {
    server: ServerSettings;
    passphrase: string;
    createDatabase?: boolean;
    history?: boolean;
    siteLists?: boolean;
  }): Promise<SyncAnswer<{ firstDevice: boolean }>>;
  syncNow(): Promise<SyncAnswer<Record<never, never>>>;
  disable(): Promise<void>;
}

interface Message {
  error: boolean;
  text: string;
  /** The database is missing: offer to create it. */
  offerCreate?: boolean;
}

const time = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toLocaleString());

export function SyncSection({ status, actions }: { status: SyncStatus | null; actions: SyncActions }) {
  const [server, setServer] = useState<ServerSettings>({ url: '', db: 'gloss', user: '', password: '' });
  const [passphrase, setPassphrase] = useState('');
  const [confirmPass, setConfirmPass] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [history, setHistory] = useState(false);
  const [siteLists, setSiteLists] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  if (status === null) return <p aria-busy="true">Loading…</p>;

  const field = (key: keyof ServerSettings) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setServer((s) => ({ ...s, [key]: value }));
  };

  const withPermission = async (work: () => Promise<void>) => {
    const granted = actions.requestOrigin(server.url); // first, inside the click
    setBusy(true);
    setMessage(null);
    try {
      if (!(await granted)) {
        setMessage({
          error: true,
          text: 'Gloss needs your permission to reach this server (asked for this one address only). Check the address, then allow it when the browser asks.',
        });
        return;
      }
      await work();
    } finally {
      setBusy(false);
    }
  };

  const test = () =>
    withPermission(async () => {
      const r = await actions.test(server);
      if (r.ok) setMessage({ error: false, text: `Connected: the server answers and "${server.db}" is ready.` });
      else setMessage({ error: true, text: r.message, offerCreate: r.kind === 'no-database' });
    });

  const turnOn = (createDatabase = false) => {
    if (passphrase.length < 8)
      return setMessage({ error: true, text: 'Choose a passphrase of at least 8 characters.' });
    if (passphrase !== confirmPass) return setMessage({ error: true, text: 'The two passphrases differ.' });
    if (!understood)
      return setMessage({ error: true, text: 'Confirm first that you understand what a lost passphrase means.' });
    return withPermission(async () => {
      const r = await actions.setup({ server, passphrase, createDatabase, history, siteLists });
      if (r.ok) {
        setPassphrase('');
        setConfirmPass('');
        setMessage({
          error: false,
          text: r.firstDevice
            ? 'Sync is on. This is the first device: use the same passphrase on your other devices.'
            : 'Sync is on: this device joined your synced highlights.',
        });
      } else setMessage({ error: true, text: r.message, offerCreate: r.kind === 'no-database' });
    });
  };

  const feedback = message && (
    <div class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'}>
      <p>{message.text}</p>
      {message.offerCreate && (
        <button type="button" disabled={busy} onClick={() => void turnOn(true)}>
          Create the database “{server.db}” and turn sync on
        </button>
      )}
    </div>
  );

  if (status.state !== 'off') {
    const p = status.progress;
    return (
      <div class="sync">
        <p role="status" class="sync-status">
          Syncing with <strong>{status.server}</strong>, database <strong>{status.db}</strong>. Last sync:{' '}
          {time(status.lastSyncAt)}. Pending changes: {status.pending.toLocaleString()}.
          {status.state === 'retrying' && status.retryAt !== null && (
            <> Next try at {new Date(status.retryAt).toLocaleTimeString()}.</>
          )}
        </p>
        {status.error && (
          <p class="error" role="alert">
            {status.error}
          </p>
        )}
        {p && (
          <p>
            <label>
              {p.phase === 'preparing' ? 'Encrypting' : p.phase === 'sending' ? 'Sending' : 'Receiving'}:{' '}
              {p.done.toLocaleString()} of {p.total.toLocaleString()} <progress max={p.total} value={p.done} />
            </label>
          </p>
        )}
        {status.notices.length > 0 && (
          <ul class="sync-notices">
            {status.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const r = await actions.syncNow();
            setMessage(r.ok ? { error: false, text: 'Synced.' } : { error: true, text: r.message });
            setBusy(false);
          }}
        >
          Sync now
        </button>{' '}
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await actions.disable();
            setMessage({ error: false, text: 'Sync is off. Your highlights stay on this device.' });
            setBusy(false);
          }}
        >
          Turn sync off
        </button>
        {feedback}
      </div>
    );
  }

  return (
    <form
      class="sync"
      onSubmit={(e) => {
        e.preventDefault();
        void turnOn();
      }}
    >
      <p class="help">
        Keep your highlights, notes and colors the same on every device and in both browsers, through a CouchDB server
        you own (docs/sync.md). Everything is encrypted on this device first: the server sees random ids, revisions and
        sizes only.
      </p>
      <label>
        Server address
        <input
          type="url"
          required
          value={server.url}
          onInput={field('url')}
          placeholder="https://couch.example.org:6984"
        />
      </label>
      <label>
        Database
        <input required value={server.db} onInput={field('db')} />
      </label>
      <label>
        User name
        <input required autocomplete="username" value={server.user} onInput={field('user')} />
      </label>
      <label>
        Password
        <input
          type="password"
          required
          autocomplete="current-password"
          value={server.password}
          onInput={field('password')}
        />
      </label>
      <button type="button" disabled={busy} onClick={() => void test()}>
        Test connection
      </button>
      <label>
        Encryption passphrase
        <input
          type="password"
          autocomplete="new-password"
          value={passphrase}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        Passphrase again
        <input
          type="password"
          autocomplete="new-password"
          value={confirmPass}
          onInput={(e) => setConfirmPass((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p class="help" id="sync-passphrase-help">
        On your other devices, enter the same passphrase. Gloss never stores or sends it: if it is lost, nothing synced
        can be read back — not by you, not by the server's owner, not by Gloss.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood((e.currentTarget as HTMLInputElement).checked)}
          aria-describedby="sync-passphrase-help"
        />
        I understand: without this passphrase my synced highlights cannot be read back.
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={history}
          onChange={(e) => setHistory((e.currentTarget as HTMLInputElement).checked)}
        />
        Sync the reading history too
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={siteLists}
          onChange={(e) => setSiteLists((e.currentTarget as HTMLInputElement).checked)}
        />
        Sync the lists of sites where Gloss is on or off too
      </label>
      <button type="button" disabled={busy} onClick={() => void turnOn()}>
        Turn sync on
      </button>
      {feedback}
    </form>
  );
}
