// `npm run kiosk` (scripts/kiosk.mjs) with a stand-in for Chromium: it waits for the daemon, starts
// the browser full screen on the UI with the start language and mode, with a fresh profile, and on
// SIGTERM stops the browser and removes the profile.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../helpers/daemon.ts';

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('npm run kiosk', () => {
  it('runs Chromium in kiosk mode on the UI once the daemon answers, and cleans up on SIGTERM', async () => {
    const dir = tempDir('kiosk-script-');
    const fake = join(dir, 'chromium');
    writeFileSync(fake, `#!/bin/sh\necho $$ > ${dir}/pid\nprintf '%s\\n' "$@" > ${dir}/args.tmp\nmv ${dir}/args.tmp ${dir}/args\nexec sleep 30\n`);
    chmodSync(fake, 0o755);
    let healthy = false;
    const server = createServer((req, res) => res.writeHead(req.url === '/api/health' && healthy ? 200 : 503).end('{}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    const proc = spawn(process.execPath, ['scripts/kiosk.mjs', '--url', url, '--lang', 'en', '--elderly'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: fake, DISPLAY: ':0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(existsSync(join(dir, 'args'))).toBe(false);
      healthy = true;
      await until(() => existsSync(join(dir, 'args')));
      const args = readFileSync(join(dir, 'args'), 'utf8').trim().split('\n');
      expect(args).toEqual(expect.arrayContaining(['--kiosk', '--enable-speech-dispatcher', '--autoplay-policy=no-user-gesture-required', '--disable-pinch', `${url}?lang=en&mode=elderly`]));
      const profile = args.find((a) => a.startsWith('--user-data-dir='))!.slice('--user-data-dir='.length);
      expect(existsSync(profile)).toBe(true);
      const browserPid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
      const exited = new Promise<number | null>((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(profile)).toBe(false);
      expect(() => process.kill(browserPid, 0)).toThrow();
    } finally {
      proc.kill('SIGKILL');
      server.close();
    }
  });
});
