// Information pages (seed 001 §8.2.3): policy documents, the institution's 医保 process, the
// 医保码 guide, phone numbers and complaint channels, the credit commitment. An operator edits them
// as files, one per page and language, listed in an index:
//
//   <dir>/index.json           {"pages": [{"id": "insurance-process"}, …]}  (order shown)
//   <dir>/zh-CN/<id>.md        the page in Chinese
//   <dir>/en/<id>.md           the page in English (GB/T 30240.7)
//
// All of it is read and checked at start; a broken file stops the daemon with its name and line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Bilingual } from '../errors.ts';
import { ContentError, parseMarkdown } from './markdown-blocks.ts';

export type InfoBlock = { type: 'heading'; text: string } | { type: 'paragraph'; text: string } | { type: 'list'; ordered: boolean; items: string[] };

export interface InfoPage {
  id: string;
  title: Bilingual;
  blocks: { zh: InfoBlock[]; en: InfoBlock[] };
}

const LANGUAGES = { zh: 'zh-CN', en: 'en' } as const;

const IndexSchema = Type.Object(
  {
    pages: Type.Array(Type.Object({ id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 60 }) }, { additionalProperties: false }), { minItems: 1 }),
  },
  { additionalProperties: false },
);

/** A file as the operator knows it: relative to where the daemon started, when it lies there. */
function underCwd(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export class InfoPages {
  private readonly byId: Map<string, InfoPage>;

  constructor(readonly pages: readonly InfoPage[]) {
    this.byId = new Map(pages.map((p) => [p.id, p]));
  }

  page(id: string): InfoPage | undefined {
    return this.byId.get(id);
  }

  /** Loads and checks every page under `dir`; throws a ContentError naming the file at fault. */
  static load(dir: string, shownAs: (file: string) => string = underCwd): InfoPages {
    const indexFile = join(dir, 'index.json');
    const read = (file: string) => {
      try {
        return readFileSync(file, 'utf8');
      } catch (err) {
        throw new ContentError(`content error: cannot read ${shownAs(file)}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    };
    let index: unknown;
    try {
      index = JSON.parse(read(indexFile));
    } catch (err) {
      if (err instanceof ContentError) throw err;
      throw new ContentError(`content error: ${shownAs(indexFile)} is not valid JSON: ${(err as Error).message}`);
    }
    const problem = Value.Errors(IndexSchema, index).First();
    if (problem) {
      throw new ContentError(`content error: ${shownAs(indexFile)} at ${problem.path || '/'}: ${problem.message}; expected {"pages": [{"id": "a-page-id"}, …]}`);
    }
    const ids = (index as { pages: Array<{ id: string }> }).pages.map((p) => p.id);
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) throw new ContentError(`content error: ${shownAs(indexFile)} lists the page "${twice}" twice`);

    for (const folder of Object.values(LANGUAGES)) {
      const path = join(dir, folder);
      if (!existsSync(path)) continue;
      const stray = readdirSync(path).find((f) => f.endsWith('.md') && !ids.includes(f.slice(0, -3)));
      if (stray) throw new ContentError(`content error: ${shownAs(join(path, stray))} is not listed in ${shownAs(indexFile)}; add {"id": "${stray.slice(0, -3)}"} or remove the file`);
    }

    return new InfoPages(
      ids.map((id) => {
        const zhFile = join(dir, LANGUAGES.zh, `${id}.md`);
        const enFile = join(dir, LANGUAGES.en, `${id}.md`);
        const zh = parseMarkdown(read(zhFile), shownAs(zhFile));
        const en = parseMarkdown(read(enFile), shownAs(enFile));
        return { id, title: { zh: zh.title, en: en.title }, blocks: { zh: zh.blocks, en: en.blocks } };
      }),
    );
  }
}

export { ContentError };
