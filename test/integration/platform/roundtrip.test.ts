// Every transaction the terminal speaks, through the daemon's real client, against the sandbox
// over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fen, yuanToFen } from '../../../server/insurance/money.ts';
import { formatDetailFile, parseResultFile } from '../../../server/insurance/reconcile-file.ts';
import type { InsurancePlatform } from '../../../server/insurance/platform.ts';
import type { RunningSandbox } from '../../../server/sandbox/server.ts';
import { NOW, openVisit, type CatalogueEntry } from '../../helpers/bill.ts';
import { adminGet, PHARMACY_A, persons, platformFor, sandbox, type AdminPerson } from '../../helpers/sandbox.ts';

let sb: RunningSandbox;
let p: InsurancePlatform;
let catalogue: CatalogueEntry[];
let employee: AdminPerson;
let chronic: AdminPerson;
const byName = (name: string) => catalogue.find((c) => c.name === name)!;
const today = () => NOW().slice(0, 10);

beforeAll(async () => {
  sb = await sandbox();
  p = platformFor(sb);
  catalogue = await adminGet(sb, '/catalogue');
  employee = (await persons(sb, 'employee')).find((x) => x.tags.length === 1 && yuanToFen(x.balc) > 10_000)!;
  chronic = (await persons(sb, 'chronic')).find((x) => x.status === 'active')!;
});
afterAll(() => sb?.close());

