// The price list as last taken from the HIS. It is public information, kept so prices can be
// shown and trace codes checked while the HIS cannot be reached.
import type { ItemKind, ListClass, PriceItem } from '../his/adapter.ts';
import type { Database } from './db.ts';

interface Row {
  hospital_code: string;
  list_code: string;
  name: string;
  spec: string;
  unit: string;
  kind: ItemKind;
  price_fen: number;
  list_class: ListClass;
  self_pay_permille: number;
  trace_product_id: string | null;
  prescription: number | null;
}

const UPDATED_AT = 'prices.updatedAt';

export async function loadPriceItems(db: Database): Promise<{ items: PriceItem[]; updatedAt: string } | undefined> {
  const [rows, mark] = await Promise.all([
    db.all<Row>('SELECT * FROM price_items'),
    db.get<{ value: string }>('SELECT value FROM settings WHERE key = ?', [UPDATED_AT]),
  ]);
  if (!mark) return undefined;
  return {
    updatedAt: mark.value,
    items: rows.map((r) => ({
      listCode: r.list_code,
      hospitalCode: r.hospital_code,
      name: r.name,
      spec: r.spec,
      unit: r.unit,
      kind: r.kind,
      unitPriceFen: r.price_fen,
      listClass: r.list_class,
      selfPayPermille: r.self_pay_permille,
      ...(r.trace_product_id ? { traceProductId: r.trace_product_id } : {}),
      ...(r.prescription !== null ? { prescription: r.prescription === 1 } : {}),
    })),
  };
}

const MARK = 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';

/** Notes that the HIS was asked at `updatedAt` and the list had not changed. */
export async function markPriceListTaken(db: Database, updatedAt: string): Promise<void> {
  await db.run(MARK, [UPDATED_AT, updatedAt]);
}

/** Replaces the kept list with a new one, all at once. */
export async function savePriceItems(db: Database, items: readonly PriceItem[], updatedAt: string): Promise<void> {
  const insert = `INSERT INTO price_items (hospital_code, list_code, name, spec, unit, kind, price_fen, list_class, self_pay_permille, trace_product_id, prescription)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM price_items');
    await Promise.all(
      items.map((i) =>
        tx.run(insert, [
          i.hospitalCode,
          i.listCode,
          i.name,
          i.spec,
          i.unit,
          i.kind,
          i.unitPriceFen,
          i.listClass,
          i.selfPayPermille,
          i.traceProductId ?? null,
          i.prescription === undefined ? null : i.prescription ? 1 : 0,
        ]),
      ),
    );
    await tx.run(MARK, [UPDATED_AT, updatedAt]);
  });
}
