// What stops the daemon at start, and how it stops.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runToExit, startDaemon } from '../helpers/daemon.ts';

const withConfig = (config: Record<string, unknown>) => runToExit({}, config);

describe('startup and shutdown', () => {
  it('stops with one clear line for a misspelt field', async () => {
    const { code, stderr, stdout } = await withConfig({ insurance: { baseUr: 'http://127.0.0.1:1/center' } });
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^config error: unknown field insurance\.baseUr in \S+override\.json \(did you mean insurance\.baseUrl\?\)/);
  });

  it('stops with one clear line for a bad value', async () => {
    const { code, stderr } = await withConfig({ operator: { sessionMinutes: 'thirty' } });
    expect(code).not.toBe(0);
    expect(stderr.trim()).toMatch(/^config error: operator\.sessionMinutes = "thirty" in \S+override\.json — expected minutes an operator login lasts, 1 to 720$/);
  });

  it('refuses the default PIN against a platform that is not the sandbox', async () => {
    const { code, stderr } = await withConfig({ insurance: { baseUrl: 'https://hsa-gateway.example.cn/center' } });
    expect(code).toBe(78);
    expect(stderr.trim()).toMatch(/^config error: operator\.pinHash is the default PIN 000000, but insurance\.baseUrl \(https:\/\/hsa-gateway\.example\.cn\/center\) does not answer as the sandbox/);
  });

  it('refuses the default PIN against a gateway on this machine that is not the sandbox (a proxy or tunnel)', async () => {
    const gateway = createServer((_req, res) => res.writeHead(404).end()).listen(0, '127.0.0.1');
    await once(gateway, 'listening');
    const { port } = gateway.address() as AddressInfo;
    try {
      const local = await withConfig({ sandbox: { enabled: false }, insurance: { baseUrl: `http://127.0.0.1:${port}/center` } });
      expect(local.code).toBe(78);
      expect(local.stderr).toMatch(/insurance\.baseUrl .* does not answer as the sandbox/);
    } finally {
      gateway.close();
    }
  });

  it('refuses the default PIN when only the e-voucher service is a real one', async () => {
    const { code, stderr } = await withConfig({ insurance: { ecBaseUrl: 'https://ec.example.cn/center' } });
    expect(code).toBe(78);
    expect(stderr).toMatch(/insurance\.ecBaseUrl \(https:\/\/ec\.example\.cn\/center\) does not answer as the sandbox/);
  });

  it('exits cleanly within 5 s on SIGTERM and on SIGINT while idle', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const daemon = await startDaemon();
      const { code, ms } = await daemon.stop(signal);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(5000);
    }
  });

  it('says so in one line when the port is taken', async () => {
    const first = await startDaemon();
    const port = new URL(first.url).port;
    const second = await runToExit({ PORT: port });
    await first.stop();
    expect(second.code).not.toBe(0);
    expect(second.stderr.trim()).toBe(`port ${port} on 127.0.0.1 is already in use — set PORT or server.port`);
  });
});
