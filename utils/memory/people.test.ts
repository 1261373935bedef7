import { describe, expect, it } from 'vitest';
import { mostRead, nameMatches, trendOf } from './people';
import { DAY_MS } from './week';

const NOW = Date.UTC(2024, 8, 18);
const visit = (daysAgo: number, ids: string[], names?: string[]) => ({
  url: `u${daysAgo}-${ids.join()}`,
  title: 't',
  site: 's',
  visitedAt: NOW - daysAgo * DAY_MS,
  entityIds: ids,
  entityNames: names,
  lang: 'en',
});

describe('most read people and places', () => {
  it('counts articles this period against the period before, most first', () => {
    const rows = [
      visit(1, ['PER:ada', 'LOC:paris'], ['Ada Lovelace', 'Paris']),
      visit(2, ['PER:ada'], ['Ada']),
      visit(3, ['LOC:paris', 'MISC:thing']),
      visit(4, ['ORG:un']),
      visit(9, ['LOC:paris']),
      visit(10, ['LOC:paris']),
      visit(11, ['LOC:paris']),
      visit(12, ['PER:ada']),
      visit(30, ['PER:ada']),
      { broken: true },
    ];
    const { entries, skipped } = mostRead(rows, NOW, 7);
    expect(skipped).toBe(1);
    expect(entries.map((e) => [e.key, e.count, e.previous, e.trend])).toEqual([
      ['PER:ada', 2, 1, 'up'],
      ['LOC:paris', 2, 3, 'down'],
      ['ORG:un', 1, 0, 'new'],
    ]);
    expect(entries[0]!.name).toBe('Ada Lovelace');
  });

  it('trends and name search', () => {
    expect(trendOf(2, 2)).toBe('same');
    expect(trendOf(0, 0)).toBe('same');
    expect(nameMatches('Recep Tayyip Erdoğan', 'erdo')).toBe(true);
    expect(nameMatches('Recep Tayyip Erdoğan', 'tay rec')).toBe(true);
    expect(nameMatches('Recep Tayyip Erdoğan', 'ayyip')).toBe(false);
  });
});
