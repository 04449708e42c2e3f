// The sandbox hospital's departments and doctors.
export interface Department {
  code: string;
  zh: string;
  en: string;
  doctors: ReadonlyArray<{ code: string; name: string }>;
}

export const DEPARTMENTS: Readonly<Record<string, Department>> = {
  NK01: { code: 'NK01', zh: '内科门诊', en: 'Internal Medicine Clinic', doctors: [{ code: 'D1001', name: '王建华' }, { code: 'D1002', name: '李淑珍' }] },
  WK01: { code: 'WK01', zh: '外科门诊', en: 'Surgery Clinic', doctors: [{ code: 'D2001', name: '张国庆' }] },
  EK01: { code: 'EK01', zh: '儿科门诊', en: 'Pediatrics Clinic', doctors: [{ code: 'D3001', name: '刘红梅' }] },
  NF01: { code: 'NF01', zh: '内分泌科门诊', en: 'Endocrinology Clinic', doctors: [{ code: 'D4001', name: '赵振华' }] },
  XN01: { code: 'XN01', zh: '心血管内科门诊', en: 'Cardiology Clinic', doctors: [{ code: 'D5001', name: '孙德华' }] },
  XNBQ: { code: 'XNBQ', zh: '心血管内科病区', en: 'Cardiology Ward', doctors: [{ code: 'D5002', name: '周文博' }] },
};
