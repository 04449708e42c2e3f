// Finding an entry of a platform list (diseases, items, institutions, doctors) by what was typed:
// hanzi in the name, full pinyin, or pinyin initials, as the daemon's entries carry them. Whole
// matches first, then those that start with it, then those that contain it; list order otherwise.
export interface Searchable {
  name: string;
  pinyin: string;
  initials: string;
}

/** Lower case, no spaces, full-width letters and digits made half-width, ü typed as v. */
export function normalise(query: string): string {
  return query
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/ü/g, 'v')
    .toLowerCase();
}

function rank(e: Searchable, q: string): number {
  const keys = [e.name.toLowerCase(), e.pinyin.toLowerCase(), e.initials.toLowerCase()];
  if (keys.some((k) => k === q)) return 0;
  if (keys.some((k) => k.startsWith(q))) return 1;
  if (keys.some((k) => k.includes(q))) return 2;
  return -1;
}

export function matchEntries<T extends Searchable>(entries: readonly T[], query: string): T[] {
  const q = normalise(query);
  if (!q) return [...entries];
  return entries
    .map((e, i) => ({ e, i, r: rank(e, q) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.e);
}
