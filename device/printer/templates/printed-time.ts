// Times on paper are China time, whatever the machine's zone: "2026-11-23 16:40:05".
const FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function printedTime(at: Date): string {
  return FORMAT.format(at);
}
