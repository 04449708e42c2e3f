// The sandbox's insured population, generated deterministically from a seed: employees (310) and
// residents (390), retirees, the elderly (80+), children, chronic-disease filings, cross-region
// insured, suspended and deceased persons, expired ID cards, face mismatches, and the three
// kinds of non-resident cards. Every 18-character ID number passes its MOD 11-2 check.
import { idCheckDigit } from '../../../device/idcard/id-number.ts';
import { CHRONIC_DISEASES } from './diseases.ts';
import { GIVEN, MONGOLIAN, STREETS, SURNAMES } from './names.ts';
import { SeededRandom } from './random.ts';

export type CardKind = 'resident' | 'J' | 'I' | 'Y';

export interface SeededPerson {
  psnNo: string;
  certno: string;
  /** psn_cert_type: 01 resident ID · 06 HK/Macau/Taiwan residence permit · 07 foreign permanent resident card. */
  certType: string;
  name: string;
  gend: '1' | '2';
  naty: string;
  brdy: string;
  insutype: '310' | '390';
  /** 11 employee · 21 retiree · 31 resident adult · 32 resident child. */
  psnType: string;
  insuplc: string;
  empName: string;
  civilServant: boolean;
  status: 'active' | 'suspended' | 'deceased';
  insuDate: string;
  pausDate?: string;
  balanceFen: number;
  sscNo: string;
  cardSn: string;
  faceMatch: boolean;
  tel: string;
  addr: string;
  idcard: { kind: CardKind; address: string; authority: string; validFrom: string; validTo: string };
  chronic: string[];
  relocated: boolean;
  tags: string[];
}

const HOME = '150102';
const CROSS_REGIONS = ['330106', '500236', '370102'];
const EMPLOYERS = ['沙盒市自来水公司', '沙盒市第一中学', '沙盒乳业股份有限公司', '沙盒市供电局', '沙盒市新城区政府', '白塔镇中心小学', '沙盒市人民医院'];
const TODAY = '2026-11-23';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

interface Cohort {
  count: number;
  insutype: '310' | '390';
  psnType: string;
  bornFrom: number;
  bornTo: number;
  tag: string;
}

const COHORTS: Cohort[] = [
  { count: 64, insutype: '310', psnType: '11', bornFrom: 1967, bornTo: 2003, tag: 'employee' },
  { count: 40, insutype: '310', psnType: '21', bornFrom: 1947, bornTo: 1966, tag: 'retiree' },
  { count: 10, insutype: '310', psnType: '21', bornFrom: 1932, bornTo: 1945, tag: 'elderly' },
  { count: 70, insutype: '390', psnType: '31', bornFrom: 1948, bornTo: 2007, tag: 'resident' },
  { count: 8, insutype: '390', psnType: '31', bornFrom: 1930, bornTo: 1945, tag: 'elderly' },
  { count: 28, insutype: '390', psnType: '32', bornFrom: 2010, bornTo: 2025, tag: 'child' },
  { count: 14, insutype: '390', psnType: '31', bornFrom: 1950, bornTo: 1990, tag: 'cross-region' },
  { count: 8, insutype: '310', psnType: '11', bornFrom: 1970, bornTo: 1995, tag: 'cross-region' },
];

export function ageOn(brdy: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(brdy.slice(0, 4));
  return day.slice(5) >= brdy.slice(5) ? years : years - 1;
}

function idValidity(rng: SeededRandom, brdy: string, expired: boolean): { validFrom: string; validTo: string } {
  const fromYear = expired ? rng.int(2004, 2012) : rng.int(2022, 2025);
  const validFrom = ymd(fromYear, rng.int(1, 12), rng.int(1, 28));
  const age = ageOn(brdy, validFrom);
  const years = age < 16 ? 5 : age < 26 ? 10 : age < 46 ? 20 : 0;
  if (years === 0 && !expired) return { validFrom, validTo: '长期' };
  const span = years === 0 ? 10 : expired ? Math.min(years, 10) : years;
  return { validFrom, validTo: `${fromYear + span}${validFrom.slice(4)}` };
}

