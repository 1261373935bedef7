// Markdown export: one readable document of all highlights, grouped by page, for notes apps
// (Obsidian, Logseq) and plain reading. Quotes, notes and titles are untrusted page or user
// text, so every Markdown special is escaped; entity names become [[wiki links]].
import type { ArticleVisit, Highlight } from '../model/types';

/**
 * Escapes text so Markdown renders it literally: backslash-escapes the inline specials
 * everywhere and the block markers where a line starts (headings, lists, quotes, rules).
 * CommonMark allows a backslash before any ASCII punctuation, so over-escaping is harmless.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+|~!&^=$]/g, '\\$&')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([-:>])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** An entity name as an Obsidian-style link; characters links cannot hold are dropped. */
export function wikiLink(name: string): string {
  const clean = name
    .replace(/[[\]|#^\n\r]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean ? `[[${clean}]]` : '';
}

/** A URL usable as a Markdown link target (angle brackets, spaces and brackets encoded). */
function linkTarget(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function quoteBlock(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Reading history, for page dates; pages without an entry use their first highlight's date. */
  articles?: readonly ArticleVisit[];
  /** Written into the front matter. */
  exportedAt?: Date;
}

/**
 * Renders highlights as one Markdown document: YAML front matter, then one section per page
 * (newest first) with title, site, date and URL, then its highlights in reading order, each
 * a `>` quote followed by its color, note, entities and tags.
 */
export function toMarkdown(highlights: readonly Highlight[], options: MarkdownOptions = {}): string {
  const visits = new Map((options.articles ?? []).map((a) => [a.url, a]));
  const pages = new Map<string, Highlight[]>();
  for (const h of highlights) {
    const list = pages.get(h.url);
    if (list) list.push(h);
    else pages.set(h.url, [h]);
  }
  const newest = (list: Highlight[]): number => Math.max(...list.map((h) => h.createdAt));
  const ordered = [...pages.entries()].sort((a, b) => newest(b[1]) - newest(a[1]) || (a[0] < b[0] ? -1 : 1));

  const out: string[] = [
    '---',
    `title: ${JSON.stringify('Gloss highlights')}`,
    `exported: ${JSON.stringify((options.exportedAt ?? new Date()).toISOString())}`,
    `highlights: ${highlights.length}`,
    `pages: ${pages.size}`,
    'generator: "Gloss"',
    '---',
    '',
    '# Gloss highlights',
    '',
  ];
  for (const [url, list] of ordered) {
    list.sort((a, b) => a.start - b.start || a.createdAt - b.createdAt);
    const first = list[0]!;
    const visit = visits.get(url);
    const date = visit?.published ? visit.published.slice(0, 10) : day(Math.min(...list.map((h) => h.createdAt)));
    out.push(`## ${escapeMarkdown(first.title || url)}`, '');
    out.push(`- Site: ${escapeMarkdown(first.site)}`, `- Date: ${date}`, `- URL: ${linkTarget(url)}`, '');
    for (const h of list) {
      out.push(quoteBlock(h.quote), '');
      const meta = [`- Color: ${escapeMarkdown(h.color)}`];
      if (h.note.trim()) meta.push(`- Note: ${escapeMarkdown(h.note.trim()).replace(/\n/g, '\n  ')}`);
      const links = h.entityNames.map(wikiLink).filter(Boolean);
      if (links.length) meta.push(`- Entities: ${links.join(', ')}`);
      if (h.tags.length) meta.push(`- Tags: ${h.tags.map(escapeMarkdown).join(', ')}`);
      meta.push(`- Saved: ${day(h.createdAt)}`);
      out.push(...meta, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
