// The in-flight limit: slots are handed to waiters in order, and a waiter that aborts gives
// its place up without taking a slot.
import { describe, expect, it } from 'vitest';
import { createRequestSlots } from './request-slots';

describe('request slots', () => {
  it('queues beyond the limit, hands slots over in order, and drops aborted waiters', async () => {
    const slots = createRequestSlots(1);
    await slots.acquire(undefined);
    const order: string[] = [];
    const abandon = new AbortController();
    const second = slots.acquire(undefined).then(() => order.push('second'));
    const third = slots.acquire(abandon.signal).then(
      () => order.push('third'),
      (err: Error) => order.push(`third ${err.name}`),
    );
    const fourth = slots.acquire(undefined).then(() => order.push('fourth'));
    expect([slots.inFlight, slots.queued]).toEqual([1, 3]);
    abandon.abort();
    await third;
    expect(slots.queued).toBe(2);
    slots.release();
    await second;
    slots.release();
    await fourth;
    expect(order).toEqual(['third AbortError', 'second', 'fourth']);
    expect([slots.inFlight, slots.queued]).toEqual([1, 0]);
    slots.release();
    expect(slots.inFlight).toBe(0);
  });
});
