// The pinyin worker thread (bundled as dist/server/pinyin-worker.js): answers jobs from client.ts.
import { parentPort } from 'node:worker_threads';
import type { PinyinJob, PinyinReply } from './client.ts';
import { readNames, searchKeys } from './readings.ts';

parentPort!.on('message', (job: PinyinJob) => {
  let reply: PinyinReply;
  try {
    reply = { id: job.id, result: job.op === 'read-names' ? readNames(job.names) : job.names.map(searchKeys) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
