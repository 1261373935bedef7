import { describe, expect, it } from 'vitest';
import { pageHalf, pageSite } from './page-halves';

describe('page halves', () => {
  it('reads the site from a fixture folder name', () => {
    expect(pageSite('aeb-cnn.com-1')).toBe('cnn.com');
    expect(pageSite('aeb-profootballtalk.nbcsports.com-1')).toBe('profootballtalk.nbcsports.com');
    expect(pageSite('mozilla-wapo-2')).toBe('wapo');
    expect(pageSite('mozilla-schema-org-context-object')).toBe('schema-org-context-object');
  });

  it('puts every page of a site in one half, and both halves are used', () => {
    expect(pageHalf('aeb-nypost.com-1')).toBe(pageHalf('aeb-nypost.com-2'));
    expect(pageHalf('mozilla-wapo-1')).toBe(pageHalf('mozilla-wapo-2'));
    const halves = [
      'aeb-cnn.com-1',
      'aeb-nypost.com-1',
      'aeb-reuters.com-1',
      'mozilla-wapo-1',
      'aeb-bbc.com-1',
      'mozilla-ars-1',
    ].map(pageHalf);
    expect(new Set(halves)).toEqual(new Set(['A', 'B']));
  });
});
