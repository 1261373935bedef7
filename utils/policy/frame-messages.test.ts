// The frames' Port and channel checks: well-formed messages pass in their declared shape, anything else is null.
import { describe, expect, it } from 'vitest';
import {
  parseCardChannelEvent,
  parseCardChannelMessage,
  parseCardFrameEvent,
  parseCardFrameMessage,
  parseFrameChannelHandover,
  parseNoteFrameEvent,
  parseNoteFrameMessage,
} from './frame-messages';

describe('card frame events (Port)', () => {
  it('passes each event in its shape and drops extra fields', () => {
    expect(parseCardFrameEvent({ type: 'expand', extra: 1 })).toEqual({ type: 'expand' });
    expect(parseCardFrameEvent({ type: 'open-options' })).toEqual({ type: 'open-options' });
    expect(parseCardFrameEvent({ type: 'open-link', url: 'https://example.org/a' })).toEqual({
      type: 'open-link',
      url: 'https://example.org/a',
    });
    expect(parseCardFrameEvent({ type: 'open-entity-page', key: 'PER:ada' })).toEqual({
      type: 'open-entity-page',
      key: 'PER:ada',
    });
  });
  it('rejects non-http links, the channel events, unknown types and non-objects', () => {
    expect(parseCardFrameEvent({ type: 'open-link', url: 'javascript:alert(1)' })).toBeNull();
    // Size and closing go to the content script over the direct channel, never the Port.
    expect(parseCardFrameEvent({ type: 'resize', width: 300, height: 120 })).toBeNull();
    expect(parseCardFrameEvent({ type: 'close' })).toBeNull();
    expect(parseCardFrameEvent({ type: 'navigate' })).toBeNull();
    expect(parseCardFrameEvent(null)).toBeNull();
    expect(parseCardFrameEvent('expand')).toBeNull();
  });
});

describe('card frame messages (Port)', () => {
  it('needs a model object; the list is not a Port message', () => {
    expect(parseCardFrameMessage({ type: 'model' })).toBeNull();
    expect(parseCardFrameMessage({ type: 'model', model: { mention: {} } })?.type).toBe('model');
    expect(parseCardFrameMessage({ type: 'list', entities: [] })).toBeNull();
  });
});

describe('card channel (frame ↔ content script)', () => {
  it('passes close, finite sizes and entity choices from the frame', () => {
    expect(parseCardChannelEvent({ type: 'close', extra: 1 })).toEqual({ type: 'close' });
    expect(parseCardChannelEvent({ type: 'resize', width: 300, height: 120 })).toEqual({
      type: 'resize',
      width: 300,
      height: 120,
    });
    expect(parseCardChannelEvent({ type: 'open-entity', id: 'e1' })).toEqual({ type: 'open-entity', id: 'e1' });
    expect(parseCardChannelEvent({ type: 'resize', width: Number.NaN, height: 1 })).toBeNull();
    expect(parseCardChannelEvent({ type: 'resize', width: '300', height: 1 })).toBeNull();
    expect(parseCardChannelEvent({ type: 'open-link', url: 'https://example.org' })).toBeNull();
    expect(parseCardChannelEvent({ type: 'open-entity', id: 7 })).toBeNull();
  });
  it('keeps only well-formed entities of a list, at most 500, names cut to 300 characters', () => {
    const m = parseCardChannelMessage({
      type: 'list',
      entities: [{ id: 'a', name: 'Ada', type: 'PER', mentions: 2 }, { id: 'b', name: 'X', type: 'MISC' }, null],
    });
    expect(m).toEqual({ type: 'list', entities: [{ id: 'a', name: 'Ada', type: 'PER', mentions: 2 }] });
    const many = Array.from({ length: 600 }, (_, i) => ({
      id: `e${i}`,
      name: 'N'.repeat(400),
      type: 'ORG',
      mentions: 1,
    }));
    const big = parseCardChannelMessage({ type: 'list', entities: many });
    expect(big?.type === 'list' && big.entities.length).toBe(500);
    expect(big?.type === 'list' && big.entities[0]!.name.length).toBe(300);
    expect(parseCardChannelMessage({ type: 'card', x: 1 })).toEqual({ type: 'card' });
    expect(parseCardChannelMessage({ type: 'model', model: {} })).toBeNull();
  });
  it('accepts a hand-over only with the exact key', () => {
    expect(parseFrameChannelHandover({ type: 'gloss-frame-channel', key: 'k1' }, 'k1')).toEqual({
      type: 'gloss-frame-channel',
      key: 'k1',
    });
    expect(parseFrameChannelHandover({ type: 'gloss-frame-channel', key: 'k2' }, 'k1')).toBeNull();
    expect(parseFrameChannelHandover({ type: 'gloss-frame-channel' }, 'k1')).toBeNull();
    // A frame without a key in its URL accepts nothing, not even an empty key.
    expect(parseFrameChannelHandover({ type: 'gloss-frame-channel', key: '' }, '')).toBeNull();
  });
});

describe('note frame', () => {
  it('checks both directions', () => {
    expect(parseNoteFrameEvent({ type: 'save', note: 'n' })).toEqual({ type: 'save', note: 'n' });
    expect(parseNoteFrameEvent({ type: 'save', note: 3 })).toBeNull();
    expect(parseNoteFrameEvent({ type: 'cancel' })).toEqual({ type: 'cancel' });
    expect(parseNoteFrameMessage({ type: 'note', quote: 'q', note: '' })).toEqual({
      type: 'note',
      quote: 'q',
      note: '',
    });
    expect(parseNoteFrameMessage({ type: 'note', quote: 'q' })).toBeNull();
  });
});
