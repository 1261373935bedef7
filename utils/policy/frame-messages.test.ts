// The frames' Port checks: well-formed messages pass in their declared shape, anything else is null.
import { describe, expect, it } from 'vitest';
import {
  parseCardFrameEvent,
  parseCardFrameMessage,
  parseNoteFrameEvent,
  parseNoteFrameMessage,
} from './frame-messages';

describe('card frame events', () => {
  it('passes each event in its shape and drops extra fields', () => {
    expect(parseCardFrameEvent({ type: 'close', extra: 1 })).toEqual({ type: 'close' });
    expect(parseCardFrameEvent({ type: 'resize', width: 300, height: 120 })).toEqual({
      type: 'resize',
      width: 300,
      height: 120,
    });
    expect(parseCardFrameEvent({ type: 'open-link', url: 'https://example.org/a' })).toEqual({
      type: 'open-link',
      url: 'https://example.org/a',
    });
    expect(parseCardFrameEvent({ type: 'open-entity', id: 'e1' })).toEqual({ type: 'open-entity', id: 'e1' });
  });
  it('rejects non-http links, non-finite sizes, unknown types and non-objects', () => {
    expect(parseCardFrameEvent({ type: 'open-link', url: 'javascript:alert(1)' })).toBeNull();
    expect(parseCardFrameEvent({ type: 'resize', width: Number.NaN, height: 1 })).toBeNull();
    expect(parseCardFrameEvent({ type: 'resize', width: '300', height: 1 })).toBeNull();
    expect(parseCardFrameEvent({ type: 'navigate' })).toBeNull();
    expect(parseCardFrameEvent(null)).toBeNull();
    expect(parseCardFrameEvent('close')).toBeNull();
  });
});

describe('card frame messages', () => {
  it('keeps only well-formed entities of a list', () => {
    const m = parseCardFrameMessage({
      type: 'list',
      entities: [{ id: 'a', name: 'Ada', type: 'PER', mentions: 2 }, { id: 'b', name: 'X', type: 'MISC' }, null],
    });
    expect(m).toEqual({ type: 'list', entities: [{ id: 'a', name: 'Ada', type: 'PER', mentions: 2 }] });
  });
  it('needs a model object', () => {
    expect(parseCardFrameMessage({ type: 'model' })).toBeNull();
    expect(parseCardFrameMessage({ type: 'model', model: { mention: {} } })?.type).toBe('model');
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
