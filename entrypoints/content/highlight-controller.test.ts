// @vitest-environment happy-dom
// The highlight controller against a fake store and a fake CSS highlight registry, on a real
// (happy-dom) page: saved highlights are anchored and drawn by color, orphans reported and
// placed again when the text comes back; the selection becomes a highlight; the edit toolbar
// changes color, deletes with undo; failures reach the reader; the popup's "show" flashes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightColor } from '@/utils/model/settings';
import type { Highlight, NewHighlight } from '@/utils/model/types';
import type { HighlightApi } from '@/utils/render/mention-highlights';
import { glossHost, removeGlossHost } from './gloss-host';
import { createHighlightController, FLASH_NAME, type HighlightController } from './highlight-controller';

const PAGE = { url: 'https://news.example/a', title: 'A story', site: 'Example' };
const P1 = 'The minister said the plan would cut waiting times across the country.';
const P2 = 'Critics in the opposition called the figures optimistic and asked for a review.';
const COLORS: HighlightColor[] = [
  { id: 'yellow', name: 'Yellow', css: '#ffe066' },
  { id: 'blue', name: 'Blue', css: '#74c0fc' },
];

/** A CSS.highlights stand-in: each highlight keeps its ranges. */
function fakeApi() {
  const registry = new Map<string, { ranges: Range[] }>();
  const api: HighlightApi = {
    registry: registry as unknown as HighlightApi['registry'],
    create: (...ranges: Range[]) => {
      const h = { ranges: [...ranges], add: (r: Range) => h.ranges.push(r), size: 0 };
      Object.defineProperty(h, 'size', { get: () => h.ranges.length });
      return h;
    },
  };
  const drawn = (color: string) => registry.get(`gloss-hl-${color}`)?.ranges.map((r) => r.toString()) ?? [];
  return { api, registry, drawn };
}

function fakeStore(initial: Highlight[]) {
  let next = 1;
  const rows = new Map(initial.map((h) => [h.id, h]));
  const calls: string[] = [];
  let failWith: string | null = null;
  const guard = () => {
    if (failWith) throw new Error(failWith);
  };
  return {
    rows,
    calls,
    failNext: (message: string) => {
      failWith = message;
    },
    store: {
      create: async (h: NewHighlight) => {
        calls.push('create');
        guard();
        const saved: Highlight = { ...h, id: `new${next++}`, createdAt: 1, updatedAt: 1 };
        rows.set(saved.id, saved);
        return saved;
      },
      update: async (id: string, patch: Partial<Highlight>) => {
        calls.push(`update:${JSON.stringify(patch)}`);
        guard();
        const h = { ...rows.get(id)!, ...patch, updatedAt: 2 };
        rows.set(id, h);
        return h;
      },
      remove: async (id: string) => {
        calls.push(`remove:${id}`);
        const h = rows.get(id) ?? null;
        rows.delete(id);
        return h;
      },
      restore: async (h: Highlight) => {
        calls.push(`restore:${h.id}`);
        rows.set(h.id, h);
        return h;
      },
      forPage: async (url: string) => [...rows.values()].filter((h) => h.url === url),
    },
  };
}

