// The own-records view (一人一档) against a real daemon: visits made at another hospital, their
// settlements and fee lines, filings, accumulations and chronic medication, read live from the
// platform — and afterwards nothing of the person on the daemon's disk or in its logs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsurancePlatform } from '../../../server/insurance/platform.ts';
import { NOW, openVisit, type CatalogueEntry } from '../../helpers/bill.ts';
import { startDaemon, type RunningDaemon } from '../../helpers/daemon.ts';
import { api, identify, testPersons, type TestPerson } from '../../helpers/patient.ts';
import { platformFor, type AdminPerson } from '../../helpers/sandbox.ts';

let daemon: RunningDaemon;
let call: ReturnType<typeof api>;
let elsewhere: InsurancePlatform;
let catalogue: CatalogueEntry[];
let persons: TestPerson[];

const PEOPLES_HOSPITAL = { code: 'H15010200031', name: '沙盒市人民医院', region: '150102' };
/** The diagnosis a visit must carry to settle as each seeded chronic disease. */
const ICD: Record<string, string> = { M03900: 'I10.x00', M01600: 'E11.900' };
const day = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const item = (name: string) => catalogue.find((c) => c.name === name)!;
const adminPerson = async (psnNo: string) => (await (await fetch(`${daemon.sandbox}/center/admin/persons/${psnNo}`)).json()) as AdminPerson;

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  daemon = await startDaemon();
  call = api(daemon.url);
  persons = await testPersons(daemon.sandbox);
  catalogue = await (await fetch(`${daemon.sandbox}/center/admin/catalogue`)).json();
  // Another hospital's own terminal, settling visits the record will show.
  elsewhere = platformFor({ origin: daemon.sandbox }, { institution: PEOPLES_HOSPITAL });
  await elsewhere.signIn({ opterNo: 'RM01', mac: '00:00:00:00:00:31', ip: '10.0.0.31' });
});
afterAll(async () => {
  await daemon?.stop();
});

