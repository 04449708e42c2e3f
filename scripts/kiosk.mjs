#!/usr/bin/env node
// `npm run kiosk`: the touchscreen of a real terminal. Waits until the daemon answers
// /api/health, then runs Debian's Chromium full screen on the UI, and starts it again if it
// ever exits (a crash must not leave the patient a desktop). Ctrl-C or SIGTERM stops it.
//
//   npm run kiosk                                   # http://127.0.0.1:8080/, as config/default.json
//   npm run kiosk -- --lang en --elderly            # start in English and in 大字版 (?lang=en&mode=elderly)
//   npm run kiosk -- --url http://10.0.0.5:8080/    # a daemon elsewhere (bedside tablet → cart)
//   npm run kiosk -- --window 1080x1920             # a window instead of full screen, to try it on a desktop
//   npm run kiosk -- --print                        # print the Chromium command and exit
//
// Environment: KIOSK_URL (as --url), CHROMIUM_PATH (default /usr/bin/chromium). It needs the
// terminal's graphical session (DISPLAY or WAYLAND_DISPLAY), e.g. started from its autostart.
//
// Chromium flags, and why:
//   --kiosk                       full screen, no address bar, tabs or exit key
//   --user-data-dir=<temp>        a fresh profile each start, removed at exit: nothing of one day's
//                                 browsing survives, and no "restore pages?" bubble
//   --autoplay-policy=no-user-gesture-required
//                                 voice prompts may speak before the first touch
//   --enable-speech-dispatcher    speechSynthesis through speech-dispatcher + espeak-ng on Linux
//   --disable-pinch, --overscroll-history-navigation=0
//                                 no pinch zoom, no swipe back to a previous page
//   --touch-events=enabled        the touchscreen's touches as touch events
//   --noerrdialogs, --disable-infobars, --disable-session-crashed-bubble, --hide-crash-restore-bubble,
//   --disable-features=Translate,TranslateUI,MediaRouter,OverscrollHistoryNavigation
//                                 nothing pops up over the UI (no translate bar, no cast, no crash bubble)
//   --no-first-run, --no-default-browser-check, --disable-default-apps, --disable-extensions,
//   --disable-sync, --disable-background-networking, --disable-component-update,
//   --check-for-update-interval=31536000, --password-store=basic
//                                 no first-run pages, no calls home, no keyring prompt
//   --lang=zh-CN                  Chromium's own language (the UI's is chosen with --lang above)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const USAGE = 'usage: npm run kiosk -- [--url URL] [--lang zh|en] [--elderly] [--window WxH] [--print]';

export function parseArgs(argv, env = process.env) {
  const o = { url: env.KIOSK_URL ?? 'http://127.0.0.1:8080/', lang: undefined, elderly: false, window: undefined, print: false, chromium: env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--url') o.url = value();
    else if (arg === '--lang') o.lang = value();
    else if (arg === '--elderly') o.elderly = true;
    else if (arg === '--window') o.window = value();
    else if (arg === '--print') o.print = true;
    else if (arg === '--chromium') o.chromium = value();
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (o.lang !== undefined && o.lang !== 'zh' && o.lang !== 'en') throw new Error(`--lang is zh or en, not ${o.lang}`);
  if (o.window !== undefined && !/^\d+x\d+$/.test(o.window)) throw new Error(`--window is WIDTHxHEIGHT, e.g. 1080x1920, not ${o.window}`);
  return o;
}

/** The UI address with the start language and mode. */
export function uiUrl(o) {
  const url = new URL(o.url);
  if (o.lang === 'en') url.searchParams.set('lang', 'en');
  if (o.elderly) url.searchParams.set('mode', 'elderly');
  return url.href;
}

export function chromiumArgs(o, profile) {
  const [width, height] = (o.window ?? '').split('x');
  return [
    ...(o.window ? [`--window-size=${width},${height}`, '--window-position=0,0', `--app=${uiUrl(o)}`] : ['--kiosk']),
    `--user-data-dir=${profile}`,
    '--autoplay-policy=no-user-gesture-required',
    '--enable-speech-dispatcher',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--touch-events=enabled',
    '--noerrdialogs',
    '--disable-infobars',
    '--disable-session-crashed-bubble',
    '--hide-crash-restore-bubble',
    '--disable-features=Translate,TranslateUI,MediaRouter,OverscrollHistoryNavigation',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--check-for-update-interval=31536000',
    '--password-store=basic',
    '--lang=zh-CN',
    ...(o.window ? [] : [uiUrl(o)]),
  ];
}

async function waitForDaemon(url) {
  const health = new URL('/api/health', url).href;
  for (let told = false; ; ) {
    try {
      const res = await fetch(health, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (!told) process.stderr.write(`kiosk: waiting for the daemon at ${health} (start it with npm start)…\n`);
    told = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(64);
  }
  const profile = join(tmpdir(), 'medins-kiosk-chromium-XXXXXX');
  if (o.print) {
    process.stdout.write(`${[o.chromium, ...chromiumArgs(o, profile)].join(' ')}\n`);
    return;
  }
  if (!existsSync(o.chromium)) {
    process.stderr.write(`kiosk: no Chromium at ${o.chromium}; install it (apt-get install chromium) or set CHROMIUM_PATH\n`);
    process.exit(69);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    process.stderr.write('kiosk: no graphical session (DISPLAY / WAYLAND_DISPLAY); run it from the terminal\'s desktop session or its autostart\n');
    process.exit(69);
  }
  await waitForDaemon(o.url);
  let stopping = false;
  let child;
  const stop = () => {
    stopping = true;
    child?.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  while (!stopping) {
    const dir = mkdtempSync(join(tmpdir(), 'medins-kiosk-chromium-'));
    process.stderr.write(`kiosk: Chromium on ${uiUrl(o)}\n`);
    child = spawn(o.chromium, chromiumArgs(o, dir), { stdio: ['ignore', 'ignore', 'inherit'] });
    const code = await new Promise((resolve) => child.once('exit', (c, signal) => resolve(c ?? signal)));
    rmSync(dir, { recursive: true, force: true });
    if (!stopping) {
      process.stderr.write(`kiosk: Chromium exited (${code}); starting it again in 2 s\n`);
      await new Promise((r) => setTimeout(r, 2000));
      await waitForDaemon(o.url);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
