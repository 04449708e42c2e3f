// Properties over random bills, through the real client and the sandbox's rule engine.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsurancePlatform } from '../../../server/insurance/platform.ts';
import type { RunningSandbox } from '../../../server/sandbox/server.ts';
import { openVisit, type CatalogueEntry } from '../../helpers/bill.ts';
import { adminGet, persons, platformFor, sandbox, type AdminPerson } from '../../helpers/sandbox.ts';

let sb: RunningSandbox;
let p: InsurancePlatform;
let catalogue: CatalogueEntry[];
let insured: AdminPerson[];

beforeAll(async () => {
  sb = await sandbox();
  p = platformFor(sb);
  await p.signIn({ opterNo: 'T', mac: 'm', ip: '127.0.0.1' });
  catalogue = await adminGet(sb, '/catalogue');
  insured = (await persons(sb)).filter((x) => x.status === 'active' && !x.tags.includes('cross-region'));
});
afterAll(() => sb?.close());

interface Snapshot {
  balc: string;
  accumulations: Array<{ year: string; cum_type_code: string; cum: string }>;
}
const snapshot = async (psnNo: string): Promise<Snapshot> => {
  const x = await adminGet<Snapshot>(sb, `/persons/${psnNo}`);
  return { balc: x.balc, accumulations: x.accumulations.filter((a) => a.cum !== '0.00') };
};

const bill = () =>
  fc.record({
    person: fc.integer({ min: 0, max: 10_000 }),
    lines: fc.array(fc.record({ item: fc.integer({ min: 0, max: 10_000 }), qty: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 8 }),
    useAccount: fc.boolean(),
  });

describe('settlement properties', () => {
  it('[001-8.1.9] every setlinfo adds up to the fen, and settle → cancel restores balance and accumulations exactly', async () => {
    await fc.assert(
      fc.asyncProperty(bill(), async (b) => {
        const person = insured[b.person % insured.length]!;
        const before = await snapshot(person.psn_no);
        const v = await openVisit(
          p,
          person,
          b.lines.map((l) => ({ item: catalogue[l.item % catalogue.length]!, qty: l.qty })),
        );
        // readSetlinfo (inside the client) refuses any split whose parts do not add up.
        const pre = await p.preSettle(v.args('11', b.useAccount), v.opts);
        expect(pre.totalFen).toBe(v.totalFen);
        expect(pre.fullSelfPayFen + pre.overLimitSelfPayFen + pre.preSelfPayFen + pre.inScopeFen).toBe(pre.totalFen);
        const done = await p.settle(v.args('11', b.useAccount), pre, v.opts);
        expect(done.fundFen + done.accountFen + done.cashFen).toBe(done.totalFen);
        const during = await snapshot(person.psn_no);
        expect(during.balc).toBe(done.balanceFen === 0 ? '0.00' : (done.balanceFen / 100).toFixed(2));
        await p.cancelSettlement({ setlId: done.setlId, mdtrtId: v.mdtrtId, psnNo: person.psn_no }, v.opts);
        expect(await snapshot(person.psn_no)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
