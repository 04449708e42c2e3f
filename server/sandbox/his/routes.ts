// The hospital (HIS) under /his: its price list, a patient's unpaid bills, marking a bill paid by a
// settlement (and reopening it when the settlement is undone), the e-invoice of a paid bill, and
// admin routes for tests and demos.
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../store/db.ts';
import { catalogueItem } from '../center/catalogue.ts';
import { SeededRandom } from '../center/random.ts';
import { DEPARTMENTS } from './departments.ts';
import { priceList } from './price-list.ts';
import { insertBill, outpatientBill } from './seed.ts';

interface BillRow {
  bill_id: string;
  certno: string;
  kind: 'outpatient' | 'inpatient';
  med_type: string;
  dept_code: string;
  doctor_code: string;
  doctor_name: string;
  diagnoses: string;
  created_at: string;
  state: 'unpaid' | 'paid';
  setl_id: string | null;
  paid_at: string | null;
  invoice_no: string | null;
}

interface LineRow {
  bill_id: string;
  line_no: number;
  med_list_codg: string;
  hosp_code: string;
  quantity: number;
  price_fen: number;
  amount_fen: number;
}

const CATEGORY: Record<string, [string, string]> = {
  '01': ['床位费', 'Bed'], '02': ['诊察费', 'Consultation'], '03': ['检查费', 'Examination'], '04': ['化验费', 'Laboratory test'],
  '05': ['治疗费', 'Treatment'], '06': ['手术费', 'Surgery'], '07': ['护理费', 'Nursing'], '08': ['卫生材料费', 'Medical supplies'],
  '09': ['西药费', 'Western medicine'], '10': ['中药饮片费', 'Chinese herbal pieces'], '11': ['中成药费', 'Chinese patent medicine'],
  '12': ['一般诊疗费', 'General treatment'], '13': ['挂号费', 'Registration'], '14': ['其他费', 'Other'],
};

