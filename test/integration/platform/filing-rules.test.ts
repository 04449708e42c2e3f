// The sandbox agency's filing rules that the patient API does not reach by itself: a filing a
// settlement used stays, a chronic filing counts only from its first day, the agent's relation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsurancePlatform } from '../../../server/insurance/platform.ts';
import type { RunningSandbox } from '../../../server/sandbox/server.ts';
import { NOW, openVisit, type CatalogueEntry } from '../../helpers/bill.ts';
import { adminGet, persons, platformFor, sandbox, type AdminPerson } from '../../helpers/sandbox.ts';

let sb: RunningSandbox;
let p: InsurancePlatform;
let catalogue: CatalogueEntry[];
let pool: AdminPerson[];
const HERE = { code: 'H15010200021', name: '沙盒市第二人民医院' };
const DAY_MS = 24 * 3600_000;
const day = (offset = 0) => new Date(Date.now() + 8 * 3600_000 + offset * DAY_MS).toISOString().slice(0, 10);
const byName = (name: string) => catalogue.find((c) => c.name === name)!;
const next = () => pool.shift()!;

beforeAll(async () => {
  sb = await sandbox();
  p = platformFor(sb);
  await p.signIn({ opterNo: 'ZZJ001', mac: '00:11:22:33:44:55', ip: '10.0.0.8' });
  catalogue = await adminGet(sb, '/catalogue');
  pool = (await persons(sb, 'employee')).filter((x) => x.tags.length === 1);
});
afterAll(() => sb?.close());

describe('filing rules', () => {
  it('[001-8.2.1.1b] keeps a trauma filing once a trauma stay settled under it', async () => {
    const person = next();
    const opts = { insuplcAdmdvs: person.insuplc_admdvs };
    const { filingSn } = await p.fileDesignation(
      { psnNo: person.psn_no, tel: '13800000002', addr: '沙盒市', bizAppyType: '04', begin: day(), institution: HERE, injury: { at: `${day()} 00:00:00`, place: '路边', cause: '自己跌倒', committed: true } },
      opts,
    );
    const v = await openVisit(p, person, [{ item: byName('清创缝合术(小)'), qty: 1 }]);
    await p.uploadVisit({ mdtrtId: v.mdtrtId, psnNo: person.psn_no, medType: '22', begntime: NOW(), diagnoses: [{ code: 'S01.800', name: '头皮裂伤' }], dept: '外科', doctor: { code: 'D2001', name: '张国庆' } }, opts);
    await p.settle(v.args('22'), await p.preSettle(v.args('22'), opts), opts);
    await expect(p.revokeDesignation({ filingSn, psnNo: person.psn_no }, opts)).rejects.toThrow(/外伤备案已用于结算，不能撤销/);
  });

  it('settles a chronic bill only once its filing has begun', async () => {
    const person = next();
    const opts = { insuplcAdmdvs: person.insuplc_admdvs };
    await p.fileChronicDisease(
      {
        psnNo: person.psn_no,
        insutype: person.insutype,
        disease: { code: 'M03900', name: '高血压' },
        tel: '13800000003',
        addr: '沙盒市',
        insuOptins: person.insuplc_admdvs,
        diagnosedBy: { institutionCode: HERE.code, institutionName: HERE.name, doctorCode: 'D5001', doctorName: '孙德华', date: day() },
        begin: day(1),
      },
      opts,
    );
    const v = await openVisit(p, person, [{ item: byName('硝苯地平控释片'), qty: 1 }]);
    await p.uploadVisit({ mdtrtId: v.mdtrtId, psnNo: person.psn_no, medType: '14', begntime: NOW(), diagnoses: [{ code: 'I10.x00', name: '原发性高血压' }], dept: '内科', doctor: { code: 'D5001', name: '孙德华' } }, opts);
    await expect(p.preSettle(v.args('14'), opts)).rejects.toThrow(/门诊慢特病备案不在有效期内/);
  });

  it("refuses an agent whose relation is not in the agency's dictionary, or who is the person", async () => {
    const person = next();
    const opts = { insuplcAdmdvs: person.insuplc_admdvs };
    const args = { psnNo: person.psn_no, tel: '13800000004', addr: '沙盒市', bizAppyType: '03', begin: day(), institution: HERE };
    const agent = { name: '李四', certType: '01', certno: '150102199001011230', tel: '13900000000', addr: '沙盒市', relation: '10' };
    await expect(p.fileDesignation({ ...args, agent: { ...agent, relation: '77' } }, opts)).rejects.toThrow(/代办人与参保人关系\[77\]不正确/);
    await expect(p.fileDesignation({ ...args, agent: { ...agent, certno: person.certno } }, opts)).rejects.toThrow(/代办人不能是参保人本人/);
    await expect(p.fileDesignation({ ...args, begin: day(-31) }, opts)).rejects.toThrow(/超出可追溯期限/);
  });
});
