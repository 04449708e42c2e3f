// "platform-face": the certified face module that asks the national e-voucher service to check a
// face (cn.nhsa.ec.auth) and hands back its authNo. Capture and liveness belong to the module;
// this driver passes the request on and keeps nothing: no image is ever written anywhere.
import { EventEmitter } from 'node:events';
import type { CameraDriver } from './driver.ts';
import type { DriverStatus } from '../driver.ts';
import { DeviceFault } from '../driver.ts';

/** The module's call to the platform, e.g. the e-voucher client's faceAuth. */
export type FaceAuthorizer = (idNo: string, businessType: string) => Promise<string>;

export class PlatformFaceCamera extends EventEmitter<{ status: [DriverStatus]; fault: [DeviceFault] }> implements CameraDriver {
  private open_ = false;

  constructor(private readonly authorizer: FaceAuthorizer) {
    super();
  }

  async open(): Promise<void> {
    this.open_ = true;
    this.emit('status', { state: 'ready' });
  }

  async close(): Promise<void> {
    this.open_ = false;
  }

  async authorize(businessType: string, idNo: string): Promise<string> {
    if (!this.open_) throw new DeviceFault({ zh: '人脸识别模块未就绪', en: 'The face module is not ready' });
    this.emit('status', { state: 'busy' });
    try {
      return await this.authorizer(idNo, businessType);
    } finally {
      if (this.open_) this.emit('status', { state: 'ready' });
    }
  }
}
