// One small promise wrapper over sqlite3. sqlite3 runs every statement of a connection on one
// queue, so a transaction left open while another caller's statement slips in would swallow that
// statement. The wrapper therefore serialises: a transaction holds the connection until it ends,
// and plain statements wait their turn.
//
// Each statement costs two thread hand-offs (to sqlite's thread and back), which under load
// dominate. So plain statements that queue up while the connection is busy go out together: all
// at once, inside one transaction when any of them writes, resolved once it commits. A statement
// that fails (a constraint) fails alone: SQLite undoes just that statement, the batch commits.
import { randomBytes } from 'node:crypto';
import sqlite3 from 'sqlite3';

export type Param = string | number | bigint | null | Buffer;
export interface RunResult {
  lastID: number;
  changes: number;
}

/** What store modules take: the database itself, or an open transaction. */
export interface Queryable {
  run(sql: string, params?: Param[]): Promise<RunResult>;
  get<T>(sql: string, params?: Param[]): Promise<T | undefined>;
  all<T>(sql: string, params?: Param[]): Promise<T[]>;
}

/** Prepared statements by SQL text: preparing costs more than running a simple statement. */
class StatementCache {
  private readonly statements = new Map<string, sqlite3.Statement>();

  constructor(private readonly db: sqlite3.Database, private readonly limit = 512) {}

  get(sql: string): sqlite3.Statement {
    let stmt = this.statements.get(sql);
    if (stmt) {
      // Refresh its place, so the least recently used is the one evicted.
      this.statements.delete(sql);
    } else {
      stmt = this.db.prepare(sql);
      if (this.statements.size >= this.limit) {
        const [oldest, evicted] = this.statements.entries().next().value!;
        this.statements.delete(oldest);
        evicted.finalize();
      }
    }
    this.statements.set(sql, stmt);
    return stmt;
  }

  finalizeAll(): Promise<void> {
    const all = [...this.statements.values()];
    this.statements.clear();
    return Promise.all(all.map((s) => new Promise<void>((resolve) => s.finalize(() => resolve())))).then(() => undefined);
  }
}

function raw(db: sqlite3.Database, cache: StatementCache): Queryable & { exec(sql: string): Promise<void> } {
  const all = <T>(sql: string, params: Param[] = []) =>
    new Promise<T[]>((resolve, reject) => cache.get(sql).all(params, (err: Error | null, rows: unknown[]) => (err ? reject(err) : resolve(rows as T[]))));
  return {
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        cache.get(sql).run(params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ lastID: this.lastID, changes: this.changes });
        }),
      ),
    // `all` steps the statement to its end, so no read stays open (a half-read `get` would keep
    // the implicit transaction, and with it every later write, uncommitted).
    get: async <T>(sql: string, params: Param[] = []) => (await all<T>(sql, params))[0],
    all,
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve()))),
  };
}

export class Database implements Queryable {
  private readonly conn: ReturnType<typeof raw>;
  private readonly statements: StatementCache;
  private turn: Promise<unknown> = Promise.resolve();
  private closed = false;
  private pending: Array<{ kind: 'run' | 'get' | 'all'; sql: string; params: Param[] | undefined; settle: (r: PromiseSettledResult<unknown>) => void }> = [];

  private constructor(
    private readonly db: sqlite3.Database,
    readonly file: string,
    /** Keys the audit chain's hashes (store/audit.ts); kept outside the database file. */
    readonly auditKey: Buffer,
  ) {
    this.statements = new StatementCache(db);
    this.conn = raw(db, this.statements);
  }

  static async open(file: string, auditKey: Buffer = randomBytes(32)): Promise<Database> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(handle)));
    });
    const wrapped = new Database(db, file, auditKey);
    // WAL lets readers (reports, exports) run beside the writer; NORMAL is durable across a
    // process crash in WAL mode, which is the failure the journal must survive.
    await wrapped.conn.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    return wrapped;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('database is closed'));
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }

  run(sql: string, params?: Param[]) {
    return this.batched<RunResult>('run', sql, params);
  }
  get<T>(sql: string, params?: Param[]) {
    return this.batched<T | undefined>('get', sql, params);
  }
  all<T>(sql: string, params?: Param[]) {
    return this.batched<T[]>('all', sql, params);
  }

  private batched<R>(kind: 'run' | 'get' | 'all', sql: string, params: Param[] | undefined): Promise<R> {
    if (this.closed) return Promise.reject(new Error('database is closed'));
    return new Promise<R>((resolve, reject) => {
      const first = this.pending.length === 0;
      this.pending.push({ kind, sql, params, settle: (r) => (r.status === 'fulfilled' ? resolve(r.value as R) : reject(r.reason)) });
      if (first) void this.exclusive(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    const writes = batch.length > 1 && batch.some((op) => op.kind === 'run');
    let results: PromiseSettledResult<unknown>[];
    try {
      if (writes) await this.conn.run('BEGIN IMMEDIATE');
      results = await Promise.allSettled(batch.map((op) => this.conn[op.kind](op.sql, op.params)));
      if (writes) await this.conn.run('COMMIT');
    } catch (err) {
      if (writes) await this.conn.run('ROLLBACK').catch(() => undefined);
      results = batch.map(() => ({ status: 'rejected', reason: err }));
    }
    batch.forEach((op, i) => op.settle(results[i]!));
  }
  exec(sql: string) {
    return this.exclusive(() => this.conn.exec(sql));
  }

  /** Runs `work` with the connection to itself, without a transaction: a sequence of reads
   * that must not interleave with anyone's writes, or a single write. */
  exclusively<T>(work: (q: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(() => work(this.conn));
  }

  /** Runs `work` in one IMMEDIATE transaction: all of its writes land, or none do. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      // Reads may overtake BEGIN (nobody else can write while we hold the connection); writes
      // wait for it. That saves a round trip to the sqlite thread on every transaction.
      const begun = this.conn.run('BEGIN IMMEDIATE');
      // Statements run concurrently on sqlite's threads; COMMIT or ROLLBACK must come after every
      // one of them, or a late write would land outside the transaction.
      const inFlight = new Set<Promise<unknown>>();
      const track = <R>(p: Promise<R>): Promise<R> => {
        inFlight.add(p);
        const forget = () => inFlight.delete(p);
        p.then(forget, forget);
        return p;
      };
      const tx: Queryable = {
        run: (sql, params) => track(begun.then(() => this.conn.run(sql, params))),
        get: (sql, params) => track(this.conn.get(sql, params)),
        all: (sql, params) => track(this.conn.all(sql, params)),
      };
      const settled = async () => {
        while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      };
      try {
        const result = await work(tx);
        await settled();
        await begun;
        await this.conn.run('COMMIT');
        return result;
      } catch (err) {
        await settled();
        if (await begun.then(() => true, () => false)) await this.conn.run('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  /** Waits for queued work, then closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    // Refuse new work first: anything let in while the queue drains would still be running when
    // the statements are finalized, and the close would fail as busy.
    this.closed = true;
    await this.turn;
    await this.statements.finalizeAll();
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}
