import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings';
import { BadRecordError, canonicalJson, checkRecord, sameRecord } from './record';
import { incomingSettingsPatch, syncedPart } from './settings-filter';

const h = {
  id: 'h1',
  url: 'https://example.com/a',
  title: 'A',
  site: 'example.com',
  quote: 'q',
  prefix: '',
  suffix: '',
  start: 0,
  end: 1,
  color: 'yellow',
  note: '',
  tags: [],
  entityIds: [],
  entityNames: [],
  createdAt: 1,
  updatedAt: 2,
};

describe('synced records from the server', () => {
  it('takes a well-formed highlight, copying only its known fields', () => {
    const r = checkRecord({ kind: 'highlight', h: { ...h, extra: '<script>' }, by: 'd' });
    expect(r).toEqual({ kind: 'highlight', h, by: 'd' });
  });

  it('refuses malformed records with a typed error', () => {
    for (const bad of [
      null,
      { kind: 'highlight', h: { ...h, url: 'javascript:alert(1)' }, by: 'd' },
      { kind: 'highlight', h: { ...h, start: 'x' }, by: 'd' },
      { kind: 'tombstone', id: 'h1', deletedAt: -1, by: 'd' },
      { kind: 'visit', visit: { url: 'file:///etc/passwd' }, by: 'd' },
      { kind: 'other', by: 'd' },
      { kind: 'highlight', h },
    ])
      expect(() => checkRecord(bad)).toThrow(BadRecordError);
  });

  it('compares records whatever their key order or writer', () => {
    const a = checkRecord({ kind: 'highlight', h, by: 'a' });
    const b = checkRecord({ kind: 'highlight', h: Object.fromEntries(Object.entries(h).reverse()), by: 'b' });
    expect(sameRecord(a, b)).toBe(true);
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });
});

describe('synced settings', () => {
  it('carries colors and reading choices, not per-device ones unless asked', () => {
    const s = { ...DEFAULT_SETTINGS, deniedSites: ['example.com'], offline: true, enabled: false };
    const part = syncedPart(s, false);
    expect(part.highlightColors).toEqual(DEFAULT_SETTINGS.highlightColors);
    expect(Object.keys(part)).not.toContain('deniedSites');
    expect(Object.keys(part)).not.toContain('offline');
    expect(Object.keys(part)).not.toContain('enabled');
    expect(syncedPart(s, true).deniedSites).toEqual(['example.com']);
  });

  it('applies only checked, synced fields from another device', () => {
    const patch = incomingSettingsPatch(
      {
        highlightColors: [{ id: 'y', name: 'Sun', css: 'url(https://evil.example/x)' }],
        markMode: 'first',
        offline: true,
        deniedSites: ['x.example'],
      },
      false,
    );
    expect(patch).toEqual({ markMode: 'first' });
    expect(incomingSettingsPatch({ deniedSites: ['x.example'] }, true)).toEqual({ deniedSites: ['x.example'] });
  });
});
