// The patient's flow against a stand-in API: what each answer and event does to the state.
import { describe, expect, it } from 'vitest';
import { ApiError, type Api } from '../../../kiosk-ui/src/api.ts';
import { DEFAULTS } from '../../../kiosk-ui/src/config.ts';
import { Flow } from '../../../kiosk-ui/src/state/flow.ts';
import { Store, initialState } from '../../../kiosk-ui/src/state/store.ts';
import * as fx from '../../helpers/ui-fixtures.ts';

const UNAVAILABLE = new ApiError(503, 'PLATFORM_UNAVAILABLE', { zh: '医保平台暂时没有响应', en: 'The platform is not answering' });

function setup(overrides: Partial<Record<keyof Api, (...args: any[]) => Promise<unknown>>> = {}) {
  const calls: string[] = [];
  const api = {
    health: async () => ({}),
    openByFace: async () => fx.session(false),
    scan: async () => ({ kind: 'session', session: fx.session(false) }),
    session: async () => fx.session(false),
    endSession: async (id: string) => void calls.push(`DELETE ${id}`),
    bills: async () => fx.BILLS,
    presettle: async (_id: string, billIds: string[]) => (calls.push(`presettle ${billIds.join(',')}`), fx.presettlement(false)),
    confirm: async (_id: string, body: unknown) => (calls.push(`confirm ${JSON.stringify(body)}`), fx.awaitingPayment(60_000)),
    settlement: async () => ({ ...fx.awaitingPayment(60_000) }),
    reprint: async () => ({ status: 'printed' }),
    survey: async (body: unknown) => {
      calls.push(`survey ${JSON.stringify(body)}`);
      throw new ApiError(404, 'NOT_FOUND', { zh: '没有', en: 'none' });
    },
    callStaff: async () => ({}),
    dropSettlement: async (id: string) => void calls.push(`drop ${id}`),
    ...overrides,
  } as unknown as Api;
  const store = new Store(initialState('zh-CN', 'standard'));
  const flow = new Flow(store, api, DEFAULTS);
  return { store, flow, calls, s: () => store.state };
}

const opened = (elderly: boolean) => ({ type: 'session.opened' as const, ...fx.session(elderly) }) as never;

async function toSplit(t: ReturnType<typeof setup>) {
  t.flow.onEvent(opened(false));
  await t.flow.settlement.showBills();
  await t.flow.settlement.calculate();
}

