// Starts the built daemon (dist/server/main.js) as `npm start` would, on a free port with its
// own data directory, and waits for its ready line.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DAEMON = join(ROOT, 'dist', 'server', 'main.js');
/** Node's flags as `npm start` passes them (package.json), so tests run the daemon the same way. */
export const DAEMON_FLAGS: string[] = (/node ((?:--\S+ )*)dist\/server\/main\.js/.exec(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start)?.[1] ?? '')
  .split(' ')
  .filter(Boolean);

export interface RunningDaemon {
  url: string;
  /** The origin of the daemon's own sandbox (…/center, /his, /payment live under it). */
  sandbox: string;
  proc: ChildProcess;
  dataDir: string;
  stdout: () => string;
  stderr: () => string;
  /** Sends a signal and resolves with the exit code and how long the exit took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

export interface ExitedDaemon {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'kiosk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a config override file and returns its path. */
export function configFile(dir: string, config: unknown): string {
  const file = join(dir, 'override.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/** A TCP port free right now (the tiny race with other processes is acceptable in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
function merge(base: JsonObject, over: JsonObject): JsonObject {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(out[k]) && isObject(v) ? merge(out[k] as JsonObject, v) : v;
  return out;
}

/**
 * A config override giving this daemon its own embedded sandbox (free port, fresh data) so tests
 * can run side by side, merged with the test's own settings.
 */
export async function isolatedConfig(extra: JsonObject = {}): Promise<string> {
  return (await isolated(extra)).file;
}

async function isolated(extra: JsonObject): Promise<{ file: string; origin: string }> {
  const dir = tempDir();
  const port = await freePort();
  const center = `http://127.0.0.1:${port}/center`;
  const origin = `http://127.0.0.1:${port}`;
  const file = configFile(
    dir,
    merge(
      {
        sandbox: { port, dataDir: join(dir, 'sandbox') },
        insurance: { baseUrl: center, ecBaseUrl: center },
        his: { baseUrl: `${origin}/his` },
        payment: { baseUrl: `${origin}/payment` },
      },
      extra,
    ),
  );
  return { file, origin };
}

function spawnDaemon(env: Record<string, string>) {
  const dataDir = env.KIOSK_DATA_DIR ?? tempDir();
  // DAEMON_EXTRA_FLAGS adds Node flags for a look inside, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = process.env.DAEMON_EXTRA_FLAGS?.split(' ').filter(Boolean) ?? [];
  const proc = spawn(process.execPath, [...DAEMON_FLAGS, ...extra, DAEMON], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env, KIOSK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return { proc, dataDir, out: () => out, err: () => err };
}

/** Starts the daemon with its own sandbox; `config` is merged into the override file. */
export async function startDaemon(env: Record<string, string> = {}, config: JsonObject = {}, timeoutMs = 15_000): Promise<RunningDaemon> {
  const own = await isolated(config);
  const { proc, dataDir, out, err } = spawnDaemon({ KIOSK_CONFIG: own.file, ...env });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`daemon not ready in ${timeoutMs} ms:\n${out()}\n${err()}`)), timeoutMs);
    const check = () => {
      const match = /touchscreen UI (http:\/\/\S+\/)/.exec(out());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    proc.stdout!.on('data', check);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`daemon exited with ${code} before ready:\n${out()}\n${err()}`));
    });
  });
  return {
    url,
    sandbox: own.origin,
    proc,
    dataDir,
    stdout: out,
    stderr: err,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve({ code: proc.exitCode, ms: 0 });
        const started = Date.now();
        proc.once('exit', (code) => resolve({ code, ms: Date.now() - started }));
        proc.kill(signal);
      }),
  };
}

/** Runs the daemon (with its own sandbox, `config` merged in) expecting it to refuse to start. */
export async function runToExit(env: Record<string, string>, config: JsonObject = {}, timeoutMs = 15_000): Promise<ExitedDaemon> {
  const { proc, out, err } = spawnDaemon({ KIOSK_CONFIG: await isolatedConfig(config), ...env });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`daemon still running after ${timeoutMs} ms:\n${out()}\n${err()}`));
    }, timeoutMs);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: out(), stderr: err() });
    });
  });
}
