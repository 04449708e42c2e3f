#!/usr/bin/env node
// Builds what is stale: the daemon bundle (dist/server) and the touchscreen UI (dist/ui).
// esbuild takes well under a second for both, so `npm start` can always call this first.
// Type checking is separate (`npm run typecheck`, run by `npm test`).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const targets = [
  {
    name: 'server',
    inputs: ['server', 'device', 'config/schema.ts', 'package.json', 'package-lock.json', 'scripts/build.mjs'],
    build: () =>
      esbuild.build({
        absWorkingDir: root,
        entryPoints: {
          'server/main': 'server/main.ts',
          'server/pinyin-worker': 'server/flows/pinyin/worker.ts',
          'sandbox/main': 'server/sandbox/main.ts',
          'sim/main': 'device/sim/main.ts',
          'cli/pin-hash': 'server/cli/pin-hash.ts',
        },
        outdir: dist,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        sourcemap: 'linked',
        logLevel: 'warning',
      }),
  },
  {
    name: 'ui',
    inputs: ['kiosk-ui', 'package-lock.json', 'scripts/build.mjs'],
    build: async () => {
      await esbuild.build({
        absWorkingDir: root,
        entryPoints: { app: 'kiosk-ui/src/main.ts', sim: 'kiosk-ui/src/sim/sim-page.ts' },
        outdir: join(dist, 'ui'),
        bundle: true,
        platform: 'browser',
        format: 'esm',
        target: 'chrome110',
        minify: true,
        legalComments: 'none',
        sourcemap: 'linked',
        logLevel: 'warning',
      });
      for (const page of ['index.html', 'sim.html']) copyFileSync(join(root, 'kiosk-ui', page), join(dist, 'ui', page));
      // The keyboard's rarer hanzi (GB 2312 level 2), read by pinyin-pro now: fetched only when a keyboard shows.
      const { level2Json } = await import('../kiosk-ui/tools/gb2312-readings.mjs');
      writeFileSync(join(dist, 'ui', 'pinyin-level2.json'), level2Json());
    },
  },
];

function files(path) {
  const abs = join(root, path);
  if (!existsSync(abs)) return [];
  const st = statSync(abs);
  if (!st.isDirectory()) return [`${relative(root, abs)}:${st.size}:${st.mtimeMs}`];
  return readdirSync(abs).sort().flatMap((entry) => files(join(path, entry)));
}

const fingerprint = (inputs) => createHash('sha256').update(inputs.flatMap(files).join('\n')).digest('hex');

const force = process.argv.includes('--force');
mkdirSync(dist, { recursive: true });
const started = performance.now();
const built = [];
for (const target of targets) {
  const stamp = join(dist, `.${target.name}.stamp`);
  const print = fingerprint(target.inputs);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === print) continue;
  await target.build();
  writeFileSync(stamp, print);
  built.push(target.name);
}
if (built.length > 0) {
  process.stderr.write(`built ${built.join(', ')} in ${Math.round(performance.now() - started)} ms\n`);
}
