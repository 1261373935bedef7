// Changes to the highlight search index, as the background's highlight store commits them:
// each is a whole-row put, a delete or a clear, so replaying them in commit order onto any
// earlier state of the index ends at the table's state (docs/search.md, "Keeping it
// consistent"). Pure: the store decides when, this module only how.
import type { Highlight } from '@/utils/model/types';
import type { HighlightIndex } from './highlight-index';

/** One committed change to the highlights table, as the index sees it. */
export type IndexOp =
  | { kind: 'put'; rows: readonly Highlight[] }
  | { kind: 'remove'; ids: readonly string[] }
  | { kind: 'clear' };

/** Applies one change to `target`. */
export function applyIndexOp(target: HighlightIndex, op: IndexOp): void {
  if (op.kind === 'clear') target.clear();
  else if (op.kind === 'remove') for (const id of op.ids) target.remove(id);
  else for (const h of op.rows) target.update(h);
}

/**
 * Brings an index restored from a snapshot's own rows in line with the rows read back from
 * the table: rows whose `updatedAt` differs are re-indexed, rows no longer in the table are
 * removed. `updatedAt` is strictly increasing per write, so equal times mean equal rows.
 */
export function reconcileIndex(target: HighlightIndex, rows: readonly Highlight[]): void {
  const inTable = new Set<string>();
  for (const r of rows) {
    inTable.add(r.id);
    if (target.get(r.id)?.updatedAt !== r.updatedAt) target.update(r);
  }
  for (const h of target.rows()) if (!inTable.has(h.id)) target.remove(h.id);
}
