// The settings an export file carries, checked field by field before an import applies them:
// a file is data from elsewhere, so only known fields with a well-formed value are taken
// and everything else is left as the reader has it here.
import type { HighlightColor, Settings } from '../model/settings';
import { MARKED_ENTITY_TYPES } from '../model/types';

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length <= 10_000 && v.every((x) => typeof x === 'string' && x.length <= 300);
const isColor = (c: unknown): c is HighlightColor =>
  !!c &&
  typeof c === 'object' &&
  typeof (c as HighlightColor).id === 'string' &&
  typeof (c as HighlightColor).name === 'string' &&
  typeof (c as HighlightColor).css === 'string' &&
  (c as HighlightColor).name.length <= 40 &&
  // Only plain color values: the css string ends up in ::highlight() and swatch styles.
  /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i.test((c as HighlightColor).css);

const CHECKS: { [K in keyof Settings]: (v: unknown) => boolean } = {
  enabled: (v) => typeof v === 'boolean',
  deniedSites: isStringList,
  allowedSites: isStringList,
  entityTypes: (v) =>
    !!v &&
    typeof v === 'object' &&
    MARKED_ENTITY_TYPES.every((k) => typeof (v as Record<string, unknown>)[k] === 'boolean'),
  markMode: (v) => v === 'all' || v === 'first',
  underline: (v) => v === 'dotted' || v === 'solid' || v === 'wavy' || v === 'none',
  hoverDelayMs: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 60_000,
  highlightColors: (v) => Array.isArray(v) && v.length > 0 && v.length <= 12 && v.every(isColor),
  wikipediaLang: (v) => typeof v === 'string' && /^(auto|[a-z]{2,3}(-[a-z]+)?)$/i.test(v),
  wikidataFacts: (v) => typeof v === 'boolean',
  gdelt: (v) => typeof v === 'boolean',
  googleNews: (v) => typeof v === 'boolean',
  offline: (v) => typeof v === 'boolean',
  readingHistory: (v) => typeof v === 'boolean',
};

/**
 * The fields of `raw` (an export's `settings`) that are known settings with a valid value,
 * as a patch to apply; unknown fields and malformed values are dropped.
 */
export function importableSettings(raw: Readonly<Record<string, unknown>>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(CHECKS) as Array<keyof Settings>) {
    if (Object.hasOwn(raw, key) && CHECKS[key](raw[key])) out[key] = structuredClone(raw[key]);
  }
  return out as Partial<Settings>;
}
