// 9102 文件下载 file download, e.g. the result file of a detail reconciliation (3202).
// *(the spec returns the raw file; this answers it inside the envelope as base64 — a provincial
// gateway that streams the file needs a change here only)*
import { Type } from '@sinclair/typebox';
import { Node, Str } from './wire.ts';
import { transaction, type WireOutput } from './transaction.ts';

export const downloadFile = transaction({
  infno: '9102',
  name: '文件下载',
  repeatable: true,
  input: Type.Object({ fsDownloadIn: Node({ file_qury_no: Str(100), filename: Str(200), fixmedins_code: Str(12) }) }),
  output: Node({ filename: Str(200), file: Type.String() }),
});

export const downloadFileInput = (a: { fileQuryNo: string; filename: string; fixmedinsCode: string }) => ({
  fsDownloadIn: { file_qury_no: a.fileQuryNo, filename: a.filename, fixmedins_code: a.fixmedinsCode },
});

export const downloadFileResult = (o: WireOutput<typeof downloadFile>) => Buffer.from(o.file, 'base64');
