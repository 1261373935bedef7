// Recognizing the browser's "storage is full" failure and saying it to the reader: a write
// that hits the quota throws `StorageFullError` with what was not saved and how to free space.

/**
 * The browser refused to store more data. `message` is written for the reader; `cause` is
 * the browser's own error.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(what: string, cause?: unknown) {
    super(
      `Your browser's storage for Gloss is full: ${what} Free some space (delete highlights you no longer need, ` +
        `clear the reading history in Gloss's options, or free disk space) and try again.`,
      { cause },
    );
  }
}

/** True for the browser's (or Dexie's wrapping of the) "quota exceeded" failure, however nested. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const { name, code, inner, cause } = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return true;
    e = inner ?? cause;
  }
  return false;
}
