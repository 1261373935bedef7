// Data management for the options page: export and import in parts (utils/export/parts.ts),
// counting, deleting everything, clearing the reading history. An export's parts wait here
// for the options page to fetch them (dropped after the last, or after 5 minutes); an
// import's parts are collected until the file is whole, then imported in one transaction.
import { onMessage } from '@/utils/adapters/messaging';
import { updateSettings } from '@/utils/adapters/settings';
import { serializeExport } from '@/utils/export/format';
import { createPartCollector, MAX_IMPORT_CHARS, type PartCollector, splitParts } from '@/utils/export/parts';
import { importableSettings } from '@/utils/export/settings';
import { assertImportPart } from '@/utils/policy/validate';
import type { BackgroundContext } from './context';
import { countAll, deleteEverything, exportAll, importText } from './data-ops';
import { clearHistory } from './history';

/** How long a started export or import waits for its next part. */
const PART_TTL_MS = 5 * 60_000;

export function registerTransfer(ctx: BackgroundContext): void {
  const { db, store } = ctx;
  const outgoing = new Map<string, string[]>();
  const incoming = new Map<string, PartCollector>();
  const forgetLater = (map: Map<string, unknown>, id: string) => setTimeout(() => map.delete(id), PART_TTL_MS);

  onMessage('exportBegin', async ({ sender }) => {
    ctx.fromExtensionPage(sender);
    const data = await exportAll(db, store, { ...(await ctx.settings()) });
    const text = serializeExport(data);
    const id = crypto.randomUUID();
    const parts = splitParts(text);
    outgoing.set(id, parts);
    forgetLater(outgoing, id);
    return {
      id,
      parts: parts.length,
      chars: text.length,
      highlights: data.highlights.length,
      articles: data.articles.length,
    };
  });
  onMessage('exportPart', ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    const parts = outgoing.get(String(data?.id));
    const part = parts?.[Number(data?.index)];
    if (parts === undefined || part === undefined) throw new Error('This export is no longer ready; export again.');
    if (Number(data.index) === parts.length - 1) outgoing.delete(String(data.id));
    return part;
  });
  onMessage('importPart', async ({ data, sender }) => {
    ctx.fromExtensionPage(sender);
    const part = assertImportPart(data);
    let collector = incoming.get(part.id);
    if (!collector) {
      collector = createPartCollector(MAX_IMPORT_CHARS);
      incoming.set(part.id, collector);
      forgetLater(incoming, part.id);
    }
    let whole: string | null;
    try {
      whole = collector.add(part.index, part.total, part.text);
    } catch (err) {
      incoming.delete(part.id);
      throw err;
    }
    if (whole === null) return null;
    incoming.delete(part.id);
    const { added, updated, skipped, settings: carried } = await importText(db, store, whole);
    // The file's settings come too (a move to a new browser keeps the reader's choices);
    // only known, well-formed fields are taken.
    const patch = importableSettings(carried);
    if (Object.keys(patch).length > 0) await updateSettings(patch);
    return { added, updated, skipped };
  });
  onMessage('dataCounts', async ({ sender }) => {
    ctx.fromExtensionPage(sender);
    return countAll(db);
  });
  onMessage('deleteEverything', async ({ sender }) => {
    ctx.fromExtensionPage(sender);
    return deleteEverything(db, store);
  });
  onMessage('clearHistory', async ({ sender }) => {
    ctx.fromExtensionPage(sender);
    return clearHistory(db);
  });
}
