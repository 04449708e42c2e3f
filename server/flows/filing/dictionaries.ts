// The platform's dictionaries with search keys, held in memory for an hour (they change with
// policy, not by the minute); and the institution's doctors from the HIS, read each time.
import { KioskError } from '../../errors.ts';
import type { HisAdapter } from '../../his/adapter.ts';
import type { DictionaryEntry, DictionaryName, PlatformDictionary } from '../../insurance/dictionary.ts';
import { searchKeysOf, type SearchKeys } from '../pinyin/client.ts';

export type Entry = DictionaryEntry & SearchKeys;

const TTL_MS = 3600_000;

export const DICTIONARY_UNAVAILABLE = new KioskError('PLATFORM_UNAVAILABLE', 503, {
  zh: '暂时无法读取医保平台的目录，请稍后再试或联系工作人员。',
  en: "The insurance platform's lists cannot be read right now. Please try again shortly or ask a member of staff.",
});
const HIS_UNAVAILABLE = new KioskError('HIS_UNAVAILABLE', 503, {
  zh: '暂时无法读取医院的医生名单，请稍后再试或联系工作人员。',
  en: "The hospital's list of doctors cannot be read right now. Please try again shortly or ask a member of staff.",
});

export class Dictionaries {
  private readonly cache = new Map<DictionaryName, { at: number; entries: Promise<Map<string, Entry>> }>();
  /** A name reads the same tomorrow: the doctors' keys are worked out once. */
  private readonly doctorKeys = new Map<string, SearchKeys>();

  constructor(
    private readonly platform: PlatformDictionary,
    private readonly his: Pick<HisAdapter, 'doctors'>,
    private readonly clock: () => number = Date.now,
  ) {}

  private load(name: DictionaryName): Promise<Map<string, Entry>> {
    const held = this.cache.get(name);
    if (held && this.clock() - held.at < TTL_MS) return held.entries;
    const entries = (async () => {
      const list = await this.platform.list(name).catch(() => {
        throw DICTIONARY_UNAVAILABLE;
      });
      const keys = await searchKeysOf(list.map((e) => e.name));
      return new Map(list.map((e, i) => [e.code, { ...e, ...keys[i]! }]));
    })();
    // A failure is not kept: the next patient asks again.
    entries.catch(() => this.cache.get(name)?.entries === entries && this.cache.delete(name));
    this.cache.set(name, { at: this.clock(), entries });
    return entries;
  }

  async list(name: DictionaryName): Promise<Entry[]> {
    return [...(await this.load(name)).values()];
  }

  async find(name: DictionaryName, code: string): Promise<Entry | undefined> {
    return (await this.load(name)).get(code);
  }

  async doctors() {
    const doctors = await this.his.doctors().catch(() => {
      throw HIS_UNAVAILABLE;
    });
    const unread = [...new Set(doctors.map((d) => d.name))].filter((n) => !this.doctorKeys.has(n));
    if (unread.length > 0) (await searchKeysOf(unread)).forEach((k, i) => this.doctorKeys.set(unread[i]!, k));
    return doctors.map((d) => ({ code: d.code, name: d.name, dept: { zh: d.dept.zh, en: d.dept.en }, ...this.doctorKeys.get(d.name)! }));
  }
}
