// The gold pages split in two halves by site (issue 11): rules are developed while looking
// at half A only, and a change is kept when it does not hurt half B, so the figures of half
// B say how a rule does on sites nobody tuned it to. All pages of one site fall in the same
// half; the split is a hash of the site's name, so it is fixed and needs no list.

import { createHash } from 'node:crypto';

export type Half = 'A' | 'B';

/** The site of a fixture page folder: "aeb-cnn.com-1" → "cnn.com", "mozilla-wapo-2" → "wapo". */
export function pageSite(page: string): string {
  return page.replace(/^[^-]+-/, '').replace(/-\d+$/, '');
}

/** Half A when the first byte of the SHA-1 of the page's site is even, else half B. */
export function pageHalf(page: string): Half {
  return createHash('sha1').update(pageSite(page)).digest()[0]! & 1 ? 'B' : 'A';
}
