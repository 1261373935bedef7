import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings';
import { importableSettings } from './settings';

describe('importableSettings', () => {
  it('takes every field of a full, valid settings object', () => {
    const s = {
      ...DEFAULT_SETTINGS,
      enabled: false,
      entityTypes: { PER: true, LOC: false, ORG: true },
      deniedSites: ['example.com'],
    };
    expect(importableSettings(s)).toEqual(s);
  });

  it('drops unknown fields and malformed values', () => {
    const out = importableSettings({
      enabled: 'yes',
      markMode: 'first',
      underline: 'blink',
      hoverDelayMs: 1.5,
      entityTypes: { PER: true },
      highlightColors: [{ id: 'x', name: 'X', css: 'red; background: url(https://evil.example/)' }],
      deniedSites: ['a.com', 3],
      secret: 1,
    });
    expect(out).toEqual({ markMode: 'first' });
  });
});
