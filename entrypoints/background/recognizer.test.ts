// The background's recognizer: the model is loaded once, early when asked to (preload), and
// each answer says whether it found the model decoded, decoded it, or waited for a load
// under way, with times in order. Uses the shipped model file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRecognizer } from './recognizer';

const MODEL = new Uint8Array(readFileSync('public/models/ner-en.bin'));
const TEXT = 'Angela Merkel met Emmanuel Macron in Paris on Tuesday.';

/** A clock that moves 1 ms per reading, and a loader that counts its calls. */
function setup(load: () => Promise<Uint8Array> = async () => MODEL) {
  let t = 1000;
  let loads = 0;
  const recognizer = createRecognizer(
    () => {
      loads += 1;
      return load();
    },
    () => t++,
  );
  return { recognizer, loads: () => loads };
}

describe('createRecognizer', () => {
  it('loads the model on the first request (cold), then reuses it (warm)', async () => {
    const { recognizer, loads } = setup();
    const first = await recognizer.recognize(TEXT);
    expect(first.times.model).toBe('cold');
    expect(first.mentions.length).toBeGreaterThan(0);
    const t = first.times;
    expect(t.received).toBeLessThanOrEqual(t.loadStart!);
    expect(t.loadStart!).toBeLessThan(t.loadEnd!);
    expect(t.loadEnd!).toBeLessThanOrEqual(t.start);
    expect(t.start).toBeLessThan(t.end);
    const second = await recognizer.recognize(TEXT);
    expect(second.times.model).toBe('warm');
    expect(second.times.loadStart).toBeUndefined();
    expect(second.mentions).toEqual(first.mentions);
    expect(loads()).toBe(1);
  });

  it('preload starts the load at once; a request during it waits for that load', async () => {
    let release: (b: Uint8Array) => void = () => undefined;
    const { recognizer, loads } = setup(() => new Promise((r) => (release = r)));
    recognizer.preload();
    expect(loads()).toBe(1);
    const pending = recognizer.recognize(TEXT);
    release(MODEL);
    const out = await pending;
    expect(out.times.model).toBe('loading');
    expect(out.times.loadStart!).toBeLessThan(out.times.received);
    expect(loads()).toBe(1);
    expect((await recognizer.recognize(TEXT)).times.model).toBe('warm');
  });

  it('a failed load is not kept: the next request loads again', async () => {
    let fail = true;
    const { recognizer, loads } = setup(async () => {
      if (fail) throw new Error('model file missing (404)');
      return MODEL;
    });
    recognizer.preload();
    await expect(recognizer.recognize(TEXT)).rejects.toThrow('model file missing (404)');
    fail = false;
    const out = await recognizer.recognize(TEXT);
    expect(out.times.model).toBe('cold');
    expect(loads()).toBe(2);
  });
});
