// Where sync stands, as one mutable status the engine's parts update, and a copy sent to
// the listener on every change (the options page must never hold the live object).
import { type SyncStatus, syncOffStatus } from '../model/sync';
import { noticeText, type SyncNotice } from './notice';

/** Notices kept, newest first. */
export const MAX_NOTICES = 20;

export interface StatusBoard {
  /** The live status: parts set fields, then call `emit`. */
  readonly st: SyncStatus;
  /** Sends a copy of the status to the listener. */
  emit(): void;
  /** Adds a notice (newest first, at most {@link MAX_NOTICES}) and emits. */
  notice(n: SyncNotice): void;
  /** A copy of the status. */
  snapshot(): SyncStatus;
}

export function createStatusBoard(onStatus?: (s: SyncStatus) => void): StatusBoard {
  const st = syncOffStatus();
  const snapshot = (): SyncStatus => ({ ...st, notices: [...st.notices] });
  const emit = () => onStatus?.(snapshot());
  return {
    st,
    emit,
    notice(n) {
      st.notices = [noticeText(n), ...st.notices].slice(0, MAX_NOTICES);
      emit();
    },
    snapshot,
  };
}
