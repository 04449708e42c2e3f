// Amounts on paper. Receipt inputs carry integer fen; they become "￥12.30" only here, at render
// time, through the one fen→yuan conversion. The full-width ￥ is deliberate: it is one GB18030
// character the printer prints as such, where ¥ (U+00A5) has no GBK code and comes out as
// whatever the code page puts there.
import { fenToYuan } from '../../server/insurance/money.ts';

export function formatFen(fen: number): string {
  return `${fen < 0 ? '-' : ''}￥${fenToYuan(Math.abs(fen))}`;
}