/** A saved highlight of `quote` in the page text `text` (as the controller would have saved it). */
function savedOf(id: string, text: string, quote: string, color = 'yellow', base = 0): Highlight {
  const at = text.indexOf(quote);
  return {
    id,
    url: PAGE.url,
    title: PAGE.title,
    site: PAGE.site,
    quote,
    prefix: text.slice(Math.max(0, at - 32), at),
    suffix: text.slice(at + quote.length, at + quote.length + 32),
    start: base + at,
    end: base + at + quote.length,
    color,
    note: '',
    tags: [],
    entityIds: [],
    entityNames: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

let controller: HighlightController | null = null;
beforeEach(() => {
  removeGlossHost(document);
  document.body.innerHTML = `<article><p id="p1">${P1}</p><p id="p2">${P2}</p></article><textarea id="ta">typed text</textarea>`;
});
afterEach(() => {
  controller?.dispose();
  controller = null;
  window.getSelection()?.removeAllRanges();
});

function setup(initial: Highlight[]) {
  const draw = fakeApi();
  const db = fakeStore(initial);
  const status: { placed: number; orphans: string[] }[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  controller = createHighlightController({
    win: window,
    api: draw.api,
    store: db.store,
    colors: () => COLORS,
    entitiesIn: () => ({ keys: ['PER:minister'], names: ['minister'] }),
    onStatus: (placed, orphans) => void status.push({ placed, orphans: orphans.map((h) => h.id) }),
    openNote: (h) => void notes.push(h.id),
    onError: (m) => void errors.push(m),
  });
  return { c: controller, ...draw, ...db, status, errors, notes };
}

const select = (id: string, word: string) => {
  const node = document.getElementById(id)!.firstChild as Text;
  const at = node.data.indexOf(word);
  const r = document.createRange();
  r.setStart(node, at);
  r.setEnd(node, at + word.length);
  const sel = window.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(r);
  return r;
};
const shadow = () => glossHost(document).shadow;
const button = (label: string) =>
  [...shadow().querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label) ?? null;
const tick = () => new Promise((r) => setTimeout(r, 0));
/** Clicks the page at a point inside the first placed highlight (rects faked: no layout here). */
async function clickOnPlaced(c: HighlightController, index = 0) {
  const p = c.placed()[index]!;
  p.range.getClientRects = () => [{ left: 10, right: 90, top: 10, bottom: 30 }] as unknown as DOMRectList;
  document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 50, clientY: 20 }));
  await tick();
}

