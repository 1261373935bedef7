// 32-bit FNV-1a string hashing for feature keys. Features are never stored as
// strings: each is a hash built by chaining a per-template seed with its values,
// which avoids building strings on the hot path and keeps the model file small.
// Hashes are returned as int32 (the same 32 bits as the u32 FNV value): an int32 stays on
// both engines' integer fast path, where a u32 above 2^31 is a double (slow in SpiderMonkey).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a hash `h` over the UTF-16 code units of `s`. */
export function hashStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** Continues a hash over s[from, to) without building the substring. */
export function hashRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** Continues a hash with one separator unit, so "ab"+"c" and "a"+"bc" differ. */
export function hashSep(h: number): number {
  return Math.imul(h ^ 0x1f, FNV_PRIME) | 0;
}

/** Continues a hash with a small integer (a label id, a flag). */
export function hashInt(h: number, n: number): number {
  h = Math.imul(h ^ (n & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((n >>> 8) & 0xff), FNV_PRIME);
  return h | 0;
}

/** Seed for a feature template: the hash of its name. */
export function seed(name: string): number {
  return hashSep(hashStr(FNV_OFFSET, name));
}

/** Hash of a template with one string value. */
export function feat(templateSeed: number, value: string): number {
  return hashStr(templateSeed, value);
}

/** Hash of a template with two string values. */
export function feat2(templateSeed: number, a: string, b: string): number {
  return hashStr(hashSep(hashStr(templateSeed, a)), b);
}

/** Continues a hash with all 32 bits of `n` (e.g. another hash). */
export function hashU32(h: number, n: number): number {
  h = Math.imul(h ^ (n & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((n >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((n >>> 16) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ (n >>> 24), FNV_PRIME);
  return h | 0;
}
