// Opens the kiosk database in the data directory and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from './db.ts';
import { migrate } from './migrate.ts';

export const DB_FILE = 'kiosk.sqlite';

export async function openStore(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const db = await Database.open(join(dataDir, DB_FILE));
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
