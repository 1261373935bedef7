import { describe, expect, it } from 'vitest';
import type { Highlight } from '../model/types';
import { escapeMarkdown, toMarkdown, wikiLink } from './markdown';

const base: Highlight = {
  id: 'h1',
  url: 'https://news.example/a?b=1',
  title: 'Talks [live] *update*',
  site: 'news.example',
  quote: 'Erdoğan said: "# not a heading"\n- not a list',
  prefix: '',
  suffix: '',
  start: 10,
  end: 50,
  color: 'yellow',
  note: 'check <script>alert(1)</script> _this_',
  tags: ['turkey'],
  entityIds: ['Q39723'],
  entityNames: ['Recep Tayyip Erdoğan', 'Weird [[Name]]|x'],
  createdAt: Date.UTC(2024, 4, 1),
  updatedAt: Date.UTC(2024, 4, 1),
};

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['[link](x)', '\\[link\\]\\(x\\)'],
    ['<b>&amp;', '\\<b\\>\\&amp;'],
    ['# title', '\\# title'],
    ['- item\n+ item\n1. item\n> quote', '\\- item\n\\+ item\n1\\. item\n\\> quote'],
    ['plain text, fine.', 'plain text, fine.'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('toMarkdown', () => {
  const other: Highlight = {
    ...base,
    id: 'h2',
    url: 'https://other.example/b',
    title: 'Other page',
    quote: 'Second page quote',
    note: '',
    tags: [],
    entityNames: [],
    start: 0,
    createdAt: Date.UTC(2024, 0, 1),
  };
  const later: Highlight = {
    ...base,
    id: 'h3',
    quote: 'Earlier in the text',
    note: '',
    tags: [],
    entityNames: [],
    start: 2,
    color: 'green',
  };
  const md = toMarkdown([base, other, later], { exportedAt: new Date('2024-06-01T00:00:00Z') });

  it('starts with YAML front matter', () => {
    expect(
      md.startsWith('---\ntitle: "Gloss highlights"\nexported: "2024-06-01T00:00:00.000Z"\nhighlights: 3\npages: 2\n'),
    ).toBe(true);
  });

  it('groups by page, newest page first, highlights in reading order', () => {
    const talks = md.indexOf('## Talks');
    expect(talks).toBeGreaterThan(0);
    expect(md.indexOf('## Other page')).toBeGreaterThan(talks);
    expect(md.indexOf('> Earlier in the text')).toBeLessThan(md.indexOf('> Erdoğan said'));
    expect(md).toContain('- URL: <https://news.example/a?b=1>');
    expect(md).toContain('- Site: news.example');
    expect(md).toContain('- Date: 2024-05-01');
  });

  it('escapes untrusted text and quotes every line', () => {
    expect(md).toContain('## Talks \\[live\\] \\*update\\*');
    expect(md).toContain('> Erdoğan said: "\\# not a heading"\n> \\- not a list');
    expect(md).toContain('- Note: check \\<script\\>alert\\(1\\)\\</script\\> \\_this\\_');
    expect(md).not.toContain('<script>');
  });

  it('writes color, tags and entities as wiki links', () => {
    expect(md).toContain('- Color: yellow');
    expect(md).toContain('- Color: green');
    expect(md).toContain('- Entities: [[Recep Tayyip Erdoğan]], [[Weird Name x]]');
    expect(md).toContain('- Tags: turkey');
    expect(wikiLink('[]|')).toBe('');
  });
});
