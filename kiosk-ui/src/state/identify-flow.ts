// Identification: the ways in (ID card and scanner by themselves, face with the typed ID number,
// a keyboard-wedge burst), what the daemon says while it checks, and the session it opens.
import type { Session } from '../api.ts';
import type { KioskEvent } from '../events.ts';
import { errorMessage, OPEN_TO_NEW_SESSION, type FlowContext } from './flow-context.ts';
import { PATIENT_FIELDS_CLEARED, type IdentifyMethod } from './store.ts';

export const FACE_ID_LENGTH = 18;

export class IdentifyFlow {
  constructor(private readonly ctx: FlowContext) {}

  /** identify.*, scan.* and session.opened; false for any other event. */
  onEvent(e: KioskEvent): boolean {
    const { s } = this.ctx;
    switch (e.type) {
      case 'identify.started':
        if (OPEN_TO_NEW_SESSION.includes(s.screen) && !s.session) this.ctx.go('identify', { identifying: e.via, identifyError: undefined });
        return true;
      case 'identify.failed':
        if (s.identifying || (OPEN_TO_NEW_SESSION.includes(s.screen) && !s.session)) {
          this.ctx.go('identify', { identifying: undefined, identifyError: { text: e.reason } });
        }
        return true;
      case 'session.opened': {
        const { type: _type, ...session } = e;
        this.openSession(session);
        return true;
      }
      case 'scan.rejected':
        if (s.screen === 'welcome' || s.screen === 'identify') this.ctx.go('identify', { identifyError: { text: e.reason } });
        return true;
      case 'scan.read':
        if (s.screen === 'welcome' || s.screen === 'identify') this.ctx.go('identify', { identifyError: { key: 'identify.scan.notEcqr' } });
        return true;
      default:
        return false;
    }
  }

  begin(): void {
    this.ctx.go('identify', { identifyMethod: undefined, identifyError: undefined, identifying: undefined, ending: undefined });
  }

  chooseMethod(method: IdentifyMethod | undefined): void {
    this.ctx.set({ identifyMethod: method, identifyError: undefined, faceDigits: '' });
  }

  faceKey(key: string): void {
    if (this.ctx.s.faceDigits.length < FACE_ID_LENGTH) this.ctx.set({ faceDigits: this.ctx.s.faceDigits + key, identifyError: undefined });
  }

  faceDelete(): void {
    this.ctx.set({ faceDigits: this.ctx.s.faceDigits.slice(0, -1) });
  }

  faceClear(): void {
    this.ctx.set({ faceDigits: '' });
  }

  async faceStart(): Promise<void> {
    const certno = this.ctx.s.faceDigits;
    if (certno.length !== FACE_ID_LENGTH) {
      this.ctx.set({ identifyError: { key: 'face.incomplete' } });
      return;
    }
    this.ctx.set({ busy: true, identifying: 'face', identifyError: undefined });
    try {
      const session = await this.ctx.api.openByFace(certno);
      this.ctx.set({ busy: false });
      this.openSession(session);
    } catch (err) {
      this.ctx.set({ busy: false, identifying: undefined, identifyError: errorMessage(err) });
    } finally {
      this.ctx.set({ faceDigits: '' });
    }
  }

  /** A keyboard-wedge burst. Only identification screens take codes; elsewhere they are dropped. */
  async wedgeScan(code: string): Promise<void> {
    const s = this.ctx.s;
    if (!OPEN_TO_NEW_SESSION.includes(s.screen) || s.busy || (s.session && s.screen !== 'goodbye' && s.screen !== 'problem')) return;
    this.ctx.go('identify', { busy: true, identifying: 'ecqr', identifyError: undefined });
    try {
      const answer = await this.ctx.api.scan(code);
      this.ctx.set({ busy: false });
      if (answer.kind === 'session') this.openSession(answer.session);
      else this.ctx.set({ identifying: undefined, identifyError: { key: 'identify.scan.notEcqr' } });
    } catch (err) {
      this.ctx.set({ busy: false, identifying: undefined, identifyError: errorMessage(err) });
    }
  }

  /** Idempotent: the HTTP answer and the session.opened event both arrive. */
  openSession(session: Session): void {
    const s = this.ctx.s;
    if (s.session?.sessionId === session.sessionId) return;
    if (!OPEN_TO_NEW_SESSION.includes(s.screen)) return;
    this.ctx.go('person', {
      ...PATIENT_FIELDS_CLEARED,
      session,
      ending: undefined,
      elderlyOffer: session.person.elderly && s.mode !== 'elderly',
    });
  }
}
