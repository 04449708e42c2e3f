// Seeds the sandbox once (the platform's population, then the hospital's bills for it), or again
// from scratch on reset. The seed is recorded: data made from one seed is never mixed with another.
import type { Database } from '../store/db.ts';
import { ageOn } from './center/population.ts';
import { CENTER_TABLES, seedCenter } from './center/state.ts';
import { seedBills } from './his/seed.ts';

const OTHER_TABLES = ['his_bills', 'his_bill_lines', 'payment_orders', 'meta'];

export async function seedSandbox(db: Database, seed: number, reset = false): Promise<void> {
  await db.transaction(async (tx) => {
    if (reset) for (const t of [...CENTER_TABLES, ...OTHER_TABLES]) await tx.run(`DELETE FROM ${t}`);
    const seeded = await tx.get<{ value: string }>("SELECT value FROM meta WHERE key = 'seed'");
    if (seeded) {
      if (Number(seeded.value) !== seed) throw new Error(`sandbox data was seeded with ${seeded.value}, not ${seed}; reset it or use that seed`);
      return;
    }
    const now = new Date();
    const population = await seedCenter(tx, seed, now);
    const today = now.toISOString().slice(0, 10);
    await seedBills(
      tx,
      seed,
      population.map((p) => ({ certno: p.certno, status: p.status, age: ageOn(p.brdy, today), chronic: p.chronic })),
      now,
    );
    await tx.run("INSERT INTO meta (key, value) VALUES ('seed', ?)", [String(seed)]);
  });
}
