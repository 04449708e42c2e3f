// The ID cards the platform sandbox's test persons would present, fetched from its admin route
// (GET …/center/admin/persons): the /sim page and the stand-alone reader simulator present these,
// so a read identifies someone the platform knows.
import type { TestCard } from './card-text.ts';

export interface SandboxPerson {
  psn_no: string;
  psn_name: string;
  certno: string;
  gend: string;
  naty: string;
  brdy: string;
  ecqr: string;
  tags: string[];
  idcard: { kind: TestCard['kind']; address: string; authority: string; valid_from: string; valid_to: string };
}

/** The ID card a sandbox person would present to the reader. */
export function cardOf(p: SandboxPerson): TestCard {
  const sex = p.gend === '1' ? 'male' : 'female';
  const common = { name: p.psn_name, sex, birth: p.brdy, certno: p.certno, validFrom: p.idcard.valid_from, validTo: p.idcard.valid_to } as const;
  switch (p.idcard.kind) {
    case 'resident':
      return { ...common, kind: 'resident', nation: p.naty, address: p.idcard.address, authority: p.idcard.authority };
    case 'J':
      return { ...common, kind: 'J', nation: '', address: p.idcard.address, authority: p.idcard.authority, passNumber: `H${p.certno.slice(-8)}`, issueCount: 1 };
    case 'I':
      return { ...common, kind: 'I', nation: p.certno.slice(0, 3), nameEn: p.psn_name, authority: '1500', cardVersion: '01' };
    case 'Y':
      return { ...common, kind: 'Y', nation: 'USA', nameEn: sex === 'male' ? 'SMITH, JOHN' : 'MUELLER, ANNA', renewalCount: 0 };
  }
}

/** The sandbox's test persons, or none when it does not answer. */
export async function sandboxPersons(center: string): Promise<SandboxPerson[]> {
  try {
    const res = await fetch(`${center.replace(/\/$/, '')}/admin/persons`, { signal: AbortSignal.timeout(3000) });
    return res.ok ? ((await res.json()) as SandboxPerson[]) : [];
  } catch {
    return [];
  }
}
