import { describe, expect, it } from 'vitest';
import type { PageReport } from '../model/page-report';
import { visitFromReport } from './visit-from-report';

const report = {
  status: 'article',
  url: 'https://www.example.com/news/1?utm_source=x',
  title: 'Talks in Ankara',
  site: 'Example News',
  byline: null,
  published: '2024-05-01T10:00:00Z',
  lang: 'en',
  english: true,
  langReason: '',
  words: 500,
  mappedWords: 500,
  text: 'The article text never goes into the history.',
  entities: [
    { id: 'e1', name: 'Recep Tayyip Erdoğan', type: 'PER', mentions: 4 },
    { id: 'e2', name: 'Ankara', type: 'LOC', mentions: 2 },
    { id: 'e3', name: 'Recep Tayyip Erdogan', type: 'PER', mentions: 1 },
  ],
  note: null,
  probes: [],
  timings: {} as never,
  runs: 1,
  at: 0,
} as PageReport;
const ctx = { readingHistory: true, incognito: false, now: 1000, normalize: (u: string) => u.split('?')[0]! };

describe('which pages become history rows', () => {
  it('keeps URL, title, site, date and entities with names and summed counts, never the text', () => {
    const d = visitFromReport(report, ctx);
    if (!d.record) throw new Error(d.reason);
    expect(d.visit).toEqual({
      url: 'https://www.example.com/news/1',
      title: 'Talks in Ankara',
      site: 'Example News',
      published: '2024-05-01T10:00:00Z',
      visitedAt: 1000,
      entityIds: ['PER:recep tayyip erdogan', 'LOC:ankara'],
      entityNames: ['Recep Tayyip Erdoğan', 'Ankara'],
      mentionCounts: [5, 2],
      lang: 'en',
    });
    expect(JSON.stringify(d.visit)).not.toContain('never goes');
  });

  it('records nothing from a private window, with history off, off articles or on a bad URL', () => {
    expect(visitFromReport(report, { ...ctx, incognito: true })).toEqual({ record: false, reason: 'private-window' });
    expect(visitFromReport(report, { ...ctx, readingHistory: false })).toEqual({
      record: false,
      reason: 'history-off',
    });
    expect(visitFromReport({ status: 'off', url: report.url, reason: '', runs: 1, at: 0 }, ctx)).toEqual({
      record: false,
      reason: 'not-article',
    });
    const bad = {
      ...ctx,
      normalize: () => {
        throw new Error('no');
      },
    };
    expect(visitFromReport(report, bad)).toEqual({ record: false, reason: 'bad-url' });
  });
});
