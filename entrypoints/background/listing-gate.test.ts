// The gate is idle with no listing, closed while any runs (also one that fails), and wakes
// every waiter when the last one settles.
import { describe, expect, it } from 'vitest';
import { createListingGate } from './listing-gate';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('listing gate', () => {
  it('waits for every listing in flight, failed ones included', async () => {
    const gate = createListingGate();
    await gate.idle();
    const a = deferred<string>();
    const b = deferred<string>();
    const first = gate.run(() => a.promise);
    const second = gate.run(() => b.promise);
    let woke = 0;
    const waiters = [gate.idle().then(() => woke++), gate.idle().then(() => woke++)];
    a.resolve('a');
    expect(await first).toBe('a');
    expect(woke).toBe(0);
    b.reject(new Error('listing failed'));
    await expect(second).rejects.toThrow('listing failed');
    await Promise.all(waiters);
    expect(woke).toBe(2);
    await gate.idle();
  });
});
