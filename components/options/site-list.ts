// The deny and allow lists as the reader types them: one site per line, normalized with the
// same rule the site gate uses, duplicates dropped, and lines that are not host names set
// aside so the page can say which were ignored. Pure.
import { normalizeSite } from '@/utils/policy/site-gate';

/** A host name: labels of letters, digits and hyphens separated by dots (IDN letters allowed). */
const HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)*[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/** Parses textarea text into normalized sites, plus the lines that were not sites. */
export function parseSiteList(text: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/[\n,]/)) {
    if (!line.trim()) continue;
    const site = normalizeSite(line);
    if (!HOST.test(site)) invalid.push(line.trim());
    else if (!sites.includes(site)) sites.push(site);
  }
  return { sites, invalid };
}
