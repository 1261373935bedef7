// Export: everything as a JSON file that imports back losslessly, or the highlights as one
// Markdown document for notes apps.
import { useState } from 'preact/hooks';
import { exportFileName, type GlossExport } from '@/utils/export/format';
import { toMarkdown } from '@/utils/export/markdown';
import { fetchExport } from './transfer';
import { downloadText } from './download';
import { messageOf } from '@/utils/model/message-of';

export interface ExportSectionProps {
  /** Saves a file (injected in tests). */
  download?: (fileName: string, text: string, type: string) => void;
  now?: () => Date;
}

export function ExportSection({ download = downloadText, now = () => new Date() }: ExportSectionProps) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (kind: 'json' | 'markdown') => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await fetchExport();
      const name = exportFileName(now());
      if (kind === 'json') download(name, file.text, 'application/json');
      else {
        const data = JSON.parse(file.text) as GlossExport;
        download(
          name.replace(/\.json$/, '.md'),
          toMarkdown(data.highlights, { articles: data.articles, exportedAt: now() }),
          'text/markdown',
        );
      }
      const n = file.highlights;
      const a = file.articles;
      setMessage({
        error: false,
        text: `Exported ${n.toLocaleString()} ${n === 1 ? 'highlight' : 'highlights'}${kind === 'json' ? ` and ${a.toLocaleString()} reading-history ${a === 1 ? 'entry' : 'entries'}` : ''}.`,
      });
    } catch (err) {
      setMessage({ error: true, text: `Export failed: ${messageOf(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        JSON keeps everything (highlights, reading history, settings) and can be imported again. Markdown is one
        readable document of your highlights, grouped by page.
      </p>
      <div class="buttons">
        <button type="button" onClick={() => void run('json')} disabled={busy}>
          Export JSON
        </button>
        <button type="button" onClick={() => void run('markdown')} disabled={busy}>
          Export Markdown
        </button>
      </div>
      {message && (
        <p class={message.error ? 'error' : 'done'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </>
  );
}
