// @vitest-environment happy-dom
// "This page": entities with mention counts, the page's highlights, orphans with their
// context, and the per-site switch writing the deny list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '@/utils/model/page-report';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/model/settings';
import { getSettings, updateSettings } from '@/utils/adapters/settings';
import { useSettings } from '../options/use-settings';
import { ThisPage, type ThisPageProps } from './ThisPage';
import { $, choose, makeHighlight, mount, unmountAll, waitFor } from './test-helpers';

const REPORT = {
  status: 'article',
  url: 'https://example.com/story',
  title: 'Leaders meet in Rome',
  site: 'example.com',
  byline: null,
  published: null,
  lang: 'en',
  english: true,
  langReason: '',
  words: 1234,
  mappedWords: 1234,
  text: '',
  entities: [
    { id: 'PER:angela merkel', name: 'Angela Merkel', type: 'PER', mentions: 3 },
    { id: 'LOC:rome', name: 'Rome', type: 'LOC', mentions: 2 },
  ],
  note: null,
  probes: [],
  timings: {
    extractMs: 0,
    recognizeMs: 0,
    drawMs: 0,
    mainMs: 0,
    gateMs: 0,
    cloneMs: 0,
    sendMs: 0,
    parseMs: 0,
    mapMs: 0,
    offThread: true,
    fallback: null,
  },
  runs: 1,
  at: 0,
} satisfies PageReport;

/** ThisPage with live settings, as the popup wires it. */
function Live(props: Omit<ThisPageProps, 'settings'>) {
  const settings = useSettings();
  return <ThisPage {...props} settings={settings} />;
}

beforeEach(() => fakeBrowser.reset());
afterEach(unmountAll);

describe('ThisPage', () => {
  it('lists the entities by type with mention counts, and the page highlights', () => {
    const root = mount(
      <ThisPage
        report={REPORT}
        highlights={[makeHighlight({ quote: 'Merkel arrived', note: 'check this' })]}
        site="example.com"
        settings={DEFAULT_SETTINGS}
      />,
    );
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'People (1)',
      'Places (1)',
      'Your highlights here',
    ]);
    expect(root.textContent).toContain('Angela Merkel ×3');
    expect(root.textContent).toContain('1,234 words');
    expect(root.querySelector('.page-highlights')!.textContent).toContain('Merkel arrived');
    expect(root.querySelector('.page-highlights')!.textContent).toContain('check this');
    expect(root.querySelector('.orphans')).toBeNull();
  });

  it('says why nothing is marked and when the page has no report', () => {
    const off = mount(
      <ThisPage
        report={{ status: 'off', url: 'x', reason: 'example.com is on the deny list', runs: 1, at: 0 }}
        highlights={[]}
        site="example.com"
        settings={DEFAULT_SETTINGS}
      />,
    );
    expect(off.textContent).toContain('Nothing marked: example.com is on the deny list.');
    const none = mount(<ThisPage report={null} highlights={[]} site={null} settings={DEFAULT_SETTINGS} />);
    expect(none.textContent).toContain('Gloss has not read this page');
    expect(none.querySelector('[role="switch"]')).toBeNull();
  });

  it('shows orphans with their context', () => {
    const orphans = [
      makeHighlight({ id: 'o1', prefix: 'the minister ', quote: 'resigned on Friday', suffix: ' after talks' }),
      makeHighlight({ id: 'o2' }),
    ];
    const root = mount(
      <ThisPage report={REPORT} highlights={[]} orphans={orphans} site="example.com" settings={DEFAULT_SETTINGS} />,
    );
    const box = root.querySelector('.orphans')!;
    expect(box.querySelector('h3')!.textContent).toBe('2 highlights could not be placed');
    expect(box.textContent).toContain('…the minister resigned on Friday after talks…');
  });

  it('"Gloss on this site" adds and removes the site in deniedSites, live', async () => {
    await updateSettings({ deniedSites: ['other.org'] });
    const root = mount(<Live report={REPORT} highlights={[]} site="news.example.com" />);
    const sw = await waitFor(() => $<HTMLInputElement>(root, 'input[role="switch"]'));
    expect(sw.checked).toBe(true);
    expect(sw.closest('label')!.textContent).toContain('Gloss on this site');
    choose(sw, false);
    await waitFor(async () => expect((await getSettings()).deniedSites).toEqual(['other.org', 'news.example.com']));
    await waitFor(() => expect(root.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false));
    // A parent domain on the list also switches Gloss off here; switching on removes it.
    await updateSettings({ deniedSites: ['other.org', 'example.com'] } satisfies Partial<Settings>);
    await waitFor(() => expect(root.querySelector<HTMLInputElement>('input[role="switch"]')!.checked).toBe(false));
    choose(root.querySelector<HTMLInputElement>('input[role="switch"]')!, true);
    await waitFor(async () => expect((await getSettings()).deniedSites).toEqual(['other.org']));
  });
});
