// The in-memory inverted index over highlights that the background keeps for the popup.
//
// Layout (chosen by measurement, see docs/search.md):
// - each highlight gets a slot number; a term's postings are `slot << 6 | fieldMask` in
//   increasing slot order, in a growable Int32Array (one entry per highlight and term; the
//   mask says in which of the six fields it occurs), which is all a word clause needs;
// - a sorted term dictionary turns a prefix into a contiguous run of terms;
// - phrases are found by intersecting their words' postings and then checking adjacency
//   on the candidates' text, so positions are not stored (they would triple the size);
// - clauses are evaluated cheapest first against generation-stamped scratch arrays, so a
//   query allocates almost nothing (garbage collection was a third of the time before);
// - removal is a tombstone (the slot's highlight becomes undefined) and postings are
//   compacted once a quarter of the slots are dead, so deletes cost O(1) at write time;
// - `toSnapshot` writes the postings varint-coded with the id and `updatedAt` of each slot;
//   `fromSnapshot` restores them and reconciles with the table's current rows, so a stale
//   snapshot can only cost re-indexing, never a wrong result.
import type { Highlight } from '../model/types';
import { forEachToken } from './normalize';
import { parseQuery, type Clause, type ParsedQuery } from './query';
import {
  clauseScore,
  computeMarks,
  groupPage,
  highlightSegments,
  MASK_MAX_WEIGHT,
  passesFilters,
  points,
  termQuality,
  tokenizeHighlight,
} from './rank';
import type { SearchFilters, SearchQuery, SearchResult } from './types';

/**
 * Bump when tokenization, fields, scoring inputs or the postings layout change: snapshots
 * written by another version are then ignored and the index is rebuilt from the highlights.
 */
export const INDEX_VERSION = 1;

/** A compact, structured-cloneable image of the index (store it in IndexedDB as is). */
export interface SearchSnapshot {
  format: 'gloss-search-index';
  version: number;
  /** Highlight id of each slot. */
  ids: string[];
  /** `updatedAt` of each slot's highlight when it was indexed: how staleness is detected. */
  updatedAt: Float64Array;
  /** Sorted terms joined by "\n" (terms are letters and digits only). */
  terms: string;
  /** Total number of postings entries, to size the buffer they are decoded into. */
  entries: number;
  /** Per term, in order: entry count, then `(slotDelta << 6 | fieldMask)` per entry; LEB128 varints. */
  postings: Uint8Array;
}

const SHIFT = 6;
const MASK = 63;
/** Slot numbers must fit in 31 - SHIFT bits. */
const MAX_SLOTS = 1 << (31 - SHIFT);

// Imported bindings are read through getters in some module transforms; hot loops read these.
const MAX_WEIGHT = Float64Array.from(MASK_MAX_WEIGHT);

/** A word clause resolved against the dictionary: matching term ids and their qualities. */
interface WordTerms {
  ids: number[];
  quality: number[];
  cost: number;
}

/** A searchable, incrementally maintained index of highlights. */
export class HighlightIndex {
  /** Slot → highlight; undefined once removed (a tombstone). */
  private docs: Array<Highlight | undefined> = [];
  /** Slot → createdAt, for ranking without touching the objects. */
  private created: number[] = [];
  /** Slot → page group number (one per URL), for grouping without string compares. */
  private groupOf: number[] = [];
  private groupIds = new Map<string, number>();
  private slotOf = new Map<string, number>();
  private dead = 0;

  private termIds = new Map<string, number>();
  private termText: string[] = [];
  private lists: Int32Array[] = [];
  private lens: number[] = [];
  /** Last slot appended per term: a term seen again in the same highlight ORs its field bit in. */
  private lastSlot: number[] = [];
  /** Term ids in term order. */
  private sorted: number[] = [];
  /** Terms added since `sorted` was last brought up to date. */
  private pending: number[] = [];

  // Query scratch, reused across queries; `seen` holds generation stamps so it is never cleared.
  private gen = 0;
  private seen = new Uint32Array(0);
  private cur = new Float64Array(0);
  private acc = new Float64Array(0);
  private cand = new Int32Array(0);
  private gGen = 0;
  private gSeen = new Uint32Array(0);
  private gBest = new Int32Array(0);
  private gCount = new Int32Array(0);

