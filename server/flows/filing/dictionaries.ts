// The platform's dictionaries with search keys, held in memory for an hour (they change with
// policy, not by the minute); and the institution's doctors from the HIS, read each time.
import { KioskError } from '../../errors.ts';
import type { HisAdapter } from '../../his/adapter.ts';
import type { DictionaryEntry, DictionaryName, PlatformDictionary } from '../../insurance/dictionary.ts';
import { searchKeys, type SearchKeys } from '../search-keys.ts';

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

  constructor(
    private readonly platform: PlatformDictionary,
    private readonly his: Pick<HisAdapter, 'doctors'>,
    private readonly clock: () => number = Date.now,
  ) {}

  private load(name: DictionaryName): Promise<Map<string, Entry>> {
    const held = this.cache.get(name);
    if (held && this.clock() - held.at < TTL_MS) return held.entries;
    const entries = this.platform.list(name).then(
      (list) => new Map(list.map((e) => [e.code, { ...e, ...searchKeys(e.name) }])),
      () => {
        this.cache.delete(name);
        throw DICTIONARY_UNAVAILABLE;
      },
    );
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
    return doctors.map((d) => ({ code: d.code, name: d.name, dept: { zh: d.dept.zh, en: d.dept.en }, ...searchKeys(d.name) }));
  }
}
