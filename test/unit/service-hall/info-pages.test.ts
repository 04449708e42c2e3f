// Information pages as an operator writes them: the shipped pages all load, the small Markdown
// becomes plain blocks, and a broken file stops the start with its name and line.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InfoPages } from '../../../server/content/info-page.ts';
import { ContentError, parseMarkdown } from '../../../server/content/markdown-blocks.ts';
import { ROOT } from '../../helpers/daemon.ts';

function contentDir(pages: Record<string, { zh?: string; en?: string }>, index: unknown = { pages: Object.keys(pages).map((id) => ({ id })) }): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(dir, 'zh-CN'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(join(dir, 'index.json'), typeof index === 'string' ? index : JSON.stringify(index));
  for (const [id, p] of Object.entries(pages)) {
    if (p.zh !== undefined) writeFileSync(join(dir, 'zh-CN', `${id}.md`), p.zh);
    if (p.en !== undefined) writeFileSync(join(dir, 'en', `${id}.md`), p.en);
  }
  return dir;
}
const load = (dir: string) => InfoPages.load(dir, (file) => file.slice(dir.length + 1));

describe('information pages', () => {
  it('[001-8.2.3.2] [001-8.2.3.4] the shipped pages load, each in zh-CN and English', () => {
    const pages = InfoPages.load(join(ROOT, 'config', 'content'));
    expect(pages.pages.length).toBe(6);
    for (const p of pages.pages) {
      expect(p.title.zh).toMatch(/\p{Script=Han}/u);
      expect(p.title.en).toMatch(/^[A-Z][A-Za-z ,'-]+$/);
      expect(p.blocks.zh.length).toBeGreaterThan(1);
      expect(p.blocks.en.length).toBe(p.blocks.zh.length);
    }
  });

  it('turns headings, paragraphs and lists into blocks, joining wrapped lines per language', () => {
    const page = parseMarkdown(
      ['# 标题', '', '第一段第一行，', '第一段第二行。', '', '## 小节 **重要**', '- 一项', '  续行', '- 二项', '', '1. First step', '2. Second', 'step wraps'].join('\n'),
      'x.md',
    );
    expect(page).toEqual({
      title: '标题',
      blocks: [
        { type: 'paragraph', text: '第一段第一行，第一段第二行。' },
        { type: 'heading', text: '小节 重要' },
        { type: 'list', ordered: false, items: ['一项续行', '二项'] },
        { type: 'list', ordered: true, items: ['First step', 'Second'] },
        { type: 'paragraph', text: 'step wraps' },
      ],
    });
    expect(parseMarkdown('# T\n\nOne line\nand the next', 'x.md').blocks).toEqual([{ type: 'paragraph', text: 'One line and the next' }]);
  });

  it('refuses what a kiosk cannot show, naming the file and the line', () => {
    const cases: Array<[string, RegExp]> = [
      ['# T\n\n<b>bold</b>', /x\.md line 3: HTML/],
      ['# T\n\n| a | b |', /x\.md line 3: tables/],
      ['# T\n\nSee [site](http://x)', /x\.md line 3: links/],
      ['# T\n\n![img](a.png)', /x\.md line 3: images/],
      ['# T\n\n```\ncode', /x\.md line 3: code/],
      ['# T\n\n#### deep', /x\.md line 3: only #/],
      ['Text before a title', /x\.md line 1: a page starts with its title/],
      ['# T\n\ntext\n# Second title', /x\.md line 4: a page has one title/],
      ['# Only a title', /x\.md line 1: the page has a title but no text/],
      ['', /x\.md line 1: the file is empty/],
    ];
    for (const [text, message] of cases) expect(() => parseMarkdown(text, 'x.md'), text).toThrow(message);
  });

  it('names the file at fault when the index or a page is broken or missing', () => {
    const ok = { zh: '# 页\n\n内容', en: '# Page\n\nText' };
    const fails = (dir: string) => {
      try {
        load(dir);
      } catch (err) {
        expect(err).toBeInstanceOf(ContentError);
        return (err as Error).message;
      }
      throw new Error('loaded');
    };
    expect(fails(contentDir({ a: ok }, '{"pages": ['))).toMatch(/^content error: index\.json is not valid JSON/);
    expect(fails(contentDir({ a: ok }, { pages: [{ id: 'Bad Id' }] }))).toMatch(/^content error: index\.json at \/pages\/0\/id/);
    expect(fails(contentDir({ a: ok }, { pages: [{ id: 'a' }, { id: 'a' }] }))).toBe('content error: index.json lists the page "a" twice');
    expect(fails(contentDir({ a: { zh: ok.zh } }))).toMatch(/^content error: cannot read en\/a\.md: ENOENT/);
    expect(fails(contentDir({ a: ok, b: ok }, { pages: [{ id: 'a' }] }))).toMatch(/zh-CN\/b\.md is not listed in index\.json/);
    expect(fails(contentDir({ a: { ...ok, en: '# Page\n\n<script>x</script>' } }))).toMatch(/^content error: en\/a\.md line 3: HTML/);
    expect(load(contentDir({ a: ok })).page('a')).toEqual({ id: 'a', title: { zh: '页', en: 'Page' }, blocks: { zh: [{ type: 'paragraph', text: '内容' }], en: [{ type: 'paragraph', text: 'Text' }] } });
  });
});
