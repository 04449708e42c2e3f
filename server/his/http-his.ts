// The HIS adapter over the sandbox HIS's HTTP API (/his/api). A hospital with another HIS writes
// another HisAdapter.
import { Type } from '@sinclair/typebox';
import { JsonService } from '../net/json-service.ts';
import { parsePermille, yuanToFen } from '../insurance/money.ts';
import type { Doctor, HisAdapter, HisBill, Invoice, PaidBy, PriceItem } from './adapter.ts';

const Named = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() });
const BillsSchema = Type.Array(
  Type.Object({
    billId: Type.String(),
    kind: Type.Union([Type.Literal('outpatient'), Type.Literal('inpatient')]),
    medType: Type.String({ pattern: '^\\d{2,6}$' }),
    dept: Named,
    doctor: Type.Object({ code: Type.String(), name: Type.String() }),
    diagnoses: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    // An instant with its zone, so it can be shown in China time whatever the HIS's own zone is.
    createdAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$' }),
    lines: Type.Array(
      Type.Object({
        lineNo: Type.Integer(),
        listCode: Type.String(),
        hospCode: Type.String(),
        name: Type.String(),
        spec: Type.String(),
        unit: Type.String(),
        quantity: Type.Integer({ minimum: 1 }),
        priceFen: Type.Integer({ minimum: 0 }),
        amountFen: Type.Integer({ minimum: 0 }),
        category: Named,
      }),
      { minItems: 1 },
    ),
    totalFen: Type.Integer({ minimum: 0 }),
  }),
);
// The price list carries yuan, as a HIS publishes prices; fen from here on.
const PriceListSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      hospCode: Type.String({ minLength: 1, maxLength: 50 }),
      listCode: Type.String({ minLength: 1, maxLength: 50 }),
      name: Type.String({ minLength: 1, maxLength: 200 }),
      spec: Type.String({ maxLength: 200 }),
      unit: Type.String({ maxLength: 20 }),
      kind: Type.Union([Type.Literal('drug'), Type.Literal('consumable'), Type.Literal('service')]),
      price: Type.String({ pattern: '^\\d{1,10}(\\.\\d{1,2})?$' }),
      listClass: Type.Union([Type.Literal('甲'), Type.Literal('乙'), Type.Literal('丙')]),
      selfPayRatio: Type.String({ pattern: '^(0(\\.\\d{1,3})?|1(\\.0{1,3})?)$' }),
      traceProductId: Type.Optional(Type.String({ pattern: '^\\d{7}$' })),
      rx: Type.Optional(Type.Boolean()),
    }),
  ),
});
const InvoiceSchema = Type.Object({ invoiceNo: Type.String(), invoiceUrl: Type.String() });
const DoctorsSchema = Type.Array(Type.Object({ code: Type.String({ minLength: 1 }), name: Type.String({ minLength: 1 }), dept: Named }));
const Anything = Type.Unknown();

export class HttpHis implements HisAdapter {
  private readonly service: JsonService;

  constructor(baseUrl: string, timeoutMs: number) {
    this.service = new JsonService('HIS', baseUrl, timeoutMs);
  }

  async doctors(): Promise<Doctor[]> {
    const doctors = await this.service.call('GET', '/api/doctors', DoctorsSchema);
    return doctors.map((d) => ({ code: d.code, name: d.name, dept: { code: d.dept.code, zh: d.dept.name, en: d.dept.nameEn } }));
  }

  async listBills(certno: string): Promise<HisBill[]> {
    const bills = await this.service.call('GET', `/api/patients/${encodeURIComponent(certno)}/bills?state=unpaid`, BillsSchema);
    return bills.map((b) => ({
      billId: b.billId,
      kind: b.kind,
      medType: b.medType,
      dept: { code: b.dept.code, zh: b.dept.name, en: b.dept.nameEn },
      doctor: b.doctor,
      diagnoses: b.diagnoses,
      createdAt: b.createdAt,
      lines: b.lines.map((l) => ({
        lineNo: l.lineNo,
        listCode: l.listCode,
        hospitalCode: l.hospCode,
        name: l.name,
        spec: l.spec,
        unit: l.unit,
        quantity: l.quantity,
        unitPriceFen: l.priceFen,
        amountFen: l.amountFen,
        category: { code: l.category.code, zh: l.category.name, en: l.category.nameEn },
      })),
      totalFen: b.totalFen,
    }));
  }

  async markPaid(billId: string, paid: PaidBy): Promise<Invoice> {
    const i = await this.service.call('POST', `/api/bills/${encodeURIComponent(billId)}/payment`, InvoiceSchema, paid);
    return { invoiceNo: i.invoiceNo, url: i.invoiceUrl };
  }

  async reopen(billId: string, setlId: string): Promise<void> {
    await this.service.call('DELETE', `/api/bills/${encodeURIComponent(billId)}/payment?setlId=${encodeURIComponent(setlId)}`, Anything, undefined, null);
  }

  async priceList(): Promise<PriceItem[]> {
    const { items } = await this.service.call('GET', '/api/price-list', PriceListSchema);
    return items.map((i) => ({
      listCode: i.listCode,
      hospitalCode: i.hospCode,
      name: i.name,
      spec: i.spec,
      unit: i.unit,
      kind: i.kind,
      unitPriceFen: yuanToFen(i.price),
      listClass: i.listClass,
      selfPayPermille: parsePermille(i.selfPayRatio),
      ...(i.traceProductId ? { traceProductId: i.traceProductId } : {}),
      ...(i.rx !== undefined ? { prescription: i.rx } : {}),
    }));
  }

  async invoiceFor(billId: string): Promise<Invoice | null> {
    const i = await this.service.call('GET', `/api/bills/${encodeURIComponent(billId)}/invoice`, InvoiceSchema, undefined, null);
    return i && { invoiceNo: i.invoiceNo, url: i.invoiceUrl };
  }
}
