// The audit log is a hash chain: each row's hash covers its own fields and the previous row's
// hash, so editing a row breaks its hash and deleting one breaks the chain (or, for the last
// row, leaves SQLite's AUTOINCREMENT counter ahead of the table). The hashes are HMACs under a key
// kept outside the database, so whoever can write the database cannot recompute the chain after
// an edit. Details never carry personal data.
import { createHmac } from 'node:crypto';
import type { Database, Queryable } from './db.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  actor: string;
  action: string;
  detail?: Record<string, unknown>;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

export type AuditVerdict =
  | { ok: true; rows: number }
  | { ok: false; rows: number; id: number; problem: string };

function rowHash(key: Buffer, row: Omit<AuditRow, 'hash'>): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([row.id, row.at, row.actor, row.action, row.detail, row.prev_hash]))
    .digest('hex');
}

async function sequence(q: Queryable): Promise<number> {
  const row = await q.get<{ seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'audit'");
  return row?.seq ?? 0;
}

/** Appends inside the caller's transaction, so the entry lands with the change it records. */
export async function appendAudit(tx: Queryable, key: Buffer, entry: AuditEntry, now = new Date()): Promise<AuditRow> {
  const last = await tx.get<{ hash: string }>('SELECT hash FROM audit ORDER BY id DESC LIMIT 1');
  const partial = {
    id: (await sequence(tx)) + 1,
    at: now.toISOString(),
    actor: entry.actor,
    action: entry.action,
    detail: JSON.stringify(entry.detail ?? {}),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const row: AuditRow = { ...partial, hash: rowHash(key, partial) };
  await tx.run('INSERT INTO audit (id, at, actor, action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    row.id, row.at, row.actor, row.action, row.detail, row.prev_hash, row.hash,
  ]);
  return row;
}

/** Appends in a transaction of its own. */
export function audit(db: Database, entry: AuditEntry): Promise<AuditRow> {
  return db.transaction((tx) => appendAudit(tx, db.auditKey, entry));
}

export async function recentAudit(q: Queryable, limit: number): Promise<AuditRow[]> {
  return q.all<AuditRow>('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit]);
}

/** Walks the whole chain and names the first row that does not hold. */
export async function verifyAudit(db: Database): Promise<AuditVerdict> {
  const rows = await db.all<AuditRow>('SELECT * FROM audit ORDER BY id');
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  for (const row of rows) {
    if (row.id !== expectedId) return { ok: false, rows: rows.length, id: expectedId, problem: `row ${expectedId} is missing (deleted)` };
    if (row.prev_hash !== prevHash) return { ok: false, rows: rows.length, id: row.id, problem: `row ${row.id} does not link to row ${row.id - 1}` };
    const { hash, ...rest } = row;
    if (rowHash(db.auditKey, rest) !== hash) return { ok: false, rows: rows.length, id: row.id, problem: `row ${row.id} was edited` };
    prevHash = hash;
    expectedId++;
  }
  const seq = await sequence(db);
  if (seq !== rows.length) return { ok: false, rows: rows.length, id: rows.length + 1, problem: `rows after ${rows.length} are missing (deleted)` };
  return { ok: true, rows: rows.length };
}
