// The sandbox refuses what a real platform refuses, with an err_msg that names the problem.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yuanToFen } from '../../../server/insurance/money.ts';
import type { RunningSandbox } from '../../../server/sandbox/server.ts';
import { NOW, openVisit, type CatalogueEntry } from '../../helpers/bill.ts';
import { raw, rawMsgid, rawSignIn } from '../../helpers/raw-envelope.ts';
import type { InsurancePlatform } from '../../../server/insurance/platform.ts';
import { adminGet, CLINIC_A, HOSPITAL_C, persons, platformFor, sandbox, TOWNSHIP_B, type AdminPerson } from '../../helpers/sandbox.ts';

let sb: RunningSandbox;
let signNo: string;
let all: AdminPerson[];
let catalogue: CatalogueEntry[];
const pick = (tag: string, extra: (p: AdminPerson) => boolean = () => true) => all.find((p) => p.tags.includes(tag) && extra(p))!;
const item = (name: string) => catalogue.find((c) => c.name === name)!;

beforeAll(async () => {
  sb = await sandbox({ qrTtlMs: 300, tokenTtlMs: 60_000 });
  signNo = await rawSignIn(sb);
  all = await persons(sb);
  catalogue = await adminGet(sb, '/catalogue');
});
afterAll(() => sb?.close());

const personInput = (p: AdminPerson) => ({ data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, psn_cert_type: '01', certno: p.certno } });