describe('highlight controller', () => {
  it('anchors and draws saved highlights by color, and reports the ones it cannot place', async () => {
    const t = setup([
      savedOf('h1', P1, 'cut waiting times'),
      savedOf('h2', P2, 'called the figures optimistic', 'blue', P1.length + 2),
      savedOf('gone', 'Text that is no longer on the page at all.', 'no longer on the page'),
    ]);
    await t.c.load(PAGE);
    expect(t.drawn('yellow')).toEqual(['cut waiting times']);
    expect(t.drawn('blue')).toEqual(['called the figures optimistic']);
    expect(t.status.at(-1)).toEqual({ placed: 2, orphans: ['gone'] });
    expect(t.c.orphans().map((h) => h.id)).toEqual(['gone']);
  });

  it('places an orphan again when its text comes back, and re-anchors when the page re-renders', async () => {
    const t = setup([savedOf('h1', P1, 'cut waiting times'), savedOf('late', P2, 'asked for a review')]);
    document.getElementById('p2')!.textContent = 'Loading…';
    await t.c.load(PAGE);
    expect(t.status.at(-1)).toEqual({ placed: 1, orphans: ['late'] });
    document.getElementById('p2')!.textContent = P2;
    await t.c.retry();
    expect(t.status.at(-1)).toEqual({ placed: 2, orphans: [] });
    // The page replaces the first paragraph's text node with an equal one: the drawing follows.
    const p1 = document.getElementById('p1')!;
    p1.replaceChildren(document.createTextNode(P1));
    await t.c.retry();
    const range = t.c.placed().find((p) => p.h.id === 'h1')!.range;
    expect(range.startContainer).toBe(p1.firstChild);
    expect(t.drawn('yellow')).toEqual(['cut waiting times', 'asked for a review']);
  });

  it('does no work on retry when everything is placed and attached', async () => {
    const t = setup([savedOf('h1', P1, 'cut waiting times')]);
    await t.c.load(PAGE);
    const reports = t.status.length;
    await t.c.retry();
    expect(t.status.length).toBe(reports);
  });

  it('saves the selection as a highlight with its quote, context, entities and the first color', async () => {
    const t = setup([]);
    await t.c.load(PAGE);
    select('p2', 'opposition');
    const h = await t.c.highlightSelection();
    expect(h).toMatchObject({
      url: PAGE.url,
      quote: 'opposition',
      color: 'yellow',
      entityIds: ['PER:minister'],
      entityNames: ['minister'],
    });
    expect(h!.prefix.endsWith('Critics in the ')).toBe(true);
    expect(h!.suffix.startsWith(' called the figures')).toBe(true);
    expect(t.drawn('yellow')).toEqual(['opposition']);
    expect(window.getSelection()!.isCollapsed).toBe(true);
  });

  it('does not highlight text typed into form fields, nor a collapsed selection', async () => {
    const t = setup([]);
    await t.c.load(PAGE);
    const ta = document.getElementById('ta')!;
    const r = document.createRange();
    r.selectNodeContents(ta);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(r);
    expect(await t.c.highlightSelection()).toBeNull();
    window.getSelection()!.removeAllRanges();
    expect(await t.c.highlightSelection()).toBeNull();
    expect(t.calls).toEqual([]);
  });

  it('ignores a synthetic Alt+Shift+H from the page', async () => {
    const t = setup([]);
    await t.c.load(PAGE);
    select('p1', 'minister');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true }));
    await tick();
    expect(t.calls).toEqual([]);
  });

  it('changes the color of a clicked highlight from its toolbar', async () => {
    const t = setup([savedOf('h1', P1, 'cut waiting times')]);
    await t.c.load(PAGE);
    await clickOnPlaced(t.c);
    expect(button('Change color to Yellow')?.getAttribute('aria-pressed')).toBe('true');
    button('Change color to Blue')!.click();
    await tick();
    expect(t.calls).toEqual(['update:{"color":"blue"}']);
    expect(t.drawn('yellow')).toEqual([]);
    expect(t.drawn('blue')).toEqual(['cut waiting times']);
  });

  it('deletes a clicked highlight and brings it back with Undo', async () => {
    const t = setup([savedOf('h1', P1, 'cut waiting times')]);
    await t.c.load(PAGE);
    await clickOnPlaced(t.c);
    button('Delete highlight')!.click();
    await tick();
    expect(t.calls).toEqual(['remove:h1']);
    expect(t.drawn('yellow')).toEqual([]);
    expect(shadow().querySelector('[role="status"]')!.textContent).toContain('Highlight deleted');
    button('Undo')!.click();
    await tick();
    expect(t.calls).toEqual(['remove:h1', 'restore:h1']);
    expect(t.drawn('yellow')).toEqual(['cut waiting times']);
    expect(t.c.placed().map((p) => p.h.id)).toEqual(['h1']);
  });

  it('opens the note editor for a clicked highlight', async () => {
    const t = setup([savedOf('h1', P1, 'cut waiting times')]);
    await t.c.load(PAGE);
    await clickOnPlaced(t.c);
    button('Edit note')!.click();
    expect(t.notes).toEqual(['h1']);
  });

  it('tells the reader when the store fails, and draws nothing new', async () => {
    const t = setup([]);
    await t.c.load(PAGE);
    t.failNext('storage is full');
    select('p1', 'minister');
    expect(await t.c.highlightSelection()).toBeNull();
    expect(t.errors).toEqual(['storage is full']);
    expect(shadow().querySelector('[role="status"]')!.textContent).toContain(
      'Gloss could not save your highlight: storage is full',
    );
    expect(t.drawn('yellow')).toEqual([]);
  });

  it('flashes a placed highlight for the popup, and says false for one not on the page', async () => {
    const t = setup([savedOf('h1', P1, 'cut waiting times'), savedOf('gone', 'Nothing like it here.', 'like it')]);
    await t.c.load(PAGE);
    expect(t.c.show('gone')).toBe(false);
    expect(t.registry.has(FLASH_NAME)).toBe(false);
    expect(t.c.show('h1')).toBe(true);
    expect(t.registry.get(FLASH_NAME)!.ranges.map((r) => r.toString())).toEqual(['cut waiting times']);
  });

  it('removes its drawing on unload, and reads the page again on refresh', async () => {
    const t = setup([savedOf('h1', P1, 'cut waiting times')]);
    await t.c.load(PAGE);
    t.c.unload();
    expect(t.registry.has('gloss-hl-yellow')).toBe(false);
    expect(t.c.placed()).toEqual([]);
    await t.c.load(PAGE);
    t.rows.set('h2', savedOf('h2', P2, 'asked for a review', 'blue', P1.length + 2));
    await t.c.refresh();
    expect(t.drawn('blue')).toEqual(['asked for a review']);
  });
});
