// A keyboard-wedge scanner "types" its code as a fast burst of keys ending in Enter. This tells
// such a burst from a person pressing keys: every key of a burst follows the one before within
// `maxGapMs`. Pure, so it can be tested without a browser.
export interface WedgeOptions {
  maxGapMs: number;
  minLength: number;
}

export interface WedgeVerdict {
  /** Keep the key from reaching anything else on the page. */
  consume: boolean;
  /** A complete scanned code, when this key ended one. */
  code?: string;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph']);

export class WedgeCatcher {
  private buffer = '';
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: WedgeOptions = { maxGapMs: 100, minLength: 4 }) {}

  key(key: string, at: number): WedgeVerdict {
    if (MODIFIERS.has(key)) return { consume: false };
    if (at - this.last > this.options.maxGapMs) this.buffer = '';
    this.last = at;
    if (key === 'Enter') {
      const code = this.buffer;
      this.buffer = '';
      if (code.length === 0) return { consume: false };
      return code.length >= this.options.minLength ? { consume: true, code } : { consume: true };
    }
    if (key.length === 1) {
      this.buffer += key;
      return { consume: true };
    }
    this.buffer = '';
    return { consume: false };
  }
}
