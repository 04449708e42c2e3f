import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeProblem, loadConfig, mergeConfig } from '../../server/config.ts';
import { ROOT } from '../../server/paths.ts';

function withOverride(override: unknown, extraEnv: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  const file = join(dir, 'kiosk.json');
  writeFileSync(file, typeof override === 'string' ? override : JSON.stringify(override));
  return () => loadConfig({ KIOSK_CONFIG: file, ...extraEnv }, dir);
}

const problem = (load: () => unknown) => {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('config', () => {
  it('loads the default config as valid, everything simulated on loopback', () => {
    const { config, dataDir, sources } = loadConfig({}, '/srv/kiosk');
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.insurance.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(dataDir).toBe('/srv/kiosk/var');
    expect(sources).toEqual([join(ROOT, 'config', 'default.json')]);
  });

  it('merges KIOSK_CONFIG over the defaults key by key', () => {
    const { config, sources } = withOverride({ institution: { grade: 'A' } })();
    expect(config.institution).toEqual({ kind: 'hospital', level: '2', grade: 'A' });
    expect(config.server.port).toBe(8080);
    expect(sources).toHaveLength(2);
  });

  it('lets PORT and KIOSK_DATA_DIR override the files', () => {
    const { config, dataDir } = loadConfig({ PORT: '9123', KIOSK_DATA_DIR: '/data/kiosk' }, '/');
    expect(config.server.port).toBe(9123);
    expect(dataDir).toBe('/data/kiosk');
  });

  it('names a misspelt field, the file it is in, and the field it probably meant', () => {
    const line = problem(withOverride({ insurance: { baseUr: 'http://127.0.0.1:1/center' } }));
    expect(line).toMatch(/^config error: unknown field insurance\.baseUr in .*kiosk\.json \(did you mean insurance\.baseUrl\?\)$/);
  });

  it('names a bad value and what was expected', () => {
    expect(problem(withOverride({ institution: { grade: 'D' } }))).toMatch(
      /institution\.grade = "D" in .*kiosk\.json — expected the settlement grade .*"A", "B" or "C"/,
    );
    expect(problem(withOverride({ server: { port: 70000 } }))).toMatch(/server\.port = 70000 .* expected a TCP port from 0 to 65535/);
    expect(problem(withOverride({ insurance: { mdtrtareaAdmvs: '15010' } }))).toMatch(/insurance\.mdtrtareaAdmvs = "15010" .* 6-digit region code/);
  });

  it('names a missing field', () => {
    const line = problem(withOverride({ operator: null }));
    expect(line).toMatch(/operator = null .* expected/);
    const { config } = loadConfig({});
    const withoutIdle = { ...config, session: {} };
    expect(describeProblem(withoutIdle, () => 'kiosk.json')).toMatch(/^config error: session\.idleMinutes is missing in kiosk\.json — expected minutes after which/);
  });

  it("names the wrong field inside a device entry, not just the entry", () => {
    expect(problem(withOverride({ devices: { idcard: { driver: 'sam-serial', path: '/dev/ttyUSB0', baudRate: 12345 } } }))).toMatch(
      /devices\.idcard\.baudRate = 12345 .* expected the UART speed, one of 115200/,
    );
    expect(problem(withOverride({ devices: { printer: { driver: 'escpos', interface: 'tcp://p:9100', widht: 80 } } }))).toMatch(
      /unknown field devices\.printer\.widht .*\(did you mean devices\.printer\.width\?\)/,
    );
    expect(problem(withOverride({ devices: { camera: { driver: 'webcam' } } }))).toMatch(/devices\.camera = \{"driver":"webcam"\} .* expected the face camera/);
  });

  it('names a section that is not an object, and a missing one, by what it should hold', () => {
    expect(problem(withOverride({ server: 5 }))).toMatch(/^config error: server = 5 in .*kiosk\.json — expected .*host.*port/);
    expect(problem(withOverride({ server: 5 }, { PORT: '9000' }))).toMatch(/^config error: server = 5 /);
    const { config } = loadConfig({});
    const { session: _gone, ...withoutSession } = config;
    expect(describeProblem(withoutSession, () => 'kiosk.json')).toMatch(/^config error: session is missing in kiosk\.json — expected .*idleMinutes/);
  });

  it('names the wrong field inside the signing method it chose, and never prints a secret', () => {
    const line = problem(withOverride({ insurance: { signing: { kind: 'tif', paasID: 'p1', paasToken: 's3cr3t-token' } } }));
    expect(line).toMatch(/unknown field insurance\.signing\.paasID .*\(did you mean insurance\.signing\.paasId\?\)/);
    const whole = problem(withOverride({ insurance: { signing: { kind: 'rsa', paasToken: 's3cr3t-token' } } }));
    expect(whole).toMatch(/insurance\.signing = .* expected \{"kind":"none"\}/);
    expect(whole).not.toContain('s3cr3t-token');
  });

  it('reports unreadable and non-JSON files in one line', () => {
    expect(problem(() => loadConfig({ KIOSK_CONFIG: '/nonexistent/kiosk.json' }))).toMatch(/cannot read \/nonexistent\/kiosk\.json: ENOENT/);
    expect(problem(withOverride('{ "profile": '))).toMatch(/is not valid JSON/);
    expect(problem(withOverride('[1]'))).toMatch(/must hold a JSON object/);
  });

  it('rejects a non-numeric PORT naming the variable', () => {
    expect(problem(() => loadConfig({ PORT: '80a' }))).toBe('config error: PORT="80a" — expected a TCP port from 0 to 65535');
  });

  it('accepts every deployment profile', () => {
    for (const profile of ['hospital-kiosk', 'township-hall', 'bedside-cart', 'pharmacy-counter']) {
      const { config } = loadConfig({ KIOSK_CONFIG: join(ROOT, 'config', 'profiles', `${profile}.json`) });
      expect(config.profile).toBe(profile);
      expect(config.institution.grade).toMatch(/^[ABC]$/);
      expect(config.insurance.mdtrtareaAdmvs).toMatch(/^\d{6}$/);
    }
  });

  it('merges objects deeply and replaces arrays and scalars', () => {
    expect(mergeConfig({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, d: 2 })).toEqual({ a: { b: 1, c: [3] }, d: 2 });
  });

  it('replaces a device entry whole, since its fields belong to its driver', () => {
    const { config } = withOverride({ devices: { idcard: { driver: 'none' }, printer: { driver: 'escpos', interface: '/dev/usb/lp0', width: 58 } } })();
    expect(config.devices.idcard).toEqual({ driver: 'none' });
    expect(config.devices.printer).toEqual({ driver: 'escpos', interface: '/dev/usb/lp0', width: 58 });
  });
});
