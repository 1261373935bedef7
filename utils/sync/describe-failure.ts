// A sync failure in words for the status line: the server's own errors as they are, HTTP
// statuses and network failures as what the reader can do about them.
import { SyncServerError } from './server';

/** The status line's sentence for `err`. */
export function describeSyncFailure(err: unknown): string {
  if (err instanceof SyncServerError) return err.message;
  const e = err as { status?: unknown; message?: unknown; name?: unknown; reason?: unknown };
  if (e?.status === 401) return 'The server refused the user name or password; set sync up again.';
  if (e?.status === 403) return 'The server no longer allows this user to use the database.';
  if (e?.status === 404) return 'The database is gone from the server.';
  if (e?.status === 413) return 'The server refused a request as too large; Gloss will send smaller batches.';
  const msg = typeof e?.message === 'string' ? e.message : typeof e?.reason === 'string' ? e.reason : String(err);
  if (/fetch|network|ECONNREFUSED|ECONNRESET|terminated|socket/i.test(msg))
    return 'The server cannot be reached; changes wait here and are sent when it is back.';
  return `Sync failed: ${msg.slice(0, 200)}`;
}
