// Each kind of sync failure reads as what the reader can do about it.
import { describe, expect, it } from 'vitest';
import { describeSyncFailure } from './describe-failure';
import { SyncServerError } from './server';

describe('describeSyncFailure', () => {
  it('passes the server check’s own message on', () => {
    expect(describeSyncFailure(new SyncServerError('no-database', 'The database does not exist.'))).toBe(
      'The database does not exist.',
    );
  });

  it('names HTTP statuses and unreachable servers', () => {
    expect(describeSyncFailure({ status: 401 })).toMatch(/refused the user name or password/);
    expect(describeSyncFailure({ status: 403 })).toMatch(/no longer allows/);
    expect(describeSyncFailure({ status: 404 })).toMatch(/gone from the server/);
    expect(describeSyncFailure({ status: 413 })).toMatch(/too large/);
    expect(describeSyncFailure(new TypeError('Failed to fetch'))).toMatch(/cannot be reached/);
    expect(describeSyncFailure({ reason: 'socket hang up' })).toMatch(/cannot be reached/);
  });

  it('says anything else briefly', () => {
    expect(describeSyncFailure(new Error('x'.repeat(300)))).toBe(`Sync failed: ${'x'.repeat(200)}`);
    expect(describeSyncFailure('odd')).toBe('Sync failed: odd');
  });
});
