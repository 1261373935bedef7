// The first fill of sync's outbox: every highlight (and the settings, and the reading
// history when it syncs) queued to be sent, in chunks that record how far they got, so a
// background that stops mid-way resumes where it was.
import type { GlossDb } from '@/utils/adapters/db';
import { highlightKey, SETTINGS_KEY, visitKey } from '@/utils/sync/record';
import type { StatusBoard } from '@/utils/sync/status-board';
import { outboxRows } from './sync-journal';

/** Key in `meta` of the highlight id the initial fill of the outbox has reached. */
export const FILL_KEY = 'syncFillAfter';

/** Puts every highlight (and the settings, and history if on) in the outbox, resumably. */
export async function fillOutbox(db: GlossDb, history: boolean, board: StatusBoard): Promise<void> {
  const { st } = board;
  let after = (await db.meta.get(FILL_KEY))?.value;
  if (typeof after !== 'string') return;
  const total = await db.highlights.count();
  let done = 0;
  st.progress = { phase: 'preparing', done, total };
  board.emit();
  for (;;) {
    const ids = await db.highlights.where(':id').above(after).limit(2000).primaryKeys();
    const last = ids.at(-1);
    await db.transaction('rw', db.syncOutbox, db.meta, async () => {
      // A key already waiting keeps its entry (its token may be being handled).
      const waiting = await db.syncOutbox.bulkGet(ids.map(highlightKey));
      await db.syncOutbox.bulkPut(outboxRows(ids.filter((_, i) => !waiting[i]).map(highlightKey)));
      await db.meta.put({ key: FILL_KEY, value: last ?? null });
    });
    done += ids.length;
    st.progress = { phase: 'preparing', done, total };
    board.emit();
    if (last === undefined) break;
    after = last;
  }
  const extra = [SETTINGS_KEY];
  if (history) for (const url of await db.articles.toCollection().primaryKeys()) extra.push(visitKey(url));
  await db.syncOutbox.bulkPut(outboxRows(extra));
  await db.meta.delete(FILL_KEY);
}
