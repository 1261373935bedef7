import { describe, expect, it } from 'vitest';
import { cleanText, LIMITS, safeHttpUrl, stripBidiControls, truncate } from './sanitize';

describe('cleanText', () => {
  it('keeps markup as the literal text it is', () => {
    const s = '<img src=x onerror=alert(1)>';
    expect(cleanText(s, LIMITS.title)).toBe(s);
  });

  it('strips bidi embeddings, overrides and isolates', () => {
    const s = 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j';
    expect(cleanText(s, 100)).toBe('abcdefghij');
    expect(stripBidiControls('\u202Eevil\u202C')).toBe('evil');
  });

  it('drops control characters and collapses whitespace', () => {
    expect(cleanText('  a\u0000b\u0007\n\n c\uFEFF ', 100)).toBe('ab c');
  });

  it('truncates a 1 MB string to the limit', () => {
    const big = 'x'.repeat(1024 * 1024);
    const out = cleanText(big, LIMITS.extract)!;
    expect(Array.from(out).length).toBe(LIMITS.extract);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const out = truncate('😀'.repeat(10), 5);
    expect(Array.from(out)).toHaveLength(5);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('returns undefined for non-strings and empty strings', () => {
    expect(cleanText(42, 10)).toBeUndefined();
    expect(cleanText({ toString: () => 'x' }, 10)).toBeUndefined();
    expect(cleanText(' \u202E ', 10)).toBeUndefined();
  });
});

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://en.wikipedia.org/wiki/Sochi')).toBe('https://en.wikipedia.org/wiki/Sochi');
    expect(safeHttpUrl('http://127.0.0.1:8080/upload/a.png')).toBe('http://127.0.0.1:8080/upload/a.png');
  });

  it('drops script, data and other schemes', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/png;base64,AAAA',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/x',
      '/relative/path',
      'not a url',
      '',
    ]) {
      expect(safeHttpUrl(bad), bad).toBeUndefined();
    }
  });

  it('drops URLs with credentials, bidi controls or absurd length', () => {
    expect(safeHttpUrl('https://user:pw@example.org/')).toBeUndefined();
    expect(safeHttpUrl('https://example.org/\u202Egnp.exe')).toBeUndefined();
    expect(safeHttpUrl(`https://example.org/${'a'.repeat(5000)}`)).toBeUndefined();
  });

  it('gives protocol-relative Wikimedia URLs https', () => {
    expect(safeHttpUrl('//upload.wikimedia.org/a.jpg')).toBe('https://upload.wikimedia.org/a.jpg');
  });
});