  /** Builds an index over the given highlights. */
  constructor(highlights: Iterable<Highlight> = []) {
    for (const h of highlights) this.add(h);
  }

  /** Number of highlights indexed. */
  size(): number {
    return this.slotOf.size;
  }

  /** True when a highlight with this id is indexed. */
  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Internal sizes, for benchmarks and tests: slots (live + removed), removed slots, terms. */
  stats(): { slots: number; dead: number; terms: number } {
    return { slots: this.docs.length, dead: this.dead, terms: this.termText.length };
  }

  /** The indexed version of a highlight. */
  get(id: string): Highlight | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.docs[slot];
  }

  /** Every indexed highlight (slot order). */
  rows(): Highlight[] {
    const out: Highlight[] = [];
    for (const h of this.docs) if (h) out.push(h);
    return out;
  }

  /** Adds a highlight, or replaces the indexed one with the same id. */
  add(h: Highlight): void {
    if (this.slotOf.has(h.id)) this.remove(h.id);
    const slot = this.docs.length;
    if (slot >= MAX_SLOTS) this.compact();
    this.pushSlot(h);
    for (const seg of highlightSegments(h)) {
      const bit = 1 << seg.field;
      forEachToken(seg.text, true, (term) => this.post(term, slot, bit));
    }
  }

  /** Same as {@link add}: an edited highlight replaces its old version. */
  update(h: Highlight): void {
    this.add(h);
  }

  /** Removes a highlight by id; returns false when it was not indexed. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.docs[slot] = undefined;
    this.dead++;
    // Tombstones cost every query a check; compact once they are a quarter of the slots.
    if (this.dead > 1024 && this.dead * 4 > this.docs.length) this.compact();
    return true;
  }

  /** Removes every highlight. */
  clear(): void {
    Object.assign(this, new HighlightIndex());
  }

  /** Runs a query. Semantics are those of `scanSearch`; the property test holds them equal. */
  search(query: SearchQuery): SearchResult {
    const parsed = parseQuery(query.text);
    const count = this.match(parsed, query.filters);
    return this.assemble(count, query, parsed);
  }

  /** Writes the index as a compact snapshot. Tombstones are left out. */
  toSnapshot(): SearchSnapshot {
    this.ensureSorted();
    const remap = new Int32Array(this.docs.length).fill(-1);
    const ids: string[] = [];
    const updated: number[] = [];
    this.docs.forEach((h, slot) => {
      if (!h) return;
      remap[slot] = ids.length;
      ids.push(h.id);
      updated.push(h.updatedAt);
    });
    const out = new ByteWriter();
    const kept: string[] = [];
    let entries = 0;
    const buf: number[] = [];
    for (const t of this.sorted) {
      const list = this.lists[t]!;
      const len = this.lens[t]!;
      buf.length = 0;
      for (let i = 0; i < len; i++) {
        const p = list[i]!;
        const slot = remap[p >>> SHIFT]!;
        if (slot >= 0) buf.push((slot << SHIFT) | (p & MASK));
      }
      if (buf.length === 0) continue;
      kept.push(this.termText[t]!);
      entries += buf.length;
      out.varint(buf.length);
      let prev = 0;
      for (const e of buf) {
        const slot = e >>> SHIFT;
        out.varint(((slot - prev) << SHIFT) | (e & MASK));
        prev = slot;
      }
    }
    return {
      format: 'gloss-search-index',
      version: INDEX_VERSION,
      ids,
      updatedAt: Float64Array.from(updated),
      terms: kept.join('\n'),
      entries,
      postings: out.bytes(),
    };
  }

  /**
   * Restores an index from a snapshot and reconciles it with `highlights`, the table's
   * current rows: rows the snapshot lacks or holds another `updatedAt` of are (re)indexed,
   * slots whose row is gone are dropped. An unreadable or outdated snapshot is ignored and
   * the index is built from `highlights`, so the result is always consistent with the table.
   */
  static fromSnapshot(snapshot: SearchSnapshot | null | undefined, highlights: Iterable<Highlight>): HighlightIndex {
    const rows = new Map<string, Highlight>();
    for (const h of highlights) rows.set(h.id, h);
    if (isUsableSnapshot(snapshot)) {
      try {
        return HighlightIndex.restore(snapshot, rows);
      } catch {
        // A damaged snapshot is only a lost cache: rebuild from the rows below.
      }
    }
    return new HighlightIndex(rows.values());
  }

  private static restore(snapshot: SearchSnapshot, rows: Map<string, Highlight>): HighlightIndex {
    const index = new HighlightIndex();
    const n = snapshot.ids.length;
    for (let slot = 0; slot < n; slot++) {
      const id = snapshot.ids[slot]!;
      const row = rows.get(id);
      if (row !== undefined && row.updatedAt === snapshot.updatedAt[slot] && !index.slotOf.has(id)) {
        index.pushSlot(row);
      } else {
        index.docs.push(undefined);
        index.created.push(0);
        index.groupOf.push(-1);
        index.dead++;
      }
    }
    const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
    // One buffer for all postings; each term's list is a view until it grows.
    const all = new Int32Array(snapshot.entries);
    const bytes = snapshot.postings;
    let at = 0;
    let w = 0;
    const varint = (): number => {
      let value = 0;
      let scale = 1;
      for (;;) {
        const b = bytes[at++];
        if (b === undefined) throw new RangeError('Search snapshot is truncated');
        value += (b & 127) * scale;
        if (b < 128) return value;
        scale *= 128;
      }
    };
    for (let t = 0; t < terms.length; t++) {
      const count = varint();
      if (w + count > all.length) throw new RangeError('Search snapshot has more entries than it says');
      const from = w;
      let slot = 0;
      for (let i = 0; i < count; i++) {
        const v = varint();
        slot += v >>> SHIFT;
        if (slot >= n) throw new RangeError('Search snapshot refers to a missing slot');
        all[w++] = (slot << SHIFT) | (v & MASK);
      }
      index.termIds.set(terms[t]!, t);
      index.termText.push(terms[t]!);
      index.lists.push(all.subarray(from, w));
      index.lens.push(count);
      index.lastSlot.push(-1);
      index.sorted.push(t);
    }
    for (const row of rows.values()) if (!index.slotOf.has(row.id)) index.add(row);
    if (index.dead * 4 > index.docs.length) index.compact();
    return index;
  }

  // ---- writing ---------------------------------------------------------------------

  private pushSlot(h: Highlight): void {
    this.slotOf.set(h.id, this.docs.length);
    this.docs.push(h);
    this.created.push(h.createdAt);
    let g = this.groupIds.get(h.url);
    if (g === undefined) {
      g = this.groupIds.size;
      this.groupIds.set(h.url, g);
    }
    this.groupOf.push(g);
  }

  private post(term: string, slot: number, bit: number): void {
    let t = this.termIds.get(term);
    if (t === undefined) {
      t = this.termText.length;
      this.termIds.set(term, t);
      this.termText.push(term);
      this.lists.push(new Int32Array(4));
      this.lens.push(0);
      this.lastSlot.push(-1);
      this.pending.push(t);
    }
    const len = this.lens[t]!;
    let list = this.lists[t]!;
    if (this.lastSlot[t] === slot) {
      list[len - 1]! |= bit;
      return;
    }
    if (len === list.length) {
      const grown = new Int32Array(Math.max(4, len * 2));
      grown.set(list);
      this.lists[t] = list = grown;
    }
    list[len] = (slot << SHIFT) | bit;
    this.lens[t] = len + 1;
    this.lastSlot[t] = slot;
  }

  /** Brings the sorted dictionary up to date with terms added since the last query. */
  private ensureSorted(): void {
    if (this.pending.length === 0) return;
    const text = this.termText;
    if (this.pending.length > 256 && this.pending.length * 8 > this.sorted.length) {
      this.sorted = this.termText.map((_, t) => t).sort((a, b) => (text[a]! < text[b]! ? -1 : 1));
    } else {
      for (const t of this.pending) this.sorted.splice(this.lowerBound(text[t]!), 0, t);
    }
    this.pending = [];
  }

  /** Renumbers live slots densely and drops postings of removed highlights. */
  private compact(): void {
    const remap = new Int32Array(this.docs.length).fill(-1);
    const docs: Highlight[] = [];
    const created: number[] = [];
    const groupOf: number[] = [];
    this.docs.forEach((h, slot) => {
      if (!h) return;
      remap[slot] = docs.length;
      this.slotOf.set(h.id, docs.length);
      docs.push(h);
      created.push(h.createdAt);
      groupOf.push(this.groupOf[slot]!);
    });
    for (let t = 0; t < this.lists.length; t++) {
      const list = this.lists[t]!;
      const len = this.lens[t]!;
      let w = 0;
      for (let i = 0; i < len; i++) {
        const slot = remap[list[i]! >>> SHIFT]!;
        if (slot >= 0) list[w++] = (slot << SHIFT) | (list[i]! & MASK);
      }
      this.lens[t] = w;
      // Slot numbers restart: a stale "last slot" would merge a new highlight into an old entry.
      this.lastSlot[t] = -1;
    }
    this.docs = docs;
    this.created = created;
    this.groupOf = groupOf;
    this.dead = 0;
  }

  // ---- querying --------------------------------------------------------------------

  /** First position in `sorted` whose term is >= `word` (UTF-16 order). */
  private lowerBound(word: string): number {
    const { sorted, termText } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (termText[sorted[mid]!]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The terms a clause word matches, with their match quality and total postings. */
  private wordTerms(word: string, prefix: boolean): WordTerms {
    const out: WordTerms = { ids: [], quality: [], cost: 0 };
    if (!prefix) {
      const t = this.termIds.get(word);
      if (t !== undefined && this.lens[t]! > 0) {
        out.ids.push(t);
        out.quality.push(1);
        out.cost = this.lens[t]!;
      }
      return out;
    }
    const { sorted, termText } = this;
    for (let i = this.lowerBound(word); i < sorted.length; i++) {
      const t = sorted[i]!;
      const term = termText[t]!;
      if (!term.startsWith(word)) break;
      if (this.lens[t] === 0) continue;
      out.ids.push(t);
      out.quality.push(termQuality(word, term, true));
      out.cost += this.lens[t]!;
    }
    return out;
  }

  private ensureScratch(): void {
    const n = this.docs.length;
    if (this.seen.length < n) {
      const size = Math.max(1024, n + (n >> 2));
      this.seen = new Uint32Array(size);
      this.cur = new Float64Array(size);
      this.acc = new Float64Array(size);
      this.cand = new Int32Array(size);
      this.gen = 0;
    }
    const groups = this.groupIds.size;
    if (this.gSeen.length < groups) {
      const size = Math.max(256, groups + (groups >> 2));
      this.gSeen = new Uint32Array(size);
      this.gBest = new Int32Array(size);
      this.gCount = new Int32Array(size);
      this.gGen = 0;
    }
  }

  private nextGen(): number {
    if (this.gen >= 0xfffffff0) {
      this.seen.fill(0);
      this.gen = 0;
    }
    return ++this.gen;
  }

  /**
   * Stamps `seen[slot] = into` for slots whose stamp is `from` (or anything, when `from` is
   * 0) and that match the clause, and stores the clause's points in `cur`. Word clauses read
   * postings only; phrases intersect postings, then check adjacency in the text.
   */
  private evalClause(clause: Clause, from: number, into: number): void {
    const { seen, cur } = this;
    const words = clause.words;
    if (words.length === 1) {
      const wt = this.wordTerms(words[0]!, clause.prefixLast);
      for (let k = 0; k < wt.ids.length; k++) {
        const t = wt.ids[k]!;
        const q = wt.quality[k]!;
        const list = this.lists[t]!;
        const len = this.lens[t]!;
        for (let i = 0; i < len; i++) {
          const p = list[i]!;
          const slot = p >>> SHIFT;
          const stamp = seen[slot]!;
          const v = q * MAX_WEIGHT[p & MASK]!;
          if (stamp === into) {
            if (v > cur[slot]!) cur[slot] = v;
          } else if (from === 0 || stamp === from) {
            seen[slot] = into;
            cur[slot] = v;
          }
        }
      }
      return;
    }
    const last = words.length - 1;
    const perWord = words.map((w, k) => this.wordTerms(w, k === last && clause.prefixLast));
    const order = perWord.map((_, k) => k).sort((a, b) => perWord[a]!.cost - perWord[b]!.cost);
    let masks = new Map<number, number>();
    order.forEach((k, step) => {
      const next = new Map<number, number>();
      const wt = perWord[k]!;
      for (const t of wt.ids) {
        const list = this.lists[t]!;
        const len = this.lens[t]!;
        for (let i = 0; i < len; i++) {
          const slot = list[i]! >>> SHIFT;
          if (step === 0 ? from !== 0 && seen[slot] !== from : !masks.has(slot)) continue;
          next.set(slot, (next.get(slot) ?? 0) | (list[i]! & MASK));
        }
      }
      if (step > 0) for (const [slot, m] of next) next.set(slot, m & masks.get(slot)!);
      masks = next;
    });
    for (const [slot, mask] of masks) {
      const h = this.docs[slot];
      if (!h || mask === 0) continue;
      const v = clauseScore(tokenizeHighlight(h, mask), clause);
      if (v > 0) {
        seen[slot] = into;
        cur[slot] = v;
      }
    }
  }

  /**
   * Finds the matching live slots that pass the filters: they end up in `cand[0..count)`
   * with their scores in `acc`. Returns `count`.
   */
  private match(parsed: ParsedQuery, filters: SearchFilters): number {
    this.ensureScratch();
    const { docs, seen, cur, acc, cand } = this;
    const n = docs.length;
    let count = 0;
    let survivors: number;
    if (parsed.clauses.length === 0) {
      survivors = this.nextGen();
      for (let s = 0; s < n; s++) {
        if (docs[s] === undefined) continue;
        seen[s] = survivors;
        acc[s] = 0;
        cand[count++] = s;
      }
    } else {
      this.ensureSorted();
      // Cheapest clause first: it fixes the candidates that the others only narrow down.
      const costs = parsed.clauses.map((c) => this.clauseCost(c));
      const order = parsed.clauses.map((_, k) => k).sort((a, b) => costs[a]! - costs[b]!);
      let from = 0;
      for (const k of order) {
        const clause = parsed.clauses[k]!;
        const into = this.nextGen();
        this.evalClause(clause, from, into);
        // Word clauses leave raw weight × quality in `cur`; phrases leave points.
        const raw = clause.words.length === 1;
        if (from === 0) {
          for (let s = 0; s < n; s++) {
            if (seen[s] !== into || docs[s] === undefined) continue;
            acc[s] = raw ? points(cur[s]!) : cur[s]!;
            cand[count++] = s;
          }
        } else {
          let w = 0;
          for (let i = 0; i < count; i++) {
            const s = cand[i]!;
            if (seen[s] !== into) continue;
            acc[s] += raw ? points(cur[s]!) : cur[s]!;
            cand[w++] = s;
          }
          count = w;
        }
        from = into;
        if (count === 0) return 0;
      }
      survivors = from;
    }
    for (const neg of parsed.negatives) {
      if (count === 0) break;
      const excluded = this.nextGen();
      this.evalClause(neg, survivors, excluded);
      let w = 0;
      for (let i = 0; i < count; i++) if (seen[cand[i]!] !== excluded) cand[w++] = cand[i]!;
      count = w;
    }
    if (
      filters.colors?.length ||
      filters.sites?.length ||
      filters.from !== undefined ||
      filters.to !== undefined ||
      filters.entityIds?.length
    ) {
      let w = 0;
      for (let i = 0; i < count; i++) if (passesFilters(docs[cand[i]!]!, filters)) cand[w++] = cand[i]!;
      count = w;
    }
    return count;
  }

  private clauseCost(clause: Clause): number {
    let best = Infinity;
    const last = clause.words.length - 1;
    clause.words.forEach((w, k) => {
      best = Math.min(best, this.wordTerms(w, k === last && clause.prefixLast).cost);
    });
    return best;
  }

  /**
   * Orders, groups and pages without sorting every match: groups are ordered by their best
   * hit, and only the groups that overlap the requested page have their hits sorted.
   * Equivalent to `assembleResult` (the property test compares them).
   */
  private assemble(count: number, query: SearchQuery, parsed: ParsedQuery): SearchResult {
    const { docs, created, acc, cand, groupOf, gSeen, gBest, gCount } = this;
    const byDate = query.sort === 'date';
    const cmp = (a: number, b: number): number => {
      const sa = acc[a]!;
      const sb = acc[b]!;
      const ca = created[a]!;
      const cb = created[b]!;
      if (!byDate) {
        if (sa !== sb) return sb - sa;
        if (ca !== cb) return cb - ca;
      } else {
        if (ca !== cb) return cb - ca;
        if (sa !== sb) return sb - sa;
      }
      const ia = docs[a]!.id;
      const ib = docs[b]!.id;
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    };
    if (this.gGen >= 0xfffffff0) {
      gSeen.fill(0);
      this.gGen = 0;
    }
    const gen = ++this.gGen;
    const groups: number[] = [];
    for (let i = 0; i < count; i++) {
      const s = cand[i]!;
      const g = groupOf[s]!;
      if (gSeen[g] !== gen) {
        gSeen[g] = gen;
        gBest[g] = s;
        gCount[g] = 1;
        groups.push(g);
      } else {
        gCount[g]!++;
        if (cmp(s, gBest[g]!) < 0) gBest[g] = s;
      }
    }
    groups.sort((a, b) => cmp(gBest[a]!, gBest[b]!));
    // The groups that overlap [offset, offset + limit), and where each starts in it.
    const end = query.offset + query.limit;
    const wanted = new Map<number, { skip: number; slots: number[] }>();
    let at = 0;
    for (const g of groups) {
      if (at >= end) break;
      const size = gCount[g]!;
      if (at + size > query.offset) wanted.set(g, { skip: Math.max(0, query.offset - at), slots: [] });
      at += size;
    }
    if (wanted.size > 0) {
      const mark = ++this.gGen;
      for (const g of wanted.keys()) gSeen[g] = mark;
      for (let i = 0; i < count; i++) {
        const s = cand[i]!;
        if (gSeen[groupOf[s]!] === mark) wanted.get(groupOf[s]!)!.slots.push(s);
      }
    }
    const page: Parameters<typeof groupPage>[0] = [];
    for (const [g, { skip, slots }] of wanted) {
      slots.sort(cmp);
      const best = docs[gBest[g]!]!;
      for (let i = skip; i < slots.length && page.length < query.limit; i++) {
        const s = slots[i]!;
        page.push({ m: { highlight: docs[s]!, score: acc[s]! }, best });
      }
    }
    return { total: count, groups: groupPage(page, parsed) };
  }
}

/** Marks for one highlight against query text: for callers that show a single highlight. */
export function marksFor(h: Highlight, text: string): ReturnType<typeof computeMarks> {
  return computeMarks(h, parseQuery(text));
}

function isUsableSnapshot(s: SearchSnapshot | null | undefined): s is SearchSnapshot {
  return (
    !!s &&
    s.format === 'gloss-search-index' &&
    s.version === INDEX_VERSION &&
    Array.isArray(s.ids) &&
    s.updatedAt instanceof Float64Array &&
    s.updatedAt.length === s.ids.length &&
    typeof s.terms === 'string' &&
    typeof s.entries === 'number' &&
    s.postings instanceof Uint8Array
  );
}

/** Growable byte buffer of unsigned LEB128 varints. */
class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private len = 0;

  varint(value: number): void {
    if (this.len + 8 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    let v = value;
    while (v >= 128) {
      this.buf[this.len++] = (v & 127) | 128;
      v >>>= 7;
    }
    this.buf[this.len++] = v;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
