// Runs every benchmark in turn; `npm run bench -- <name>` runs one.
import { benchDaemonStart } from './daemon-start.ts';
import { benchIdCardRead } from './idcard-read.ts';
import { benchPriceSearch } from './price-search.ts';
import { benchReceipt } from './receipt.ts';
import { benchSandboxThroughput } from './sandbox-throughput.ts';
import { benchSettlement } from './settlement.ts';
import { benchUiLoad } from './ui-load.ts';

const benches: Record<string, () => Promise<void>> = {
  'daemon-start': benchDaemonStart,
  'sandbox-throughput': benchSandboxThroughput,
  settlement: benchSettlement,
  'idcard-read': benchIdCardRead,
  receipt: benchReceipt,
  'ui-load': benchUiLoad,
  'price-search': benchPriceSearch,
};

const wanted = process.argv.slice(2);
process.stdout.write(`medins-kiosk benchmarks on ${process.platform}/${process.arch}, Node ${process.version}; budgets from DESIGN.md §7\n`);
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  await run();
}
