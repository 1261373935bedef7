import { describe, expect, it } from 'vitest';
import {
  BadKeyParamsError,
  createKeys,
  MIN_ITERATIONS,
  openJson,
  RecordDecryptError,
  recordId,
  sealJson,
  unlockKeys,
  WrongPassphraseError,
} from './crypto';

// The minimum the code accepts, so the suite stays quick; the default (600k) is measured by the bench.
const N = MIN_ITERATIONS;

describe('sync encryption', () => {
  it('derives the same keys on a second device from the passphrase and the stored parameters', async () => {
    const { params, keys } = await createKeys('correct horse battery staple', N);
    expect(params.iterations).toBe(N);
    expect(params.salt).not.toBe((await createKeys('correct horse battery staple', N)).params.salt);
    const second = await unlockKeys('correct horse battery staple', params);
    const sealed = await sealJson(keys, 'gabc', { quote: 'Vladimir Putin', note: 'secret note' });
    expect(await openJson(second, 'gabc', sealed)).toEqual({ quote: 'Vladimir Putin', note: 'secret note' });
    expect(await recordId(second, 'h:1')).toBe(await recordId(keys, 'h:1'));
  });

  it('refuses a wrong passphrase before handing out any key', async () => {
    const { params } = await createKeys('right one', N);
    await expect(unlockKeys('wrong one', params)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('uses a fresh IV per record, hides the content, and binds a record to its id', async () => {
    const { keys } = await createKeys('p', N);
    const a = await sealJson(keys, 'g1', { note: 'hello world' });
    const b = await sealJson(keys, 'g1', { note: 'hello world' });
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(atob(a.ct)).not.toContain('hello');
    await expect(openJson(keys, 'g2', a)).rejects.toBeInstanceOf(RecordDecryptError);
    const tampered = { ...a, ct: a.ct.slice(0, -4) + (a.ct.endsWith('AAA=') ? 'BBB=' : 'AAA=') };
    await expect(openJson(keys, 'g1', tampered)).rejects.toBeInstanceOf(RecordDecryptError);
  });

  it('makes ids that reveal neither the highlight id nor a URL', async () => {
    const { keys } = await createKeys('p', N);
    const id = await recordId(keys, 'a:https://example.com/story');
    expect(id).toMatch(/^g[A-Za-z0-9_-]{27}$/);
    expect(id).not.toContain('example');
    const other = (await createKeys('p', N)).keys;
    expect(await recordId(other, 'a:https://example.com/story')).not.toBe(id);
  });

  it('refuses parameters that would weaken the key or are damaged', async () => {
    const { params } = await createKeys('p', N);
    await expect(unlockKeys('p', { ...params, iterations: 1000 })).rejects.toBeInstanceOf(BadKeyParamsError);
    await expect(unlockKeys('p', { ...params, salt: 'AA==' })).rejects.toBeInstanceOf(BadKeyParamsError);
    await expect(unlockKeys('p', { ...params, kdf: 'MD5' as 'PBKDF2-SHA-256' })).rejects.toBeInstanceOf(
      BadKeyParamsError,
    );
  });
});
