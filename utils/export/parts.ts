// An export file's text in parts small enough for one extension message each. Chrome caps a
// message at 64 MiB of JSON, and an export of 100,000 highlights is about 80 MB of text
// (before JSON escaping), so the options page and the background hand it over in parts:
// the background keeps an export's parts until they are fetched; an import's parts are
// collected until the whole file is there, then imported in one transaction as before.

/** Characters per part. JSON escaping can grow text up to 6× (\uXXXX): 4 M stays under 64 MiB. */
export const PART_CHARS = 4_000_000;

/** Largest import file accepted, in characters (an export of 100,000 highlights is ~82 M; V8 strings end near 536 M). */
export const MAX_IMPORT_CHARS = 500_000_000;

/** Most parts one import may come in. */
const MAX_PARTS = 10_000;

/** `text` cut into parts of at most `size` characters (one empty part for empty text). */
export function splitParts(text: string, size: number = PART_CHARS): string[] {
  if (text.length <= size) return [text];
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

export class PartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PartError';
  }
}

export interface PartCollector {
  /** Adds part `index` of `total`; returns the whole text once every part is in, else null. */
  add(index: number, total: number, text: string): string | null;
}

/** Collects the parts of one import, refusing malformed ones and anything over `maxChars`. */
export function createPartCollector(maxChars: number): PartCollector {
  let expected = -1;
  let received = 0;
  let chars = 0;
  let parts: Array<string | undefined> = [];
  return {
    add(index, total, text) {
      if (!Number.isInteger(total) || total < 1 || total > MAX_PARTS)
        throw new PartError('an import part has a bad count');
      if (expected === -1) {
        expected = total;
        parts = new Array<string | undefined>(total);
      }
      if (total !== expected) throw new PartError('the parts of an import disagree on their count');
      if (!Number.isInteger(index) || index < 0 || index >= total)
        throw new PartError('an import part has a bad index');
      if (typeof text !== 'string') throw new PartError('an import part has no text');
      if (parts[index] !== undefined) throw new PartError('an import part arrived twice');
      chars += text.length;
      if (chars > maxChars)
        throw new PartError(`the file is larger than ${Math.round(maxChars / 1e6)} million characters`);
      parts[index] = text;
      received += 1;
      return received === expected ? parts.join('') : null;
    },
  };
}
