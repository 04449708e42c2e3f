// Bearer tokens for logged-in operators. Held in memory only (a restart logs everyone out),
// and only as hashes, so a heap dump does not hand out a usable token.
import { createHash, randomBytes } from 'node:crypto';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export class OperatorTokens {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly ttlMs: number, private readonly clock: () => number = Date.now) {}

  issue(): { token: string; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.clock() + this.ttlMs;
    this.expiries.set(digest(token), expiresAt);
    return { token, expiresAt: new Date(expiresAt) };
  }

  valid(token: string): boolean {
    const key = digest(token);
    const expiry = this.expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry <= this.clock()) {
      this.expiries.delete(key);
      return false;
    }
    return true;
  }

  revoke(token: string): void {
    this.expiries.delete(digest(token));
  }
}