const origin = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? 'localhost'}`;

export const hisRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  const bills = async (certno: string | undefined, state?: string) => {
    const rows = await db.all<BillRow>('SELECT * FROM his_bills WHERE (? IS NULL OR certno = ?) AND (? IS NULL OR state = ?) ORDER BY created_at, bill_id', [
      certno ?? null,
      certno ?? null,
      state ?? null,
      state ?? null,
    ]);
    if (rows.length === 0) return [];
    const lines = await db.all<LineRow>(`SELECT * FROM his_bill_lines WHERE bill_id IN (${rows.map(() => '?').join(',')}) ORDER BY bill_id, line_no`, rows.map((r) => r.bill_id));
    return rows.map((r) => {
      const dept = DEPARTMENTS[r.dept_code]!;
      const own = lines.filter((l) => l.bill_id === r.bill_id);
      return {
        billId: r.bill_id,
        kind: r.kind,
        medType: r.med_type,
        dept: { code: dept.code, name: dept.zh, nameEn: dept.en },
        doctor: { code: r.doctor_code, name: r.doctor_name },
        diagnoses: JSON.parse(r.diagnoses) as Array<{ code: string; name: string }>,
        createdAt: r.created_at,
        state: r.state,
        ...(r.setl_id ? { setlId: r.setl_id } : {}),
        lines: own.map((l) => {
          const item = catalogueItem(l.med_list_codg)!;
          const [zh, en] = CATEGORY[item.category] ?? CATEGORY['14']!;
          return {
            lineNo: l.line_no,
            listCode: l.med_list_codg,
            hospCode: l.hosp_code,
            name: item.name,
            spec: item.spec,
            unit: item.unit,
            quantity: l.quantity,
            priceFen: l.price_fen,
            amountFen: l.amount_fen,
            category: { code: item.category, name: zh, nameEn: en },
          };
        }),
        totalFen: own.reduce((s, l) => s + l.amount_fen, 0),
      };
    });
  };
  const invoice = (req: FastifyRequest, invoiceNo: string) => ({ invoiceNo, invoiceUrl: `${origin(req)}/his/einvoice/${invoiceNo}` });

  app.get('/api/price-list', async () => ({ items: priceList() }));

  app.get(
    '/api/patients/:certno/bills',
    { schema: { params: Type.Object({ certno: Type.String() }), querystring: Type.Object({ state: Type.Optional(Type.Union([Type.Literal('unpaid'), Type.Literal('paid')])) }) } },
    async (req) => bills(req.params.certno, req.query.state),
  );

  app.post(
    '/api/bills/:billId/payment',
    {
      schema: {
        params: Type.Object({ billId: Type.String() }),
        body: Type.Object({
          settlementId: Type.String({ minLength: 1 }),
          setlId: Type.String({ minLength: 1 }),
          totalFen: Type.Integer(),
          fundFen: Type.Integer(),
          accountFen: Type.Integer(),
          cashFen: Type.Integer(),
        }),
      },
    },
    async (req, reply) => {
      const row = await db.get<BillRow>('SELECT * FROM his_bills WHERE bill_id = ?', [req.params.billId]);
      if (!row) return reply.code(404).send({ error: `no bill ${req.params.billId}` });
      if (row.state === 'paid') {
        if (row.setl_id === req.body.setlId) return invoice(req, row.invoice_no!);
        return reply.code(409).send({ error: `bill ${row.bill_id} was already paid by settlement ${row.setl_id}` });
      }
      const invoiceNo = `EI${row.bill_id.slice(1)}${Date.now().toString(36).toUpperCase()}`;
      await db.run("UPDATE his_bills SET state = 'paid', setl_id = ?, settlement = ?, paid_at = ?, invoice_no = ? WHERE bill_id = ? AND state = 'unpaid'", [
        req.body.setlId,
        JSON.stringify(req.body),
        new Date().toISOString(),
        invoiceNo,
        row.bill_id,
      ]);
      return invoice(req, invoiceNo);
    },
  );

  app.delete(
    '/api/bills/:billId/payment',
    { schema: { params: Type.Object({ billId: Type.String() }), querystring: Type.Object({ setlId: Type.String() }) } },
    async (req, reply) => {
      const { changes } = await db.run(
        "UPDATE his_bills SET state = 'unpaid', setl_id = NULL, settlement = NULL, paid_at = NULL, invoice_no = NULL WHERE bill_id = ? AND setl_id = ?",
        [req.params.billId, req.query.setlId],
      );
      return changes ? { billId: req.params.billId, state: 'unpaid' } : reply.code(404).send({ error: `bill ${req.params.billId} is not paid by ${req.query.setlId}` });
    },
  );

  app.get('/api/doctors', async () =>
    Object.values(DEPARTMENTS).flatMap((d) => d.doctors.map((doctor) => ({ ...doctor, dept: { code: d.code, name: d.zh, nameEn: d.en } }))),
  );

  app.get('/api/bills/:billId/invoice', { schema: { params: Type.Object({ billId: Type.String() }) } }, async (req, reply) => {
    const row = await db.get<BillRow>('SELECT * FROM his_bills WHERE bill_id = ?', [req.params.billId]);
    return row?.invoice_no ? invoice(req, row.invoice_no) : reply.code(404).send({ error: `no invoice for ${req.params.billId}` });
  });

  app.get('/einvoice/:invoiceNo', { schema: { params: Type.Object({ invoiceNo: Type.String() }) } }, async (req, reply) => {
    const row = await db.get<BillRow & { settlement: string }>('SELECT * FROM his_bills WHERE invoice_no = ?', [req.params.invoiceNo]);
    if (!row) return reply.code(404).type('text/html; charset=utf-8').send('<p>没有这张电子票据 · No such e-invoice</p>');
    const s = JSON.parse(row.settlement) as { totalFen: number; fundFen: number; accountFen: number; cashFen: number; setlId: string };
    const yuan = (f: number) => `￥${(f / 100).toFixed(2)}`;
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>电子票据 ${row.invoice_no}</title>` +
          `<h1>沙盒医院医疗收费电子票据</h1><p>票据号 ${row.invoice_no}</p><p>结算流水号 ${s.setlId}</p>` +
          `<p>合计 ${yuan(s.totalFen)} · 医保统筹 ${yuan(s.fundFen)} · 个人账户 ${yuan(s.accountFen)} · 个人现金 ${yuan(s.cashFen)}</p></html>`,
      );
  });

  app.get(
    '/admin/bills',
    { schema: { querystring: Type.Object({ certno: Type.Optional(Type.String()), state: Type.Optional(Type.Union([Type.Literal('unpaid'), Type.Literal('paid')])) }) } },
    async (req) => bills(req.query.certno, req.query.state),
  );

  let created = 0;
  app.post(
    '/admin/bills',
    {
      schema: {
        description: 'A new unpaid bill: random outpatient lines, or the lines, medical type and diagnoses given',
        body: Type.Object({
          certno: Type.String({ minLength: 1 }),
          medType: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
          diagnoses: Type.Optional(Type.Array(Type.Object({ code: Type.String(), name: Type.String() }), { minItems: 1 })),
          lines: Type.Optional(Type.Array(Type.Object({ med_list_codg: Type.String(), quantity: Type.Integer({ minimum: 1 }) }), { minItems: 1 })),
        }),
      },
    },
    async (req, reply) => {
      const b = req.body;
      const billId = `BX${Date.now().toString(36).toUpperCase()}${++created}`;
      const bill = outpatientBill(new SeededRandom(Date.now() % 2 ** 31), b.certno, false);
      if (b.lines) {
        const items = b.lines.map((l) => ({ item: catalogueItem(l.med_list_codg), quantity: l.quantity }));
        if (items.some((l) => !l.item)) return reply.code(400).send({ error: 'a line names a code the catalogue does not have' });
        bill.lines = items.map((l) => ({ item: l.item!, quantity: l.quantity }));
      }
      if (b.medType) bill.medType = b.medType;
      if (b.diagnoses) bill.diagnoses = b.diagnoses;
      await db.transaction((tx) => insertBill(tx, billId, bill, new Date()));
      return reply.code(201).send((await bills(b.certno)).find((x) => x.billId === billId));
    },
  );
};
