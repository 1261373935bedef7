// The options page's side of export and import in parts (utils/export/parts.ts): fetch an
// export's text part by part, send a file's text part by part. Thin over the messaging adapter.
import type { ImportReport } from '@/utils/model/data';
import { sendMessage } from '@/utils/adapters/messaging';
import { splitParts } from '@/utils/export/parts';

export interface FetchedExport {
  text: string;
  highlights: number;
  articles: number;
}

/** The export file's text, as the background wrote it. */
export async function fetchExport(): Promise<FetchedExport> {
  const begin = await sendMessage('exportBegin', undefined);
  const parts: string[] = [];
  for (let index = 0; index < begin.parts; index++)
    parts.push(await sendMessage('exportPart', { id: begin.id, index }));
  const text = parts.join('');
  if (text.length !== begin.chars)
    throw new Error(`the export arrived incomplete (${text.length} of ${begin.chars} characters)`);
  return { text, highlights: begin.highlights, articles: begin.articles };
}

/** Imports a file's text; resolves with what the background merged. */
export async function sendImport(text: string, partChars?: number): Promise<ImportReport> {
  const id = crypto.randomUUID();
  const parts = splitParts(text, partChars);
  let report: ImportReport | null = null;
  for (let index = 0; index < parts.length; index++) {
    report = await sendMessage('importPart', { id, index, total: parts.length, text: parts[index]! });
  }
  if (!report) throw new Error('the background did not confirm the import');
  return report;
}
