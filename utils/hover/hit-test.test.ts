// @vitest-environment happy-dom
// Hit-testing on a faked layout: every character is 10 px wide on one 20 px line, the caret
// snaps to the nearest character boundary like the real caret APIs, and mentions' ranges report
// the rects of their characters. happy-dom supplies the text nodes and `contains`.
import { describe, expect, it, vi } from 'vitest';
import { buildTextMap, type TextMap } from '../article/text-map';
import type { DrawnMention } from '../render/mention-highlights';
import { createHitTester, rangeContainsPoint, throttleFrame, type HitTestDocument } from './hit-test';

const CH = 10;
const LINE = 20;

function rect(left: number, top: number, right: number, bottom: number): DOMRect {
  return {
    left,
    top,
    right,
    bottom,
    x: left,
    y: top,
    width: right - left,
    height: bottom - top,
    toJSON: () => ({}),
  } as DOMRect;
}

function fakeRange(rects: DOMRect[]): Range {
  return { getClientRects: () => rects as unknown as DOMRectList } as unknown as Range;
}

function setup() {
  const p = document.createElement('p');
  p.append('Yesterday Joe Biden met ');
  const b = document.createElement('b');
  b.textContent = 'Emmanuel';
  p.append(b, ' Macron in Paris.');
  const aside = document.createElement('aside');
  aside.textContent = 'Unmarked text';
  document.body.replaceChildren(p, aside);
  const map = buildTextMap(p);
  expect(map.text).toBe('Yesterday Joe Biden met Emmanuel Macron in Paris.');
  const mention = (name: string, type: 'PER' | 'LOC', rects?: DOMRect[]): DrawnMention => {
    const start = map.text.indexOf(name);
    const end = start + name.length;
    return { start, end, type, entityId: name, range: fakeRange(rects ?? [rect(start * CH, 0, end * CH, LINE)]) };
  };
  const biden = mention('Joe Biden', 'PER');
  const macron = mention('Emmanuel Macron', 'PER');
  const paris = mention('Paris', 'LOC');
  return { p, aside, map, biden, macron, paris, mention };
}

/** A caret that snaps to the nearest boundary on the line, whatever y is (as real carets do). */
function caretDoc(map: TextMap, stack: () => Element[] = () => []): HitTestDocument & { calls: number } {
  const d = {
    calls: 0,
    caretPositionFromPoint(x: number) {
      d.calls++;
      const i = Math.max(0, Math.min(map.text.length, Math.round(x / CH)));
      if (i < map.text.length) return { offsetNode: map.nodes[map.charNode[i]!]!, offset: map.charOffset[i]! };
      const last = map.text.length - 1;
      return { offsetNode: map.nodes[map.charNode[last]!]!, offset: map.charOffset[last]! + 1 };
    },
    elementsFromPoint: () => stack(),
  };
  return d;
}

