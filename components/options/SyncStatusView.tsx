// Sync when it is on: a status line (last sync, pending changes, the next retry), the last
// error, progress of a large first sync, notices, "Sync now" and "Turn sync off".
import type { ComponentChildren } from 'preact';
import type { SyncStatus } from '@/utils/model/sync';

const time = (ms: number | null) => (ms === null ? 'never' : new Date(ms).toLocaleString());

export interface SyncStatusViewProps {
  status: Exclude<SyncStatus, { state: 'off' }>;
  busy: boolean;
  /** The outcome of the last action. */
  feedback: ComponentChildren;
  onSyncNow(): Promise<void>;
  onDisable(): Promise<void>;
}

export function SyncStatusView({ status, busy, feedback, onSyncNow, onDisable }: SyncStatusViewProps) {
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
      <button type="button" disabled={busy} onClick={() => void onSyncNow()}>
        Sync now
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => void onDisable()}>
        Turn sync off
      </button>
      {feedback}
    </div>
  );
}