describe('own records (一人一档)', () => {
  let p: TestPerson;
  let visit: { mdtrtId: string; setlId: string; split: { totalFen: number; fundFen: number; accountFen: number; cashFen: number }; deductibleFen: number };
  let sid: string;

  beforeAll(async () => {
    // A chronic patient insured here, with a hypertension or diabetes filing.
    const chronic = (await (await fetch(`${daemon.sandbox}/center/admin/persons?tag=chronic`)).json()) as AdminPerson[];
    const admin = chronic.find((x) => x.status === 'active' && x.insuplc_admdvs.startsWith('1501') && x.chronic_filings.some((f) => ICD[f.opsp_dise_code]))!;
    const filed = admin.chronic_filings.find((f) => ICD[f.opsp_dise_code])!;
    p = persons.find((x) => x.psnNo === admin.psn_no)!;
    const v = await openVisit(elsewhere, admin, [{ item: item('硝苯地平控释片'), qty: 2 }, { item: item('普通门诊诊查费'), qty: 1 }]);
    await elsewhere.uploadVisit(
      { mdtrtId: v.mdtrtId, psnNo: admin.psn_no, medType: '14', begntime: NOW(), diagnoses: [{ code: ICD[filed.opsp_dise_code]!, name: '慢病' }], dept: '内科', doctor: { code: 'D001', name: '王医生' } },
      v.opts,
    );
    const pre = await elsewhere.preSettle(v.args('14'), v.opts);
    const done = await elsewhere.settle(v.args('14'), pre, v.opts);
    visit = { mdtrtId: v.mdtrtId, setlId: done.setlId, split: { totalFen: done.totalFen, fundFen: done.fundFen, accountFen: done.accountFen, cashFen: done.cashFen }, deductibleFen: done.deductibleFen };
    sid = (await identify(daemon, p)).body.sessionId;
  });

  it('[004-archive] shows the visits made elsewhere with their settlements, the filings, accumulations and chronic medication, read live', async () => {
    const { status, body } = await call('GET', `/api/sessions/${sid}/records?months=3`);
    expect(status).toBe(200);
    expect(body.to).toBe(day());
    expect(body.visits).toContainEqual(
      expect.objectContaining({
        mdtrtId: visit.mdtrtId,
        institution: { code: PEOPLES_HOSPITAL.code, name: PEOPLES_HOSPITAL.name },
        medType: '14',
        medTypeName: { zh: '门诊慢特病', en: expect.any(String) },
        settlement: expect.objectContaining({ setlId: visit.setlId, inForce: true, split: visit.split }),
      }),
    );
    expect(body.filings.filter((f: { kind: string }) => f.kind === 'chronic-disease').length).toBeGreaterThan(0);
    expect(body.medications).toContainEqual(expect.objectContaining({ item: expect.objectContaining({ name: '硝苯地平控释片' }), quantity: 2, institution: { code: PEOPLES_HOSPITAL.code, name: PEOPLES_HOSPITAL.name } }));
    expect(body.accumulations).toContainEqual(expect.objectContaining({ kind: 'FUND_CHRONIC', name: { zh: '门诊慢特病统筹基金已支付', en: expect.any(String) } }));
    const fund = body.accumulations.find((a: { kind: string }) => a.kind === 'FUND_CHRONIC').amountFen;
    expect(fund).toBeGreaterThanOrEqual(visit.split.fundFen);

    // Live: a settlement cancelled at the platform shows so at once.
    await elsewhere.cancelSettlement({ setlId: visit.setlId, mdtrtId: visit.mdtrtId, psnNo: p.psnNo }, { insuplcAdmdvs: (await adminPerson(p.psnNo)).insuplc_admdvs });
    const again = (await call('GET', `/api/sessions/${sid}/records?months=3`)).body;
    expect(again.visits.find((v: { mdtrtId: string }) => v.mdtrtId === visit.mdtrtId)).toMatchObject({ cancelled: false, settlement: { setlId: visit.setlId, inForce: false } });
  });

  it('says a visit was cancelled when its registration was withdrawn, not that it waits to be paid', async () => {
    const admin = await adminPerson(p.psnNo);
    const v = await openVisit(elsewhere, admin, [{ item: item('维生素C片'), qty: 1 }]);
    await elsewhere.cancelFees({ mdtrtId: v.mdtrtId, chrgBchno: '0000', psnNo: p.psnNo }, v.opts);
    await elsewhere.cancelRegistration({ psnNo: p.psnNo, mdtrtId: v.mdtrtId, iptOtpNo: v.iptOtpNo }, v.opts);
    const { body } = await call('GET', `/api/sessions/${sid}/records?months=3`);
    expect(body.visits.find((x: { mdtrtId: string }) => x.mdtrtId === v.mdtrtId)).toMatchObject({ cancelled: true });
    expect(body.visits.find((x: { mdtrtId: string }) => x.mdtrtId === visit.mdtrtId)).toMatchObject({ cancelled: false });
  });

  it("lists a visit's fee lines, and not another person's visit", async () => {
    const lines = await call('GET', `/api/sessions/${sid}/records/visits/${visit.mdtrtId}/lines`);
    expect(lines.status).toBe(200);
    expect(lines.body.map((l: { name: string; quantity: number }) => [l.name, l.quantity])).toEqual([
      ['硝苯地平控释片', 2],
      ['普通门诊诊查费', 1],
    ]);
    expect(lines.body[0]).toMatchObject({ listClass: '乙', unitPriceFen: 3240, amountFen: 6480 });
    const other = persons.find((x) => x.tags.length === 1 && x.tags.includes('employee'))!;
    const theirs = await openVisit(elsewhere, await adminPerson(other.psnNo), [{ item: item('维生素C片'), qty: 1 }]);
    expect((await call('GET', `/api/sessions/${sid}/records/visits/${theirs.mdtrtId}/lines`)).status).toBe(404);
  });

  it('[001-10.1.3] [001-8.1.12] leaves nothing personal on disk or in the logs, the commitment archive included', async () => {
    // A trauma filing through this terminal archives its commitment on disk: that must carry no identity either.
    const at = new Date(Date.now() + 8 * 3600_000 - 30 * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const filed = await call('POST', `/api/sessions/${sid}/filings`, {
      kind: 'trauma',
      tel: '13800009999',
      addr: '沙盒市新城区健康路8号',
      begin: day(),
      injury: { at, place: '家中厨房', cause: '切菜时割伤左手' },
      commitment: { accepted: true, signature: `data:image/png;base64,${Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 5)]).toString('base64')}` },
    });
    expect(filed).toMatchObject({ status: 201, body: { commitment: { statement: { cause: '切菜时割伤左手' } } } });
    expect((await call('GET', `/api/sessions/${sid}/records`)).status).toBe(200);
    await call('DELETE', `/api/sessions/${sid}`);
    await daemon.stop();
    const files = filesUnder(daemon.dataDir);
    expect(files.some((f) => f.endsWith('.log'))).toBe(true);
    expect(files.some((f) => readFileSync(f).includes('切菜时割伤左手'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file).toString('utf8');
      for (const secret of [p.name, p.certno, p.psnNo, '13800009999', '健康路8号']) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    for (const output of [daemon.stdout(), daemon.stderr()]) for (const secret of [p.name, p.certno, p.psnNo]) expect(output).not.toContain(secret);
  });
});
