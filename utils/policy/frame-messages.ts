// Shape checks for the frames' traffic: their runtime Ports (card.html and note.html ↔
// background) and the card frame's direct channel (card.html ↔ content script). Each returns
// the message in its declared shape, or null for anything else, which the receiver drops.
// A frame is our own page, but its Port and channel are still boundaries: check before acting.
import type { CardChannelEvent, CardChannelMessage, CardFrameEvent, CardFrameMessage } from '../model/card';
import type { FrameChannelHandover } from '../model/frame-channel';
import type { NoteFrameEvent, NoteFrameMessage } from '../model/note';
import { type EntitySummary, MARKED_ENTITY_TYPES } from '../model/types';

type Loose = Record<string, unknown>;
const asRecord = (msg: unknown): Loose | null => (typeof msg === 'object' && msg !== null ? (msg as Loose) : null);
const TYPES = new Set<unknown>(MARKED_ENTITY_TYPES);

/** Card frame → background (runtime Port). Links must be http(s). */
export function parseCardFrameEvent(msg: unknown): CardFrameEvent | null {
  const m = asRecord(msg);
  switch (m?.type) {
    case 'expand':
    case 'open-options':
      return { type: m.type };
    case 'open-link':
      return typeof m.url === 'string' && /^https?:\/\//i.test(m.url) ? { type: 'open-link', url: m.url } : null;
    case 'open-entity-page':
      return typeof m.key === 'string' && m.key.length <= 400 ? { type: 'open-entity-page', key: m.key } : null;
    default:
      return null;
  }
}

/** Background → card frame (runtime Port): a card model. */
export function parseCardFrameMessage(msg: unknown): CardFrameMessage | null {
  const m = asRecord(msg);
  return m?.type === 'model' && asRecord(m.model) ? (m as CardFrameMessage) : null;
}

/** Card frame → content script (direct channel). Sizes must be finite numbers. */
export function parseCardChannelEvent(msg: unknown): CardChannelEvent | null {
  const m = asRecord(msg);
  switch (m?.type) {
    case 'close':
      return { type: 'close' };
    case 'resize':
      return Number.isFinite(m.width) && Number.isFinite(m.height)
        ? { type: 'resize', width: m.width as number, height: m.height as number }
        : null;
    case 'open-entity':
      return typeof m.id === 'string' ? { type: 'open-entity', id: m.id } : null;
    default:
      return null;
  }
}

/**
 * Content script → card frame (direct channel): the page's entity list (well-formed entries
 * only, at most 500, names cut to 300 characters), or back to the card.
 */
export function parseCardChannelMessage(msg: unknown): CardChannelMessage | null {
  const m = asRecord(msg);
  if (m?.type === 'card') return { type: 'card' };
  if (m?.type !== 'list' || !Array.isArray(m.entities)) return null;
  const entities: EntitySummary[] = [];
  for (const e of m.entities.slice(0, 500)) {
    const r = asRecord(e);
    if (!r || typeof r.id !== 'string' || typeof r.name !== 'string' || !TYPES.has(r.type)) continue;
    const mentions = typeof r.mentions === 'number' && Number.isFinite(r.mentions) ? r.mentions : 0;
    entities.push({ id: r.id, name: r.name.slice(0, 300), type: r.type as EntitySummary['type'], mentions });
  }
  return { type: 'list', entities };
}

/** Content script → frame window: a channel hand-over carrying exactly `key` (anything else is null). */
export function parseFrameChannelHandover(msg: unknown, key: string): FrameChannelHandover | null {
  const m = asRecord(msg);
  return m?.type === 'gloss-frame-channel' && key.length > 0 && m.key === key
    ? { type: 'gloss-frame-channel', key }
    : null;
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
