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
const SETPRIV = '/usr/bin/setpriv';
const NOT_INSTALLED = 'socat is not installed (Debian: apt-get install socat)';

export function openPtyPair(links: PtyLinks): Promise<PtyPair> {
  return new Promise((resolve, reject) => {
    const args = [`pty,raw,echo=0,link=${links.device}`, `pty,raw,echo=0,link=${links.sim}`];
    // setpriv (util-linux) has the kernel end socat when its parent dies, even by SIGKILL, so no
    // simulator outlives the daemon or test that started it.
    const socat: ChildProcess = existsSync(SETPRIV)
      ? spawn(SETPRIV, ['--pdeathsig', 'TERM', 'socat', ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn('socat', args, { stdio: ['ignore', 'ignore', 'pipe'] });
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
      finish(err.code === 'ENOENT' ? new Error(NOT_INSTALLED) : err),
    );
    socat.once('exit', (code) =>
      finish(new Error(code === 127 ? NOT_INSTALLED : `socat exited with ${code} before its ptys were ready: ${stderr.trim()}`)),
    );
    const check = setInterval(() => {
      if (existsSync(links.device) && existsSync(links.sim)) finish();
      else if (Date.now() - started > READY_TIMEOUT_MS) finish(new Error(`socat did not create ${links.device} within ${READY_TIMEOUT_MS} ms`));
    }, 5);
  });
}
