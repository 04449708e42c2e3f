import { describe, expect, it } from 'vitest';
import { en } from '../../../kiosk-ui/src/i18n/en.ts';
import { sentences, translate, pick } from '../../../kiosk-ui/src/i18n/i18n.ts';
import { zhCN } from '../../../kiosk-ui/src/i18n/zh-CN.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the two string tables', () => {
  it('[001-8.2.3.4] have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, zh] of Object.entries(zhCN)) {
      const english = en[key as keyof typeof en];
      expect(zh.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(zh));
    }
  });

  it('[001-8.2.3.4] use the GB/T 30240.7 signage terms in English', () => {
    expect(en['app.title']).toBe('Medical Insurance Self-service');
    expect(en['staff.call']).toBe('Call Staff');
    expect(en['split.fund']).toMatch(/Pooled Fund/);
    expect(en['split.account']).toMatch(/Personal Account/);
  });

  it('keeps Chinese out of the English table, except the button that switches to Chinese', () => {
    const withHanzi = Object.entries(en).filter(([, v]) => /[\u4e00-\u9fff]/u.test(v)).map(([k]) => k);
    expect(withHanzi).toEqual(['lang.switch']);
  });

  it('fills placeholders and picks the daemon’s bilingual text', () => {
    expect(translate('zh-CN', 'progress', { n: 2, total: 5 })).toBe('第 2 步 / 共 5 步');
    expect(translate('en', 'progress', { n: 2, total: 5 })).toBe('Step 2 of 5');
    expect(pick('en', { zh: '中', en: 'E' })).toBe('E');
    expect(pick('zh-CN', { zh: '中', en: 'E' })).toBe('中');
  });

  it('joins sentences so each ends as a sentence', () => {
    expect(sentences('en', ['Scan again', 'You have not been charged.'])).toBe('Scan again. You have not been charged.');
    expect(sentences('zh-CN', ['请再扫一次', '这次没有扣款。'])).toBe('请再扫一次。这次没有扣款。');
  });
});
