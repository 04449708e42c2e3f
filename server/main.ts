// `npm start` lands here: load and check the config, open the store, the platform sandbox and
// simulators when configured, the devices, serve, and shut down in order on SIGTERM/SIGINT.
import { dirname, join, resolve } from 'node:path';
import pino from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type LoadedConfig } from './config.ts';
import { EventBus } from './events.ts';
import { InfoPages } from './content/info-page.ts';
import { ContentError } from './content/markdown-blocks.ts';
import { DeviceReadings } from './flows/device-readings.ts';
import { Dictionaries } from './flows/filing/dictionaries.ts';
import { FilingService } from './flows/filing/service.ts';
import { RecordsService } from './flows/records.ts';
import { ArchiveRetention } from './flows/archive-retention.ts';
import { Complaints } from './flows/feedback/complaints.ts';
import { PharmacySales } from './flows/pharmacy/sales.ts';
import { stopPinyin } from './flows/pinyin/client.ts';
import { PriceCatalogue } from './flows/prices/catalogue.ts';
import { Identify } from './flows/identify.ts';
import { AFTER_RECEIPT_MS, SessionStore } from './flows/sessions.ts';
import { OutboxWorker } from './flows/outbox-worker.ts';
import { RELEASE_JOB, releaseVisitNow } from './flows/settlement/release.ts';
import { SettlementService } from './flows/settlement/service.ts';
import { CANCEL_JOB, cancelNow } from './flows/settlement/cancel.ts';
import { REFUND_JOB, refundNow } from './flows/settlement/refund.ts';
import { HIS_PAID_JOB, markBillsPaid } from './flows/settlement/settle.ts';
import { HttpHis } from './his/http-his.ts';
import { HttpPayment } from './payment/http-payment.ts';
import { PlatformDictionary } from './insurance/dictionary.ts';
import { createPlatform } from './insurance/setup.ts';
import { PlatformSignIn } from './insurance/sign-in.ts';
import { Lifecycle } from './lifecycle.ts';
import { createLogger } from './log.ts';
import { defaultPinProblem } from './operator/default-pin.ts';
import { isLoopback } from './net/loopback.ts';
import { OperatorTokens } from './operator/tokens.ts';
import { ROOT, VERSION } from './paths.ts';
import { startEmbeddedSandbox } from './sandbox/embedded.ts';
import { anySimulator, startSimulators } from './simulators.ts';
import { audit } from './store/audit.ts';
import { openStore } from './store/store.ts';
import { PlatformFaceCamera } from '../device/camera/platform-face.ts';
import { DeviceManager } from '../device/manager.ts';

/** sysexits EX_CONFIG: the configuration is wrong, restarting will not help. */
const EXIT_CONFIG = 78;
/** Shutdown must be over within 5 s; this leaves room for the process to exit. */
const SHUTDOWN_DEADLINE_MS = 4500;
const DRAIN_MS = 2000;
const SIGN_OUT_MS = 1000;

/** What start-up has opened so far, closed in reverse when it fails or is stopped half way. */
const opened: Array<() => Promise<unknown>> = [];
/** A signal that came before the daemon could stop in order; it stops as soon as it can. */
let earlySignal: NodeJS.Signals | undefined;
let stopNow: ((signal: NodeJS.Signals) => void) | undefined;

/** Thrown by `fail` so that start-up goes no further while what it opened is closed. */
class StartupAbort extends Error {}

/** Says why in one line, closes what start-up opened, and exits with `code`. */
function exitWith(line: string, code: number): void {
  process.stderr.write(`${line}\n`);
  if (opened.length === 0) process.exit(code);
  const closing = Promise.allSettled(opened.splice(0).reverse().map((close) => close()));
  const deadline = new Promise((done) => setTimeout(done, SHUTDOWN_DEADLINE_MS - DRAIN_MS).unref());
  void Promise.race([closing, deadline]).finally(() => process.exit(code));
}

function fail(line: string, code: number): never {
  exitWith(line, code);
  throw new StartupAbort(line);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => (stopNow ? stopNow(signal) : (earlySignal = signal)));
}

