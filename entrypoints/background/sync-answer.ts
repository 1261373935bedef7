// Sync set-up answers for the options page: a failure becomes `{ ok: false, kind, message }`
// (a thrown error would reach the page as its message only, and the page acts on the kind:
// it offers to create a missing database, asks again for the passphrase, and so on).
import type { SyncAnswer } from '@/utils/model/sync';
import { BadKeyParamsError, WrongPassphraseError } from '@/utils/sync/crypto';
import { SyncServerError } from '@/utils/sync/server';

export async function syncAnswer<T extends object>(work: () => Promise<T>): Promise<SyncAnswer<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (err) {
    if (err instanceof SyncServerError) return { ok: false, kind: err.kind, message: err.message };
    if (err instanceof WrongPassphraseError) return { ok: false, kind: 'wrong-passphrase', message: err.message };
    if (err instanceof BadKeyParamsError) return { ok: false, kind: 'bad-params', message: err.message };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, kind: 'other', message: `Sync failed: ${message}` };
  }
}
