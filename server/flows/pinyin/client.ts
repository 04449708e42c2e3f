// Pinyin readings from a worker thread. pinyin-pro's dictionaries cost some 20 MB of heap and a
// few hundred milliseconds to load; readings are wanted only when the price list or a platform
// dictionary changes, so the worker starts on demand and ends after a quiet spell, taking that
// memory with it. The worker is the bundled dist/server/pinyin-worker.js (tests build it first).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../../paths.ts';
import type { NameReading, SearchKeys } from './readings.ts';

export type { NameReading, SearchKeys };

export type PinyinJob = { id: number; op: 'read-names' | 'search-keys'; names: string[] };
export type PinyinReply = { id: number; result: unknown } | { id: number; error: string };

const SCRIPT = join(ROOT, 'dist', 'server', 'pinyin-worker.js');
const IDLE_MS = 5_000;

class PinyinWorker {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 0;
  private idle: NodeJS.Timeout | undefined;

  run(op: PinyinJob['op'], names: string[]): Promise<unknown> {
    clearTimeout(this.idle);
    const worker = this.worker ?? this.start();
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, op, names } satisfies PinyinJob);
    });
  }

  private start(): Worker {
    const worker = new Worker(SCRIPT);
    // Never the reason the daemon stays up.
    worker.unref();
    worker.on('message', (reply: PinyinReply) => {
      const job = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) job?.reject(new Error(`pinyin: ${reply.error}`));
      else job?.resolve(reply.result);
      if (this.waiting.size === 0) this.idle = setTimeout(() => void this.stop(), IDLE_MS).unref();
    });
    const failAll = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const job of this.waiting.values()) job.reject(err);
      this.waiting.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`pinyin worker exited (${code})`)));
    this.worker = worker;
    return worker;
  }

  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

const pinyinWorker = new PinyinWorker();

/** The names read, with every reading of each Han character in them (see readings.ts). */
export const readNames = (names: string[]) => pinyinWorker.run('read-names', names) as Promise<{ reads: NameReading[]; charReadings: Record<string, string[]> }>;
/** Toneless pinyin and initials of each name. */
export const searchKeysOf = (names: string[]) => pinyinWorker.run('search-keys', names) as Promise<SearchKeys[]>;
/** Ends the worker now (at shutdown). */
export const stopPinyin = () => pinyinWorker.stop();
