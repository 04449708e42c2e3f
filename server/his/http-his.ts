// The HIS adapter over the sandbox HIS's HTTP API (/his/api). A hospital with another HIS writes
// another HisAdapter.
import { Type } from '@sinclair/typebox';
import { JsonService } from '../net/json-service.ts';
import type { HisAdapter, HisBill, Invoice, PaidBy } from './adapter.ts';

const Named = Type.Object({ code: Type.String(), name: Type.String(), nameEn: Type.String() });
const BillsSchema = Type.Array(
  Type.Object({
    billId: Type.String(),
    kind: Type.Union([Type.Literal('outpatient'), Type.Literal('inpatient')]),
    medType: Type.String({ pattern: '^\\d{2,6}$' }),
    dept: Named,
    doctor: Type.Object({ code: Type.String(), name: Type.String() }),
    diagnoses: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    createdAt: Type.String(),
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
const InvoiceSchema = Type.Object({ invoiceNo: Type.String(), invoiceUrl: Type.String() });
const Anything = Type.Unknown();

export class HttpHis implements HisAdapter {
  private readonly service: JsonService;

  constructor(baseUrl: string, timeoutMs: number) {
    this.service = new JsonService('HIS', baseUrl, timeoutMs);
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

  async invoiceFor(billId: string): Promise<Invoice | null> {
    const i = await this.service.call('GET', `/api/bills/${encodeURIComponent(billId)}/invoice`, InvoiceSchema, undefined, null);
    return i && { invoiceNo: i.invoiceNo, url: i.invoiceUrl };
  }
}
