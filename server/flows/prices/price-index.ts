// Price search over the whole catalogue in memory: by hanzi, full pinyin, pinyin initials or any
// mix of them (阿莫xl), ranked as a patient expects — the whole name, then names that start with
// the query, then names that contain it; usual readings before other readings of polyphonic
// characters; whole syllables and hanzi before bare initials; shorter names first.
//
// A 100,000-item catalogue must answer in well under 50 ms on a slow kiosk, so every name is
// kept as flat integer arrays (character code, reading id) and a scan first rules items out by
// bit masks of the letters they could ever match before the real matcher runs.
import type { ItemKind, PriceItem } from '../../his/adapter.ts';
import { readNames, type NameReading } from '../pinyin/client.ts';
import { normalise } from '../pinyin/text.ts';

export interface PriceQuery {
  q?: string;
  kind?: ItemKind;
  limit: number;
  offset: number;
}

export interface PriceResult {
  items: PriceItem[];
  total: number;
}

const KINDS: readonly ItemKind[] = ['drug', 'consumable', 'service'];

/** A unit read by another of its readings ranks below every match on the usual one. */
const OTHER_READING = 64;
/** A unit typed as its initial only (x for 西) ranks below a typed syllable or hanzi. */
const INITIAL_ONLY = 1;
const NO_MATCH = 1 << 30;
/** Encoded (whole name missed, cost): a match that does not reach the name's end. */
const SHORT_OF_END = 1 << 20;
const MAX_ITEMS = 1 << 20;

const A = 'a'.charCodeAt(0);
const letterBit = (code: number) => (code >= A && code <= A + 25 ? 1 << (code - A) : 0);
const codes = (s: string) => Int32Array.from([...s], (c) => c.codePointAt(0)!);

export class PriceIndex {
  readonly size: number;
  private readonly items: PriceItem[];
  private readonly names: string[];
  private readonly kinds: Uint8Array;
  private readonly byKind: Int32Array[];
  /** Units (characters) of item i are unitStart[i] … unitStart[i+1]-1. */
  private readonly unitStart: Uint32Array;
  private readonly unitChar: Int32Array;
  /** The reading in this name (an id into `syllables`), 0 for a character that is not Han. */
  private readonly unitReading: Uint16Array;
  /** Letters an item can match anywhere; letters it can start a match with. */
  private readonly letters: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly syllables: Int32Array[] = [new Int32Array(0)];
  private readonly syllableIds = new Map<string, number>();
  /** Every reading id of a Han character, by its code. */
  private readonly charReadings = new Map<number, Uint16Array>();
  private memo = new Int32Array(0);
  private memoStamp = new Uint32Array(0);
  private stamp = 0;

