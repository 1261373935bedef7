// The scheduler's in-flight limit: at most `max` requests on the wire over all sources; the
// rest wait in order, and one abandoned while it waits gives its place up.
import { abortError } from './abort';

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface RequestSlots {
  /** Resolves once a slot is held; rejects with an AbortError if `signal` aborts first. */
  acquire(signal: AbortSignal | undefined): Promise<void>;
  /** Gives a held slot up (to the next waiter, if any). */
  release(): void;
  /** Slots held. */
  readonly inFlight: number;
  /** Requests waiting for a slot. */
  readonly queued: number;
}

export function createRequestSlots(max: number): RequestSlots {
  let inFlight = 0;
  const waiters: Waiter[] = [];
  return {
    acquire(signal) {
      if (inFlight < max) {
        inFlight++;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          reject,
        };
        // A request abandoned while queued must give its place up, not hold it.
        const onAbort = () => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) waiters.splice(i, 1);
          reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiters.push(waiter);
      });
    },
    release() {
      const next = waiters.shift();
      // The slot passes straight to the next waiter, so inFlight stays the same.
      if (next) next.resolve();
      else inFlight--;
    },
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return waiters.length;
    },
  };
}
