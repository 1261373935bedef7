// Every failure a lookup can meet reads as its own status in the UI.
import { describe, expect, it } from 'vitest';
import { failure, isEntityType } from './lookup';
import { BadResponseError, HttpError, OfflineError, RateLimitedError } from './types';

describe('failure', () => {
  it('maps each error to the status the card explains', () => {
    expect(failure(new OfflineError('no network'))).toEqual({ status: 'offline' });
    expect(failure(new RateLimitedError(5_000, 'wikipedia'))).toEqual({ status: 'rate-limited', retryAt: 5_000 });
    expect(failure(new HttpError(503, 'https://example.org'))).toEqual({
      status: 'error',
      message: 'The service answered HTTP 503.',
    });
    expect(failure(new BadResponseError('html'))).toEqual({
      status: 'error',
      message: 'The service sent an unreadable answer.',
    });
    expect(failure(new TypeError('boom'))).toEqual({ status: 'error', message: 'Unexpected error.' });
  });
});

describe('isEntityType', () => {
  it('accepts only the marked types', () => {
    expect(['PER', 'LOC', 'ORG'].every(isEntityType)).toBe(true);
    expect(isEntityType('MISC')).toBe(false);
    expect(isEntityType(undefined)).toBe(false);
  });
});
