// 9101 文件上传 file upload. `in` is the file's bytes; we send base64, and accept a JSON byte
// array as some gateways use. *(encoding is a known provincial variant)*
import { Type } from '@sinclair/typebox';
import { Node, OptStr, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const uploadFile = transaction({
  infno: '9101',
  name: '文件上传',
  repeatable: false,
  input: Type.Object({
    fsUploadIn: Node({
      in: Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.Integer({ minimum: -128, maximum: 255 }), { minItems: 1 })]),
      filename: Str(200),
      fixmedins_code: Str(12),
    }),
  }),
  output: Node({ file_qury_no: Str(100), filename: Str(200), dld_endtime: OptStr(19) }),
});

export const uploadFileInput = (a: { content: Buffer; filename: string; fixmedinsCode: string }) => ({
  fsUploadIn: { in: a.content.toString('base64'), filename: a.filename, fixmedins_code: a.fixmedinsCode },
});

export const uploadFileResult = (o: WireOutput<typeof uploadFile>) => ({ fileQuryNo: o.file_qury_no });

/** The bytes of a 9101 `in` field, whichever encoding was used. */
export function fileBytes(value: string | number[]): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.from(value.map((b) => b & 0xff));
}
