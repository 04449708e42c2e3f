// Turns the platform's err_msg (Chinese, written for HIS staff) into words a patient can act on,
// in both languages. Unknown messages keep the platform's own text in Chinese, so nothing is hidden.
import type { Bilingual } from '../errors.ts';

const RULES: Array<[RegExp, Bilingual]> = [
  [/死亡|凭证已注销/, { zh: '系统显示该参保人员状态异常，无法办理，请到人工窗口咨询。', en: 'The insurance record shows a status that cannot be served here. Please go to a staffed counter.' }],
  [/暂停|中断|终止|参保状态/, { zh: '您的医保目前不能享受待遇（参保状态异常），请到人工窗口或医保经办机构咨询。', en: 'Your insurance cannot be used at the moment (coverage suspended). Please ask at a staffed counter or your insurance agency.' }],
  [/二维码.*过期|过期.*二维码/, { zh: '医保码已过期，请在手机上刷新医保码后重新扫码。', en: 'Your insurance QR code has expired. Refresh it on your phone and scan again.' }],
  [/二维码.*已使用|已使用.*二维码/, { zh: '这个医保码已经用过，请在手机上刷新医保码后重新扫码。', en: 'This insurance QR code was already used. Refresh it on your phone and scan again.' }],
  [/令牌|凭证.*失效|ecToken/i, { zh: '医保电子凭证已失效，请重新扫码或刷脸。', en: 'Your e-voucher has expired. Please scan your code or verify your face again.' }],
  [/二维码无效/, { zh: '这不是有效的医保码。请打开医保电子凭证（国家医保服务平台 App、微信或支付宝中的医保码）再扫一次。', en: 'This is not a valid medical insurance QR code. Open your insurance e-voucher (in the NHSA app, WeChat or Alipay) and scan again.' }],
  [/人脸|比对/, { zh: '刷脸验证没有通过，请正对摄像头再试一次，或改用医保码、身份证。', en: 'Face verification did not succeed. Look straight at the camera and try again, or use your QR code or ID card.' }],
  [/结算等级|不支持.*结算|无权/, { zh: '本机构不能办理这类医保结算，请到人工窗口咨询。', en: 'This institution cannot settle this kind of claim. Please ask at a staffed counter.' }],
  [/备案不在有效期内/, { zh: '您的门诊慢特病备案不在有效期内，这笔费用不能按门诊慢特病结算。请重新办理备案或到人工窗口咨询。', en: 'Your chronic-disease filing is not in force today, so this bill cannot be settled as chronic-disease care. Please file again or ask at a staffed counter.' }],
  [/未办理门诊慢特病备案/, { zh: '您没有有效的门诊慢特病备案，这笔费用不能按门诊慢特病结算。可在本机“备案服务”中办理，或到人工窗口咨询。', en: 'You have no chronic-disease filing in force, so this bill cannot be settled as chronic-disease care. You can file on this terminal or ask at a staffed counter.' }],
  [/与已备案的门诊慢特病病种不符/, { zh: '这次就诊的诊断与您备案的门诊慢特病病种不一致，不能按门诊慢特病结算，请到人工窗口咨询。', en: 'The diagnosis of this visit is not the disease you filed for, so it cannot be settled as chronic-disease care. Please ask at a staffed counter.' }],
  [/不能重复备案/, { zh: '您已经办理过相同的备案，不需要再次办理。', en: 'You already have the same filing; there is no need to file again.' }],
  [/已用于结算，不能撤销/, { zh: '这项备案已经用于结算，不能在本机撤销，请到医保经办机构咨询。', en: 'This filing has already been used to settle a bill, so it cannot be revoked here. Please ask your insurance agency.' }],
  [/其他机构办理/, { zh: '这项备案不是在本院办理的，本机不能撤销，请到原办理机构或医保经办机构办理。', en: 'This filing was not made at this hospital, so it cannot be revoked here. Please go to where it was made or to your insurance agency.' }],
  [/备案流水号.*已撤销/, { zh: '这项备案已经撤销了。', en: 'This filing has already been revoked.' }],
  [/异地安置备案只适用/, { zh: '您在本地参保，不需要办理异地安置备案。', en: 'You are insured in this region, so no relocation filing is needed.' }],
  [/受伤已超过/, { zh: '受伤已超过30天，外伤备案请到医保经办机构办理。', en: 'The injury was more than 30 days ago. Please file it at your insurance agency.' }],
  [/代办人/, { zh: '代办人的信息不完整或不正确，请核对后重新填写。', en: "The agent's details are incomplete or not correct. Please check them and fill them in again." }],
  [/^(开始日期|结束日期|医院鉴定日期|受伤时间|备案开始日期)/, { zh: '备案的日期不符合要求：开始日期最早为30天前、最晚为90天后，结束日期不能早于开始日期，鉴定日期和受伤时间不能晚于开始日期。', en: 'The dates of the filing are not accepted: it may start from 30 days ago to 90 days ahead, end no earlier than it starts, and the diagnosis or injury cannot be after the start.' }],
  [/备案/, { zh: '这项待遇需要先办理备案，可在本机“备案服务”中办理或咨询工作人员。', en: 'This benefit needs a filing first. You can file on this terminal or ask a member of staff.' }],
  [/重复结算|已结算/, { zh: '这些费用已经结算过了，不会重复扣费。', en: 'These charges were already settled. You will not be charged twice.' }],
  [/余额不足/, { zh: '个人账户余额不足，剩余部分请用手机支付。', en: 'The personal account balance is not enough; please pay the rest by phone.' }],
  [/签到/, { zh: '终端尚未连上医保平台，请稍后再试或联系工作人员。', en: 'This terminal is not signed in to the insurance platform yet. Please try again shortly or ask a member of staff.' }],
  [/人员.*不存在|未查询到|无此人|不存在.*人员/, { zh: '没有查到您的参保信息，请核对证件或到人工窗口咨询。', en: 'Your insurance record was not found. Please check your document or ask at a staffed counter.' }],
];

export function patientMessage(errMsg: string): Bilingual {
  for (const [pattern, message] of RULES) if (pattern.test(errMsg)) return message;
  return {
    zh: `医保平台未能办理：${errMsg}。请联系工作人员。`,
    en: 'The insurance platform could not complete this request. Please ask a member of staff.',
  };
}
