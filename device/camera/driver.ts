// The face camera as the manager sees it. Capture, liveness and matching happen in the
// platform-certified module, which hands back an authorisation number; the server exchanges that
// with the platform. The implementation is injected into the manager (see DeviceManagerOptions),
// which opens it, watches it and reopens it after a fault like any other driver.
import type { DeviceDriver } from '../driver.ts';

export interface CameraDriver extends DeviceDriver {
  /**
   * Runs a face authentication of the person holding `idNo` (typed by the patient on the
   * keypad: the module compares one face with one identity) for a business type; resolves with
   * the module's authorisation number.
   */
  authorize(businessType: string, idNo: string): Promise<string>;
}