describe('createHitTester', () => {
  it('finds the mention under the pointer', () => {
    const { map, biden, macron, paris } = setup();
    const t = createHitTester(caretDoc(map), map, [biden, macron, paris]);
    expect(t.hit(16 * CH, 10)).toBe(biden); // "Biden"
    expect(t.hit(45 * CH + 3, 10)).toBe(paris);
  });

  it('finds a mention that crosses text nodes from either node', () => {
    const { map, biden, macron, paris } = setup();
    const t = createHitTester(caretDoc(map), map, [biden, macron, paris]);
    expect(t.hit(26 * CH, 5)).toBe(macron); // "Emmanuel" inside <b>
    expect(t.hit(35 * CH, 5)).toBe(macron); // "Macron" after it
  });

  it('hits the right half of a name’s last character (caret after it)', () => {
    const { map, biden } = setup();
    const t = createHitTester(caretDoc(map), map, [biden]);
    expect(t.hit(19 * CH - 2, 10)).toBe(biden);
  });

  it('no false hit in the space before a name (caret snaps onto it)', () => {
    const { map, biden } = setup();
    const t = createHitTester(caretDoc(map), map, [biden]);
    expect(t.hit(9 * CH + 6, 10)).toBeNull();
    expect(t.hit(19 * CH + 6, 10)).toBeNull(); // the space after it
  });

  it('no false hit past the line end or below the line', () => {
    const { map, paris } = setup();
    const t = createHitTester(caretDoc(map), map, [paris]);
    expect(t.hit(80 * CH, 10)).toBeNull(); // far right of the line: caret at the end
    expect(t.hit(45 * CH, LINE + 15)).toBeNull(); // below "Paris"
  });

  it('a name wrapped over two lines: hits on both lines, not in the gap at the line end', () => {
    const { map, mention } = setup();
    const macron = mention('Emmanuel Macron', 'PER', [rect(240, 0, 320, 20), rect(0, 20, 60, 40)]);
    const doc: HitTestDocument = {
      caretPositionFromPoint: (x, y) =>
        y < 20
          ? { offsetNode: map.nodes[1]!, offset: Math.min(8, Math.round((x - 240) / CH)) }
          : { offsetNode: map.nodes[2]!, offset: Math.round(x / CH) },
      elementsFromPoint: () => [],
    };
    const t = createHitTester(doc, map, [macron]);
    expect(t.hit(300, 10)).toBe(macron);
    expect(t.hit(30, 30)).toBe(macron);
    expect(t.hit(400, 10)).toBeNull();
  });

  it('text Gloss did not mark is no hit', () => {
    const { map, biden, aside } = setup();
    const doc: HitTestDocument = {
      caretPositionFromPoint: () => ({ offsetNode: aside.firstChild!, offset: 3 }),
      elementsFromPoint: () => [aside],
    };
    expect(createHitTester(doc, map, [biden]).hit(30, 10)).toBeNull();
  });

  it('falls back to caretRangeFromPoint', () => {
    const { map, biden } = setup();
    const doc: HitTestDocument = {
      caretRangeFromPoint: () => ({ startContainer: map.nodes[0]!, startOffset: 15 }),
      elementsFromPoint: () => [],
    };
    expect(createHitTester(doc, map, [biden]).hit(15 * CH, 10)).toBe(biden);
  });

  it('under a transparent overlay: uses the elements under the point and the rects', () => {
    const { p, map, biden, macron, paris } = setup();
    const overlay = document.createElement('div');
    document.body.append(overlay);
    const stack = vi.fn(() => [overlay, p, document.body, document.documentElement]);
    const doc: HitTestDocument = {
      caretPositionFromPoint: () => ({ offsetNode: overlay, offset: 0 }),
      elementsFromPoint: stack,
    };
    const t = createHitTester(doc, map, [biden, macron, paris]);
    expect(t.hit(36 * CH, 10)).toBe(macron);
    expect(t.hit(21 * CH, 10)).toBeNull(); // "met"
    expect(stack).toHaveBeenCalledTimes(2);
  });

  it('overlay fallback also when no caret is found', () => {
    const { p, map, paris } = setup();
    const doc: HitTestDocument = {
      caretPositionFromPoint: () => null,
      elementsFromPoint: () => [p],
    };
    expect(createHitTester(doc, map, [paris]).hit(44 * CH, 10)).toBe(paris);
  });

  it('rebuild re-indexes the mentions', () => {
    const { map, biden, paris } = setup();
    const t = createHitTester(caretDoc(map), map, [biden]);
    expect(t.hit(45 * CH, 10)).toBeNull();
    t.rebuild([paris]);
    expect(t.hit(45 * CH, 10)).toBe(paris);
    expect(t.hit(16 * CH, 10)).toBeNull();
  });

  it('many mentions in one node: binary search picks the right one', () => {
    const p = document.createElement('p');
    const words = Array.from({ length: 200 }, (_, i) => `W${String(i).padStart(3, '0')}`);
    p.textContent = words.join(' ');
    const map = buildTextMap(p);
    const mentions: DrawnMention[] = words.map((w, i) => {
      const start = i * 5;
      return {
        start,
        end: start + 4,
        type: 'PER',
        entityId: w,
        range: fakeRange([rect(start * CH, 0, (start + 4) * CH, LINE)]),
      };
    });
    const t = createHitTester(caretDoc(map), map, mentions);
    expect(t.hit((137 * 5 + 2) * CH, 10)?.entityId).toBe('W137');
    expect(t.hit((137 * 5 + 4) * CH + 5, 10)).toBeNull();
  });
});

describe('rangeContainsPoint', () => {
  it('includes edges and skips empty rects', () => {
    const r = fakeRange([rect(0, 0, 0, 0), rect(10, 10, 20, 20)]);
    expect(rangeContainsPoint(r, 10, 10)).toBe(true);
    expect(rangeContainsPoint(r, 20, 20)).toBe(true);
    expect(rangeContainsPoint(r, 0, 0)).toBe(false);
  });
});

describe('types', () => {
  it('the live document and requestAnimationFrame fit the injected parameters', () => {
    const doc: HitTestDocument = document;
    const t = throttleFrame((x: number, y: number) => void [x, y], requestAnimationFrame, cancelAnimationFrame);
    t.cancel();
    expect(doc).toBe(document);
  });
});

describe('throttleFrame', () => {
  it('calls once per frame with the latest arguments', () => {
    const frames: (() => void)[] = [];
    const fn = vi.fn();
    const t = throttleFrame(fn, (cb) => frames.push(cb));
    t(1, 1);
    t(2, 2);
    t(3, 3);
    expect(frames).toHaveLength(1);
    expect(fn).not.toHaveBeenCalled();
    frames.shift()!();
    expect(fn).toHaveBeenCalledExactlyOnceWith(3, 3);
    t(4, 4);
    expect(frames).toHaveLength(1);
  });

  it('cancel drops the pending call', () => {
    const frames: (() => void)[] = [];
    const cancel = vi.fn();
    const fn = vi.fn();
    const t = throttleFrame(fn, (cb) => frames.push(cb), cancel);
    t('x');
    t.cancel();
    expect(cancel).toHaveBeenCalledOnce();
    frames.shift()!();
    expect(fn).not.toHaveBeenCalled();
  });
});
