// Sync set-up and status (docs/sync.md). Off: the server, database, user, password and the
// encryption passphrase, with "Test connection" and "Turn sync on" (after the reader has
// confirmed that a lost passphrase means the synced copy cannot be read back). On: a status
// line (last sync, pending changes, the last error), progress of a large first sync,
// notices, "Sync now" and "Turn sync off" (local highlights stay).
import type { SyncStatus } from '@/utils/model/sync';
import { SyncSetupForm } from './SyncSetupForm';
import { SyncStatusView } from './SyncStatusView';
import { type SyncActions, useSyncSetup } from './use-sync-setup';

export type { SyncActions } from './use-sync-setup';

export function SyncSection({ status, actions }: { status: SyncStatus | null; actions: SyncActions }) {
  const setup = useSyncSetup(actions);
  if (status === null) return <p aria-busy="true">Loading…</p>;
  const { message, busy } = setup;
  const feedback = message && (
    <div class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'}>
      <p>{message.text}</p>
      {message.offerCreate && (
        <button type="button" disabled={busy} onClick={() => void setup.turnOn(true)}>
          Create the database “{setup.server.db}” and turn sync on
        </button>
      )}
    </div>
  );
  if (status.state !== 'off')
    return (
      <SyncStatusView
        status={status}
        busy={busy}
        feedback={feedback}
        onSyncNow={setup.syncNow}
        onDisable={setup.disable}
      />
    );
  return <SyncSetupForm setup={setup} feedback={feedback} />;
}