async function main(): Promise<void> {
  let loaded: LoadedConfig;
  try {
    loaded = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message, EXIT_CONFIG);
    throw err;
  }
  const { config, dataDir } = loaded;
  let infoPages: InfoPages;
  try {
    // Shipped with the install, so a relative directory is the install's, wherever the daemon starts.
    infoPages = InfoPages.load(resolve(ROOT, config.content.dir));
  } catch (err) {
    if (err instanceof ContentError) fail(err.message, EXIT_CONFIG);
    throw err;
  }

  const log = createLogger({
    level: config.log.level,
    destination: config.log.stdout ? pino.destination(1) : join(dataDir, 'logs', 'kioskd.log'),
  });
  const [db, sandbox, sims] = await Promise.all([
    openStore(dataDir).then(
      (db) => (opened.push(() => db.close()), db),
      (err: Error) => fail(`cannot open the database in ${dataDir}: ${err.message}`, 1),
    ),
    startEmbeddedSandbox(config, process.cwd()).then(
      (sandbox) => (sandbox && opened.push(() => sandbox.close()), sandbox),
      (err: Error) => fail(`cannot start the sandbox: ${err.message}`, 1),
    ),
    anySimulator(config)
      ? startSimulators(config).then(
          (sims) => (opened.push(() => sims.stop()), sims),
          (err: Error) => fail(`cannot start the device simulators: ${err.message}`, 1),
        )
      : undefined,
  ]);
  // scrypt and a look at the platform take a while: checked while the rest is put together, and
  // before anything listens.
  const pinProblem = defaultPinProblem(config).catch((err: Error) => `config error: cannot check operator.pinHash: ${err.message}`);
  const platform = createPlatform(config, db, log, dirname(loaded.sources.at(-1)!));
  const signIn = new PlatformSignIn(platform, config.insurance.opter.code, log.child({ module: 'sign-in' }));
  const events = new EventBus();
  const devices = new DeviceManager(
    { ...config.devices, ...sims?.devices },
    { log: log.child({ module: 'device' }), camera: new PlatformFaceCamera((idNo, businessType) => platform.faceAuth(idNo, businessType)) },
  );
  devices.on('state', ({ device, status }) => {
    log.info({ device, state: status.state }, 'device state');
    events.publish({ type: 'device.state', device, state: status.state, ...(status.reason ? { reason: status.reason } : {}) });
  });
  const lifecycle = new Lifecycle();
  const his = new HttpHis(config.his.baseUrl, config.his.timeoutMs);
  const settlementDeps = {
    config,
    db,
    platform,
    his,
    payment: new HttpPayment(config.payment.baseUrl, config.payment.timeoutMs),
    devices,
    events,
    log: log.child({ module: 'settlement' }),
  };
  const settlements = new SettlementService(settlementDeps);
  signIn.onSignedIn = () => void settlements.recover();
  const outbox = new OutboxWorker(
    db,
    {
      [HIS_PAID_JOB]: (p: { settlementId: string }) => markBillsPaid(settlementDeps, p.settlementId),
      [REFUND_JOB]: (p: { settlementId: string; orderId: string }) => refundNow(settlementDeps, p.settlementId, p.orderId),
      [RELEASE_JOB]: (p: { settlementId: string }) => releaseVisitNow(settlementDeps, p.settlementId),
      [CANCEL_JOB]: (p: { settlementId: string; setlId: string }) => cancelNow(settlementDeps, p.settlementId, p.setlId),
    },
    log.child({ module: 'outbox' }),
  );
  const sessions = new SessionStore(config.session.idleMinutes * 60_000, config.session.maxOpen, {
    opened: (s) => events.publish({ type: 'session.opened', sessionId: s.id, via: s.via, person: s.view, services: s.services }),
    closed: (sessionId, reason) => {
      events.publish({ type: 'session.closed', sessionId, reason });
      // At shutdown what is open stays journaled; recovery finishes it on the next start.
      if (reason !== 'shutdown') void settlements.sessionEnded(sessionId);
      if (reason !== 'shutdown') pharmacy.sessionEnded(sessionId).catch((err: unknown) => log.warn({ err }, 'open drug sale not cancelled'));
    },
  });
  settlements.onReceipt = (sessionId) => sessions.windDown(sessionId, AFTER_RECEIPT_MS);
  const identify = new Identify({ platform, sessions, grade: config.institution.grade, camera: () => devices.camera });
  const readings = new DeviceReadings(identify, events, lifecycle, log.child({ module: 'identify' }));
  readings.attach(devices);
  const dictionaries = new Dictionaries(new PlatformDictionary(config.insurance.baseUrl, config.insurance.timeoutMs), his);
  const filings = new FilingService({
    platform,
    dictionaries,
    db,
    devices,
    institution: { code: config.insurance.fixmedinsCode, name: config.insurance.fixmedinsName },
    log: log.child({ module: 'filing' }),
  });
  const records = new RecordsService({ platform, filings });
  const prices = new PriceCatalogue({ his, db, events, log: log.child({ module: 'prices' }), refreshMs: config.prices.refreshMinutes * 60_000 });
  const complaints = new Complaints(db, config.feedback.phoneRetentionDays);
  const archive = new ArchiveRetention(db, config.archive.keepYears);
  const pharmacy = new PharmacySales({ db, prices, platform, events, log: log.child({ module: 'pharmacy' }), operatorName: config.insurance.opter.name });
  if (config.pharmacy.enabled) readings.traceSink = (code) => pharmacy.scanned(code);
  const app = await buildApp(
    {
      config,
      version: VERSION,
      log,
      db,
      events,
      devices,
      lifecycle,
      operators: new OperatorTokens(config.operator.sessionMinutes * 60_000),
      sessions,
      his,
      settlements,
      filings,
      dictionaries,
      records,
      identify,
      readings,
      platform: () => ({ reachable: signIn.reachable, signedIn: signIn.signedIn }),
      prices,
      infoPages,
      complaints,
      pharmacy,
    },
    sims
      ? {
          simulators: {
            sims,
            ...(isLoopback(config.insurance.baseUrl) ? { sandboxCenter: config.insurance.baseUrl.replace(/\/$/, '') } : {}),
            ...(isLoopback(config.payment.baseUrl) ? { sandboxPayment: config.payment.baseUrl.replace(/\/$/, '') } : {}),
          },
        }
      : {},
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      process.stderr.write(`shutdown took longer than ${SHUTDOWN_DEADLINE_MS} ms; exiting anyway\n`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    log.info({ signal }, 'shutting down');
    events.publish({ type: 'daemon.stopping' });
    const drained = await lifecycle.drain(DRAIN_MS);
    sessions.close();
    complaints.stop();
    archive.stop();
    await Promise.all([settlements.stop(SIGN_OUT_MS), outbox.stop(), prices.stop(), stopPinyin()]);
    await signIn.stop(SIGN_OUT_MS);
    await app.close();
    await devices.close();
    await Promise.all([sims?.stop(), sandbox?.close()]);
    await audit(db, { actor: 'system', action: 'daemon.stop', detail: { signal, drained } });
    await db.close();
    log.info('stopped');
    log.flush(() => process.exit(0));
  };
  stopNow = (signal) => void stop(signal);
  if (earlySignal) return stopNow(earlySignal);

  opened.push(() => devices.close(), () => app.close());
  const problem = await pinProblem;
  if (problem) fail(problem, EXIT_CONFIG);
  await devices.open();
  try {
    await app.listen({ host: config.server.host, port: config.server.port });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`port ${config.server.port} on ${config.server.host} is already in use — set PORT or server.port`, 1);
    throw err;
  }
  lifecycle.phase = 'ready';
  signIn.start();
  settlements.start();
  outbox.start();
  // The price list loads behind the ready line: a big one takes a while, and /api/prices says so meanwhile.
  prices.start().catch((err: unknown) => log.error({ err }, 'the kept price list could not be read'));
  await Promise.all([complaints.start(), pharmacy.start(), archive.start()]);
  await audit(db, { actor: 'system', action: 'daemon.start', detail: { version: VERSION, profile: config.profile } });

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const host = config.server.host === '0.0.0.0' || config.server.host === '::' ? '127.0.0.1' : config.server.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  log.info({ url, profile: config.profile, dataDir, sandbox: sandbox?.origin }, 'ready');
  const platformNote = sandbox ? `sandbox platform ${sandbox.origin}/center` : `platform ${config.insurance.baseUrl}`;
  const simNote = sims ? ` · simulators ${url}sim` : '';
  process.stdout.write(
    `medins-kiosk ${VERSION} ready: touchscreen UI ${url} · profile ${config.profile} · data in ${dataDir} · ${platformNote}${simNote} · API docs ${url}docs\n`,
  );
}

main().catch((err: unknown) => {
  if (!(err instanceof StartupAbort)) exitWith(`medins-kiosk failed to start: ${err instanceof Error ? err.message : String(err)}`, 1);
});
