// The device simulators the config asks for, started before the devices open, so the real drivers
// find them: a SAM reader and a scanner on ptys, an ESC/POS printer on loopback TCP. Without
// hardware this is how `npm start` gets a working terminal; /sim drives them.
import type { Config } from '../config/schema.ts';
import { simulatedDevices, type DevicesConfig } from '../device/config.ts';
import { EscPosPrinterSim } from '../device/sim/escpos-printer.ts';
import { SamReaderSim } from '../device/sim/sam-reader.ts';
import { SerialScannerSim } from '../device/sim/serial-scanner.ts';

export interface Simulators {
  idcard?: SamReaderSim;
  scanner?: SerialScannerSim;
  printer?: EscPosPrinterSim;
  /** The device entries that point the real drivers at these simulators. */
  devices: Partial<DevicesConfig>;
  stop(): Promise<void>;
}

export const anySimulator = (config: Config) => Object.values(config.simulators).some(Boolean);

export async function startSimulators(config: Config): Promise<Simulators> {
  const wanted = config.simulators;
  const [idcard, scanner, printer] = await Promise.all([
    wanted.idcard ? SamReaderSim.start() : undefined,
    wanted.scanner ? SerialScannerSim.start() : undefined,
    wanted.printer ? EscPosPrinterSim.start({ host: '127.0.0.1', port: 0 }) : undefined,
  ]);
  return {
    ...(idcard ? { idcard } : {}),
    ...(scanner ? { scanner } : {}),
    ...(printer ? { printer } : {}),
    devices: simulatedDevices({ idcard: idcard?.devicePath, scanner: scanner?.devicePath, printer: printer?.address }),
    stop: async () => {
      await Promise.all([idcard?.stop(), scanner?.stop(), printer?.stop()]);
    },
  };
}
