// Export and import in parts, against a background that speaks the protocol with the same
// part functions the real one uses (entrypoints/background/transfer.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPartCollector, splitParts } from '@/utils/export/parts';
import { fetchExport, sendImport } from './transfer';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/utils/adapters/messaging', () => ({ sendMessage }));

const FILE = JSON.stringify(
  {
    format: 'gloss-export',
    highlights: Array.from({ length: 50 }, (_, i) => ({ id: `h${i}`, quote: `“Quote” ${i} – Erdoğan` })),
  },
  null,
  2,
);

beforeEach(() => sendMessage.mockReset());

describe('fetchExport', () => {
  it('fetches every part and gives back the file exactly', async () => {
    const parts = splitParts(FILE, 333);
    sendMessage.mockImplementation(async (type: string, data: { index: number }) => {
      if (type === 'exportBegin')
        return { id: 'x', parts: parts.length, chars: FILE.length, highlights: 50, articles: 0 };
      if (type === 'exportPart') return parts[data.index];
      throw new Error(type);
    });
    const got = await fetchExport();
    expect(parts.length).toBeGreaterThan(5);
    expect(got).toEqual({ text: FILE, highlights: 50, articles: 0 });
  });

  it('says so when a part went missing', async () => {
    sendMessage.mockImplementation(async (type: string) =>
      type === 'exportBegin' ? { id: 'x', parts: 2, chars: 10, highlights: 0, articles: 0 } : 'abc',
    );
    await expect(fetchExport()).rejects.toThrow('the export arrived incomplete (6 of 10 characters)');
  });
});

describe('sendImport', () => {
  it('sends the file in parts; the background imports it once whole', async () => {
    const collector = createPartCollector(1e6);
    const imported: string[] = [];
    sendMessage.mockImplementation(async (type: string, d: { index: number; total: number; text: string }) => {
      if (type !== 'importPart') throw new Error(type);
      const whole = collector.add(d.index, d.total, d.text);
      if (whole === null) return null;
      imported.push(whole);
      return { added: 50, updated: 0, skipped: 0 };
    });
    expect(await sendImport(FILE, 500)).toEqual({ added: 50, updated: 0, skipped: 0 });
    expect(imported).toEqual([FILE]);
    expect(sendMessage.mock.calls.length).toBe(Math.ceil(FILE.length / 500));
    // One id for all parts of one file.
    expect(new Set(sendMessage.mock.calls.map((c) => c[1].id)).size).toBe(1);
  });
});
