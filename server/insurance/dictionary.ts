// The platform's dictionaries patients choose from when filing (diseases, diagnoses, items that
// need a filing, institutions). The interface we could confirm has no transaction for them, so
// they are read as JSON from the platform's dictionary address, {baseUrl}/dict/:name, which the
// sandbox serves; a gateway that offers them otherwise is one change here.
import { Type, type Static } from '@sinclair/typebox';
import { JsonService } from '../net/json-service.ts';

export const DICTIONARY_NAMES = ['chronic-diseases', 'rare-diseases', 'diagnoses', 'special-treatments', 'special-drugs', 'institutions'] as const;
export type DictionaryName = (typeof DICTIONARY_NAMES)[number];

const EntriesSchema = Type.Array(
  Type.Object({
    code: Type.String({ minLength: 1, maxLength: 50 }),
    name: Type.String({ minLength: 1, maxLength: 300 }),
    kind: Type.Optional(Type.Union([Type.Literal('hospital'), Type.Literal('pharmacy')])),
    level: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 3 }), Type.Null()])),
  }),
);
export type DictionaryEntry = Static<typeof EntriesSchema>[number];

export class PlatformDictionary {
  private readonly service: JsonService;

  constructor(baseUrl: string, timeoutMs: number) {
    this.service = new JsonService('platform dictionary', `${baseUrl.replace(/\/$/, '')}/dict`, timeoutMs);
  }

  list(name: DictionaryName): Promise<DictionaryEntry[]> {
    return this.service.call('GET', `/${name}`, EntriesSchema);
  }
}