describe('every transaction round trip against the sandbox', () => {
  it('9001 signs in and 9002 signs out', async () => {
    const other = platformFor(sb);
    const { signNo } = await other.signIn({ opterNo: 'ZZJ001', mac: '00:11:22:33:44:55', ip: '10.0.0.8' });
    expect(signNo).toMatch(/^\d{20}$/);
    await other.signOut('ZZJ001');
    expect(other.client.signNo).toBeUndefined();
    await p.signIn({ opterNo: 'ZZJ001', mac: '00:11:22:33:44:55', ip: '10.0.0.8' });
  });

  it('[001-8.1.3] 1101 by ID number, social security card and e-voucher token all find the same person', async () => {
    const byId = await p.personInfo({ certType: '02', certno: employee.certno });
    expect(byId).toMatchObject({ psnNo: employee.psn_no, certno: employee.certno, name: employee.psn_name });
    expect(byId.insurances[0]).toMatchObject({ insutype: employee.insutype, status: '1', balanceFen: yuanToFen(employee.balc) });
    const bySsc = await p.personInfo({ certType: '03', cardNo: employee.ssc_no, cardSn: employee.card_sn });
    expect(bySsc.psnNo).toBe(employee.psn_no);
    const identity = await p.queryQr(employee.ecqr);
    expect(identity).toMatchObject({ idNo: employee.certno, userName: employee.psn_name });
    const byToken = await p.personInfo({ certType: '01', ecToken: identity.ecToken });
    expect(byToken.psnNo).toBe(employee.psn_no);
  });

  it('face: cn.nhsa.ec.auth then cn.nhsa.auth.check yield an ecToken that 1101 accepts', async () => {
    const authNo = await p.faceAuth(employee.certno);
    const identity = await p.authCheck(authNo);
    expect(identity.idNo).toBe(employee.certno);
    expect((await p.personInfo({ certType: '01', ecToken: identity.ecToken })).psnNo).toBe(employee.psn_no);
  });

  it('[001-8.1.9] 2201 → 2203 → 2204 → 2206 → 2207 → 5203 → 2208 settles and cancels an outpatient visit', async () => {
    const v = await openVisit(p, employee, [
      { item: byName('阿莫西林胶囊'), qty: 2 },
      { item: byName('血细胞分析(血常规)'), qty: 1 },
      { item: byName('普通门诊诊查费'), qty: 1 },
    ]);
    await p.uploadVisit(
      { mdtrtId: v.mdtrtId, psnNo: employee.psn_no, medType: '11', begntime: NOW(), diagnoses: [{ code: 'J06.900', name: '急性上呼吸道感染' }], dept: '内科', doctor: { code: 'D001', name: '王医生' } },
      v.opts,
    );
    const pre = await p.preSettle(v.args(), v.opts);
    expect(pre.totalFen).toBe(v.totalFen);
    expect(pre.setlId).toBe('');
    const done = await p.settle(v.args(), pre, v.opts);
    expect(done.setlId).toMatch(/^\d{24}$/);
    expect(done).toMatchObject({ totalFen: pre.totalFen, fundFen: pre.fundFen, accountFen: pre.accountFen, cashFen: pre.cashFen });
    const found = await p.querySettlement({ psnNo: employee.psn_no, mdtrtId: v.mdtrtId }, v.opts);
    expect(found).toMatchObject({ inForce: true, split: { setlId: done.setlId } });
    const cancelled = await p.cancelSettlement({ setlId: done.setlId, mdtrtId: v.mdtrtId, psnNo: employee.psn_no }, v.opts);
    expect(cancelled.balanceFen).toBe(yuanToFen(employee.balc));
    expect(await p.querySettlement({ psnNo: employee.psn_no, mdtrtId: v.mdtrtId, setlId: done.setlId }, v.opts)).toMatchObject({ inForce: false });
  });

  it('2205 withdraws fee lines and 2202 cancels the registration', async () => {
    const v = await openVisit(p, employee, [{ item: byName('维生素C片'), qty: 1 }]);
    await p.cancelFees({ mdtrtId: v.mdtrtId, chrgBchno: '0000', psnNo: employee.psn_no }, v.opts);
    await p.cancelRegistration({ psnNo: employee.psn_no, mdtrtId: v.mdtrtId, iptOtpNo: v.iptOtpNo }, v.opts);
    await expect(p.preSettle(v.args(), v.opts)).rejects.toThrow(/已撤销/);
  });

  it('2601 reverses a settlement by its msgid and restores the balance', async () => {
    const v = await openVisit(p, employee, [{ item: byName('奥美拉唑肠溶胶囊'), qty: 1 }]);
    const pre = await p.preSettle(v.args(), v.opts);
    const msgid = await p.client.nextMsgid();
    await p.settle(v.args(), pre, { ...v.opts, msgid });
    await p.reverse({ psnNo: employee.psn_no, omsgid: msgid, oinfno: '2207' }, v.opts);
    const after = await p.personInfo({ certType: '02', certno: employee.certno });
    expect(after.insurances[0]!.balanceFen).toBe(yuanToFen(employee.balc));
    await expect(p.reverse({ psnNo: employee.psn_no, omsgid: msgid, oinfno: '2207' }, v.opts)).rejects.toThrow(/已冲正/);
  });

  it('2601 of a msgid the platform has not seen says there is nothing to reverse, and bars that msgid: the original arriving late is refused', async () => {
    const v = await openVisit(p, employee, [{ item: byName('维生素C片'), qty: 1 }]);
    const pre = await p.preSettle(v.args(), v.opts);
    const msgid = await p.client.nextMsgid();
    await expect(p.reverse({ psnNo: employee.psn_no, omsgid: msgid, oinfno: '2207' }, v.opts)).rejects.toThrow(/原交易不存在/);
    await expect(p.settle(v.args(), pre, { ...v.opts, msgid })).rejects.toThrow(/已被冲正/);
    await expect(p.reverse({ psnNo: employee.psn_no, omsgid: msgid, oinfno: '2207' }, v.opts)).rejects.toThrow(/原交易不存在/);
    // The visit itself is untouched: settled under a new msgid, once.
    expect((await p.settle(v.args(), pre, v.opts)).totalFen).toBe(pre.totalFen);
  });

  it('[001-7.5] 3201 reconciles totals, and 9101 → 3202 → 9102 reconcile details', async () => {
    const v = await openVisit(p, employee, [{ item: byName('布洛芬缓释胶囊'), qty: 1 }]);
    const pre = await p.preSettle(v.args(), v.opts);
    const done = await p.settle(v.args(), pre, v.opts);
    const ledger = await adminGet<Array<{ setl_id: string; mdtrt_id: string; psn_no: string; medfee_sumamt: string; fund_pay_sumamt: string; acct_pay: string; insutype: string; state: string }>>(
      sb,
      '/ledger?fixmedins_code=H15010200021&state=settled',
    );
    const mine = ledger.filter((r) => r.insutype === employee.insutype);
    const sum = (k: 'medfee_sumamt' | 'fund_pay_sumamt' | 'acct_pay') => fen(mine.reduce((s, r) => s + yuanToFen(r[k]), 0));
    const period = { begin: today(), end: today(), setlOptins: '150102', clrType: '11' };
    const totals = await p.reconcileTotals({ ...period, insutype: employee.insutype, totalFen: sum('medfee_sumamt'), fundFen: sum('fund_pay_sumamt'), accountFen: sum('acct_pay'), count: mine.length });
    expect(totals.balanced).toBe(true);
    const off = await p.reconcileTotals({ ...period, insutype: employee.insutype, totalFen: fen(sum('medfee_sumamt') + 1), fundFen: sum('fund_pay_sumamt'), accountFen: sum('acct_pay'), count: mine.length });
    expect(off).toMatchObject({ balanced: false, description: expect.stringContaining('医疗费总额') });

    const rows = ledger.map((r) => ({ setlId: r.setl_id, mdtrtId: r.mdtrt_id, psnNo: r.psn_no, totalFen: yuanToFen(r.medfee_sumamt), fundFen: yuanToFen(r.fund_pay_sumamt), accountFen: yuanToFen(r.acct_pay) }));
    rows.push({ setlId: 'NOT-AT-PLATFORM', mdtrtId: 'x', psnNo: 'y', totalFen: fen(100), fundFen: fen(0), accountFen: fen(0) });
    const { fileQuryNo } = await p.uploadFile(formatDetailFile(rows), 'detail.txt');
    const detail = await p.reconcileDetails({ ...period, fileQuryNo, totalFen: fen(0), fundFen: fen(0), cashFen: fen(0), count: rows.length });
    const result = parseResultFile(await p.downloadFile(detail.fileQuryNo, detail.filename));
    expect(result.find((r) => r.setlId === done.setlId)?.result).toBe('0');
    expect(result.find((r) => r.setlId === 'NOT-AT-PLATFORM')?.result).toBe('2');
  });

  it('[001-8.2.1.1b] 2503 files a chronic disease, 5301 lists it, 2504 revokes it and 5301 shows it revoked', async () => {
    const person = (await persons(sb, 'retiree')).find((x) => x.tags.length === 1)!;
    const opts = { insuplcAdmdvs: person.insuplc_admdvs };
    const { filingSn } = await p.fileChronicDisease(
      {
        psnNo: person.psn_no,
        insutype: person.insutype,
        disease: { code: 'M01600', name: '糖尿病' },
        tel: '13800000000',
        addr: '沙盒市新城区',
        insuOptins: '150102',
        diagnosedBy: { institutionCode: 'H15010200031', institutionName: '沙盒市人民医院', doctorCode: 'D9', doctorName: '赵医生', date: today() },
        begin: today(),
      },
      opts,
    );
    expect((await p.queryChronicFilings(person.psn_no, opts)).map((f) => f.filingSn)).toContain(filingSn);
    await p.revokeChronicDisease({ filingSn, psnNo: person.psn_no }, opts);
    expect((await p.queryChronicFilings(person.psn_no, opts)).find((f) => f.filingSn === filingSn)).toMatchObject({ inForce: false });
  });

  it('2505 files a designation with an agent, 5302 lists it, 2506 revokes it and 5302 shows it revoked', async () => {
    const person = (await persons(sb, 'resident')).find((x) => x.tags.length === 1)!;
    const opts = { insuplcAdmdvs: person.insuplc_admdvs };
    const { filingSn } = await p.fileDesignation(
      {
        psnNo: person.psn_no,
        tel: '13800000001',
        addr: '沙盒市新城区',
        bizAppyType: '03',
        begin: today(),
        agent: { name: '李四', certType: '01', certno: '150102199001011230', tel: '13900000000', addr: '沙盒市', relation: '10' },
        institution: { code: 'H15010200021', name: '沙盒市第二人民医院' },
      },
      opts,
    );
    expect((await p.queryDesignations(person.psn_no, '03', opts)).map((d) => d.filingSn)).toContain(filingSn);
    await p.revokeDesignation({ filingSn, psnNo: person.psn_no }, opts);
    expect(await p.queryDesignations(person.psn_no, '03', opts)).toEqual([expect.objectContaining({ filingSn, inForce: false })]);
  });

  it('5205 lists chronic medication settled under med_type 14, and 5206 the accumulations', async () => {
    const diseaseIcd: Record<string, string> = { M03900: 'I10.x00', M01600: 'E11.900', M07800: 'I25.100', M05300: 'J44.900', M08300: 'I69.300', M00500: 'N18.500', M00200: 'C34.900', M06900: 'M06.900', M02300: 'G20.x00', M01200: 'E05.900', M04600: 'F20.900', M09400: 'D66.x00' };
    const icd = diseaseIcd[chronic.chronic_filings[0]!.opsp_dise_code]!;
    const v = await openVisit(p, chronic, [{ item: byName('硝苯地平控释片'), qty: 2 }]);
    await p.uploadVisit({ mdtrtId: v.mdtrtId, psnNo: chronic.psn_no, medType: '14', begntime: NOW(), diagnoses: [{ code: icd, name: '慢病' }], dept: '内科', doctor: { code: 'D001', name: '王医生' } }, v.opts);
    const pre = await p.preSettle(v.args('14'), v.opts);
    await p.settle(v.args('14'), pre, v.opts);
    const from = `${today()} 00:00:00`;
    const meds = await p.queryChronicMedication({ psnNo: chronic.psn_no, begin: from, end: `${today()} 23:59:59` }, v.opts);
    expect(meds.map((m) => m.item.name)).toContain('硝苯地平控释片');
    const cum = await p.queryAccumulations(chronic.psn_no, today().replace(/-/g, '').slice(0, 6), v.opts);
    expect(cum.find((c) => c.kind === 'FUND_CHRONIC')?.amountFen).toBe(pre.fundFen);
  });

  it('[003-trace] 3505 reports a drug sale with its trace codes', async () => {
    const pharmacy = platformFor(sb, { institution: PHARMACY_A });
    await pharmacy.signIn({ opterNo: 'YD01', mac: '00:00:00:00:00:01', ip: '10.0.0.9' });
    const drug = byName('盐酸二甲双胍片');
    const code = `${drug.trace_product_id}${String(Date.now()).slice(-13)}`;
    const sale = {
      listCode: drug.med_list_codg,
      hospitalItem: { id: 'YP0001', name: drug.name },
      prescription: false,
      split: false,
      unitPriceFen: priceFen(drug),
      quantity: 10_000,
      soldAt: NOW(),
      traceCodes: [code],
    };
    await pharmacy.reportDrugSale(sale);
    await expect(pharmacy.reportDrugSale(sale)).rejects.toThrow(/已销售/);
  });
});

const priceFen = (c: CatalogueEntry) => fen(yuanToFen(c.pric));