export function seedPopulation(seed: number): SeededPerson[] {
  const rng = new SeededRandom(seed);
  const people: SeededPerson[] = [];
  const usedCertnos = new Set<string>();
  let serial = 0;

  const person = (cohort: Cohort): SeededPerson => {
    serial++;
    const mongolian = rng.chance(0.2);
    const gend: '1' | '2' = rng.chance(0.5) ? '1' : '2';
    const name = mongolian ? rng.pick(MONGOLIAN) : rng.pick(SURNAMES) + rng.pick(GIVEN);
    const brdy = ymd(rng.int(cohort.bornFrom, cohort.bornTo), rng.int(1, 12), rng.int(1, 28));
    const insuplc = cohort.tag === 'cross-region' ? rng.pick(CROSS_REGIONS) : HOME;
    let certno: string;
    do {
      const seq = rng.int(0, 499) * 2 + (gend === '1' ? 1 : 0);
      const first17 = `${insuplc}${brdy.replace(/-/g, '')}${pad(seq, 3)}`;
      certno = first17 + idCheckDigit(first17);
    } while (usedCertnos.has(certno));
    usedCertnos.add(certno);
    const employee = cohort.insutype === '310';
    const street = rng.pick(STREETS);
    return {
      psnNo: `${insuplc.slice(0, 2)}00000${pad(serial, 13)}`,
      certno,
      certType: '01',
      name,
      gend,
      naty: mongolian ? '02' : rng.chance(0.05) ? '03' : '01',
      brdy,
      insutype: cohort.insutype,
      psnType: cohort.psnType,
      insuplc,
      empName: employee ? rng.pick(EMPLOYERS) : '',
      civilServant: employee && cohort.psnType === '11' && rng.chance(0.12),
      status: 'active',
      insuDate: ymd(Math.max(Number(brdy.slice(0, 4)) + (employee ? 20 : 0), 2000), rng.int(1, 12), 1),
      // Residents have no personal account; employees hold ￥0 to ￥5,000 on it.
      balanceFen: employee ? (rng.chance(0.1) ? 0 : rng.int(0, 500_000)) : 0,
      sscNo: `${String.fromCharCode(65 + rng.int(0, 25))}${pad(rng.int(0, 99_999_999), 8)}`,
      cardSn: `${insuplc}D156000005${[...Array(16)].map(() => '0123456789ABCDEF'[rng.int(0, 15)]).join('')}`,
      faceMatch: true,
      tel: `1${rng.pick(['3', '5', '7', '8', '9'])}${pad(rng.int(0, 999_999_999), 9)}`,
      addr: `内蒙古自治区沙盒市新城区${street}${rng.int(1, 300)}号`,
      idcard: {
        kind: 'resident',
        address: `内蒙古自治区沙盒市新城区${street}${rng.int(1, 300)}号${rng.int(1, 20)}栋${rng.int(1, 6)}单元${rng.int(101, 1802)}`,
        authority: '沙盒市公安局新城分局',
        ...idValidity(rng, brdy, false),
      },
      chronic: [],
      relocated: false,
      tags: [cohort.tag],
    };
  };

  for (const cohort of COHORTS) for (let i = 0; i < cohort.count; i++) people.push(person(cohort));

  const pickWhere = (n: number, ok: (p: SeededPerson) => boolean, apply: (p: SeededPerson) => void) => {
    const pool = people.filter(ok);
    for (let i = 0; i < n && pool.length > 0; i++) apply(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  };
  const plain = (p: SeededPerson) => p.status === 'active' && p.tags.length === 1 && p.idcard.kind === 'resident';
  const adult = (p: SeededPerson) => p.psnType !== '32';

  pickWhere(26, (p) => plain(p) && adult(p) && p.insuplc === HOME && ageOn(p.brdy, TODAY) >= 40, (p) => {
    const first = rng.pick(CHRONIC_DISEASES);
    p.chronic = rng.chance(0.3) ? [first.code, rng.pick(CHRONIC_DISEASES.filter((d) => d !== first)).code] : [first.code];
    p.tags.push('chronic');
  });
  pickWhere(8, (p) => p.tags[0] === 'cross-region' && p.tags.length === 1, (p) => {
    p.relocated = true;
    p.tags.push('relocated');
  });
  pickWhere(6, (p) => plain(p) && adult(p), (p) => {
    p.status = 'suspended';
    p.pausDate = ymd(rng.int(2024, 2026), rng.int(1, 10), 1);
    p.tags.push('suspended');
  });
  pickWhere(4, (p) => plain(p) && ageOn(p.brdy, TODAY) >= 60, (p) => {
    p.status = 'deceased';
    p.tags.push('deceased');
  });
  pickWhere(8, (p) => plain(p) && adult(p), (p) => {
    p.idcard = { ...p.idcard, ...idValidity(rng, p.brdy, true) };
    p.tags.push('expired-id-card');
  });
  pickWhere(4, (p) => plain(p) && adult(p), (p) => {
    p.faceMatch = false;
    p.tags.push('face-mismatch');
  });
  pickWhere(3, (p) => p.insutype === '310' && p.psnType === '11' && plain(p), (p) => {
    p.balanceFen = 0;
    p.tags.push('zero-balance');
  });
  for (const p of people) {
    if (p.civilServant) p.tags.push('civil-servant');
    // Every person also carries the tag of the rules the engine applies to them (an 80-year-old
    // retired employee is `elderly` and `retiree`), so a client choosing by tag computes the same.
    const kind = p.insutype === '310' ? (p.psnType === '21' ? 'retiree' : 'employee') : 'resident';
    if (!p.tags.includes(kind)) p.tags.push(kind);
  }

  // Non-resident cards: two HK/Macau/Taiwan residence permits (J), one 2023 foreign permanent
  // resident card (Y, 18 characters with the same check), one 2017 card (I, 15 characters:
  // nationality, 4-digit place of application, yyMMdd birth, sequence digit, check digit).
  const nonResidents: Array<[CardKind, string]> = [
    ['J', '810000'],
    ['J', '830000'],
    ['Y', '915840'],
    ['I', 'USA1501'],
  ];
  for (const [kind, prefix] of nonResidents) {
    const p = person(COHORTS[0]!);
    const birth = p.brdy.replace(/-/g, '');
    if (kind === 'I') {
      p.certno = `${prefix}${birth.slice(2)}${rng.int(0, 9)}${rng.int(0, 9)}`;
      p.name = p.gend === '1' ? rng.pick(['SMITH JOHN', 'MUELLER JONAS']) : rng.pick(['MUELLER ANNA', 'TANAKA HANAKO']);
    } else {
      const first17 = `${prefix}${birth}${pad(rng.int(0, 999), 3)}`;
      p.certno = first17 + idCheckDigit(first17);
      if (kind === 'Y') p.name = p.gend === '1' ? '史密斯·约翰' : '穆勒·安娜';
    }
    p.certType = kind === 'J' ? '06' : '07';
    p.naty = kind === 'J' ? '01' : '98';
    p.idcard = { ...p.idcard, kind, authority: kind === 'J' ? '沙盒市公安局' : '中华人民共和国国家移民管理局' };
    p.tags = ['employee', kind === 'J' ? 'hk-macau-taiwan' : 'foreigner'];
    people.push(p);
  }
  return people;
}