  private constructor(items: readonly PriceItem[], reads: NameReading[], charReadings: Record<string, string[]>) {
    if (items.length > MAX_ITEMS) throw new Error(`a price list of ${items.length} items is more than ${MAX_ITEMS}`);
    // Name order for browsing: by reading, as a Chinese index is ordered.
    const keys = reads.map((r) => r.chars.map((c, i) => r.readings[i] || c).join(' '));
    const order = items.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : items[a]!.listCode < items[b]!.listCode ? -1 : 1));
    this.size = items.length;
    this.items = order.map((i) => items[i]!);
    this.names = order.map((i) => reads[i]!.chars.join(''));
    this.kinds = Uint8Array.from(this.items, (it) => KINDS.indexOf(it.kind));
    this.byKind = KINDS.map((_, k) => Int32Array.from(this.items.flatMap((_, i) => (this.kinds[i] === k ? [i] : []))));
    const total = order.reduce((n, i) => n + reads[i]!.chars.length, 0);
    this.unitStart = new Uint32Array(items.length + 1);
    this.unitChar = new Int32Array(total);
    this.unitReading = new Uint16Array(total);
    this.letters = new Uint32Array(items.length);
    this.starts = new Uint32Array(items.length);
    let u = 0;
    order.forEach((from, i) => {
      const { chars, readings } = reads[from]!;
      this.unitStart[i] = u;
      let letters = 0;
      let starts = 0;
      chars.forEach((ch, k) => {
        const code = ch.codePointAt(0)!;
        this.unitChar[u] = code;
        const own = letterBit(code);
        letters |= own;
        starts |= own;
        if (readings[k]) {
          const usual = this.syllable(readings[k]!);
          this.unitReading[u] = usual;
          for (const id of this.readingsOfChar(code, charReadings[ch] ?? [], usual)) {
            const s = this.syllables[id]!;
            starts |= letterBit(s[0]!);
            for (const c of s) letters |= letterBit(c);
          }
        }
        u++;
      });
      this.letters[i] = letters;
      this.starts[i] = starts;
    });
    this.unitStart[items.length] = u;
  }

  /** Builds the index; the names are read in the pinyin worker, so requests are served meanwhile. */
  static async build(items: readonly PriceItem[]): Promise<PriceIndex> {
    const { reads, charReadings } = await readNames(items.map((it) => it.name));
    return new PriceIndex(items, reads, charReadings);
  }

  search(query: PriceQuery): PriceResult {
    const q = normalise(query.q ?? '');
    const kind = query.kind === undefined ? -1 : KINDS.indexOf(query.kind);
    if (q === '') {
      const all = kind < 0 ? null : this.byKind[kind]!;
      const total = all ? all.length : this.size;
      const end = Math.min(total, query.offset + query.limit);
      const items: PriceItem[] = [];
      for (let j = query.offset; j < end; j++) items.push(this.items[all ? all[j]! : j]!);
      return { items, total };
    }
    const qc = codes(q);
    let need = 0;
    const literal: string[] = [];
    for (const ch of new Set(q)) {
      const bit = letterBit(ch.codePointAt(0)!);
      if (bit) need |= bit;
      else literal.push(ch);
    }
    const first = letterBit(qc[0]!);
    const keys: number[] = [];
    for (let i = 0; i < this.size; i++) {
      if (kind >= 0 && this.kinds[i] !== kind) continue;
      if ((this.letters[i]! & need) !== need || (first && !(this.starts[i]! & first))) continue;
      if (literal.length > 0 && !literal.every((ch) => this.names[i]!.includes(ch))) continue;
      const rank = this.match(i, qc);
      if (rank === NO_MATCH) continue;
      const length = Math.min(this.unitStart[i + 1]! - this.unitStart[i]!, 127);
      keys.push((rank * 128 + length) * MAX_ITEMS + i);
    }
    const sorted = Float64Array.from(keys).sort();
    const end = Math.min(sorted.length, query.offset + query.limit);
    const items: PriceItem[] = [];
    for (let j = query.offset; j < end; j++) items.push(this.items[sorted[j]! % MAX_ITEMS]!);
    return { items, total: sorted.length };
  }

  /** The best rank of item i for the query, or NO_MATCH: (tier × 1024 + cost), tier 0 whole name, 1 prefix, 2 inside. */
  private match(i: number, q: Int32Array): number {
    const from = this.unitStart[i]!;
    const n = this.unitStart[i + 1]! - from;
    const width = q.length + 1;
    if (this.memo.length < (n + 1) * width) {
      this.memo = new Int32Array((n + 1) * width * 2);
      this.memoStamp = new Uint32Array(this.memo.length);
    }
    let best = NO_MATCH;
    for (let start = 0; start < n; start++) {
      if (!this.mayStart(from + start, q[0]!)) continue;
      this.stamp = (this.stamp + 1) >>> 0 || 1;
      const found = this.consume(from, n, start, 0, q, width);
      if (found === NO_MATCH) continue;
      const tier = start > 0 ? 2 : found >= SHORT_OF_END ? 1 : 0;
      const rank = tier * 1024 + Math.min(found % SHORT_OF_END, 1023);
      if (rank < best) best = rank;
      if (tier === 2 && found % SHORT_OF_END === 0) break;
      if (start === 0 && best < 2048) break;
    }
    return best;
  }

  private mayStart(u: number, c: number): boolean {
    if (this.unitChar[u] === c) return true;
    if (!this.unitReading[u]) return false;
    for (const id of this.charReadings.get(this.unitChar[u]!)!) if (this.syllables[id]![0] === c) return true;
    return false;
  }

  /**
   * The least cost of matching q[p…] from unit k of the item on, as SHORT_OF_END (when the match
   * stops before the name's last character) + cost; NO_MATCH when it cannot. Each unit is typed
   * as its hanzi, a whole syllable, its first letter or initial (z or zh), or — the last one
   * typed — any beginning of a syllable.
   */
  private consume(from: number, n: number, k: number, p: number, q: Int32Array, width: number): number {
    if (p === q.length) return k === n ? 0 : SHORT_OF_END;
    if (k === n) return NO_MATCH;
    const slot = k * width + p;
    if (this.memoStamp[slot] === this.stamp) return this.memo[slot]!;
    const u = from + k;
    const c = q[p]!;
    let best = NO_MATCH;
    if (this.unitChar[u] === c) best = this.consume(from, n, k + 1, p + 1, q, width);
    const usual = this.unitReading[u]!;
    if (usual) {
      for (const id of this.charReadings.get(this.unitChar[u]!)!) {
        const s = this.syllables[id]!;
        if (s[0] !== c) continue;
        const other = id === usual ? 0 : OTHER_READING;
        let m = 1;
        while (m < s.length && p + m < q.length && q[p + m] === s[m]) m++;
        if (m === s.length) best = Math.min(best, other + this.consume(from, n, k + 1, p + m, q, width));
        else if (p + m === q.length) best = Math.min(best, other + (k === n - 1 ? 0 : SHORT_OF_END));
        if (s.length > 1) best = Math.min(best, other + INITIAL_ONLY + this.consume(from, n, k + 1, p + 1, q, width));
        // zh, ch and sh are one initial (声母) to a pinyin typist: zhsy for 注射液.
        if (s.length > 2 && m >= 2 && s[1] === 104 /* h */ && (s[0] === 122 || s[0] === 99 || s[0] === 115) /* z c s */) {
          best = Math.min(best, other + INITIAL_ONLY + this.consume(from, n, k + 1, p + 2, q, width));
        }
      }
    }
    this.memoStamp[slot] = this.stamp;
    this.memo[slot] = best;
    return best;
  }

  private syllable(text: string): number {
    let id = this.syllableIds.get(text);
    if (id === undefined) {
      id = this.syllables.push(codes(text)) - 1;
      this.syllableIds.set(text, id);
    }
    return id;
  }

  /** The character's readings, including the one this name gives it should the dictionary lack it. */
  private readingsOfChar(code: number, readings: readonly string[], usual: number): Uint16Array {
    let ids = this.charReadings.get(code);
    if (!ids) ids = Uint16Array.from(readings, (r) => this.syllable(r));
    if (!ids.includes(usual)) ids = Uint16Array.from([...ids, usual]);
    this.charReadings.set(code, ids);
    return ids;
  }
}
