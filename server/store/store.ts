// Opens the kiosk database in the data directory and brings its schema up to date. The audit
// chain's key lives beside it in a file of its own (mode 600), so the database alone is not
// enough to rewrite the chain unseen.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from './db.ts';
import { migrate } from './migrate.ts';

export const DB_FILE = 'kiosk.sqlite';
export const AUDIT_KEY_FILE = 'audit.key';

function auditKey(dataDir: string): Buffer {
  const file = join(dataDir, AUDIT_KEY_FILE);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    const key = randomBytes(32);
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  }
}

export async function openStore(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const db = await Database.open(join(dataDir, DB_FILE), auditKey(dataDir));
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
