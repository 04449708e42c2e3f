// Amounts on paper. Receipt inputs carry integer fen; they become "￥12.30" only here, at render
// time. The full-width ￥ is deliberate: it is one GB18030 character the printer prints as such,
// where ¥ (U+00A5) has no GBK code and comes out as whatever the code page puts there.
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${fen} is not a whole number of fen`);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}￥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
