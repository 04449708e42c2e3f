// ID card: from the read reply leaving the (simulated) reader to `session.opened`, with the
// platform call excluded (an instant stand-in answers 1101). On a pty there is no wire time, so
// what is measured is the driver, the framer, the text parser and the identify flow.
import { DeviceManager } from '../../device/manager.ts';
import { SamReaderSim } from '../../device/sim/sam-reader.ts';
import { fen } from '../../server/insurance/money.ts';
import type { InsurancePlatform } from '../../server/insurance/platform.ts';
import { Identify } from '../../server/flows/identify.ts';
import { SessionStore } from '../../server/flows/sessions.ts';
import { percentile, report } from './report.ts';

const READS = 100;

export async function benchIdCardRead(): Promise<void> {
  const sim = await SamReaderSim.start();
  const devices = new DeviceManager(
    { idcard: { driver: 'sam-serial', path: sim.devicePath, baudRate: 115200 }, scanner: { driver: 'none' }, camera: { driver: 'none' }, printer: { driver: 'none' } },
    { samTiming: { pollIntervalMs: 5 } },
  );
  const instantPlatform = {
    personInfo: async (c: { certno: string; psnName?: string }) => ({
      psnNo: '1',
      certType: '01',
      certno: c.certno,
      name: c.psnName ?? '',
      gender: '1',
      nation: '01',
      birthDate: '1980-01-01',
      age: 46,
      insurances: [{ insutype: '310', psnType: '11', status: '1', balanceFen: fen(0), insuplcAdmdvs: '150102', civilServant: false }],
      identities: [],
    }),
  } as unknown as InsurancePlatform;
  let opened: (() => void) | undefined;
  const sessions = new SessionStore(600_000, 1, { opened: () => opened?.(), closed: () => undefined });
  const identify = new Identify({ platform: instantPlatform, sessions, grade: 'C', camera: () => undefined });
  devices.on('card', (read) => void identify.byIdCard(read.identity));
  let readSent = 0;
  sim.on('command', (command) => {
    if (command === '30 01') readSent = performance.now();
  });
  await devices.open();
  const times: number[] = [];
  for (let i = 0; i < READS; i++) {
    const done = new Promise<void>((resolve) => (opened = resolve));
    sim.present(0);
    await done;
    times.push(performance.now() - readSent);
    sim.lift();
  }
  sessions.close();
  await devices.close();
  await sim.stop();
  times.sort((a, b) => a - b);
  report({ name: `ID card read → session.opened, median (${READS} reads)`, value: percentile(times, 50), unit: 'ms', budget: { max: 20 } });
  report({ name: 'ID card read → session.opened, p99', value: percentile(times, 99), unit: 'ms', budget: { max: 20 }, note: 'platform call excluded, no wire time on a pty' });
}
