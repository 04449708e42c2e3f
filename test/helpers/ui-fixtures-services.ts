// Answers of the service-hall routes shaped exactly as docs/patient-api.md describes them (filings,
// prices, information pages, own records, complaints, pharmacy sales), for the screen sweep.
const py = (name: string, pinyin: string, initials: string, code: string) => ({ code, name, pinyin, initials });

export const DICTIONARIES: Record<string, unknown[]> = {
  'chronic-diseases': [
    py('高血压', 'gaoxueya', 'GXY', 'M03900'),
    py('糖尿病', 'tangniaobing', 'TNB', 'M01600'),
    py('冠心病', 'guanxinbing', 'GXB', 'M07800'),
    py('慢性阻塞性肺疾病', 'manxingzusexingfeijibing', 'MXZSXFJB', 'M05300'),
    py('脑血管病后遗症', 'naoxueguanbinghouyizheng', 'NXGBHYZ', 'M08300'),
    py('帕金森病', 'pajinsenbing', 'PJSB', 'M02300'),
    py('血友病', 'xueyoubing', 'XYB', 'M09400'),
  ],
  'rare-diseases': [py('戈谢病', 'gexiebing', 'GXB', 'RD0010'), py('法布雷病', 'fabuleibing', 'FBLB', 'RD0020')],
  diagnoses: [py('急性上呼吸道感染', 'jixingshanghuxidaoganran', 'JXSHXDGR', 'J06.900'), py('原发性高血压', 'yuanfaxinggaoxueya', 'YFXGXY', 'I10.x00')],
  'special-treatments': [py('血液透析', 'xueyetouxi', 'XYTX', '001100500001019')],
  'special-drugs': [py('甘精胰岛素注射液', 'ganjingyidaosuzhusheye', 'GJYDSZSY', 'XA0010')],
  institutions: [
    { ...py('沙盒市人民医院', 'shahe shirenminyiyuan', 'SHSRMYY', 'H15010200031'), kind: 'hospital', level: 3 },
    { ...py('沙盒县白塔镇卫生院', 'shahexianbaitazhenweishengyuan', 'SHXBTZWSY', 'H15012300105'), kind: 'hospital', level: 1 },
  ],
};

export const DOCTORS = [
  { code: 'D1001', name: '王建华', dept: { zh: '心血管内科', en: 'Cardiology' }, pinyin: 'wangjianhua', initials: 'WJH' },
  { code: 'D1002', name: '李秀英', dept: { zh: '内分泌科', en: 'Endocrinology' }, pinyin: 'lixiuying', initials: 'LXY' },
];

export const TRAUMA_COMMITMENT = {
  version: '2026-01',
  text: {
    zh: '本人承诺：本次外伤不存在应由第三方承担的责任，所述受伤经过真实。如有不实，愿承担相应责任并退还医保基金已支付的费用。',
    en: 'I promise that no third party is liable for this injury and that what I have said about it is true. If it is not, I accept the consequences and will repay what the insurance fund paid.',
  },
};

export const FILING = {
  filingSn: 'BA15010220261124000017',
  kind: 'trauma',
  name: { zh: '外伤', en: 'Injury (trauma)' },
  status: 'in-force',
  begin: '2026-11-24',
  institution: { code: 'H15010200021', name: '沙盒市第二人民医院' },
  injury: { at: '2026-11-23 09:00:00', place: '楼道', cause: '下楼踩空摔伤' },
  proof: { status: 'printed' },
};

export const FILINGS = [
  { ...FILING, proof: undefined },
  {
    filingSn: 'BA15010220260901000003',
    kind: 'chronic-disease',
    name: { zh: '门诊慢特病', en: 'Chronic/special disease outpatient' },
    status: 'in-force',
    begin: '2026-09-01',
    end: '2027-08-31',
    institution: { code: 'H15010200031', name: '沙盒市人民医院' },
    disease: { code: 'M03900', name: '高血压' },
  },
];

export const FILING_INVALID = {
  error: {
    code: 'FILING_INVALID',
    message: {
      zh: '请求内容不正确：body.injury.at 不能晚于 body.begin；body.tel 太短。',
      en: 'The request is not valid: body.injury.at cannot be after body.begin; body.tel is too short.',
    },
  },
};

const price = (name: string, spec: string, unit: string, kind: 'drug' | 'consumable' | 'service', unitPriceFen: number, listClass: '甲' | '乙' | '丙', selfPayPermille: number) => ({
  code: `XA${unitPriceFen}`,
  hospitalCode: `HIS-${unitPriceFen}`,
  name,
  spec,
  unit,
  kind,
  kindName: { drug: { zh: '药品', en: 'Medicine' }, consumable: { zh: '医用耗材', en: 'Medical supplies' }, service: { zh: '医疗服务', en: 'Medical service' } }[kind],
  unitPriceFen,
  listClass,
  listClassName: { 甲: { zh: '甲类', en: 'Class A: covered in full' }, 乙: { zh: '乙类', en: 'Class B: partly self-paid' }, 丙: { zh: '丙类', en: 'Class C: not covered' } }[listClass],
  selfPayPermille,
});

export const PRICES = {
  items: [
    price('阿莫西林胶囊', '0.25g×24粒', '盒', 'drug', 1250, '甲', 0),
    price('阿卡波糖片', '50mg×30片', '盒', 'drug', 4620, '乙', 100),
    price('健康体检套餐', '', '次', 'service', 36000, '丙', 1000),
    price('医用胶带', '1.25cm×9.1m', '卷', 'consumable', 450, '甲', 0),
    price('血糖试纸', '50片', '盒', 'consumable', 8600, '乙', 200),
  ],
  total: 23,
  updatedAt: '2026-11-24T01:00:00.000Z',
  complaintPage: 'consultation-complaints',
};

