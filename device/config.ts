// Device configuration, one TypeBox schema per device kind, for config/schema.ts to plug in.
// Every node carries a `description`: config errors quote it ("expected …"), so an integrator
// editing JSON learns what a field takes. Unions describe all their accepted shapes, because a
// failing union is reported as the union itself.
import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';

const closed = { additionalProperties: false } as const;

function oneOf<const T extends readonly (string | number)[]>(values: T, description: string): TUnion<TLiteral<T[number]>[]> {
  return Type.Union(values.map((v) => Type.Literal(v, { description: JSON.stringify(v) })) as TLiteral<T[number]>[], { description });
}

export const BAUD_RATES = [115200, 57600, 38400, 19200, 9600] as const;
export const PRINTER_WIDTHS = [80, 58] as const;

const None = Type.Object(
  { driver: Type.Literal('none', { description: '"none" (no such device on this terminal)' }) },
  { ...closed, description: '{"driver":"none"}' },
);

const SerialPath = (example: string) =>
  Type.String({ pattern: '^/\\S+$', description: `an absolute serial device path, e.g. "${example}"` });

const BaudRate = oneOf(BAUD_RATES, `the UART speed, one of ${BAUD_RATES.join(', ')}`);

const UsbId = (what: string) => Type.Integer({ minimum: 0, maximum: 0xffff, description: `the USB ${what} as a number, e.g. 3118 for 0x0c2e` });

export const IdCardSamSerialSchema = Type.Object(
  {
    driver: Type.Literal('sam-serial', { description: '"sam-serial" (SAM module reader on a UART or USB-CDC port)' }),
    path: SerialPath('/dev/ttyUSB0'),
    baudRate: BaudRate,
  },
  { ...closed, description: 'a SAM reader: {"driver":"sam-serial","path":"/dev/ttyUSB0","baudRate":115200}' },
);

export const IdCardConfigSchema = Type.Union([IdCardSamSerialSchema, None], {
  description: 'the ID card reader: {"driver":"sam-serial","path":"/dev/ttyUSB0","baudRate":115200} or {"driver":"none"}',
});

export const ScannerSerialSchema = Type.Object(
  {
    driver: Type.Literal('serial', { description: '"serial" (scanner in virtual COM / CDC-ACM mode, CR-terminated UTF-8)' }),
    path: SerialPath('/dev/ttyACM0'),
    baudRate: BaudRate,
  },
  { ...closed, description: 'a scanner in virtual COM mode: {"driver":"serial","path":"/dev/ttyACM0","baudRate":9600}' },
);

const HidPosDriver = Type.Literal('hid-pos', { description: '"hid-pos" (scanner in HID POS mode, usage page 0x8C; needs libusb-1.0)' });

export const ScannerHidPosByIdSchema = Type.Object(
  { driver: HidPosDriver, vendorId: UsbId('vendor id'), productId: UsbId('product id') },
  { ...closed, description: 'a HID POS scanner by USB ids: {"driver":"hid-pos","vendorId":3118,"productId":2959}' },
);

export const ScannerHidPosByPathSchema = Type.Object(
  { driver: HidPosDriver, path: Type.String({ pattern: '^/\\S+$', description: 'an absolute hidraw device path, e.g. "/dev/hidraw0"' }) },
  { ...closed, description: 'a HID POS scanner by device path: {"driver":"hid-pos","path":"/dev/hidraw0"}' },
);

export const ScannerWedgeSchema = Type.Object(
  { driver: Type.Literal('wedge', { description: '"wedge" (keyboard wedge: the touchscreen sends what the scanner types)' }) },
  { ...closed, description: 'a keyboard-wedge scanner: {"driver":"wedge"}' },
);

export const ScannerConfigSchema = Type.Union([ScannerSerialSchema, ScannerHidPosByIdSchema, ScannerHidPosByPathSchema, ScannerWedgeSchema, None], {
  description:
    'the QR/barcode scanner: {"driver":"serial","path":"/dev/ttyACM0","baudRate":9600}, ' +
    '{"driver":"hid-pos","vendorId":…,"productId":…}, {"driver":"hid-pos","path":"/dev/hidraw0"}, {"driver":"wedge"} or {"driver":"none"}',
});