describe('the patient flow', () => {
  it('[001-8.1.3] moves to the person by itself on session.opened, once, though the scan answer comes too', async () => {
    const t = setup();
    t.flow.identify.begin();
    await t.flow.identify.wedgeScan('NHSAEC1.token-from-the-wedge');
    t.flow.onEvent(opened(false));
    expect(t.s().screen).toBe('person');
    expect(t.s().session?.sessionId).toBe(fx.FIXTURE_SESSION_ID);
  });

  it('[003-elderly] offers 大字版 by itself to a person of 60 or more, and not once it is on', () => {
    const t = setup();
    t.flow.onEvent(opened(true));
    expect(t.s().elderlyOffer).toBe(true);
    t.flow.setMode('elderly');
    expect(t.s()).toMatchObject({ elderlyOffer: false, mode: 'elderly', muted: false });
    const u = setup();
    u.flow.onEvent(opened(false));
    expect(u.s().elderlyOffer).toBe(false);
  });

  it('shows why identification failed, in both languages', () => {
    const t = setup();
    t.flow.onEvent({ type: 'identify.failed', via: 'idcard', reason: { zh: '证件已过期', en: 'The ID card has expired' } });
    expect(t.s().screen).toBe('identify');
    expect(t.s().identifyError).toEqual({ text: { zh: '证件已过期', en: 'The ID card has expired' } });
  });

  it('chooses the settleable bills of one kind, as the platform settles one kind at a time, and swaps kinds with a word why', async () => {
    const t = setup();
    t.flow.onEvent(opened(false));
    await t.flow.settlement.showBills();
    expect(t.s().selected).toEqual(['B202611240001']);
    t.flow.settlement.toggleBill('B202611240003');
    expect(t.s().selected).toEqual(['B202611240001']);
    t.flow.settlement.toggleBill('B202611240002');
    expect(t.s().selected).toEqual(['B202611240002']);
    expect(t.s().notice).toEqual({ key: 'bills.oneKind' });
    await t.flow.settlement.calculate();
    expect(t.calls).toContain('presettle B202611240002');
    expect(t.s().screen).toBe('split');
    expect(t.flow.settlement.otherBills()).toBe(1);
  });

  it('[001-8.1.11] goes from the split to the payment QR and to done on settlement.settled', async () => {
    const t = setup();
    await toSplit(t);
    t.flow.settlement.confirmSplit();
    await new Promise((r) => setTimeout(r, 0));
    expect(t.s().screen).toBe('payment');
    t.flow.onEvent({ type: 'settlement.paid', settlementId: 'S202611240001' });
    expect(t.s().paymentPhase).toBe('paid');
    t.flow.onEvent({ type: 'settlement.settled', settlementId: 'OTHER', setlId: 'x', split: fx.presettlement(false).split, receipt: { status: 'printed' } });
    expect(t.s().screen).toBe('payment');
    const { status: _s, ...settled } = fx.settled({ status: 'printed' });
    t.flow.onEvent({ type: 'settlement.settled', ...settled } as never);
    expect(t.s().screen).toBe('done');
    expect(t.s().settled?.invoiceUrl).toMatch(/einvoice/);
  });

  it('pays the personal part by phone when the patient turns the personal account off', async () => {
    const t = setup();
    await toSplit(t);
    t.flow.settlement.setUseAccount(false);
    await t.flow.settlement.confirm();
    expect(t.calls.at(-1)).toBe('confirm {"useAccount":false}');
  });

  it('[001-6.2.4] asks for the signature before confirming when consent is required, and sends it', async () => {
    const t = setup({ presettle: async () => fx.presettlement(true) });
    await toSplit(t);
    t.flow.settlement.confirmSplit();
    expect(t.s().screen).toBe('consent');
    await t.flow.settlement.confirm();
    expect(t.s().notice).toEqual({ key: 'consent.needSignature' });
    expect(t.calls.some((c) => c.startsWith('confirm'))).toBe(false);
    await t.flow.settlement.confirm('data:image/png;base64,AAAA');
    expect(t.calls.at(-1)).toBe('confirm {"useAccount":true,"consent":{"accepted":true,"signature":"data:image/png;base64,AAAA"}}');
  });

  it('says nothing was charged and offers a retry when pre-settlement fails', async () => {
    const t = setup({ presettle: async () => Promise.reject(UNAVAILABLE) });
    await toSplit(t);
    expect(t.s().screen).toBe('problem');
    expect(t.s().problem).toMatchObject({ money: 'not-charged', action: 'retry', message: { text: UNAVAILABLE.bilingual } });
  });

  it('asks how the settlement stands when the confirm answer is lost, and follows it', async () => {
    const t = setup({ confirm: async () => Promise.reject(UNAVAILABLE), settlement: async () => fx.settled({ status: 'printed' }) });
    await toSplit(t);
    await t.flow.settlement.confirm();
    expect(t.s().screen).toBe('done');
  });

  it('says a payment taken is refunded when settling fails', async () => {
    const t = setup();
    await toSplit(t);
    await t.flow.settlement.confirm();
    t.flow.onEvent({ type: 'settlement.failed', settlementId: 'S202611240001', reason: { zh: '结算失败', en: 'Not settled' }, refunded: true });
    expect(t.s().problem).toMatchObject({ money: 'refunded', action: 'restart' });
  });

  it('[001-10.1.3] ends the session on the daemon and wipes the patient from the state', async () => {
    const t = setup();
    await toSplit(t);
    await t.flow.end({ idle: true });
    expect(t.calls).toContain(`DELETE ${fx.FIXTURE_SESSION_ID}`);
    expect(t.s()).toMatchObject({ screen: 'goodbye', session: undefined, bills: undefined, presettlement: undefined, selected: [] });
    expect(t.s().ending).toEqual({ idle: true, outcome: 'not-charged', thanks: false });
  });

  it('[001-12.6] posts the rating and thanks the patient even when the survey endpoint is missing', async () => {
    const t = setup();
    t.flow.onEvent(opened(false));
    t.flow.toSurvey();
    t.flow.rate(4);
    t.flow.toggleComment('survey.c.wait');
    await t.flow.submitSurvey((k) => (k === 'survey.c.wait' ? '等候时间长' : k));
    expect(t.calls).toContain(`survey {"sessionId":"${fx.FIXTURE_SESSION_ID}","rating":4,"comments":"等候时间长"}`);
    expect(t.s().screen).toBe('goodbye');
    expect(t.s().ending?.thanks).toBe(true);
  });

  it('reuses the pre-settlement when the patient goes back to the bills and on with the same ones', async () => {
    const t = setup();
    await toSplit(t);
    t.flow.back();
    expect(t.s().screen).toBe('bills');
    await t.flow.settlement.calculate();
    expect(t.s().screen).toBe('split');
    expect(t.calls.filter((c) => c.startsWith('presettle'))).toHaveLength(1);
  });

  it('drops the old pre-settlement when the patient goes back and chooses other bills, and pre-settles the new ones (ID card)', async () => {
    const t = setup({ session: async () => fx.session(false, 'idcard') });
    t.flow.onEvent({ type: 'session.opened', ...fx.session(false, 'idcard') } as never);
    await t.flow.settlement.showBills();
    t.flow.settlement.toggleBill('B202611240002');
    await t.flow.settlement.calculate();
    t.flow.back();
    t.flow.settlement.toggleBill('B202611240001');
    await t.flow.settlement.calculate();
    expect(t.calls.filter((c) => c.startsWith('drop') || c.startsWith('presettle'))).toEqual(['presettle B202611240002', 'drop S202611240001', 'presettle B202611240001']);
    expect(t.s().screen).toBe('split');
  });

  it('after dropping, asks for the spent 医保码 again and comes back to the same bills chosen', async () => {
    const t = setup();
    await toSplit(t);
    t.flow.back();
    t.flow.settlement.toggleBill('B202611240002');
    await t.flow.settlement.calculate();
    expect(t.calls).toContain('drop S202611240001');
    expect(t.s()).toMatchObject({ screen: 'identify', identifyMethod: 'ecqr', session: undefined, pendingBills: ['B202611240002'], notice: { key: 'bills.showAgain' } });
    expect(t.calls).toContain(`DELETE ${fx.FIXTURE_SESSION_ID}`);
    t.flow.onEvent(opened(false));
    t.flow.proceed();
    await new Promise((r) => setTimeout(r, 0));
    expect(t.s()).toMatchObject({ screen: 'bills', selected: ['B202611240002'], pendingBills: [] });
    await t.flow.settlement.calculate();
    expect(t.calls.filter((c) => c.startsWith('presettle')).at(-1)).toBe('presettle B202611240002');
  });

  it('offers a new QR after expiry with an ID card, and asks for the 医保码 again when it was spent', async () => {
    const t = setup({ session: async () => fx.session(false, 'idcard') });
    t.flow.onEvent({ type: 'session.opened', ...fx.session(false, 'idcard') } as never);
    await t.flow.settlement.showBills();
    await t.flow.settlement.calculate();
    await t.flow.settlement.confirm();
    t.flow.onEvent({ type: 'settlement.expired', settlementId: 'S202611240001' });
    expect(t.s().paymentPhase).toBe('expired');
    await t.flow.settlement.newPayment();
    expect(t.s().screen).toBe('split');
    expect(t.calls.filter((c) => c.startsWith('presettle'))).toHaveLength(2);

    const u = setup();
    await toSplit(u);
    await u.flow.settlement.confirm();
    u.flow.onEvent({ type: 'settlement.expired', settlementId: 'S202611240001' });
    await u.flow.settlement.newPayment();
    expect(u.s()).toMatchObject({ screen: 'identify', identifyMethod: 'ecqr', session: undefined });
    expect(u.calls).toContain(`DELETE ${fx.FIXTURE_SESSION_ID}`);
  });

  it('[001-6.2.4] says plainly that nothing is settled when consent is declined', async () => {
    const t = setup({ presettle: async () => fx.presettlement(true) });
    await toSplit(t);
    t.flow.settlement.confirmSplit();
    t.flow.settlement.declineConsent();
    expect(t.s().problem).toEqual({ message: { key: 'consent.declined' }, money: 'not-charged', action: 'restart' });
  });

  it('offers to try again only when trying again can help', async () => {
    const refused = new ApiError(409, 'BILL_IN_PROGRESS', { zh: '这张账单正在结算', en: 'in progress' });
    const t = setup({ presettle: async () => Promise.reject(refused) });
    await toSplit(t);
    expect(t.s().problem?.action).toBe('restart');
  });

  it('[001-8.1.11] a patient who stops paying is told nothing was charged, once the daemon has called the payment off', async () => {
    const t = setup({ settlement: async () => ({ ...fx.awaitingPayment(0), status: 'expired' }) });
    await toSplit(t);
    await t.flow.settlement.confirm();
    await t.flow.settlement.stopPaying();
    expect(t.calls).toContain(`DELETE ${fx.FIXTURE_SESSION_ID}`);
    expect(t.s()).toMatchObject({ screen: 'goodbye', session: undefined, ending: { outcome: 'not-charged' } });
  });

  it('shows the settlement as done when the payment came in just before the patient stopped', async () => {
    const t = setup({ settlement: async () => fx.settled({ status: 'printed' }) });
    await toSplit(t);
    await t.flow.settlement.confirm();
    await t.flow.settlement.stopPaying();
    expect(t.s().screen).toBe('done');
  });

  it('takes no wedge scan in the middle of a settlement', async () => {
    let scans = 0;
    const t = setup({ scan: async () => (scans++, { kind: 'session', session: fx.session(false) }) });
    await toSplit(t);
    await t.flow.identify.wedgeScan('NHSAEC1.another-patient');
    expect(scans).toBe(0);
    expect(t.s().screen).toBe('split');
  });

  it('goes back only where it is safe, and going back from the person ends their session', async () => {
    const t = setup();
    t.flow.onEvent(opened(false));
    expect(t.flow.canGoBack()).toBe(true);
    t.flow.back();
    expect(t.s().screen).toBe('identify');
    expect(t.s().session).toBeUndefined();
    expect(t.calls).toContain(`DELETE ${fx.FIXTURE_SESSION_ID}`);
    await toSplit(t);
    await t.flow.settlement.confirm();
    expect(t.s().screen).toBe('payment');
    expect(t.flow.canGoBack()).toBe(false);
  });
});