export const INFO_PAGES = {
  pages: [
    { id: 'insurance-process', title: { zh: '医保就医结算流程', en: 'How Medical Insurance Settlement Works' } },
    { id: 'ecqr-guide', title: { zh: '如何激活和使用医保码', en: 'How to Activate and Use the Medical Insurance QR Code' } },
    { id: 'consultation-complaints', title: { zh: '咨询电话与投诉渠道', en: 'Consultation Phone and Complaint Channels' } },
  ],
};

export const INFO_PAGE = {
  id: 'ecqr-guide',
  title: INFO_PAGES.pages[1]!.title,
  blocks: {
    zh: [
      { type: 'paragraph', text: '医保码是医保电子凭证，可以在看病、买药时代替社保卡使用。' },
      { type: 'heading', text: '怎样激活' },
      { type: 'list', ordered: true, items: ['打开国家医保服务平台 App 或微信、支付宝。', '搜索“医保码”，按提示刷脸认证。', '认证后即可使用。'] },
      { type: 'heading', text: '怎样使用' },
      { type: 'list', ordered: false, items: ['挂号、缴费时出示医保码。', '把二维码对准扫码窗口。'] },
    ],
    en: [
      { type: 'paragraph', text: 'The medical insurance QR code is your electronic insurance credential. Use it instead of the social security card when you see a doctor or buy medicine.' },
      { type: 'heading', text: 'Activating it' },
      { type: 'list', ordered: true, items: ['Open the National Medical Insurance app, WeChat or Alipay.', 'Search for the medical insurance QR code and confirm with your face.', 'Then it is ready to use.'] },
      { type: 'heading', text: 'Using it' },
      { type: 'list', ordered: false, items: ['Show the code when you register or pay.', 'Hold the QR code to the scanner window.'] },
    ],
  },
};

export const RECORDS = {
  from: '2025-11-24',
  to: '2026-11-24',
  visits: [
    {
      mdtrtId: 'MD2026112000001',
      institution: { code: 'H15010200021', name: '沙盒市第二人民医院' },
      medType: '14',
      medTypeName: { zh: '门诊慢特病', en: 'Outpatient chronic or special disease' },
      begin: '2026-11-20 09:12:00',
      end: '2026-11-20 09:40:00',
      diagnosis: { code: 'I10.x00', name: '原发性高血压' },
      cancelled: false,
      settlement: { setlId: 'SETL20261120000001', settledAt: '2026-11-20 09:40:00', inForce: true, split: { totalFen: 8580, fundFen: 7293, accountFen: 1287, cashFen: 0 } },
    },
    {
      mdtrtId: 'MD2026100800002',
      institution: { code: 'H15010200031', name: '沙盒市人民医院' },
      medType: '11',
      medTypeName: { zh: '普通门诊', en: 'General outpatient' },
      begin: '2026-10-08 14:02:00',
      diagnosis: { code: 'J06.900', name: '急性上呼吸道感染' },
      cancelled: true,
    },
  ],
  filings: FILINGS,
  accumulations: [{ year: '2026', kind: 'DEDC_OUTPATIENT', name: { zh: '门诊起付线累计', en: 'Outpatient deductible used' }, amountFen: 20000 }],
  medications: [{ settledAt: '2026-11-20 09:40:00', institution: { code: 'H15010200021', name: '沙盒市第二人民医院' }, disease: { code: 'M03900', name: '高血压' }, item: { code: 'XA1', name: '苯磺酸氨氯地平片' }, quantity: 3, amountFen: 8580 }],
};

export const VISIT_LINES = [
  { name: '苯磺酸氨氯地平片', code: 'XA1', listClass: '甲', quantity: 3, unitPriceFen: 2860, amountFen: 8580, selfPayFen: 0, occurredAt: '2026-11-20 09:20:00' },
];

export const COMPLAINT_FORM = {
  categories: [
    { id: 'price', name: { zh: '价格与收费', en: 'Prices and charges' } },
    { id: 'settlement', name: { zh: '医保结算', en: 'Insurance settlement' } },
    { id: 'service', name: { zh: '服务态度', en: 'Service' } },
    { id: 'kiosk', name: { zh: '自助机使用', en: 'Using this terminal' } },
    { id: 'other', name: { zh: '其他', en: 'Other' } },
  ],
  phoneNotice: {
    zh: '留下电话，我们会在 5 个工作日内回电。电话只用于回复这次投诉，处理完 90 天后删除。',
    en: 'Leave a phone number and we will call you back within 5 working days. It is used only for this complaint and deleted 90 days after it is answered.',
  },
};

export const SALE_ID = 'PS20261124ABC123';

export function sale(codes: string[], state: 'open' | 'completed' = 'open') {
  const lines = codes.length
    ? [
        {
          listCode: 'XA0010',
          hospitalCode: 'HIS-1250',
          name: '阿莫西林胶囊',
          spec: '0.25g×24粒',
          unit: '盒',
          unitPriceFen: 1250,
          quantity: codes.length,
          amountFen: 1250 * codes.length,
          prescription: true,
          traceCodes: codes,
          state: state === 'completed' ? 'reported' : 'open',
        },
      ]
    : [];
  return {
    saleId: SALE_ID,
    state,
    person: { maskedName: '赵*萱', maskedCertno: '1501**********9660' },
    proxy: { maskedName: '李*', maskedCertno: '1501**********1234', relation: 'child', maskedPhone: '139****0000' },
    lines,
    totalFen: 1250 * codes.length,
    createdAt: '2026-11-24T02:00:00.000Z',
    ...(state === 'completed' ? { completedAt: '2026-11-24T02:05:00.000Z' } : {}),
  };
}
