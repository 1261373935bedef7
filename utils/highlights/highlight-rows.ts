// The rows the highlight store writes for a new highlight and for an edit: exactly the
// fields of a highlight (a message may carry more), with times that only move forward.
import type { Highlight, HighlightPatch, NewHighlight } from '@/utils/model/types';

/** Copies exactly the fields of a new highlight (a message may carry more). */
function pickNew(h: NewHighlight): NewHighlight {
  return {
    url: h.url,
    title: h.title,
    site: h.site,
    quote: h.quote,
    prefix: h.prefix,
    suffix: h.suffix,
    start: h.start,
    end: h.end,
    color: h.color,
    note: h.note,
    tags: [...h.tags],
    entityIds: [...h.entityIds],
    entityNames: [...h.entityNames],
  };
}

/** The stored row of a new highlight, created and updated at `t`. */
export function newHighlightRow(h: NewHighlight, id: string, t: number): Highlight {
  return { ...pickNew(h), id, createdAt: t, updatedAt: t };
}

/** `prev` with the patch's color, note and tags applied, updated at `t` or just after `prev`. */
export function patchedHighlightRow(prev: Highlight, patch: HighlightPatch, t: number): Highlight {
  const row: Highlight = { ...prev };
  if (patch.color !== undefined) row.color = patch.color;
  if (patch.note !== undefined) row.note = patch.note;
  if (patch.tags !== undefined) row.tags = [...patch.tags];
  // Strictly later, even within one millisecond: the snapshot detects stale entries
  // by `updatedAt`, and import merges keep the later one.
  row.updatedAt = Math.max(t, prev.updatedAt + 1);
  return row;
}