export const PrinterEscPosSchema = Type.Object(
  {
    driver: Type.Literal('escpos', { description: '"escpos" (ESC/POS receipt printer)' }),
    interface: Type.String({
      pattern: '^(tcp://[^\\s/:]+(:[0-9]{1,5})?/?|/\\S+)$',
      description: 'where the printer is: "tcp://host:port" (raw port, usually 9100) or a device file such as "/dev/usb/lp0"',
    }),
    width: oneOf(PRINTER_WIDTHS, 'the paper width in millimetres, 80 (48 columns) or 58 (32 columns)'),
  },
  { ...closed, description: 'an ESC/POS printer: {"driver":"escpos","interface":"tcp://127.0.0.1:9100","width":80}' },
);

export const PrinterConfigSchema = Type.Union([PrinterEscPosSchema, None], {
  description: 'the receipt printer: {"driver":"escpos","interface":"tcp://127.0.0.1:9100" or "/dev/usb/lp0","width":80 or 58} or {"driver":"none"}',
});

export const CameraPlatformFaceSchema = Type.Object(
  { driver: Type.Literal('platform-face', { description: '"platform-face" (the platform-certified face authentication module)' }) },
  { ...closed, description: 'the face module: {"driver":"platform-face"}' },
);

export const CameraConfigSchema = Type.Union([CameraPlatformFaceSchema, None], {
  description: 'the face camera: {"driver":"platform-face"} or {"driver":"none"}',
});

export const DevicesConfigSchema = Type.Object(
  { idcard: IdCardConfigSchema, scanner: ScannerConfigSchema, camera: CameraConfigSchema, printer: PrinterConfigSchema },
  { ...closed, description: 'the devices of this terminal: idcard, scanner, camera, printer' },
);

export const SimulatorsConfigSchema = Type.Object(
  {
    idcard: Type.Boolean({ description: 'true to start the SAM reader simulator (on a pty) and read ID cards from it' }),
    scanner: Type.Boolean({ description: 'true to start the serial scanner simulator (on a pty) and scan from it' }),
    printer: Type.Boolean({ description: 'true to start the ESC/POS printer simulator (on loopback TCP) and print to it' }),
  },
  { ...closed, description: 'which device simulators the daemon starts: {"idcard":true,"scanner":true,"printer":true}' },
);

export type IdCardConfig = Static<typeof IdCardConfigSchema>;
export type ScannerConfig = Static<typeof ScannerConfigSchema>;
export type PrinterConfig = Static<typeof PrinterConfigSchema>;
export type CameraConfig = Static<typeof CameraConfigSchema>;
export type DevicesConfig = Static<typeof DevicesConfigSchema>;
export type SimulatorsConfig = Static<typeof SimulatorsConfigSchema>;
export type SamSerialConfig = Static<typeof IdCardSamSerialSchema>;
export type ScannerSerialConfig = Static<typeof ScannerSerialSchema>;
export type ScannerHidPosConfig = Static<typeof ScannerHidPosByIdSchema> | Static<typeof ScannerHidPosByPathSchema>;
export type PrinterEscPosConfig = Static<typeof PrinterEscPosSchema>;

/** Where running simulators listen: pty paths for the serial ones, a tcp:// address for the printer. */
export interface SimulatorAddresses {
  idcard?: string;
  scanner?: string;
  printer?: string;
}

/**
 * The device entries that point the real drivers at running simulators; devices without a
 * simulator address are left out, so the caller's own entries (or "none") stay in force.
 */
export function simulatedDevices(at: SimulatorAddresses): Partial<DevicesConfig> {
  const devices: Partial<DevicesConfig> = {};
  if (at.idcard) devices.idcard = { driver: 'sam-serial', path: at.idcard, baudRate: 115200 };
  if (at.scanner) devices.scanner = { driver: 'serial', path: at.scanner, baudRate: 9600 };
  if (at.printer) devices.printer = { driver: 'escpos', interface: at.printer, width: 80 };
  return devices;
}
