import { describe, expect, it } from 'vitest';
import type { GlossDb } from '@/utils/adapters/db';
import { freshDbs } from '@/utils/adapters/fresh-db';
import { COUNT_KEY } from '@/utils/adapters/db-listing';
import type { Highlight } from '@/utils/model/types';
import { createHighlightWriter, GENERATION_KEY, generationOf, type WriteJournal } from './highlight-write';
import { StorageFullError } from './storage-full';

const freshDb = freshDbs('gloss-write-test');

/** Only the key matters to these tests; the table indexes no other field they need. */
const row = (id: string) => ({ id, url: 'https://example.com/a', quote: id }) as unknown as Highlight;

async function stored(db: GlossDb) {
  return {
    count: (await db.meta.get(COUNT_KEY))?.value,
    generation: generationOf(await db.meta.get(GENERATION_KEY)),
    rows: await db.highlights.count(),
  };
}

describe('createHighlightWriter', () => {
  it('runs queued writes one after another, and a failed one does not stall the rest', async () => {
    const w = createHighlightWriter(freshDb());
    const log: string[] = [];
    let releaseFirst = () => {};
    const first = w.serial(async () => {
      log.push('first starts');
      await new Promise<void>((r) => (releaseFirst = r));
      log.push('first fails');
      throw new Error('first failed');
    });
    const second = w.serial(async () => (log.push('second'), 2));
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['first starts']);
    releaseFirst();
    await expect(first).rejects.toThrow('first failed');
    expect(await second).toBe(2);
    expect(log).toEqual(['first starts', 'first fails', 'second']);
  });

  it('keeps the count by the delta, recounts without one or after a clear, and bumps the generation', async () => {
    const db = freshDb();
    const w = createHighlightWriter(db);
    // No stored count yet: recounted even though a delta is given.
    await w.transact(
      [],
      'add',
      async () => (await db.highlights.bulkPut([row('a'), row('b')]), { value: 0, delta: 2 }),
    );
    expect(await stored(db)).toEqual({ count: 2, generation: 1, rows: 2 });
    // A stored count moves by the delta (trusted: the table is not read back).
    await w.transact([], 'add', async () => (await db.highlights.put(row('c')), { value: 0, delta: 5 }));
    expect(await stored(db)).toEqual({ count: 7, generation: 2, rows: 3 });
    // No delta: recounted.
    await w.transact([], 'delete', async () => (await db.highlights.delete('c'), { value: 0 }));
    expect(await stored(db)).toEqual({ count: 2, generation: 3, rows: 2 });
    // Cleared: recounted whatever the delta says.
    await w.transact([], 'clear', async () => (await db.highlights.clear(), { value: 0, cleared: true, delta: -1 }));
    expect(await stored(db)).toEqual({ count: 0, generation: 4, rows: 0 });
  });

  it('fixCount recounts the stored count from the table', async () => {
    const db = freshDb();
    await db.highlights.bulkPut([row('a'), row('b'), row('c')]);
    await db.meta.put({ key: COUNT_KEY, value: 40 });
    await createHighlightWriter(db).fixCount();
    expect((await db.meta.get(COUNT_KEY))?.value).toBe(3);
  });

  it('records each outcome in the journal inside the write, and a failing journal undoes the write', async () => {
    const db = freshDb();
    const recorded: unknown[] = [];
    let fail = false;
    const journal: WriteJournal = {
      tables: [db.syncOutbox],
      record: async (out) => {
        recorded.push(out);
        if (fail) throw new Error('outbox write failed');
      },
    };
    const w = createHighlightWriter(db, journal);
    const put = [row('a')];
    const out = await w.transact(
      [],
      'add',
      async () => (await db.highlights.bulkPut(put), { value: 'done', put, delta: 1 }),
    );
    expect(out).toEqual({ value: 'done', put, delta: 1 });
    expect(recorded).toEqual([out]);
    const before = await stored(db);
    fail = true;
    await expect(
      w.transact([], 'add', async () => (await db.highlights.put(row('b')), { value: 'x', put: [row('b')], delta: 1 })),
    ).rejects.toThrow('outbox write failed');
    expect(await stored(db)).toEqual(before);
    expect(await db.highlights.get('b')).toBeUndefined();
  });

  it('turns a quota failure into StorageFullError saying what was not done, and passes others on', async () => {
    const db = freshDb();
    const w = createHighlightWriter(db);
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const err = await w
      .transact([], 'the highlight was not saved.', async () => {
        throw quota;
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toContain('the highlight was not saved.');
    // Dexie wraps the error the transaction failed with; the browser's name survives.
    expect((err as Error).cause).toMatchObject({ name: 'QuotaExceededError' });
    const other = await w
      .transact([], 'x', async () => {
        throw new Error('constraint');
      })
      .catch((e: unknown) => e);
    expect(other).not.toBeInstanceOf(StorageFullError);
    expect((other as Error).message).toContain('constraint');
    expect(await stored(db)).toEqual({ count: undefined, generation: 0, rows: 0 });
  });
});
