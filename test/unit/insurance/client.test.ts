import { createServer, type Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsuranceClient } from '../../../server/insurance/client.ts';
import { PlatformInvalidOutput, PlatformRefused } from '../../../server/insurance/errors.ts';
import { patientMessage } from '../../../server/insurance/patient-message.ts';
import { noSigning } from '../../../server/insurance/signing/signer.ts';
import { personInfo } from '../../../server/insurance/transactions/1101.ts';
import { signIn } from '../../../server/insurance/transactions/9001.ts';
import { memoryMsgids } from '../../helpers/sandbox.ts';

let server: Server;
let seen: Record<string, unknown>[] = [];
let answer: unknown = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      seen.push(JSON.parse(body));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function client() {
  const { port } = server.address() as { port: number };
  return new InsuranceClient({
    baseUrl: `http://127.0.0.1:${port}/center`,
    fixmedinsCode: 'H15010200021',
    fixmedinsName: '沙盒市第二人民医院',
    mdtrtareaAdmvs: '150102',
    recerSysCode: 'R',
    opter: { code: 'ZZJ001', name: '自助机01' },
    devNo: 'K1',
    timeoutMs: 2000,
    retries: 0,
    signer: noSigning,
    msgids: memoryMsgids('H15010200021', () => new Date('2026-11-23T02:03:04Z')),
    log: pino({ level: 'silent' }),
    clock: () => new Date('2026-11-23T02:03:04Z'),
  });
}

describe('the NHSA client', () => {
  it('sends the envelope as a self-service terminal, with Shanghai time and the sign-in serial', async () => {
    seen = [];
    answer = { infcode: '0', output: { signinoutb: { sign_time: '2026-11-23 10:03:04', sign_no: 'S1' } } };
    const c = client();
    c.signNo = 'SIGN-1';
    await c.call(signIn, { signIn: { opter_no: 'ZZJ001', mac: 'm', ip: '1' } });
    expect(seen[0]).toMatchObject({
      infno: '9001',
      msgid: expect.stringMatching(/^H15010200021202611231003040\d{3}$/),
      opter_type: '2',
      inf_time: '2026-11-23 10:03:04',
      infver: 'V1.0',
      fixmedins_code: 'H15010200021',
      mdtrtarea_admvs: '150102',
      sign_no: 'SIGN-1',
      input: { signIn: { opter_no: 'ZZJ001' } },
    });
  });

  it('keeps err_msg of a refusal and gives the patient words they can act on', async () => {
    answer = { infcode: '-1', err_msg: '人员参保状态为暂停参保(2025-01-01起)，不能享受医保待遇', output: null };
    const err = (await client()
      .call(personInfo, { data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'x' } })
      .catch((e: unknown) => e)) as PlatformRefused;
    expect(err).toBeInstanceOf(PlatformRefused);
    expect(err).toMatchObject({ infcode: '-1', errMsg: expect.stringContaining('暂停参保'), outcomeKnown: true });
    expect(err.bilingual.en).toMatch(/cannot be used at the moment/);
  });

  it('refuses a success answer whose output does not match the transaction schema', async () => {
    answer = { infcode: 0, output: { baseinfo: {} } };
    await expect(client().call(personInfo, { data: { mdtrt_cert_type: '02', mdtrt_cert_no: 'x' } })).rejects.toBeInstanceOf(PlatformInvalidOutput);
  });

  it('says in plain words what an unknown platform message is, keeping its text', () => {
    expect(patientMessage('未知错误XYZ')).toEqual({ zh: expect.stringContaining('未知错误XYZ'), en: expect.stringMatching(/ask a member of staff/) });
    expect(patientMessage('电子凭证二维码已过期，请刷新后重试').en).toMatch(/expired/);
  });
});
