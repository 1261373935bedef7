// The sync set-up form's state and what its buttons do (SyncSection.tsx shows it): the
// server fields, the passphrase twice and its confirmation, the optional parts to sync, and
// test / turn on / sync now / turn off, each asking for the server's permission first where
// the server is reached, with one message for the outcome.
import { useState } from 'preact/hooks';
import type { ServerSettings } from '@/utils/sync/server';
import type { SyncAnswer } from '@/utils/model/sync';

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

/** The outcome shown under the form or the status. */
export interface SyncMessage {
  error: boolean;
  text: string;
  /** The database is missing: offer to create it. */
  offerCreate?: boolean;
}

export function useSyncSetup(actions: SyncActions) {
  const [server, setServer] = useState<ServerSettings>({ url: '', db: 'gloss', user: '', password: '' });
  const [passphrase, setPassphrase] = useState('');
  const [confirmPass, setConfirmPass] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [history, setHistory] = useState(false);
  const [siteLists, setSiteLists] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SyncMessage | null>(null);

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

  const syncNow = async () => {
    setBusy(true);
    const r = await actions.syncNow();
    setMessage(r.ok ? { error: false, text: 'Synced.' } : { error: true, text: r.message });
    setBusy(false);
  };

  const disable = async () => {
    setBusy(true);
    await actions.disable();
    setMessage({ error: false, text: 'Sync is off. Your highlights stay on this device.' });
    setBusy(false);
  };

  return {
    server,
    field,
    passphrase,
    setPassphrase,
    confirmPass,
    setConfirmPass,
    understood,
    setUnderstood,
    history,
    setHistory,
    siteLists,
    setSiteLists,
    busy,
    message,
    test,
    turnOn,
    syncNow,
    disable,
  };
}

/** The form's state and actions, as SyncSetupForm takes them. */
export type SyncSetup = ReturnType<typeof useSyncSetup>;
