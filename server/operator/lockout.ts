// Wrong-PIN lockout, derived from the audit log so that it survives a restart: after
// `maxFailed` wrong PINs in a row (no success between), logins wait `lockoutMinutes` from the
// last failure.
export interface LoginAttempt {
  at: string;
  ok: boolean;
}

/** When logins open again, or null when they are open now. `recent` is newest first. */
export function lockedUntil(recent: LoginAttempt[], maxFailed: number, lockoutMinutes: number, now: Date): Date | null {
  let failures = 0;
  for (const attempt of recent) {
    if (attempt.ok) break;
    failures++;
  }
  if (failures < maxFailed) return null;
  const until = new Date(Date.parse(recent[0]!.at) + lockoutMinutes * 60_000);
  return until > now ? until : null;
}
