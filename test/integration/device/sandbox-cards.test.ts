// The cards the simulators present for the sandbox's test persons are cards the reader accepts:
// each in its validity period with a number that checks and carries its birth date, but for the
// persons the sandbox means to have an expired card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardRejection } from '../../../device/idcard/validity.ts';
import { cardOf, sandboxPersons, type SandboxPerson } from '../../../device/sim/sandbox-cards.ts';
import type { RunningSandbox } from '../../../server/sandbox/server.ts';
import { sandbox } from '../../helpers/sandbox.ts';

let sb: RunningSandbox;
let all: SandboxPerson[];
beforeAll(async () => {
  sb = await sandbox();
  all = await sandboxPersons(`${sb.origin}/center`);
});
afterAll(() => sb?.close());

describe("the sandbox's test persons' ID cards", () => {
  it('[001-8.1.3] are all accepted by the reader, but the expired ones', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    for (const p of all) {
      const rejection = cardRejection(cardOf(p), new Date());
      expect(rejection?.code, `${p.psn_no} ${p.idcard.kind} ${p.tags.join(' ')}`).toBe(p.tags.includes('expired-id-card') ? 'expired' : undefined);
    }
  });
});
