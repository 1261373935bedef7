// Shape checks for the frames' Port traffic (card.html and note.html ↔ background): each
// returns the message in its declared shape, or null for anything else, which the port drops.
// A frame is our own page, but its Port is still a boundary: check before acting on it.
import type { CardFrameEvent, CardFrameMessage } from '../model/card';
import type { NoteFrameEvent, NoteFrameMessage } from '../model/note';
import { MARKED_ENTITY_TYPES } from '../model/types';

type Loose = Record<string, unknown>;
const asRecord = (msg: unknown): Loose | null => (typeof msg === 'object' && msg !== null ? (msg as Loose) : null);
const TYPES = new Set<unknown>(MARKED_ENTITY_TYPES);

/** Card frame → background. Links must be http(s); sizes finite numbers. */
export function parseCardFrameEvent(msg: unknown): CardFrameEvent | null {
  const m = asRecord(msg);
  switch (m?.type) {
    case 'expand':
    case 'close':
    case 'open-options':
      return { type: m.type };
    case 'resize':
      return Number.isFinite(m.width) && Number.isFinite(m.height)
        ? { type: 'resize', width: m.width as number, height: m.height as number }
        : null;
    case 'open-link':
      return typeof m.url === 'string' && /^https?:\/\//i.test(m.url) ? { type: 'open-link', url: m.url } : null;
    case 'open-entity':
      return typeof m.id === 'string' ? { type: 'open-entity', id: m.id } : null;
    case 'open-entity-page':
      return typeof m.key === 'string' && m.key.length <= 400 ? { type: 'open-entity-page', key: m.key } : null;
    default:
      return null;
  }
}

/** Background → card frame: a card model, or the page's entity list. */
export function parseCardFrameMessage(msg: unknown): CardFrameMessage | null {
  const m = asRecord(msg);
  if (m?.type === 'model' && asRecord(m.model)) return m as CardFrameMessage;
  if (m?.type === 'list' && Array.isArray(m.entities)) {
    const entities = m.entities.filter((e) => {
      const r = asRecord(e);
      return !!r && typeof r.id === 'string' && typeof r.name === 'string' && TYPES.has(r.type);
    });
    return { type: 'list', entities } as CardFrameMessage;
  }
  return null;
}

/** Note frame → background. */
export function parseNoteFrameEvent(msg: unknown): NoteFrameEvent | null {
  const m = asRecord(msg);
  if (m?.type === 'save' && typeof m.note === 'string') return { type: 'save', note: m.note };
  if (m?.type === 'cancel') return { type: 'cancel' };
  return null;
}

/** Background → note frame. */
export function parseNoteFrameMessage(msg: unknown): NoteFrameMessage | null {
  const m = asRecord(msg);
  return m?.type === 'note' && typeof m.quote === 'string' && typeof m.note === 'string'
    ? { type: 'note', quote: m.quote, note: m.note }
    : null;
}
