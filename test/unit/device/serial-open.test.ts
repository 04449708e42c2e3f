// Opening a serial port that is not there, or not a serial port, gives a reason a clerk can act on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openSerial, serialPresent } from '../../../device/serial.ts';

const READER = { zh: '身份证读卡器', en: 'ID card reader' };

describe('serial port opening', () => {
  it('reports a missing device node as absent, naming the path', async () => {
    await expect(openSerial('/tmp/no-such-tty', 115200, READER)).rejects.toMatchObject({
      state: 'absent',
      reason: { zh: '身份证读卡器未连接（/tmp/no-such-tty 不存在）', en: 'The ID card reader is not connected (/tmp/no-such-tty does not exist)' },
    });
    expect(await serialPresent('/tmp/no-such-tty')).toBe(false);
  });

  it('reports a file that is not a serial port as an error that cannot be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tty-'));
    const file = join(dir, 'plain');
    writeFileSync(file, '');
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    await expect(openSerial(file, 115200, READER)).rejects.toMatchObject({ state: 'error', reason: { en: `Cannot open the ID card reader (${file})` } });
    expect(await serialPresent(file)).toBe(true);
  });
});
