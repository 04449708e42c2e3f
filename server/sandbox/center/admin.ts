// Admin routes outside the NHSA path, for tests, demos and integrators: the test persons with
// their credentials (a freshly minted 医保码 each call), the catalogue, the institutions, the
// settlement ledger, faults, face-match switches, and a reset.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { fenToYuan, formatPermille, yuanToFen } from '../../insurance/money.ts';
import type { Database } from '../../store/db.ts';
import { CATALOGUE, LIST_CLASS_CODE } from './catalogue.ts';
import type { CenterCache } from './cache.ts';
import type { CenterOptions } from './context.ts';
import { mintQr } from './ecvoucher.ts';
import { FaultSchema, type Faults } from './faults.ts';
import { ageOn } from './handlers/common.ts';
import { INSTITUTIONS } from './institutions.ts';
import { seedSandbox } from '../seed.ts';
import { qrSecret, type PersonRow } from './state.ts';

export interface AdminDeps {
  db: Database;
  opts: CenterOptions;
  faults: Faults;
  cache: CenterCache;
}

export const adminRoutes: FastifyPluginAsyncTypebox<AdminDeps> = async (app, { db, opts, faults, cache }) => {
  const secret = qrSecret(opts.seed);

  const describePerson = (p: PersonRow, filings: Array<{ dise_code: string | null; biz_appy_type: string; sn: string; infno: string }>) => {
    const idcard = JSON.parse(p.idcard) as Record<string, string>;
    return {
      psn_no: p.psn_no,
      psn_name: p.name,
      certno: p.certno,
      psn_cert_type: p.cert_type,
      gend: p.gend,
      naty: p.naty,
      brdy: p.brdy,
      age: ageOn(p.brdy, opts.clock()),
      insutype: p.insutype,
      psn_type: p.psn_type,
      insuplc_admdvs: p.insuplc,
      emp_name: p.emp_name,
      psn_insu_stas: p.status === 'suspended' ? '2' : '1',
      status: p.status,
      balc: fenToYuan(p.balance_fen),
      ecqr: mintQr(secret, p.psn_no, opts.clock()),
      ssc_no: p.ssc_no,
      card_sn: p.card_sn,
      tel: p.tel,
      addr: p.addr,
      idcard: { kind: idcard.kind, address: idcard.address, authority: idcard.authority, valid_from: idcard.validFrom, valid_to: idcard.validTo },
      face_match: p.face_match === 1,
      chronic_filings: filings.filter((f) => f.infno === '2503').map((f) => ({ trt_dcla_detl_sn: f.sn, opsp_dise_code: f.dise_code })),
      designation_filings: filings.filter((f) => f.infno === '2505').map((f) => ({ trt_dcla_detl_sn: f.sn, biz_appy_type: f.biz_appy_type })),
      tags: JSON.parse(p.tags) as string[],
    };
  };

  const filingsByPerson = async () => {
    const rows = await db.all<{ psn_no: string; dise_code: string | null; biz_appy_type: string; sn: string; infno: string }>(
      "SELECT psn_no, dise_code, biz_appy_type, sn, infno FROM filings WHERE state = 'active'",
    );
    const map = new Map<string, typeof rows>();
    for (const r of rows) map.set(r.psn_no, [...(map.get(r.psn_no) ?? []), r]);
    return map;
  };

  app.get(
    '/admin/persons',
    { schema: { querystring: Type.Object({ tag: Type.Optional(Type.String()) }) } },
    async (req) => {
      const [persons, filings] = await Promise.all([db.all<PersonRow>('SELECT * FROM persons ORDER BY psn_no'), filingsByPerson()]);
      return persons
        .filter((p) => !req.query.tag || (JSON.parse(p.tags) as string[]).includes(req.query.tag))
        .map((p) => describePerson(p, filings.get(p.psn_no) ?? []));
    },
  );

  app.get('/admin/persons/:psnNo', { schema: { params: Type.Object({ psnNo: Type.String() }) } }, async (req, reply) => {
    const p = await db.get<PersonRow>('SELECT * FROM persons WHERE psn_no = ?', [req.params.psnNo]);
    if (!p) return reply.code(404).send({ error: `no person ${req.params.psnNo}` });
    const accumulations = await db.all<{ year: string; kind: string; amount_fen: number }>('SELECT year, kind, amount_fen FROM accumulations WHERE psn_no = ? ORDER BY year, kind', [p.psn_no]);
    return {
      ...describePerson(p, (await filingsByPerson()).get(p.psn_no) ?? []),
      accumulations: accumulations.map((a) => ({ year: a.year, cum_type_code: a.kind, cum: fenToYuan(a.amount_fen) })),
    };
  });

  app.put(
    '/admin/persons/:psnNo/face',
    { schema: { params: Type.Object({ psnNo: Type.String() }), body: Type.Object({ match: Type.Boolean() }) } },
    async (req, reply) => {
      const { changes } = await db.run('UPDATE persons SET face_match = ? WHERE psn_no = ?', [req.body.match ? 1 : 0, req.params.psnNo]);
      cache.dropPerson(req.params.psnNo);
      return changes ? { psn_no: req.params.psnNo, face_match: req.body.match } : reply.code(404).send({ error: `no person ${req.params.psnNo}` });
    },
  );

  app.put(
    '/admin/persons/:psnNo/account',
    {
      schema: {
        description: "Sets an employee's personal account balance, e.g. to run many settlements against one person",
        params: Type.Object({ psnNo: Type.String() }),
        body: Type.Object({ balc: Type.String({ pattern: '^\\d{1,8}\\.\\d{2}$' }) }),
      },
    },
    async (req, reply) => {
      const { changes } = await db.run("UPDATE persons SET balance_fen = ? WHERE psn_no = ? AND insutype = '310'", [yuanToFen(req.body.balc), req.params.psnNo]);
      cache.dropPerson(req.params.psnNo);
      return changes ? { psn_no: req.params.psnNo, balc: req.body.balc } : reply.code(404).send({ error: `no employee ${req.params.psnNo}` });
    },
  );

  app.get('/admin/catalogue', async () =>
    CATALOGUE.map((c) => ({
      med_list_codg: c.code,
      name: c.name,
      kind: c.kind,
      spec: c.spec,
      unit: c.unit,
      pric: fenToYuan(c.priceFen),
      list_class: c.listClass,
      chrgitm_lv: LIST_CLASS_CODE[c.listClass],
      selfpay_prop: formatPermille(c.selfPayPermille),
      med_chrgitm_type: c.category,
      ...(c.traceProductId ? { trace_product_id: c.traceProductId } : {}),
    })),
  );

  app.get('/admin/institutions', async () =>
    INSTITUTIONS.map((i) => ({ fixmedins_code: i.code, fixmedins_name: i.name, admdvs: i.region, kind: i.kind, level: i.level, grade: i.grade })),
  );

  app.get(
    '/admin/ledger',
    { schema: { querystring: Type.Object({ fixmedins_code: Type.Optional(Type.String()), state: Type.Optional(Type.String()) }) } },
    async (req) => {
      const rows = await db.all<Record<string, string | number | null>>(
        `SELECT * FROM settlements WHERE (? IS NULL OR fixmedins_code = ?) AND (? IS NULL OR state = ?) ORDER BY settled_at, setl_id`,
        [req.query.fixmedins_code ?? null, req.query.fixmedins_code ?? null, req.query.state ?? null, req.query.state ?? null],
      );
      return rows.map((r) => {
        const info = JSON.parse(String(r.setlinfo)) as Record<string, string>;
        return {
          msgid: r.msgid,
          setl_id: r.setl_id,
          mdtrt_id: r.mdtrt_id,
          psn_no: r.psn_no,
          fixmedins_code: r.fixmedins_code,
          insutype: r.insutype,
          med_type: r.med_type,
          setl_time: info.setl_time,
          medfee_sumamt: info.medfee_sumamt,
          fulamt_ownpay_amt: info.fulamt_ownpay_amt,
          fund_pay_sumamt: info.fund_pay_sumamt,
          psn_part_amt: info.psn_part_amt,
          acct_pay: info.acct_pay,
          psn_cash_pay: info.psn_cash_pay,
          balc: info.balc,
          state: r.state,
          ended_msgid: r.ended_msgid,
          cancel_setl_id: r.cancel_setl_id,
        };
      });
    },
  );

  app.get(
    '/admin/visits',
    { schema: { querystring: Type.Object({ fixmedins_code: Type.Optional(Type.String()) }) } },
    async (req) =>
      db.all(
        'SELECT mdtrt_id, psn_no, fixmedins_code, ipt_otp_no, med_type, state FROM visits WHERE (? IS NULL OR fixmedins_code = ?) ORDER BY mdtrt_id',
        [req.query.fixmedins_code ?? null, req.query.fixmedins_code ?? null],
      ),
  );

  app.get('/admin/faults', async () => faults.list());
  app.post('/admin/faults', { schema: { body: FaultSchema } }, async (req) => {
    faults.set(req.body);
    return faults.list();
  });
  app.delete('/admin/faults', { schema: { querystring: Type.Object({ infno: Type.Optional(Type.String()) }) } }, async (req) => {
    faults.clear(req.query.infno);
    return faults.list();
  });

  app.post('/admin/reset', async () => {
    await seedSandbox(db, opts.seed, true);
    cache.clear();
    faults.clear();
    return { reset: true, seed: opts.seed };
  });
};
