// Answers shaped exactly as docs/patient-api.md describes them, for driving the touchscreen
// through every screen without a platform: what the sweep (axe, sizes, screenshots) runs on.
export const FIXTURE_SESSION_ID = '5f0c6a7e-1c1d-4c39-9a53-2a4d8f3c9b10';

export function session(elderly: boolean, via: 'ecqr' | 'idcard' | 'face' = 'ecqr') {
  return {
    sessionId: FIXTURE_SESSION_ID,
    via,
    person: {
      maskedName: elderly ? '赵*萱' : '程*',
      maskedCertno: elderly ? '1501**********9660' : '1501**********5018',
      gender: elderly ? 'female' : 'male',
      age: elderly ? 82 : 59,
      elderly,
      insutype: '310',
      insutypeName: { zh: '职工基本医疗保险', en: "Employees' basic medical insurance" },
      insuranceInForce: true,
      accountBalanceFen: 175487,
    },
    services: ['personal-account', 'outpatient-pooling', 'chronic-disease', 'special-drugs', 'two-diseases'],
  };
}

const line = (lineNo: number, name: string, spec: string, unit: string, quantity: number, unitPriceFen: number, zh: string, en: string) => ({
  lineNo,
  name,
  spec,
  unit,
  quantity,
  unitPriceFen,
  amountFen: quantity * unitPriceFen,
  category: { zh, en },
});

export const BILLS = [
  {
    billId: 'B202611240001',
    kind: 'outpatient',
    medType: '11',
    medTypeName: { zh: '普通门诊', en: 'General outpatient' },
    dept: { zh: '呼吸内科', en: 'Respiratory Medicine' },
    doctor: '王医生',
    createdAt: '2026-11-24T09:12:00+08:00',
    diagnoses: [{ code: 'J06.900', name: '急性上呼吸道感染' }],
    lines: [
      line(1, '阿莫西林胶囊', '0.25g×24粒', '盒', 2, 1250, '西药费', 'Western medicine'),
      line(2, '血常规检查', '', '次', 1, 2500, '化验费', 'Laboratory tests'),
      line(3, '一次性使用雾化器', '成人型', '个', 1, 26800, '材料费', 'Medical supplies'),
    ],
    totalFen: 2 * 1250 + 2500 + 26800,
    settleable: true,
  },
  {
    billId: 'B202611240002',
    kind: 'outpatient',
    medType: '14',
    medTypeName: { zh: '门诊慢特病', en: 'Outpatient chronic or special disease' },
    dept: { zh: '内分泌科', en: 'Endocrinology' },
    doctor: '李医生',
    createdAt: '2026-11-24T10:05:00+08:00',
    diagnoses: [{ code: 'E11.900', name: '2型糖尿病' }],
    lines: [line(1, '二甲双胍缓释片', '0.5g×30片', '盒', 3, 2860, '西药费', 'Western medicine')],
    totalFen: 3 * 2860,
    settleable: true,
  },
  {
    billId: 'B202611240003',
    kind: 'outpatient',
    medType: '11',
    medTypeName: { zh: '普通门诊', en: 'General outpatient' },
    dept: { zh: '口腔科', en: 'Stomatology' },
    doctor: '陈医生',
    createdAt: '2026-11-23T15:40:00+08:00',
    diagnoses: [{ code: 'K02.900', name: '龋病' }],
    lines: [line(1, '烤瓷牙冠', '', '颗', 1, 98000, '治疗费', 'Treatment')],
    totalFen: 98000,
    settleable: false,
    notSettleableReason: { zh: '口腔修复不在医保支付范围，请到收费窗口缴费。', en: 'Dental restoration is not covered by medical insurance. Please pay at the cashier.' },
  },
];

export function presettlement(consentRequired: boolean) {
  const split = { totalFen: 40080, fundFen: 6912, accountFen: 4368, cashFen: 28800 };
  return {
    settlementId: 'S202611240001',
    status: 'presettled',
    split,
    useAccount: true,
    lines: [
      { name: '阿莫西林胶囊', spec: '0.25g×24粒', unit: '盒', quantity: 2, unitPriceFen: 1250, amountFen: 2500, listClass: '甲', selfPayFen: 0, category: { zh: '西药费', en: 'Western medicine' } },
      { name: '血常规检查', spec: '', unit: '次', quantity: 1, unitPriceFen: 2500, amountFen: 2500, listClass: '乙', selfPayFen: 250, category: { zh: '化验费', en: 'Laboratory tests' } },
      { name: '一次性使用雾化器', spec: '成人型', unit: '个', quantity: 1, unitPriceFen: 26800, amountFen: 26800, listClass: '丙', selfPayFen: 26800, category: { zh: '材料费', en: 'Medical supplies' } },
      { name: '二甲双胍缓释片', spec: '0.5g×30片', unit: '盒', quantity: 3, unitPriceFen: 2860, amountFen: 8580, listClass: '甲', selfPayFen: 0, category: { zh: '西药费', en: 'Western medicine' } },
    ],
    warnings: [
      {
        code: 'DEDUCTIBLE',
        message: { zh: '您今年的起付线还没有用完，这次有一部分费用由您自己支付。', en: 'Your deductible for this year is not used up yet, so you pay part of this bill yourself.' },
      },
    ],
    consentRequired,
    ...(consentRequired
      ? {
          consent: {
            items: [{ name: '一次性使用雾化器', amountFen: 26800, unitPriceFen: 26800 }],
            totalFen: 26800,
            text: {
              zh: '以上项目不属于医保支付范围，费用由本人全额自付。本人已知晓并同意使用。',
              en: 'The items above are not covered by medical insurance and are paid in full by the patient. I understand and agree to their use.',
            },
          },
        }
      : {}),
  };
}

export function awaitingPayment(expiresInMs: number) {
  return {
    status: 'awaiting-payment',
    settlementId: 'S202611240001',
    split: presettlement(false).split,
    payment: { qrText: 'https://pay.sandbox.example/o/P202611240001', amountFen: 28800, expiresAt: new Date(Date.now() + expiresInMs).toISOString() },
  };
}

export function settled(receipt: { status: 'printed' | 'kept'; reason?: unknown }) {
  return {
    status: 'settled',
    settlementId: 'S202611240001',
    setlId: 'SETL2026112400000001',
    split: presettlement(false).split,
    receipt,
    invoiceUrl: 'https://einvoice.sandbox.example/i/SETL2026112400000001',
  };
}

export const PAPER_OUT = { zh: '打印机缺纸', en: 'The printer is out of paper' };
