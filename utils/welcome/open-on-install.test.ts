import { describe, expect, it } from 'vitest';
import { shouldOpenWelcome } from './open-on-install';

describe('shouldOpenWelcome', () => {
  it('opens the welcome page on a fresh install only', () => {
    expect(shouldOpenWelcome({ reason: 'install' })).toBe(true);
  });
  it('never on an update of Gloss (or a reload), of the browser, or of a shared module', () => {
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update', ''])
      expect(shouldOpenWelcome({ reason }), reason).toBe(false);
  });
});
