import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import {
  DevicesConfigSchema,
  IdCardConfigSchema,
  PrinterConfigSchema,
  ScannerConfigSchema,
  simulatedDevices,
  SimulatorsConfigSchema,
} from '../../../device/config.ts';
import { SW3 } from '../../../device/idcard/sw3.ts';

/** Every schema node, with its path, so none can lack the description config errors quote. */
function nodes(schema: Record<string, unknown>, path = '$'): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [[path, schema]];
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) out.push(...nodes(child, `${path}.${key}`));
  for (const [i, child] of ((schema.anyOf ?? []) as Record<string, unknown>[]).entries()) out.push(...nodes(child, `${path}|${i}`));
  return out;
}

describe('device config schemas', () => {
  it('accepts the documented entries', () => {
    const ok = [
      [IdCardConfigSchema, { driver: 'sam-serial', path: '/dev/ttyUSB0', baudRate: 115200 }],
      [IdCardConfigSchema, { driver: 'none' }],
      [ScannerConfigSchema, { driver: 'serial', path: '/dev/ttyACM0', baudRate: 9600 }],
      [ScannerConfigSchema, { driver: 'hid-pos', vendorId: 0x0c2e, productId: 0x0b8f }],
      [ScannerConfigSchema, { driver: 'hid-pos', path: '/dev/hidraw0' }],
      [ScannerConfigSchema, { driver: 'wedge' }],
      [PrinterConfigSchema, { driver: 'escpos', interface: 'tcp://127.0.0.1:9100', width: 80 }],
      [PrinterConfigSchema, { driver: 'escpos', interface: '/dev/usb/lp0', width: 58 }],
      [SimulatorsConfigSchema, { idcard: true, scanner: false, printer: true }],
    ] as const;
    for (const [schema, value] of ok) expect(Value.Check(schema, value), JSON.stringify(value)).toBe(true);
  });

  it('refuses wrong baud rates, widths, interfaces, mixed shapes and unknown fields', () => {
    expect(Value.Check(IdCardConfigSchema, { driver: 'sam-serial', path: '/dev/ttyUSB0', baudRate: 14400 })).toBe(false);
    expect(Value.Check(IdCardConfigSchema, { driver: 'sam-serial', path: 'ttyUSB0', baudRate: 115200 })).toBe(false);
    expect(Value.Check(PrinterConfigSchema, { driver: 'escpos', interface: 'tcp://127.0.0.1:9100', width: 76 })).toBe(false);
    expect(Value.Check(PrinterConfigSchema, { driver: 'escpos', interface: 'printer:EPSON', width: 80 })).toBe(false);
    expect(Value.Check(ScannerConfigSchema, { driver: 'hid-pos', vendorId: 1, productId: 2, path: '/dev/hidraw0' })).toBe(false);
    expect(Value.Check(ScannerConfigSchema, { driver: 'wedge', baudRate: 9600 })).toBe(false);
  });

  it('describes every node, and every union names the shapes it takes', () => {
    for (const [path, node] of nodes(DevicesConfigSchema as unknown as Record<string, unknown>)) {
      expect(typeof node.description, path).toBe('string');
    }
    expect(ScannerConfigSchema.description).toContain('"driver":"wedge"');
    expect(PrinterConfigSchema.description).toContain('/dev/usb/lp0');
  });

  it('points the real drivers at simulators, leaving the other devices alone', () => {
    const devices = simulatedDevices({ idcard: '/tmp/sim/reader', printer: 'tcp://127.0.0.1:9100' });
    expect(devices).toEqual({
      idcard: { driver: 'sam-serial', path: '/tmp/sim/reader', baudRate: 115200 },
      printer: { driver: 'escpos', interface: 'tcp://127.0.0.1:9100', width: 80 },
    });
    const full = { idcard: { driver: 'none' }, scanner: { driver: 'none' }, camera: { driver: 'none' }, printer: { driver: 'none' }, ...devices };
    expect(Value.Check(DevicesConfigSchema, full)).toBe(true);
  });
});

describe('SW3 status table', () => {
  it('maps every status devices.md lists, each with a reason in both languages', () => {
    const listed = [0x90, 0x9f, 0x80, 0x81, 0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x40, 0x41, 0x60, 0x66, 0x91, 0xff];
    expect(Object.keys(SW3).map(Number).sort((a, b) => a - b)).toEqual([...listed].sort((a, b) => a - b));
    for (const meaning of Object.values(SW3)) {
      expect(meaning.reason.zh).toMatch(/\p{Script=Han}/u);
      expect(meaning.reason.en).toMatch(/[A-Za-z]/);
    }
    expect(SW3[0x60]!.effect).toBe('reader');
    expect(SW3[0x41]!.effect).toBe('card');
    expect(SW3[0x81]!.effect).toBe('no-card');
  });
});
