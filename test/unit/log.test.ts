import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log.ts';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  return { stream, text: () => text };
}

const ID = '15010219800101123X';

describe('logging', () => {
  it('[001-8.1.12] never writes a logged ID number, name, token or phone', () => {
    const out = capture();
    const log = createLogger({ level: 'info', destination: out.stream });
    log.info({ certno: ID, psn_name: '张三丰', ecToken: 'tok-secret', phone: '13800138000' }, 'person');
    log.info({ person: { idNo: ID, name: '张三丰' } }, 'nested');
    log.info({ request: { input: { data: { mdtrt_cert_no: ID } } } }, 'deep');
    log.info({ detail: `reader returned ${ID}` }, 'in a string field');
    log.info(`message with ${ID} and 13800138000 inside`);
    log.error({ err: new Error(`lookup failed for ${ID}`) }, 'error');
    const text = out.text();
    expect(text).not.toContain(ID);
    expect(text).not.toContain('张三丰');
    expect(text).not.toContain('tok-secret');
    expect(text).not.toContain('13800138000');
    expect(text).toContain('1501**********123X');
    expect(text.trim().split('\n')).toHaveLength(6);
  });

  it('[001-8.1.12] masks old and foreign ID numbers and landlines in text, and personal keys at any depth or as keys', () => {
    const out = capture();
    const log = createLogger({ level: 'info', destination: out.stream });
    log.info(`old card 150102800101123, foreign USA110086010155, call 0471-6543210 or 01012345678`);
    log.info({ a: { b: { c: { d: { e: { name: '张三丰', psn_no: '15000000000000001234' } } } } } }, 'five deep');
    log.info({ byCertno: { [ID]: 'seen' }, paasToken: 'gw-secret', accessToken: 'acc-secret', psnNo: '15000000000000001234' }, 'keys');
    const text = out.text();
    for (const secret of ['150102800101123', 'USA110086010155', '6543210', '12345678', '张三丰', '15000000000000001234', ID, 'gw-secret', 'acc-secret']) {
      expect(text).not.toContain(secret);
    }
  });

  it('leaves catalogue codes, msgids and amounts readable', () => {
    const out = capture();
    createLogger({ level: 'info', destination: out.stream }).info({ code: '001100500001019', msgid: 'H150102000212026120714230512340001', amount: '0.00' }, 'line');
    expect(JSON.parse(out.text())).toMatchObject({ code: '001100500001019', msgid: 'H150102000212026120714230512340001', amount: '0.00' });
  });

  it('keeps ordinary fields', () => {
    const out = capture();
    createLogger({ level: 'info', destination: out.stream }).info({ device: 'idcard', state: 'ready' }, 'device state');
    expect(JSON.parse(out.text())).toMatchObject({ device: 'idcard', state: 'ready', msg: 'device state' });
  });
});
