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

  it('keeps ordinary fields', () => {
    const out = capture();
    createLogger({ level: 'info', destination: out.stream }).info({ device: 'idcard', state: 'ready' }, 'device state');
    expect(JSON.parse(out.text())).toMatchObject({ device: 'idcard', state: 'ready', msg: 'device state' });
  });
});
