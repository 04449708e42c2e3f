#!/usr/bin/env node
// `npm test`: make sure the system packages the tests need are here (installing them with
// apt-get when running as root), build, type-check, then run every test with vitest.
// Extra arguments go to vitest: `npm test -- test/unit`.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// chromium: browser tests · fonts-noto-cjk: Chinese text in the browser's screenshots ·
// socat: pty pairs for serial device tests · libusb-1.0-0: node-hid
const PACKAGES = ['chromium', 'fonts-noto-cjk', 'socat', 'libusb-1.0-0'];

const installed = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;

function ensurePackages() {
  const hasDpkg = spawnSync('dpkg-query', ['--version']).status === 0;
  if (!hasDpkg) {
    process.stderr.write(`npm test: not a Debian system; make sure ${PACKAGES.join(', ')} are installed\n`);
    return;
  }
  const missing = PACKAGES.filter((p) => !installed(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    process.stderr.write(`npm test needs ${missing.join(' ')}: run  sudo apt-get install -y ${missing.join(' ')}  then npm test again\n`);
    process.exit(1);
  }
  process.stderr.write(`npm test: installing ${missing.join(' ')} with apt-get\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensurePackages();
run(process.execPath, ['scripts/build.mjs']);
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
run(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)]);
