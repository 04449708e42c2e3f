// The fake daemon's service-hall routes (docs/patient-api.md): filings and their lists, prices,
// information pages, own records, complaints and a pharmacy sale, answered from fixtures.
import * as fx from './ui-fixtures-services.ts';

export interface ServiceSettings {
  /** Whether the pharmacy routes answer (pharmacy.enabled), or 404 PHARMACY_DISABLED. */
  pharmacy: boolean;
  /** What filing answers: made, or the daemon's objections. */
  filing: 'filed' | 'invalid';
  /** The trace codes in the open sale, and whether it is reported. */
  saleCodes: string[];
  saleState: 'open' | 'completed';
  /** What revoking answers: revoked, or the platform's refusal (a chronic filing a settlement used). */
  revoke: 'revoked' | 'refused';
}

export const SERVICE_DEFAULTS: ServiceSettings = { pharmacy: false, filing: 'filed', saleCodes: [], saleState: 'open', revoke: 'revoked' };

const REVOKE_REFUSED = { error: { code: 'PLATFORM_REFUSED', message: { zh: '该备案已被结算使用，不能撤销', en: 'This filing has been used by a settlement and cannot be revoked' } } };

const DISABLED = { error: { code: 'PHARMACY_DISABLED', message: { zh: '本终端不提供药品销售。', en: 'This terminal does not sell drugs.' } } };

type Answer = { status: number; body?: unknown };

const ROUTES: Array<[string, RegExp, (m: RegExpMatchArray, s: ServiceSettings) => Answer]> = [
  ['GET', /^\/api\/filings\/dictionary\/([a-z-]+)$/, (m) => ({ status: 200, body: fx.DICTIONARIES[m[1]!] ?? [] })],
  ['GET', /^\/api\/filings\/doctors$/, () => ({ status: 200, body: fx.DOCTORS })],
  ['GET', /^\/api\/filings\/trauma-commitment$/, () => ({ status: 200, body: fx.TRAUMA_COMMITMENT })],
  ['POST', /^\/api\/sessions\/[^/]+\/filings$/, (_m, s) => (s.filing === 'filed' ? { status: 201, body: fx.FILING } : { status: 400, body: fx.FILING_INVALID })],
  ['GET', /^\/api\/sessions\/[^/]+\/filings$/, () => ({ status: 200, body: fx.FILINGS })],
  ['POST', /^\/api\/sessions\/[^/]+\/filings\/([A-Z0-9]+)\/revoke$/, (m, s) =>
    s.revoke === 'refused' ? { status: 422, body: REVOKE_REFUSED } : { status: 200, body: { ...fx.FILINGS.find((f) => f.filingSn === m[1])!, status: 'revoked' } }],
  ['POST', /^\/api\/sessions\/[^/]+\/filings\/[A-Z0-9]+\/proof$/, () => ({ status: 200, body: { status: 'printed' } })],
  ['GET', /^\/api\/prices$/, () => ({ status: 200, body: fx.PRICES })],
  ['GET', /^\/api\/info$/, () => ({ status: 200, body: fx.INFO_PAGES })],
  ['GET', /^\/api\/info\/[a-z-]+$/, () => ({ status: 200, body: fx.INFO_PAGE })],
  ['GET', /^\/api\/sessions\/[^/]+\/records$/, () => ({ status: 200, body: fx.RECORDS })],
  ['GET', /^\/api\/sessions\/[^/]+\/records\/visits\/[^/]+\/lines$/, () => ({ status: 200, body: fx.VISIT_LINES })],
  ['GET', /^\/api\/feedback\/complaint-form$/, () => ({ status: 200, body: fx.COMPLAINT_FORM })],
  ['POST', /^\/api\/feedback\/complaints$/, () => ({ status: 201, body: { reference: 'C20261124-7K3Q9P', receivedAt: '2026-11-24T01:02:03.000Z' } })],
  ['GET', /^\/api\/pharmacy-sales$/, (_m, s) => (s.pharmacy ? { status: 200, body: { sales: [] } } : { status: 404, body: DISABLED })],
  ['POST', /^\/api\/sessions\/[^/]+\/pharmacy-sales$/, (_m, s) => ({ status: 201, body: fx.sale(s.saleCodes, s.saleState) })],
  ['GET', /^\/api\/pharmacy-sales\/PS[0-9A-Z]+$/, (_m, s) => ({ status: 200, body: fx.sale(s.saleCodes, s.saleState) })],
  ['DELETE', /^\/api\/pharmacy-sales\/PS[0-9A-Z]+\/codes\/(\d+)$/, (m, s) => ((s.saleCodes = s.saleCodes.filter((c) => c !== m[1])), { status: 200, body: fx.sale(s.saleCodes, s.saleState) })],
  ['POST', /^\/api\/pharmacy-sales\/PS[0-9A-Z]+\/complete$/, (_m, s) => ((s.saleState = 'completed'), { status: 200, body: fx.sale(s.saleCodes, s.saleState) })],
];

/** The answer to one of these routes, or undefined when the path is not one of them. */
export function serviceAnswer(method: string, path: string, settings: ServiceSettings): Answer | undefined {
  for (const [m, pattern, answer] of ROUTES) {
    const match = method === m ? pattern.exec(path) : null;
    if (match) return answer(match, settings);
  }
  return undefined;
}
