// Identify a patient and open their session (seed 001 §8.1.3): an ID card read (1101 with the
// ID number), a scanned 医保码 (ec.query → ecToken → 1101), or a face (the camera module's authNo →
// cn.nhsa.auth.check → ecToken → 1101). The credential stays in the session, in memory only.
import type { Grade } from '../../config/schema.ts';
import type { CameraDriver } from '../../device/camera/driver.ts';
import { idNumberValid } from '../../device/idcard/id-number.ts';
import type { IdCardIdentity } from '../../device/idcard/identity.ts';
import { KioskError, type Bilingual } from '../errors.ts';
import { BUSINESS_OUTPATIENT_SETTLEMENT } from '../insurance/ec-client.ts';
import { PlatformError, PlatformRefused } from '../insurance/errors.ts';
import type { InsurancePlatform } from '../insurance/platform.ts';
import type { Credential } from '../insurance/transactions/1101.ts';
import { servicesFor } from '../policy/grade.ts';
import { personView } from './person-view.ts';
import type { IdentifiedVia, Session, SessionStore, VisitCredential } from './sessions.ts';

export interface IdentifyDeps {
  platform: InsurancePlatform;
  sessions: SessionStore;
  grade: Grade;
  camera: () => CameraDriver | undefined;
}

const CAMERA_UNAVAILABLE = new KioskError('CAMERA_UNAVAILABLE', 503, {
  zh: '刷脸设备暂时不能使用，请改用医保码或身份证。',
  en: 'Face verification is not available right now. Please use your insurance QR code or ID card.',
});

const BAD_CERTNO = new KioskError('CERTNO_INVALID', 422, {
  zh: '身份证号码不正确，请核对后重新输入。',
  en: 'That ID number is not valid. Please check it and enter it again.',
});

/** A platform failure as the error the patient sees: a refusal is about them (422), the rest is ours (503). */
export function platformFailure(err: unknown): never {
  if (err instanceof PlatformRefused) throw new KioskError('PLATFORM_REFUSED', 422, err.bilingual);
  if (err instanceof PlatformError) throw new KioskError('PLATFORM_UNAVAILABLE', 503, err.bilingual);
  throw err;
}

export class Identify {
  constructor(private readonly deps: IdentifyDeps) {}

  byIdCard(identity: IdCardIdentity): Promise<Session> {
    return this.open('idcard', { certType: '02', certno: identity.certno, psnName: identity.name }, { type: '02', no: identity.certno });
  }

  async byQr(code: string): Promise<Session> {
    const { ecToken } = await this.deps.platform.queryQr(code).catch(platformFailure);
    return this.open('ecqr', { certType: '01', ecToken }, { type: '01', no: ecToken });
  }

  async byFace(certno: string): Promise<Session> {
    const normalised = certno.trim().toUpperCase();
    if (!idNumberValid(normalised)) throw BAD_CERTNO;
    const camera = this.deps.camera();
    if (!camera) throw CAMERA_UNAVAILABLE;
    const authNo = await camera.authorize(BUSINESS_OUTPATIENT_SETTLEMENT, normalised).catch(platformFailure);
    const { ecToken } = await this.deps.platform.authCheck(authNo).catch(platformFailure);
    return this.open('face', { certType: '01', ecToken }, { type: '01', no: ecToken });
  }

  private async open(via: IdentifiedVia, credential: Credential, visit: VisitCredential): Promise<Session> {
    const person = await this.deps.platform.personInfo(credential).catch(platformFailure);
    const view = personView(person);
    return this.deps.sessions.open({ via, person, view, services: servicesFor(this.deps.grade, view.insuranceInForce), credential: visit });
  }
}

/** What to tell the patient when a failure is not a KioskError. */
export const IDENTIFY_FAILED: Bilingual = {
  zh: '暂时无法确认您的身份，请重试或联系工作人员。',
  en: 'Your identity could not be confirmed right now. Please try again or ask a member of staff.',
};
