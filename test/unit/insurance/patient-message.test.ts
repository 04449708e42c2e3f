import { describe, expect, it } from 'vitest';
import { patientMessage } from '../../../server/insurance/patient-message.ts';

describe("the platform's refusals in the patient's words", () => {
  it('[003-ecqr] a code the e-voucher service does not know is "not a valid 医保码", with what to show instead', () => {
    const m = patientMessage('电子凭证二维码无效，请使用国家医保服务平台App或微信、支付宝中的医保码');
    expect(m.zh).toMatch(/^这不是有效的医保码。/);
    expect(m.en).toMatch(/not a valid medical insurance QR code/);
  });

  it('tells an expired or used code, and a spent token, apart from an invalid code', () => {
    expect(patientMessage('电子凭证二维码已过期，请刷新后重试').en).toMatch(/expired\. Refresh/);
    expect(patientMessage('电子凭证二维码已使用，请刷新后重试').en).toMatch(/already used/);
    expect(patientMessage('电子凭证令牌无效').en).toMatch(/e-voucher has expired/);
  });

  it('says in both languages that a cancelled e-voucher (a deceased person) cannot be served here', () => {
    expect(patientMessage('电子凭证已注销')).toEqual({ zh: expect.stringContaining('人工窗口'), en: expect.stringContaining('staffed counter') });
  });

  it("keeps an unknown refusal's own words in Chinese, and says to ask staff", () => {
    expect(patientMessage('某项未知错误')).toEqual({ zh: '医保平台未能办理：某项未知错误。请联系工作人员。', en: expect.stringMatching(/ask a member of staff/) });
  });
});
