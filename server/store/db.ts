// One small promise wrapper over sqlite3. sqlite3 runs every statement of a connection on one
// queue, so a transaction left open while another caller's statement slips in would swallow that
// statement. The wrapper therefore serialises: a transaction holds the connection until it ends,
// and plain statements wait their turn.
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

function raw(db: sqlite3.Database): Queryable & { exec(sql: string): Promise<void> } {
  return {
    run: (sql, params = []) =>
      new Promise((resolve, reject) =>
        db.run(sql, params, function (this: sqlite3.RunResult, err: Error | null) {
          if (err) reject(err);
          else resolve({ lastID: this.lastID, changes: this.changes });
        }),
      ),
    get: <T>(sql: string, params: Param[] = []) =>
      new Promise<T | undefined>((resolve, reject) => db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined)))),
    all: <T>(sql: string, params: Param[] = []) =>
      new Promise<T[]>((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[])))),
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve()))),
  };
}

export class Database implements Queryable {
  private readonly conn: ReturnType<typeof raw>;
  private turn: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(private readonly db: sqlite3.Database, readonly file: string) {
    this.conn = raw(db);
  }

  static async open(file: string): Promise<Database> {
    const db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const handle = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(handle)));
    });
    const wrapped = new Database(db, file);
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
    return this.exclusive(() => this.conn.run(sql, params));
  }
  get<T>(sql: string, params?: Param[]) {
    return this.exclusive(() => this.conn.get<T>(sql, params));
  }
  all<T>(sql: string, params?: Param[]) {
    return this.exclusive(() => this.conn.all<T>(sql, params));
  }
  exec(sql: string) {
    return this.exclusive(() => this.conn.exec(sql));
  }

  /** Runs `work` in one IMMEDIATE transaction: all of its writes land, or none do. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.conn.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.conn);
        await this.conn.exec('COMMIT');
        return result;
      } catch (err) {
        await this.conn.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  /** Waits for queued work, then closes. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.turn;
    this.closed = true;
    await new Promise<void>((resolve, reject) => this.db.close((err) => (err ? reject(err) : resolve())));
  }
}
