import { describe, expect, it } from 'vitest';
import { classifyScan, NOT_AN_ECQR } from '../../../device/scanner/classify.ts';

describe('scan classification', () => {
  it('takes the sandbox e-voucher payload for an ecqr, trimmed', () => {
    const code = 'NHSAEC1.eyJ2IjoxLCJ0IjoiYWJjZGVmIn0.c2lnbmF0dXJlLWJ5dGVz_-';
    expect(classifyScan(` ${code}\t`)).toEqual({ kind: 'ecqr', code });
  });

  it('takes any other token-like text of 20–512 visible ASCII characters for an ecqr', () => {
    expect(classifyScan('A'.repeat(20))).toEqual({ kind: 'ecqr', code: 'A'.repeat(20) });
    expect(classifyScan('x'.repeat(512)).kind).toBe('ecqr');
    expect(classifyScan('x'.repeat(513)).kind).toBe('unknown');
    expect(classifyScan('x'.repeat(19)).kind).toBe('unknown');
    expect(classifyScan('has a space in the middle of it').kind).toBe('unknown');
    expect(classifyScan('中文内容的二维码中文内容的二维码中文内容').kind).toBe('unknown');
  });

  it('does not take a web address (a payment or shop QR) for an e-voucher', () => {
    expect(classifyScan('https://example.com/hello')).toEqual({ kind: 'unknown', message: NOT_AN_ECQR });
    expect(classifyScan('weixin://wxpay/bizpayurl?pr=abcdefg')).toEqual({ kind: 'unknown', message: NOT_AN_ECQR });
    expect(classifyScan('www.example.com/shop/item/1234').kind).toBe('unknown');
  });

  it('finds a 20-digit drug trace code, and no other digit run', () => {
    expect(classifyScan('81234560000000012345')).toEqual({ kind: 'trace', code: '81234560000000012345' });
    expect(classifyScan('8123456000000001234').kind).toBe('unknown');
    expect(classifyScan('812345600000000123456').kind).toBe('unknown');
  });

  it('finds prescription and registration slips', () => {
    expect(classifyScan('RX202611230001')).toEqual({ kind: 'slip', slip: 'prescription', code: 'RX202611230001' });
    expect(classifyScan('REG20261123')).toEqual({ kind: 'slip', slip: 'registration', code: 'REG20261123' });
    expect(classifyScan('RX1234567').kind).toBe('unknown');
    expect(classifyScan('RX123456789012345678901').kind).toBe('ecqr');
  });

  it('answers anything else with a bilingual "not an insurance QR code"', () => {
    expect(classifyScan('6901234567892')).toEqual({ kind: 'unknown', message: NOT_AN_ECQR });
    expect(NOT_AN_ECQR.zh).toMatch(/^这不是医保码/);
    expect(NOT_AN_ECQR.en).toMatch(/^This code is not a medical insurance QR code/);
  });
});
