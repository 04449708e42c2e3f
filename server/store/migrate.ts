// Applies the numbered migrations the database has not seen yet. The schema version is SQLite's
// user_version, set inside each migration's own transaction, so a crash never leaves half a step.
import type { Database } from './db.ts';
import { MIGRATIONS } from './migrations/index.ts';

export async function migrate(db: Database, migrations: readonly string[] = MIGRATIONS): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version');
  const current = row?.user_version ?? 0;
  if (current > migrations.length) {
    throw new Error(`database schema version ${current} is newer than this software (${migrations.length}); refusing to run an older kiosk on it`);
  }
  for (let version = current + 1; version <= migrations.length; version++) {
    const sql = migrations[version - 1]!;
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(sql)) await tx.run(statement);
      await tx.run(`PRAGMA user_version = ${version}`);
    });
  }
  return migrations.length;
}

/** Our migrations hold no triggers or string literals with semicolons, so `;` ends a statement. */
function splitStatements(sql: string): string[] {
  return sql.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
}