describe('envelope and input validation', () => {
  it('names a missing envelope field', async () => {
    const a = await raw(sb, '1101', personInput(all[0]!), { signNo, patch: { msgid: undefined } });
    expect(a).toMatchObject({ infcode: '-1', err_msg: expect.stringContaining('[msgid]') });
  });

  it('names a malformed envelope field', async () => {
    const a = await raw(sb, '1101', personInput(all[0]!), { signNo, patch: { inf_time: '2026/11/23 10:00' } });
    expect(a.err_msg).toMatch(/\[inf_time\]格式不正确/);
    const b = await raw(sb, '1101', personInput(all[0]!), { signNo, patch: { opter_type: '9' } });
    expect(b.err_msg).toMatch(/\[opter_type\]/);
  });

  it('refuses a msgid that does not follow the rule', async () => {
    const a = await raw(sb, '1101', personInput(all[0]!), { signNo, msgid: `H15010200011${rawMsgid('X').slice(1)}` });
    expect(a.err_msg).toMatch(/应以定点医药机构编码开头/);
  });

  it('answers a body that is not JSON in the envelope, naming the problem', async () => {
    const res = await fetch(`${sb.origin}/center/fsi/api/rsfComIfsService/callService`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"infno":' });
    expect(await res.json()).toMatchObject({ infcode: '-1', err_msg: expect.stringContaining('不是合法的JSON') });
  });

  it('names a missing input field', async () => {
    const a = await raw(sb, '2201', { data: { insutype: '310' } }, { signNo });
    expect(a).toMatchObject({ infcode: '-1', err_msg: expect.stringMatching(/input.*data\.psn_no/) });
  });

  it('refuses an unknown institution, a name or region that does not match it', async () => {
    expect((await raw(sb, '9001', {}, { fixmedinsCode: 'H99999999999' })).err_msg).toMatch(/机构编码\[H99999999999\]不存在/);
    expect((await raw(sb, '1101', personInput(all[0]!), { signNo, fixmedinsName: '别的医院' })).err_msg).toMatch(/名称.*不符/);
    expect((await raw(sb, '1101', personInput(all[0]!), { signNo, region: '110101' })).err_msg).toMatch(/区划.*不符/);
  });

  it('refuses a reused msgid', async () => {
    const msgid = rawMsgid('H15010200021');
    expect((await raw(sb, '1101', personInput(all[0]!), { signNo, msgid })).infcode).toBe('0');
    expect((await raw(sb, '1101', personInput(all[0]!), { signNo, msgid })).err_msg).toMatch(/报文ID.*重复/);
  });

  it('refuses business before sign-in and after sign-out', async () => {
    expect((await raw(sb, '1101', personInput(all[0]!))).err_msg).toMatch(/请先签到/);
    const other = await rawSignIn(sb);
    await raw(sb, '9002', { signOut: { sign_no: other, opter_no: 'T01' } }, { signNo: other });
    expect((await raw(sb, '1101', personInput(all[0]!), { signNo: other })).err_msg).toMatch(/请先签到/);
  });

  it('refuses an unknown psn_no and an unknown mdtrt_id', async () => {
    const a = await raw(sb, '2202', { data: { psn_no: '15000000009999999999', mdtrt_id: 'X', ipt_otp_no: 'Y' } }, { signNo, insuplc: '150102' });
    expect(a.err_msg).toMatch(/人员编号\[15000000009999999999\]不存在/);
    const p = pick('employee');
    const b = await raw(sb, '2202', { data: { psn_no: p.psn_no, mdtrt_id: '150102202611230000000000', ipt_otp_no: 'Y' } }, { signNo, insuplc: p.insuplc_admdvs });
    expect(b.err_msg).toMatch(/就诊ID\[150102202611230000000000\]不存在/);
  });

  it("refuses a request whose insuplc_admdvs is not the person's insured region", async () => {
    const p = pick('cross-region');
    const a = await raw(sb, '5301', { data: { psn_no: p.psn_no } }, { signNo, insuplc: '150102' });
    expect(a.err_msg).toMatch(new RegExp(`人员参保地\\[${p.insuplc_admdvs}\\]`));
  });
});

// One client per institution, as one terminal each: their msgids never collide.
const clients = new Map<string, InsurancePlatform>();
function client(institution = HOSPITAL_C): InsurancePlatform {
  if (!clients.has(institution.code)) clients.set(institution.code, platformFor(sb, { institution }));
  return clients.get(institution.code)!;
}
const platform = () => client();

describe('business rules', () => {
  it('refuses settling the same visit twice', async () => {
    const p = platform();
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const person = pick('employee');
    const v = await openVisit(p, person, [{ item: item('维生素C片'), qty: 1 }]);
    const pre = await p.preSettle(v.args(), v.opts);
    await p.settle(v.args(), pre, v.opts);
    await expect(p.settle(v.args(), pre, v.opts)).rejects.toThrow(/已结算，不能重复结算/);
  });

  it("refuses cancelling another institution's settlement", async () => {
    const p = platform();
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const person = pick('employee');
    const v = await openVisit(p, person, [{ item: item('蒙脱石散'), qty: 1 }]);
    const done = await p.settle(v.args(), await p.preSettle(v.args(), v.opts), v.opts);
    const clinic = client(CLINIC_A);
    await clinic.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    await expect(clinic.cancelSettlement({ setlId: done.setlId, mdtrtId: v.mdtrtId, psnNo: person.psn_no }, v.opts)).rejects.toThrow(/不能撤销其他机构的结算/);
  });

  it('[003-ecqr] resolves a 医保码 once, and refuses it when reused or expired', async () => {
    const p = platform();
    const person = pick('resident');
    const fresh = (await persons(sb)).find((x) => x.psn_no === person.psn_no)!;
    await p.queryQr(fresh.ecqr);
    await expect(p.queryQr(fresh.ecqr)).rejects.toThrow(/二维码已使用/);
    const another = (await persons(sb)).find((x) => x.psn_no === person.psn_no)!;
    await new Promise((r) => setTimeout(r, 400));
    await expect(p.queryQr(another.ecqr)).rejects.toThrow(/二维码已过期/);
    await expect(p.queryQr('NHSAEC1.forged.code')).rejects.toThrow(/二维码无效/);
  });

  it('refuses an ecToken once its visit is settled, and one that expired', async () => {
    const short = await sandbox({ tokenTtlMs: 200 });
    try {
      const p = platformFor(short);
      await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
      const person = (await persons(short, 'employee'))[0]!;
      const id = await p.queryQr(person.ecqr);
      await new Promise((r) => setTimeout(r, 300));
      await expect(p.personInfo({ certType: '01', ecToken: id.ecToken })).rejects.toThrow(/令牌已过期/);
    } finally {
      await short.close();
    }
    const p = platform();
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const person = (await persons(sb, 'employee'))[5]!;
    const id = await p.queryQr(person.ecqr);
    const v = await openVisit(p, person, [{ item: item('复方甘草片'), qty: 1 }], { type: '01', no: id.ecToken });
    await p.settle(v.args(), await p.preSettle(v.args(), v.opts), v.opts);
    await expect(p.personInfo({ certType: '01', ecToken: id.ecToken })).rejects.toThrow(/令牌已使用/);
  });

  it('refuses a face that does not match, and a face switched off by the admin', async () => {
    const p = platform();
    await expect(p.faceAuth(pick('face-mismatch').certno)).rejects.toThrow(/人脸比对不通过/);
    const person = pick('resident');
    await fetch(`${sb.origin}/center/admin/persons/${person.psn_no}/face`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"match":false}' });
    await expect(p.faceAuth(person.certno)).rejects.toThrow(/人脸比对不通过/);
  });

  it('refuses benefits to suspended and deceased persons', async () => {
    const p = platform();
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const suspended = pick('suspended');
    expect((await p.personInfo({ certType: '02', certno: suspended.certno })).insurances[0]!.status).toBe('2');
    await expect(openVisit(p, suspended, [])).rejects.toThrow(/暂停参保/);
    await expect(p.personInfo({ certType: '02', certno: pick('deceased').certno })).rejects.toThrow(/已死亡/);
  });

  it('refuses a fee line whose amount is not price × quantity, and an unknown catalogue code', async () => {
    const p = platform();
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const person = pick('employee');
    const v = await openVisit(p, person, []);
    const line = { feedetlSn: 'L1', occurredAt: NOW(), listCode: item('阿莫西林胶囊').med_list_codg, hospitalCode: 'h', unitPriceFen: 1250, quantity: 20_000, amountFen: 2600, dept: { code: 'd', name: 'd' }, doctor: { code: 'x', name: 'x' } } as const;
    await expect(p.uploadFees({ mdtrtId: v.mdtrtId, psnNo: person.psn_no, chrgBchno: 'B1', lines: [line as never] }, v.opts)).rejects.toThrow(/与单价×数量不符/);
    await expect(p.uploadFees({ mdtrtId: v.mdtrtId, psnNo: person.psn_no, chrgBchno: 'B1', lines: [{ ...line, amountFen: 2500, listCode: 'NOPE' } as never] }, v.opts)).rejects.toThrow(/医保目录编码\[NOPE\]不存在/);
  });
});

describe('benefit rules', () => {
  it('[001-6.2.4] leaves 丙 lines fully to the patient and pays 乙 lines after their self-pay share', async () => {
    const p = platform();
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const person = pick('resident', (x) => x.status === 'active');
    const c = item('注射用胸腺法新');
    const b = item('头孢克肟胶囊');
    const v = await openVisit(p, person, [{ item: c, qty: 1 }, { item: b, qty: 1 }]);
    const pre = await p.preSettle(v.args(), v.opts);
    expect(pre.fullSelfPayFen).toBe(yuanToFen(c.pric));
    expect(pre.preSelfPayFen).toBe(Math.floor((yuanToFen(b.pric) * 100 + 500) / 1000));
    expect(pre.inScopeFen).toBe(pre.totalFen - pre.fullSelfPayFen - pre.preSelfPayFen);
    expect(pre.fundFen).toBeLessThanOrEqual(pre.inScopeFen);
    expect(pre.cashFen + pre.accountFen).toBeGreaterThanOrEqual(pre.fullSelfPayFen);
  });

  it('[004-grade] refuses chronic-disease settlement below grade C, and pays no pooling at grade A', async () => {
    const township = client(TOWNSHIP_B);
    await township.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const person = pick('chronic', (x) => x.insuplc_admdvs === '150102');
    const v = await openVisit(township, person, [{ item: item('盐酸二甲双胍片'), qty: 1 }]);
    await expect(township.preSettle(v.args('14'), v.opts)).rejects.toThrow(/结算等级为B级.*需C级/);

    const clinic = client(CLINIC_A);
    await clinic.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const employee = pick('employee', (x) => yuanToFen(x.balc) > 100_000);
    const w = await openVisit(clinic, employee, [{ item: item('普通门诊诊查费'), qty: 1 }, { item: item('血细胞分析(血常规)'), qty: 1 }]);
    const pre = await clinic.preSettle(w.args(), w.opts);
    expect(pre).toMatchObject({ fundFen: 0, accountFen: pre.totalFen, cashFen: 0 });
  });

  it('pays a cross-region person without a relocation filing at a lower ratio than one with it', async () => {
    const p = platform();
    await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
    const unfiled = pick('cross-region', (x) => !x.tags.includes('relocated') && x.insutype === '390' && x.status === 'active');
    const filed = all.find((x) => x.tags.includes('relocated') && x.insutype === '390')!;
    const ct = item('胸部CT平扫');
    const ratio = async (person: AdminPerson) => {
      const v = await openVisit(p, person, [{ item: ct, qty: 1 }]);
      const pre = await p.preSettle(v.args(), v.opts);
      return pre.fundFen / (pre.inScopeFen - pre.deductibleFen);
    };
    expect(await ratio(unfiled)).toBeLessThan(await ratio(filed));
  });
});
