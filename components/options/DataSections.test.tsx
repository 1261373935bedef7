// @vitest-environment happy-dom
// Export, import, delete everything and clear history: what is sent, what the reader is told.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { $, byText, click, makeHighlight, mount, unmountAll, waitFor } from '../popup/test-helpers';
import { DEFAULT_SETTINGS } from '@/utils/model/settings';
import { DeleteSection, describeCounts } from './DeleteSection';
import { ExportSection } from './ExportSection';
import { HistorySettings } from './HistorySettings';
import { ImportSection } from './ImportSection';
import { serializeExport, type GlossExport } from '@/utils/export/format';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/utils/adapters/messaging', () => ({ sendMessage }));

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
});
afterEach(unmountAll);

function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'gloss-export.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('ImportSection', () => {
  it('sends the file text and reports added, updated and skipped', async () => {
    sendMessage.mockResolvedValue({ added: 1234, updated: 2, skipped: 0 });
    const root = mount(<ImportSection />);
    chooseFile($<HTMLInputElement>(root, 'input[type="file"]'), '{"format":"gloss-export"}');
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toBe('Added 1,234, updated 2, skipped 0.'),
    );
    expect(sendMessage).toHaveBeenCalledWith(
      'importPart',
      expect.objectContaining({ index: 0, total: 1, text: '{"format":"gloss-export"}' }),
    );
  });

  it('shows the specific error message of a failed import', async () => {
    sendMessage.mockRejectedValue(new Error('Not a Gloss export: "format" is missing'));
    const root = mount(<ImportSection />);
    chooseFile($<HTMLInputElement>(root, 'input[type="file"]'), '{}');
    await waitFor(() =>
      expect($(root, '[role="alert"]').textContent).toBe('Import failed: Not a Gloss export: "format" is missing'),
    );
  });
});

describe('DeleteSection', () => {
  it('asks with the exact amounts, then deletes', async () => {
    sendMessage.mockImplementation(async (type: string) => {
      if (type === 'dataCounts') return { highlights: 1234, articles: 56, knowledge: 789 };
      if (type === 'deleteEverything') {
        sendMessage.mockImplementation(async () => ({ highlights: 0, articles: 0, knowledge: 0 }));
        return { highlights: 1234, articles: 56, knowledge: 789 };
      }
      throw new Error(`unexpected ${type}`);
    });
    const root = mount(<DeleteSection locale="en-US" />);
    await waitFor(() =>
      expect(root.textContent).toContain(
        'Gloss keeps 1,234 highlights, 56 reading-history entries and 789 cached cards.',
      ),
    );
    click(byText(root, 'button', 'Delete everything…'));
    const question = await waitFor(() => $(root, '#delete-question'));
    expect(question.textContent).toBe('Delete 1,234 highlights, 56 reading-history entries and 789 cached cards?');
    expect(sendMessage).not.toHaveBeenCalledWith('deleteEverything', undefined);
    expect(document.activeElement?.textContent).toBe('Cancel');
    click(byText(root, 'button', 'Delete'));
    await waitFor(() =>
      expect($(root, '[role="status"]').textContent).toBe(
        'Deleted 1,234 highlights, 56 reading-history entries and 789 cached cards.',
      ),
    );
    expect(sendMessage).toHaveBeenCalledWith('deleteEverything', undefined);
    await waitFor(() => expect(root.textContent).toContain('Gloss keeps nothing at the moment.'));
    expect(byText<HTMLButtonElement>(root, 'button', 'Delete everything…').disabled).toBe(true);
  });

  it('cancel deletes nothing', async () => {
    sendMessage.mockResolvedValue({ highlights: 1, articles: 1, knowledge: 0 });
    const root = mount(<DeleteSection locale="en-US" />);
    await waitFor(() => expect(root.textContent).toContain('1 highlight, 1 reading-history entry and 0 cached cards'));
    click(byText(root, 'button', 'Delete everything…'));
    await waitFor(() => $(root, '#delete-question'));
    click(byText(root, 'button', 'Cancel'));
    expect(root.querySelector('#delete-question')).toBeNull();
    expect(sendMessage.mock.calls.map((c) => c[0])).not.toContain('deleteEverything');
  });

  it('describes counts with singulars', () => {
    expect(describeCounts({ highlights: 1, articles: 1, knowledge: 1 }, 'en-US')).toBe(
      '1 highlight, 1 reading-history entry and 1 cached card',
    );
  });
});

describe('ExportSection', () => {
  const data = {
    format: 'gloss-export',
    schemaVersion: 1,
    exportedAt: '2024-05-01T00:00:00.000Z',
    highlights: [makeHighlight({ quote: 'A *quoted* line', entityNames: ['Rome'] })],
    articles: [],
    settings: {},
  };
  const now = () => new Date('2024-05-02T10:00:00Z');
  // The background's side: the file's text in one part.
  const answerExport = () =>
    sendMessage.mockImplementation(async (type: string) => {
      const text = serializeExport(data as GlossExport);
      if (type === 'exportBegin') return { id: 'e1', parts: 1, chars: text.length, highlights: 1, articles: 0 };
      if (type === 'exportPart') return text;
      throw new Error(`unexpected ${type}`);
    });

  it('downloads the JSON export under its file name', async () => {
    answerExport();
    const download = vi.fn();
    const root = mount(<ExportSection download={download} now={now} />);
    click(byText(root, 'button', 'Export JSON'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(sendMessage).toHaveBeenCalledWith('exportBegin', undefined);
    expect(sendMessage).toHaveBeenCalledWith('exportPart', { id: 'e1', index: 0 });
    const [name, text, mime] = download.mock.calls[0]!;
    expect(name).toBe('gloss-export-2024-05-02.json');
    expect(JSON.parse(text)).toEqual(data);
    expect(mime).toBe('application/json');
    await waitFor(() => expect(root.textContent).toContain('Exported 1 highlight and 0 reading-history entries.'));
  });

  it('downloads one Markdown document', async () => {
    answerExport();
    const download = vi.fn();
    const root = mount(<ExportSection download={download} now={now} />);
    click(byText(root, 'button', 'Export Markdown'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, text, mime] = download.mock.calls[0]!;
    expect(name).toBe('gloss-export-2024-05-02.md');
    expect(mime).toBe('text/markdown');
    expect(text).toContain('# Gloss highlights');
    expect(text).toContain('> A \\*quoted\\* line');
    expect(text).toContain('[[Rome]]');
  });

  it('shows why an export failed', async () => {
    sendMessage.mockRejectedValue(new Error('database closed'));
    const root = mount(<ExportSection download={vi.fn()} />);
    click(byText(root, 'button', 'Export JSON'));
    await waitFor(() => expect($(root, '[role="alert"]').textContent).toBe('Export failed: database closed'));
  });
});

describe('HistorySettings', () => {
  it('clears the history and reports the count', async () => {
    sendMessage.mockResolvedValue(42);
    const root = mount(<HistorySettings settings={DEFAULT_SETTINGS} save={vi.fn(async () => true)} />);
    click(byText(root, 'button', 'Clear history'));
    await waitFor(() =>
      expect($(root, '[role="status"]').textContent).toBe('Removed 42 entries from the reading history.'),
    );
    expect(sendMessage).toHaveBeenCalledWith('clearHistory', undefined);
  });
});
