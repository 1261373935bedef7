import { describe, expect, it } from 'vitest';
import { resolveEntities } from './coref';
import type { TokenSpan } from './spans';
import { tokenize } from './tokenizer';

/** Tags the given surface strings (first occurrence after the previous one) as spans. */
function resolve(text: string, tagged: [string, string][], weakStart?: (token: number) => boolean) {
  const tokens = tokenize(text);
  const spans: TokenSpan[] = [];
  let from = 0;
  for (const [surface, type] of tagged) {
    const at = text.indexOf(surface, from);
    if (at < 0) throw new Error(`not found: ${surface}`);
    from = at + surface.length;
    const start = tokens.findIndex((t) => t.start === at);
    const end = tokens.findIndex((t) => t.end === at + surface.length) + 1;
    spans.push({ start, end, type });
  }
  return resolveEntities(text, tokens, spans, weakStart);
}

describe('resolveEntities', () => {
  it('joins surnames to the full name and keeps titles as hints', () => {
    const text =
      'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan. Putin said Erdogan agreed.';
    const r = resolve(text, [
      ['Russian', 'MISC'],
      ['Vladimir Putin', 'PER'],
      ['Turkish', 'MISC'],
      ['Recep Tayyip Erdogan', 'PER'],
      ['Putin', 'PER'],
      ['Erdogan', 'PER'],
    ]);
    const putin = r.entities.find((e) => e.name === 'Vladimir Putin')!;
    const erdogan = r.entities.find((e) => e.name === 'Recep Tayyip Erdogan')!;
    expect(putin.mentions).toBe(2);
    expect(erdogan.mentions).toBe(2);
    expect(putin.hints).toEqual(['President']);
    expect(r.mentions.find((m) => m.text === 'Vladimir Putin')!.hint).toBe('President');
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('cuts a title out of a span', () => {
    const text = 'Foreign Minister Sergey Lavrov arrived.';
    const r = resolve(text, [['Foreign Minister Sergey Lavrov', 'PER']]);
    expect(r.mentions).toHaveLength(1);
    expect(r.mentions[0].text).toBe('Sergey Lavrov');
  });

  it('cuts abbreviated ranks out of a span', () => {
    const text = 'Cmdr. Sean Robertson and Cpl. Ann Lee spoke.';
    const r = resolve(text, [
      ['Cmdr. Sean Robertson', 'PER'],
      ['Cpl. Ann Lee', 'PER'],
    ]);
    expect(r.mentions.map((m) => m.text)).toEqual(['Sean Robertson', 'Ann Lee']);
  });

  it('gives a surname tagged as a place the person type', () => {
    const text = 'Donald Trump spoke. Later Trump left.';
    const r = resolve(text, [
      ['Donald Trump', 'PER'],
      ['Trump', 'LOC'],
    ]);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0].type).toBe('PER');
    expect(r.mentions.map((m) => m.type)).toEqual(['PER', 'PER']);
  });

  it('folds a surname seen before the full name into the person', () => {
    const text = 'Putin: talks. Vladimir Putin said.';
    const r = resolve(text, [
      ['Putin', 'PER'],
      ['Vladimir Putin', 'PER'],
    ]);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0].name).toBe('Vladimir Putin');
    expect(r.entities[0].id).toBe('e1');
  });

  it('joins acronyms defined in parentheses, including untagged ones', () => {
    const text = 'groups such as Islamic State (IS, formerly ISIS/ISIL), and others. IS fighters left.';
    const r = resolve(text, [['Islamic State', 'ORG']]);
    expect(r.entities).toHaveLength(1);
    const is = r.entities[0];
    expect(is.name).toBe('Islamic State');
    expect(is.type).toBe('ORG');
    expect(is.mentions).toBe(5);
    expect(r.mentions.map((m) => m.text)).toEqual(['Islamic State', 'IS', 'ISIS', 'ISIL', 'IS']);
  });

  it('joins country aliases under one canonical name', () => {
    const text = 'US President Donald Trump. The U.S. and America agree.';
    const r = resolve(text, [
      ['US', 'LOC'],
      ['Donald Trump', 'PER'],
      ['U.S.', 'LOC'],
      ['America', 'LOC'],
    ]);
    const us = r.entities.find((e) => e.type === 'LOC')!;
    expect(us.name).toBe('United States');
    expect(us.mentions).toBe(3);
    expect(us.aliases.sort()).toEqual(['America', 'U.S.', 'US']);
  });

  it('joins an acronym tagged alone to a name with those initials', () => {
    const text = 'The United Nations met. The UN said.';
    const r = resolve(text, [
      ['United Nations', 'ORG'],
      ['UN', 'ORG'],
    ]);
    expect(r.entities).toHaveLength(1);
  });

  it('keeps ids stable and mentions sorted and non-overlapping', () => {
    const text = 'Moscow and Ankara. Ankara and Moscow.';
    const r = resolve(text, [
      ['Moscow', 'LOC'],
      ['Ankara', 'LOC'],
      ['Ankara', 'LOC'],
      ['Moscow', 'LOC'],
    ]);
    expect(r.entities.map((e) => [e.id, e.name, e.mentions])).toEqual([
      ['e1', 'Moscow', 2],
      ['e2', 'Ankara', 2],
    ]);
    for (let i = 1; i < r.mentions.length; i++)
      expect(r.mentions[i].start).toBeGreaterThanOrEqual(r.mentions[i - 1].end);
  });

  it('drops a name backed only by weak sentence starts, however often repeated', () => {
    const text = 'READ MORE: Putin speaks.\nREAD MORE: Talks go on.';
    const tokens = tokenize(text);
    const weak = (i: number) => tokens[i].text === 'READ';
    const r = resolve(
      text,
      [
        ['READ', 'ORG'],
        ['Putin', 'PER'],
        ['READ', 'ORG'],
      ],
      weak,
    );
    expect(r.entities.map((e) => e.name)).toEqual(['Putin']);
  });

  it('keeps a weak sentence start that another mention backs', () => {
    const text = 'Reading won.\nFans of Reading cheered.';
    const tokens = tokenize(text);
    const weak = (i: number) => i === 0;
    const r = resolve(
      text,
      [
        ['Reading', 'ORG'],
        ['Reading', 'ORG'],
      ],
      weak,
    );
    expect(r.entities.map((e) => [e.name, e.mentions])).toEqual([['Reading', 2]]);
    expect(tokens[0].text).toBe('Reading');
  });
});
