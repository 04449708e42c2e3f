// The kiosk configuration, as one TypeBox schema. Every node carries a `description` that is read
// back in error messages ("expected …"), so a clerk editing JSON learns what a field takes.
import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';

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

const DisabledDevice = Type.Object(
  { driver: Type.Literal('none', { description: '"none" (no such device on this terminal)' }) },
  closed,
);

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
        baseUrl: HttpUrl('the insurance platform gateway'),
        fixmedinsCode: Type.String({ pattern: '^[A-Z0-9]{12}$', description: 'the 12-character institution code (fixmedins_code)' }),
        fixmedinsName: Type.String({ minLength: 1, maxLength: 20, description: 'the institution name, at most 20 characters' }),
        mdtrtareaAdmvs: Type.String({ pattern: '^[0-9]{6}$', description: 'the 6-digit region code of the institution (mdtrtarea_admvs)' }),
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
    devices: Type.Object(
      {
        idcard: DisabledDevice,
        scanner: DisabledDevice,
        camera: DisabledDevice,
        printer: DisabledDevice,
      },
      closed,
    ),
  },
  closed,
);

export type Config = Static<typeof ConfigSchema>;
export type Profile = (typeof PROFILES)[number];
export type Grade = (typeof GRADES)[number];
