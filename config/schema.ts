// The kiosk configuration, as one TypeBox schema. Every node carries a `description` that is read
// back in error messages ("expected …"), so a clerk editing JSON learns what a field takes.
import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';
import { DevicesConfigSchema, SimulatorsConfigSchema } from '../device/config.ts';

const closed = { additionalProperties: false } as const;

export function oneOf<const T extends readonly string[]>(values: T, description?: string): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v)) as TLiteral<T[number]>[], {
    description: description ?? `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  });
}

const HttpUrl = (what: string) =>
  Type.String({ pattern: '^https?://[^\\s/]+(/[^\\s]*)?$', description: `an http(s) URL of ${what}` });

export const PROFILES = ['hospital-kiosk', 'township-hall', 'bedside-cart', 'pharmacy-counter'] as const;
export const GRADES = ['A', 'B', 'C'] as const;
export const DEVICE_KINDS = ['idcard', 'scanner', 'camera', 'printer'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const ConfigSchema = Type.Object(
  {
    profile: oneOf(PROFILES, `the deployment shape, one of ${PROFILES.join(', ')}`),
    server: Type.Object(
      {
        host: Type.String({ minLength: 1, description: 'an interface address to bind, e.g. "127.0.0.1"' }),
        port: Type.Integer({ minimum: 0, maximum: 65535, description: 'a TCP port from 0 to 65535' }),
      },
      closed,
    ),
    dataDir: Type.String({ minLength: 1, description: 'a directory path for the database and logs' }),
    log: Type.Object(
      {
        level: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const),
        stdout: Type.Boolean({ description: 'true to log to standard output instead of the log file' }),
      },
      closed,
    ),
    institution: Type.Object(
      {
        kind: oneOf(['hospital', 'pharmacy'] as const),
        level: oneOf(['1', '2', '3', 'none'] as const, 'the hospital level "1", "2", "3", or "none" for a pharmacy'),
        grade: oneOf(GRADES, 'the settlement grade (seed 004 第六条): "A", "B" or "C"'),
      },
      closed,
    ),
    insurance: Type.Object(
      {
        baseUrl: HttpUrl('the insurance platform gateway (the NHSA path is appended)'),
        ecBaseUrl: HttpUrl('the e-voucher service (/ec/trans is appended); insurance.baseUrl when not given'),
        fixmedinsCode: Type.String({ pattern: '^[A-Z0-9]{12}$', description: 'the 12-character institution code (fixmedins_code)' }),
        fixmedinsName: Type.String({ minLength: 1, maxLength: 20, description: 'the institution name, at most 20 characters' }),
        mdtrtareaAdmvs: Type.String({ pattern: '^[0-9]{6}$', description: 'the 6-digit region code of the institution (mdtrtarea_admvs)' }),
        recerSysCode: Type.String({ minLength: 1, maxLength: 10, description: 'the receiver system code (recer_sys_code), at most 10 characters' }),
        opter: Type.Object(
          {
            code: Type.String({ minLength: 1, maxLength: 30, description: "the terminal's operator account (opter)" }),
            name: Type.String({ minLength: 1, maxLength: 50, description: "the operator account's name (opter_name)" }),
          },
          closed,
        ),
        devNo: Type.String({ maxLength: 100, description: 'the terminal device number (dev_no), may be empty' }),
        terminalSlot: Type.Integer({
          minimum: 0,
          maximum: 9,
          description: "this terminal's number 0 to 9 among the institution's terminals; it keeps their msgids apart",
        }),
        signing: Type.Union(
          [
            Type.Object({ kind: Type.Literal('none') }, closed),
            Type.Object(
              { kind: Type.Literal('tif'), paasId: Type.String({ minLength: 1 }), paasToken: Type.String({ minLength: 1 }) },
              closed,
            ),
            Type.Object({ kind: Type.Literal('sm2'), privateKeyFile: Type.String({ minLength: 1 }) }, closed),
          ],
          { description: '{"kind":"none"}, {"kind":"tif","paasId","paasToken"} or {"kind":"sm2","privateKeyFile"}' },
        ),
        timeoutMs: Type.Integer({ minimum: 100, maximum: 120_000, description: 'milliseconds to wait for an answer, 100 to 120000' }),
        retries: Type.Integer({ minimum: 0, maximum: 5, description: 'extra attempts where a retry is safe, 0 to 5' }),
      },
      closed,
    ),
    his: Type.Object(
      {
        baseUrl: HttpUrl("the hospital system's API"),
        timeoutMs: Type.Integer({ minimum: 100, maximum: 120_000, description: 'milliseconds to wait for the HIS, 100 to 120000' }),
      },
      closed,
    ),
    payment: Type.Object(
      {
        baseUrl: HttpUrl("the mobile payment provider's API"),
        timeoutMs: Type.Integer({ minimum: 100, maximum: 120_000, description: 'milliseconds to wait for the payment provider, 100 to 120000' }),
        orderTtlSeconds: Type.Integer({ minimum: 30, maximum: 1800, description: 'seconds a payment QR stays payable, 30 to 1800' }),
      },
      closed,
    ),
    sandbox: Type.Object(
      {
        enabled: Type.Boolean({ description: 'true to run the platform sandbox inside the daemon' }),
        host: Type.String({ minLength: 1, description: 'the address the embedded sandbox binds' }),
        port: Type.Integer({ minimum: 1, maximum: 65535, description: 'the TCP port of the embedded sandbox, 1 to 65535' }),
        dataDir: Type.String({ minLength: 1, description: "the sandbox's own data directory (kept apart from the kiosk's)" }),
        seed: Type.Integer({ description: 'the seed of the sandbox population' }),
      },
      closed,
    ),
    operator: Type.Object(
      {
        pinHash: Type.String({
          pattern: '^scrypt\\$[0-9]+\\$[0-9]+\\$[0-9]+\\$[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+$',
          description: 'an scrypt hash of the operator PIN, made by `npm run pin-hash`',
        }),
        sessionMinutes: Type.Integer({ minimum: 1, maximum: 720, description: 'minutes an operator login lasts, 1 to 720' }),
        maxFailedLogins: Type.Integer({ minimum: 1, maximum: 100, description: 'wrong PINs allowed before a lockout, 1 to 100' }),
        lockoutMinutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'minutes a lockout lasts, 1 to 1440' }),
      },
      closed,
    ),
    devices: DevicesConfigSchema,
    simulators: SimulatorsConfigSchema,
    session: Type.Object(
      {
        idleMinutes: Type.Integer({ minimum: 1, maximum: 120, description: 'minutes after which an untouched patient session is ended and wiped, 1 to 120' }),
        maxOpen: Type.Integer({
          minimum: 1,
          maximum: 500,
          description: 'patients served at once: 1 for a kiosk (the next patient ends the last one), more for a bedside cart serving several tablets',
        }),
      },
      closed,
    ),
    prices: Type.Object(
      {
        refreshMinutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'minutes between taking the price list from the HIS again, 1 to 1440' }),
      },
      closed,
    ),
    content: Type.Object(
      {
        dir: Type.String({ minLength: 1, description: 'the directory of the information pages (index.json, zh-CN/, en/), relative to where the daemon starts' }),
      },
      closed,
    ),
    feedback: Type.Object(
      {
        phoneRetentionDays: Type.Integer({
          minimum: 1,
          maximum: 365,
          description: 'days a call-back phone number left with a complaint is kept before it is erased, 1 to 365',
        }),
      },
      closed,
    ),
    archive: Type.Object(
      {
        keepYears: Type.Integer({
          minimum: 1,
          maximum: 50,
          description: 'years signed records (prior consents, credit commitments) are kept before they are deleted, 1 to 50',
        }),
      },
      closed,
    ),
    pharmacy: Type.Object(
      {
        enabled: Type.Boolean({ description: 'true to sell drugs with trace codes at this terminal (the pharmacy-counter profile)' }),
      },
      closed,
    ),
  },
  closed,
);

export type Config = Static<typeof ConfigSchema>;
export type Profile = (typeof PROFILES)[number];
export type Grade = (typeof GRADES)[number];
