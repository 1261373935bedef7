// Titles of works set in italics. News pages set the titles of books, films, shows, games
// and albums in <i>, <em> or <cite> ("<i>Web of Angels</i>", "<em>Super Lucky's Tale</em>"),
// and the entity engine, which reads text only, takes their capitalized words for names:
// "Web" a person, "Angels" an organization, "Lucky" a person. The markup says what the text
// cannot, so the page layer, which has both, sets such mentions aside:
//  - a mention inside a title-case italic run that is not the whole run is a word of a title;
//  - a person or place that is the whole run is a work named like one ("<i>Joker</i>");
//    an organization that is the whole run stays: publications are set in italics too
//    ("<i>The Atlantic</i>", "<em>Newsweek</em>").
// Italics that are not a title (a sentence for emphasis, an editor's note, a foreign phrase in
// lowercase) are left alone. Pure: a TextMap (and the live nodes it holds) in, ranges out.
import type { MentionSpan } from '../model/types';
import type { TextMap } from './text-map';

/** Elements that set a run in italics. */
const ITALIC_TAGS = new Set(['I', 'EM', 'CITE']);
/** How far up from a text node an italic element is looked for ("<i><a>…</a></i>"). */
const MAX_DEPTH = 3;
/** Lowercase words a title in title case keeps in lowercase. */
const TITLE_SMALL_WORDS = new Set(
  'a an the and or nor but for of to in on at by with from as into onto over up per via vs vs. than de la le du von van'.split(
    ' ',
  ),
);
const MAX_TITLE_WORDS = 12;

/** The italic element a text node sits in, within MAX_DEPTH levels, if any. */
function italicOf(node: Node): Element | null {
  let el = node.parentElement;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    if (ITALIC_TAGS.has(el.tagName.toUpperCase())) return el;
  }
  return null;
}

/**
 * Whether a run of text reads as a title in title case: one to twelve words, the first
 * capitalized (or a number), every other word capitalized or a small word ("of", "the"), and
 * no sentence ending inside it.
 */
export function isTitleCase(run: string): boolean {
  const words = run
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (/[.!?]["”’)]?\s+\p{Ll}/u.test(run)) return false;
  return words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

/** The [start, end) ranges of `map.text` set in italics whose text is a title in title case. */
export function workTitleRanges(map: TextMap): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const italic = new Map<number, Element | null>();
  let current: Element | null = null;
  let start = 0;
  let end = 0;
  const close = () => {
    if (current && isTitleCase(map.text.slice(start, end))) ranges.push([start, end]);
    current = null;
  };
  for (let i = 0; i < map.text.length; i++) {
    const n = map.charNode[i]!;
    if (n < 0) continue;
    let el = italic.get(n);
    if (el === undefined) {
      el = italicOf(map.nodes[n]!);
      italic.set(n, el);
    }
    if (el !== current) {
      close();
      current = el;
      start = i;
    }
    end = i + 1;
  }
  close();
  return ranges;
}

/** The letters of a run that a mention must cover to be the whole of it: less a leading "The" and a trailing "'s". */
function core(text: string, start: number, end: number): [number, number] {
  const run = text.slice(start, end);
  const lead = /^[^\p{L}\p{N}]*(?:the\s+)?/iu.exec(run)![0].length;
  const trail = /(?:['’]s)?[^\p{L}\p{N}]*$/u.exec(run.slice(lead))![0].length;
  return [start + lead, end - trail];
}

/**
 * The mentions that are not words of an italic title (see the header), and the entities
 * that keep a mention, with their counts brought down to what is left.
 */
export function outsideWorkTitles<M extends MentionSpan, E extends { id: string; mentions: number }>(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  recognized: { mentions: M[]; entities: E[] },
): { mentions: M[]; entities: E[] } {
  if (ranges.length === 0) return recognized;
  const inTitle = (m: M) => {
    const r = ranges.find(([a, b]) => a <= m.start && m.end <= b);
    if (!r) return false;
    const [a, b] = core(text, r[0], r[1]);
    const whole = m.start <= a && m.end >= b;
    return !whole || m.type === 'PER' || m.type === 'LOC';
  };
  const mentions: M[] = [];
  // how many of each entity's mentions were set aside
  const removed = new Map<string, number>();
  for (const m of recognized.mentions) {
    if (inTitle(m)) removed.set(m.entityId, (removed.get(m.entityId) ?? 0) + 1);
    else mentions.push(m);
  }
  if (removed.size === 0) return recognized;
  const left = new Set(mentions.map((m) => m.entityId));
  const entities = recognized.entities
    .filter((e) => left.has(e.id))
    .map((e) => (removed.has(e.id) ? { ...e, mentions: e.mentions - removed.get(e.id)! } : e));
  return { mentions, entities };
}
