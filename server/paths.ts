// Where the installation lives. The same code runs from `server/` (tests) and bundled from
// `dist/server/` (npm start), so the root is found by walking up to our package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'medins-kiosk') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`medins-kiosk: package.json not found above ${start}`);
    dir = parent;
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
export const UI_DIST = join(ROOT, 'dist', 'ui');
