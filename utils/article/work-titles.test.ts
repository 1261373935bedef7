// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap } from './text-map';
import { isTitleCase, outsideWorkTitles, workTitleRanges } from './work-titles';

function mapOf(html: string) {
  const el = document.createElement('div');
  el.innerHTML = html;
  return buildTextMap(el);
}

type T = 'PER' | 'LOC' | 'ORG';
/** Mentions of the given strings (first occurrence each), one entity per string. */
function recognized(text: string, marks: Array<[string, T]>) {
  const mentions = marks.map(([s, type], k) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, type, entityId: `e${k}` };
  });
  const entities = marks.map(([s, type], k) => ({ id: `e${k}`, name: s, type, mentions: 1 }));
  return { mentions, entities };
}

const kept = (html: string, marks: Array<[string, T]>) => {
  const map = mapOf(html);
  const out = outsideWorkTitles(map.text, workTitleRanges(map), recognized(map.text, marks));
  return out.mentions.map((m) => map.text.slice(m.start, m.end));
};

describe('isTitleCase', () => {
  it('reads titles in title case, with small words and punctuation', () => {
    expect(isTitleCase('Web of Angels')).toBe(true);
    expect(isTitleCase('How Much for Just the Planet?')).toBe(true);
    expect(isTitleCase('Chaos: Making a New Science')).toBe(true);
    expect(isTitleCase("Assassin's Creed, Tomb Raider, Red Dead Redemption")).toBe(true);
    expect(isTitleCase('Joker')).toBe(true);
  });
  it('does not read sentences, lowercase emphasis or notes as titles', () => {
    expect(isTitleCase('This article originally appeared on The Atlantic.')).toBe(false);
    expect(isTitleCase('really')).toBe(false);
    expect(isTitleCase('Stop. then go')).toBe(false);
    expect(isTitleCase('One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen')).toBe(false);
  });
});

describe('outsideWorkTitles', () => {
  it('sets aside the words of an italic title that the engine took for names', () => {
    const html = '<p>Ford wrote his first novel, <i>Web of Angels</i>, in Minneapolis.</p>';
    expect(
      kept(html, [
        ['Ford', 'PER'],
        ['Web', 'PER'],
        ['Angels', 'ORG'],
        ['Minneapolis', 'LOC'],
      ]),
    ).toEqual(['Ford', 'Minneapolis']);
  });
  it('finds the italic element above a link inside it', () => {
    const html = '<p>They played <em><a href="#">Super Lucky\'s Tale</a></em> on the console.</p>';
    expect(
      kept(html, [
        ['Lucky', 'PER'],
        ['Tale', 'ORG'],
      ]),
    ).toEqual([]);
  });
  it('keeps a publication that is the whole italic run, with or without "The"', () => {
    const html = '<p>It appeared in <i>The Atlantic</i> and <cite>Newsweek</cite>’s cover story.</p>';
    expect(
      kept(html, [
        ['Atlantic', 'ORG'],
        ['Newsweek', 'ORG'],
      ]),
    ).toEqual(['Atlantic', 'Newsweek']);
  });
  it('drops a person or place that is a whole italic title ("Joker", "Hamilton")', () => {
    const html = '<p>Protests of the <em>Hamilton</em> musical spread to <i>Joker</i> screenings.</p>';
    expect(
      kept(html, [
        ['Hamilton', 'LOC'],
        ['Joker', 'PER'],
      ]),
    ).toEqual([]);
  });
  it('leaves names in italic sentences and names outside italics alone', () => {
    const html = '<p><em>Reporting by Jane Doe in London; editing by John Roe.</em> Paris agreed.</p>';
    expect(
      kept(html, [
        ['Jane Doe', 'PER'],
        ['London', 'LOC'],
        ['Paris', 'LOC'],
      ]),
    ).toEqual(['Jane Doe', 'London', 'Paris']);
  });
  it('keeps an entity that has a mention outside the title, counting only what is left', () => {
    const map = mapOf("<p>Lucky is a fox. <i>Super Lucky's Tale</i> is his game.</p>");
    const second = map.text.indexOf('Lucky', 5);
    const out = outsideWorkTitles(map.text, workTitleRanges(map), {
      mentions: [
        { start: 0, end: 5, type: 'PER', entityId: 'e1' },
        { start: second, end: second + 5, type: 'PER', entityId: 'e1' },
      ],
      entities: [{ id: 'e1', name: 'Lucky', type: 'PER', mentions: 2 }],
    });
    expect(out.mentions.map((m) => m.start)).toEqual([0]);
    expect(out.entities).toEqual([{ id: 'e1', name: 'Lucky', type: 'PER', mentions: 1 }]);
  });
});
