// The card request and the entity list built from a fake page context (no DOM needed: a
// mention's range is never read here).
import { describe, expect, it } from 'vitest';
import type { DrawnMention } from '@/utils/render/mention-highlights';
import { buildCardRequest, isListChord, type PageContext, pageEntityList } from './card-request';

const text = 'Erdogan met Putin in Sochi. Erdogan said the Kremlin agreed.';
const mention = (entityId: string, start: number, end: number, type: DrawnMention['type']): DrawnMention =>
  ({ entityId, start, end, type, range: null }) as unknown as DrawnMention;

const ctx: PageContext = {
  map: { text } as PageContext['map'],
  mentions: [mention('e1', 0, 7, 'PER'), mention('e2', 12, 17, 'PER'), mention('e1', 28, 35, 'PER')],
  entities: [
    { id: 'e1', name: 'Recep Tayyip Erdogan', type: 'PER', aliases: ['Erdogan'] },
    { id: 'e2', name: 'Putin', type: 'PER' },
    { id: 'e3', name: 'Sochi', type: 'LOC' },
    { id: 'e4', name: 'Kremlin', type: 'MISC' },
  ],
  lang: 'en',
  title: 'Erdogan and Putin meet at Sochi summit',
  url: 'https://news.example/a',
};

describe('buildCardRequest', () => {
  it('names the entity, gives other names and title words as context, and caps the page links', () => {
    const links = Array.from({ length: 600 }, (_, i) => ({ url: `https://x.example/${i}`, text: `l${i}` }));
    const req = buildCardRequest(7, ctx.mentions[0]!, ctx, links);
    expect(req.token).toBe(7);
    expect(req.entity).toEqual({
      name: 'Recep Tayyip Erdogan',
      type: 'PER',
      aliases: ['Erdogan'],
      key: expect.any(String),
    });
    expect(req.context).toEqual(['Putin', 'Sochi', 'Erdogan', 'Putin', 'meet', 'Sochi', 'summit']);
    expect(req.pageLinks).toHaveLength(500);
    expect(req).toMatchObject({ lang: 'en', pageUrl: 'https://news.example/a' });
  });

  it('falls back to the mention text for an unknown entity and asks for MISC as ORG', () => {
    const req = buildCardRequest(1, mention('zz', 45, 52, 'MISC'), ctx, []);
    expect(req.entity.name).toBe('Kremlin');
    expect(req.entity.type).toBe('ORG');
    expect(req.entity.aliases).toEqual([]);
  });
});

describe('pageEntityList', () => {
  it('lists marked entities with drawn mentions and counts them', () => {
    expect(pageEntityList(ctx)).toEqual([
      { id: 'e1', name: 'Recep Tayyip Erdogan', type: 'PER', mentions: 2 },
      { id: 'e2', name: 'Putin', type: 'PER', mentions: 1 },
    ]);
  });
});

describe('isListChord', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    ({ isTrusted: true, ctrlKey: false, metaKey: false, ...init }) as KeyboardEvent;
  it('is Alt+Shift+E from the reader only', () => {
    expect(isListChord(key({ altKey: true, shiftKey: true, code: 'KeyE', key: 'É' }))).toBe(true);
    expect(isListChord(key({ altKey: true, shiftKey: true, code: 'Unidentified', key: 'E' }))).toBe(true);
    expect(isListChord(key({ altKey: true, shiftKey: true, code: 'KeyE', isTrusted: false }))).toBe(false);
    expect(isListChord(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyE' }))).toBe(false);
    expect(isListChord(key({ altKey: true, shiftKey: false, code: 'KeyE' }))).toBe(false);
  });
});
