import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../server/store/db.ts';
import { openStore } from '../../server/store/store.ts';

/** A migrated store in a fresh temporary directory. */
export async function freshStore(): Promise<{ db: Database; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  return { db: await openStore(dir), dir };
}
