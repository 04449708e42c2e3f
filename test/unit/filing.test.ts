// The pieces of filing that need no platform: search keys, a filing's status and masking, the
// proof on paper.
import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../device/printer/escpos.ts';
import { filingProof } from '../../device/printer/templates/filing-proof.ts';
import { EscPosDecoder, type Receipt } from '../../device/sim/escpos-decoder.ts';
import { searchKeys } from '../../server/flows/pinyin/readings.ts';
import { designationView } from '../../server/flows/filing/view.ts';
import type { Designation } from '../../server/insurance/transactions/5302.ts';

const designation = (over: Partial<Designation>): Designation => ({
  filingSn: 'BA15010220261124000001',
  bizAppyType: '03',
  begin: '2026-11-24',
  end: undefined,
  institution: { code: 'H15010200031', name: '沙盒市人民医院' },
  memo: undefined,
  inForce: true,
  disease: undefined,
  diagnosis: undefined,
  item: undefined,
  referral: undefined,
  injury: undefined,
  agent: undefined,
  ...over,
});

describe('search keys', () => {
  it('gives the pinyin without tones and the initials, keeping other characters', () => {
    expect(searchKeys('高血压')).toEqual({ pinyin: 'gaoxueya', initials: 'GXY' });
    expect(searchKeys('2型糖尿病')).toEqual({ pinyin: '2xingtangniaobing', initials: '2XTNB' });
  });
});

describe('a filing as the patient sees it', () => {
  it('is in force, not yet in force, ended or revoked by its dates and the platform', () => {
    const today = '2026-11-24';
    expect(designationView(designation({}), today)?.status).toBe('in-force');
    expect(designationView(designation({ begin: '2026-12-01' }), today)?.status).toBe('not-yet-in-force');
    expect(designationView(designation({ begin: '2026-01-01', end: '2026-11-23' }), today)?.status).toBe('ended');
    expect(designationView(designation({ end: '2026-11-24' }), today)?.status).toBe('in-force');
    expect(designationView(designation({ inForce: false }), today)?.status).toBe('revoked');
  });

  it("masks the agent's name and names the relation", () => {
    expect(designationView(designation({ agent: { name: '欧阳娜娜', relation: '30' } }), '2026-11-24')?.agent).toEqual({ maskedName: '欧**娜', relation: 'daughter' });
  });

  it('leaves out a kind this terminal does not file', () => {
    expect(designationView(designation({ bizAppyType: '01' }), '2026-11-24')).toBeUndefined();
  });
});

describe('the filing proof', () => {
  it('[001-8.2.1.1b] prints the serial with its QR and masks the name, ID number and agent', () => {
    const doc = filingProof({
      institutionName: '沙盒市第二人民医院',
      kindName: '外伤',
      filingSn: 'BA15010220261124000009',
      patientName: '张三丰',
      certno: '150102195001011230',
      begin: '2026-11-24',
      statusName: '有效',
      details: [['受伤地点', '小区楼道']],
      commitmentSignedAt: new Date('2026-11-24T02:00:00Z'),
      agentName: '张小明',
      printedAt: new Date('2026-11-24T02:05:00Z'),
      qr: 'NHSA-FILING|BA15010220261124000009|04',
    });
    const receipts: Receipt[] = [];
    new EscPosDecoder((r) => receipts.push(r), () => undefined).feed(renderEscPos(doc, 48));
    const [receipt] = receipts;
    const text = receipt!.lines.map((l) => (l.kind === 'text' ? l.text : `[QR ${l.data}]`)).join('\n');
    expect(text).toContain('BA15010220261124000009');
    expect(text).toContain('[QR NHSA-FILING|BA15010220261124000009|04]');
    expect(text).toContain('张*丰');
    expect(text).toContain('1501**********1230');
    expect(text).toContain('张*明');
    expect(text).toContain('已签署 2026-11-24 10:00:00');
    expect(text).toContain('结束日期');
    expect(text).not.toContain('张三丰');
    expect(text).not.toContain('150102195001011230');
    expect(receipt!.problems).toEqual([]);
  });
});
