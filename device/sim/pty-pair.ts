// Two linked pseudo-terminals from socat: the simulator opens one end, the real driver the other,
// and both see an ordinary serial port. Removing the pair is how a simulator "unplugs" itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface PtyLinks {
  /** The path the driver under test opens. */
  device: string;
  /** The path the simulator opens. */
  sim: string;
}

export interface PtyPair extends PtyLinks {
  /** Ends socat; both links disappear and open ports see a hang-up. */
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 5_000;

export function openPtyPair(links: PtyLinks): Promise<PtyPair> {
  return new Promise((resolve, reject) => {
    const socat: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${links.device}`, `pty,raw,echo=0,link=${links.sim}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    socat.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((done) => socat.once('exit', () => done()));
    let settled = false;
    const started = Date.now();
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(check);
      if (err) {
        socat.kill('SIGTERM');
        reject(err);
        return;
      }
      resolve({
        ...links,
        close: async () => {
          if (socat.exitCode === null && socat.signalCode === null) socat.kill('SIGTERM');
          await exited;
        },
      });
    };
    socat.once('error', (err: NodeJS.ErrnoException) =>
      finish(err.code === 'ENOENT' ? new Error('socat is not installed (Debian: apt-get install socat)') : err),
    );
    socat.once('exit', (code) => finish(new Error(`socat exited with ${code} before its ptys were ready: ${stderr.trim()}`)));
    const check = setInterval(() => {
      if (existsSync(links.device) && existsSync(links.sim)) finish();
      else if (Date.now() - started > READY_TIMEOUT_MS) finish(new Error(`socat did not create ${links.device} within ${READY_TIMEOUT_MS} ms`));
    }, 5);
  });
}
