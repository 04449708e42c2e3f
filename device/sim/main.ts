// `node dist/sim/main.js idcard|scanner|printer [options]`: one device simulator alone, so an
// integrator can pair a real device with simulated others. It prints where it listens and the
// config entry that points the daemon at it, then takes commands on standard input.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { simulatedDevices } from '../config.ts';
import type { Receipt } from './escpos-decoder.ts';
import { EscPosPrinterSim } from './escpos-printer.ts';
import { DEMO_CARDS } from './demo-cards.ts';
import { SamReaderSim } from './sam-reader.ts';
import { cardOf, sandboxPersons } from './sandbox-cards.ts';
import { SerialScannerSim } from './serial-scanner.ts';

/** Where `npm start` and `npm run sandbox` put the platform sandbox by default. */
const DEFAULT_SANDBOX = 'http://127.0.0.1:8911/center';

const USAGE = `usage: node dist/sim/main.js idcard|scanner|printer [options]
  idcard   [--link PATH] [--sandbox URL]
                                      SAM ID card reader on a pty (PATH: where the daemon opens it),
                                      with the cards of the sandbox's test persons (URL: its /center,
                                      default ${DEFAULT_SANDBOX}); built-in cards when none answers
  scanner  [--link PATH]              QR scanner in virtual COM mode on a pty
  printer  [--host H] [--port N]      ESC/POS printer on TCP (default 127.0.0.1:9100)
Type "help" once it runs for its commands.`;

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

interface Running {
  help: string;
  command(words: string[]): Promise<void> | void;
  stop(): Promise<void>;
}

async function idcard(link: string | undefined, sandbox: string): Promise<Running> {
  const persons = await sandboxPersons(sandbox);
  const sim = await SamReaderSim.start({ ...(link ? { devicePath: link } : {}), cards: persons.length > 0 ? persons.map(cardOf) : DEMO_CARDS });
  say(`SAM reader simulator on pty ${sim.devicePath}`);
  say(`config: "idcard": ${JSON.stringify(simulatedDevices({ idcard: sim.devicePath }).idcard)}`);
  const list = (tag?: string) =>
    sim.cards.forEach((c, i) => {
      const tags = persons[i]?.tags ?? [];
      if (!tag || tags.includes(tag)) say(`  card ${i}: ${c.kind} ${c.name} ${c.certno} valid to ${c.validTo}${tags.length ? ` [${tags.join(' ')}]` : ''}`);
    });
  if (persons.length > 0) say(`${persons.length} cards of the sandbox's test persons (${sandbox}); "list [TAG]" shows them`);
  else {
    say(`no sandbox answers at ${sandbox}: built-in cards, unknown to any platform`);
    list();
  }
  return {
    help: 'present N · list [TAG] · lift · damage (next read garbled) · silent (falls silent at next read) · answer · sam 90|60|66 · unplug · plug · quit',
    command: async ([verb, arg]) => {
      if (verb === 'list') return list(arg);
      if (verb === 'present') sim.present(Number(arg ?? 0));
      else if (verb === 'lift') sim.lift();
      else if (verb === 'damage') sim.failNextRead('damaged');
      else if (verb === 'silent') sim.failNextRead('silent');
      else if (verb === 'answer') sim.setAnswering(true);
      else if (verb === 'sam') sim.setSamStatus(Number.parseInt(arg ?? '90', 16));
      else if (verb === 'unplug') await sim.unplug();
      else if (verb === 'plug') await sim.plug();
      else return say(`unknown command ${verb}`);
      say('ok');
    },
    stop: () => sim.stop(),
  };
}

async function scanner(link: string | undefined): Promise<Running> {
  const sim = await SerialScannerSim.start(link ? { devicePath: link } : {});
  say(`scanner simulator on pty ${sim.devicePath}`);
  say(`config: "scanner": ${JSON.stringify(simulatedDevices({ scanner: sim.devicePath }).scanner)}`);
  return {
    help: 'scan TEXT (sent with CR) · crlf TEXT · hex BYTES (raw, e.g. "b2e2 0d") · unplug · plug · quit',
    command: async ([verb, ...rest]) => {
      const text = rest.join(' ');
      if (verb === 'scan') await sim.scan(text);
      else if (verb === 'crlf') await sim.scan(text, '\r\n');
      else if (verb === 'hex') await sim.send(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
      else if (verb === 'unplug') await sim.unplug();
      else if (verb === 'plug') await sim.plug();
      else return say(`unknown command ${verb}`);
      say('ok');
    },
    stop: () => sim.stop(),
  };
}

function showReceipt(receipt: Receipt): void {
  say(`--- receipt (${receipt.cut} cut) ---`);
  for (const line of receipt.lines) say(line.kind === 'qr' ? `[QR ${line.data}]` : line.text);
  for (const problem of receipt.problems) say(`! ${problem}`);
}

async function printer(host: string, port: number): Promise<Running> {
  const sim = await EscPosPrinterSim.start({ host, port });
  say(`ESC/POS printer simulator on ${sim.address}`);
  say(`config: "printer": ${JSON.stringify(simulatedDevices({ printer: sim.address }).printer)}`);
  sim.on('receipt', showReceipt);
  const flag = (value: string | undefined, on: string) => value === on;
  return {
    help: 'paper out|ok · paper low|full · cover open|closed · reading on|off · status N BYTE(hex)|auto · quit',
    command: ([verb, arg, value]) => {
      if (verb === 'paper' && (arg === 'out' || arg === 'ok')) sim.setPaperOut(arg === 'out');
      else if (verb === 'paper' && arg === 'low') sim.setPaperNearEnd(true);
      else if (verb === 'paper' && arg === 'full') sim.setPaperNearEnd(false);
      else if (verb === 'cover') sim.setCoverOpen(flag(arg, 'open'));
      else if (verb === 'reading') sim.setReading(flag(arg, 'on'));
      else if (verb === 'status') sim.setStatusByte(Number(arg), value === 'auto' || value === undefined ? undefined : Number.parseInt(value, 16));
      else return say(`unknown command ${verb}`);
      say('ok');
    },
    stop: () => sim.stop(),
  };
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      link: { type: 'string' },
      sandbox: { type: 'string', default: DEFAULT_SANDBOX },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '9100' },
    },
  });
  const kind = positionals[0];
  let running: Running;
  if (kind === 'idcard') running = await idcard(values.link, values.sandbox);
  else if (kind === 'scanner') running = await scanner(values.link);
  else if (kind === 'printer') running = await printer(values.host, Number(values.port));
  else {
    process.stderr.write(`${USAGE}\n`);
    process.exit(64);
  }
  say(`commands: ${running.help} · help`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    if (words[0] === 'quit') return void stop();
    if (words[0] === 'help') return say(running.help);
    Promise.resolve(running.command(words)).catch((err: Error) => say(`error: ${err.message}`));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`simulator failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
