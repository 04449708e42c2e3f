// Where the msgid generator keeps its reservation mark, so ids stay unique across restarts.
import type { MsgidMark, MsgidStorage } from '../insurance/msgid.ts';
import type { Queryable } from './db.ts';

const KEY = 'msgid.mark';

export function msgidStorage(q: Queryable): MsgidStorage {
  return {
    async load() {
      const row = await q.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [KEY]);
      return row ? (JSON.parse(row.value) as MsgidMark) : undefined;
    },
    async save(mark) {
      await q.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [KEY, JSON.stringify(mark)]);
    },
  };
}
