import { describe, expect, it } from 'vitest';
import {
  assertContentScript,
  assertContentScriptOrExtensionPage,
  assertExtensionPage,
  assertSameSite,
  ForbiddenSenderError,
} from './sender';

describe('assertSameSite', () => {
  it('lets a page touch highlights keyed by its own site, canonical or AMP variants included', () => {
    expect(() => assertSameSite('https://amp.example.com/x?amp=1', 'https://example.com/x')).not.toThrow();
    expect(() => assertSameSite('https://www.example.com/a', 'https://example.com/b')).not.toThrow();
  });
  it('refuses another site', () => {
    expect(() => assertSameSite('https://evil.example.org/', 'https://example.com/x')).toThrow(ForbiddenSenderError);
    expect(() => assertSameSite('not a url', 'https://example.com/x')).toThrow(ForbiddenSenderError);
  });
});

describe('sender checks', () => {
  const id = 'gloss-id';
  it('accepts a content script in a tab and refuses other extensions or tab-less senders', () => {
    expect(assertContentScript({ id, url: 'https://a.com/x', tab: { id: 3 } }, id)).toEqual({
      tabId: 3,
      url: 'https://a.com/x',
    });
    expect(() => assertContentScript({ id: 'other', url: 'https://a.com/', tab: { id: 3 } }, id)).toThrow(
      ForbiddenSenderError,
    );
    expect(() => assertContentScript({ id, url: 'chrome-extension://gloss-id/popup.html' }, id)).toThrow(
      ForbiddenSenderError,
    );
  });
  it('lets only extension pages read the store', () => {
    expect(() =>
      assertExtensionPage({ id, url: 'chrome-extension://gloss-id/popup.html' }, id, 'chrome-extension://gloss-id'),
    ).not.toThrow();
    expect(() =>
      assertExtensionPage({ id, url: 'https://a.com/', tab: { id: 1 } }, id, 'chrome-extension://gloss-id'),
    ).toThrow(ForbiddenSenderError);
  });
  it('lets a content script or an extension page ask for recognition, nobody else', () => {
    const origin = 'chrome-extension://gloss-id';
    const check = (sender: Parameters<typeof assertContentScriptOrExtensionPage>[0]) => () =>
      assertContentScriptOrExtensionPage(sender, id, origin);
    expect(check({ id, url: 'https://a.com/x', tab: { id: 3 } })).not.toThrow();
    expect(check({ id, url: `${origin}/welcome.html`, tab: { id: 4 } })).not.toThrow();
    expect(check({ id, url: `${origin}/options.html` })).not.toThrow();
    expect(check({ id: 'other', url: `${origin}/welcome.html`, tab: { id: 4 } })).toThrow(ForbiddenSenderError);
    expect(check({ id, url: 'https://a.com/x' })).toThrow(ForbiddenSenderError);
    expect(check({ id })).toThrow(ForbiddenSenderError);
  });
});
