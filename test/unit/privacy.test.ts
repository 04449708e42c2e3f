import { describe, expect, it } from 'vitest';
import { maskCertno, maskName, maskPhone, scrubText } from '../../server/policy/privacy.ts';

describe('masking personal data', () => {
  it('[001-8.1.12] masks names keeping the first and last character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张*丰');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李')).toBe('*');
    expect(maskName('John Smith')).toBe('J*** S****');
  });

  it('[001-8.1.12] masks ID numbers and phones keeping the ends', () => {
    expect(maskCertno('15010219800101123X')).toBe('1501**********123X');
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('[001-10.1.3] scrubs ID and mobile numbers out of free text but leaves longer identifiers alone', () => {
    expect(scrubText('证件 15010219800101123X 电话 13800138000')).toBe('证件 1501**********123X 电话 138****8000');
    const msgid = 'H15010200021202611231200000001';
    expect(scrubText(`msgid ${msgid}`)).toBe(`msgid ${msgid}`);
  });
});
