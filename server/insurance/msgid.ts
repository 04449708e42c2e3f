// msgid = fixmedins_code(12) + yyyyMMddHHmmss(14) + sequence(4). The platform refuses a msgid it
// has seen, and 2601 reverses by it, so ids must stay unique across restarts: the generator
// reserves blocks of sequence numbers in durable storage before handing them out, and never lets
// its time part go backwards. Terminals of one institution share its code, so each gets a slot:
// the sequence's first digit, leaving 1,000 ids per second per terminal.
import { compactDateTime } from './wire-time.ts';

export interface MsgidMark {
  /** yyyyMMddHHmmss of the last reserved block. */
  second: string;
  /** First sequence number not yet reserved in that second. */
  next: number;
}

export interface MsgidStorage {
  load(): Promise<MsgidMark | undefined>;
  save(mark: MsgidMark): Promise<void>;
}

const BLOCK = 100;
const PER_SLOT = 1000;

/** The second after a yyyyMMddHHmmss stamp (used when a second's ids are spent). */
function following(second: string): string {
  const at = new Date(`${second.slice(0, 4)}-${second.slice(4, 6)}-${second.slice(6, 8)}T${second.slice(8, 10)}:${second.slice(10, 12)}:${second.slice(12, 14)}+08:00`);
  return compactDateTime(new Date(at.getTime() + 1000));
}

export class MsgidGenerator {
  private second = '';
  private seq = 0;
  private reservedUntil = 0;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fixmedinsCode: string,
    private readonly storage: MsgidStorage,
    private readonly clock: () => Date = () => new Date(),
    /** This terminal's slot among the institution's terminals, 0–9. */
    private readonly slot = 0,
  ) {
    if (!Number.isInteger(slot) || slot < 0 || slot > 9) throw new RangeError('a msgid slot is 0 to 9');
  }

  /** The next msgid. Calls are serialised so reservations never interleave. */
  next(): Promise<string> {
    const result = this.turn.then(() => this.take());
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async take(): Promise<string> {
    if (!this.second) {
      const mark = await this.storage.load();
      if (mark) [this.second, this.seq, this.reservedUntil] = [mark.second, mark.next, mark.next];
    }
    const now = compactDateTime(this.clock());
    if (now > this.second) [this.second, this.seq, this.reservedUntil] = [now, 0, 0];
    if (this.seq >= PER_SLOT) [this.second, this.seq, this.reservedUntil] = [following(this.second), 0, 0];
    if (this.seq >= this.reservedUntil) {
      this.reservedUntil = Math.min(this.seq + BLOCK, PER_SLOT);
      await this.storage.save({ second: this.second, next: this.reservedUntil });
    }
    const id = `${this.fixmedinsCode}${this.second}${this.slot}${String(this.seq).padStart(3, '0')}`;
    this.seq++;
    return id;
  }
}
