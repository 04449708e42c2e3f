// Price search: what a patient types (hanzi, full pinyin, initials, a mix; full-width, capitals)
// finds what they mean, ranked as they expect, polyphonic characters read both ways.
import { describe, expect, it } from 'vitest';
import type { ItemKind, PriceItem } from '../../../server/his/adapter.ts';
import { PriceIndex } from '../../../server/flows/prices/price-index.ts';
import { readName } from '../../../server/flows/pinyin/readings.ts';
import { normalise } from '../../../server/flows/pinyin/text.ts';

let n = 0;
const item = (name: string, kind: ItemKind = 'drug'): PriceItem => ({
  listCode: `L${++n}`,
  hospitalCode: `H${n}`,
  name,
  spec: '',
  unit: '盒',
  kind,
  unitPriceFen: 100,
  listClass: '甲',
  selfPayPermille: 0,
});

const NAMES = [
  '阿莫西林胶囊', '阿莫西林', '阿莫西林克拉维酸钾片', '头孢克肟胶囊', '长春西汀注射液', '重组人胰岛素注射液', '中药代煎费', '银杏叶片',
  '血细胞分析(血常规)', '人血白蛋白', '维生素C片', '苯磺酸氨氯地平片', '注射用胸腺法新', '胸部CT平扫', '阿卡波糖片', '行气活血丸', '樟脑水杨酸软膏',
];
const index = await PriceIndex.build([...NAMES.map((name) => item(name)), item('一次性使用输液器', 'consumable'), item('普通门诊诊查费', 'service')]);
const search = (q: string, extra: Partial<Parameters<PriceIndex['search']>[0]> = {}) => index.search({ q, limit: 20, offset: 0, ...extra }).items.map((i) => i.name);

describe('price search', () => {
  it('[001-6.3.1] finds an item by its hanzi anywhere in the name', () => {
    expect(search('西汀')).toEqual(['长春西汀注射液']);
    expect(search('胶囊')).toEqual(['阿莫西林胶囊', '头孢克肟胶囊']);
  });

  it('finds by full pinyin, by initials, and by a mix of syllables, initials and hanzi', () => {
    for (const q of ['amoxilin', 'amxl', 'amoxl', 'a莫xilin', '阿莫xl', '阿mo西l']) expect(search(q)[0], q).toBe('阿莫西林');
    expect(search('tbkw')).toEqual(['头孢克肟胶囊']);
    expect(search('toubaokewo')).toEqual(['头孢克肟胶囊']);
    expect(search('zhsy')).toEqual(['注射用胸腺法新', '长春西汀注射液', '重组人胰岛素注射液']);
    expect(search('xcg')).toEqual(['血细胞分析(血常规)']);
  });

  it('ignores case, spaces and full-width letters, and takes v for ü', () => {
    expect(search('AMXL')[0]).toBe('阿莫西林');
    expect(search('ａｍ ｘｌ')[0]).toBe('阿莫西林');
    expect(search('维生素c')).toEqual(['维生素C片']);
    expect(search('lvdiping')).toEqual(['苯磺酸氨氯地平片']);
    expect(search('CT')).toEqual(['胸部CT平扫']);
  });

  it('ranks the whole name first, then names that start with the query, then names that contain it', () => {
    expect(search('阿莫西林')).toEqual(['阿莫西林', '阿莫西林胶囊', '阿莫西林克拉维酸钾片']);
    expect(search('xue')).toEqual(['血细胞分析(血常规)', '人血白蛋白', '行气活血丸']);
    expect(search('a').slice(0, 3)).toEqual(['阿莫西林', '阿卡波糖片', '阿莫西林胶囊']);
  });

  it('ranks typed syllables above bare initials', () => {
    // "xing" is a syllable of 行 (in its usual reading in 行气) but only initials in 血细胞…
    expect(search('xing')[0]).toBe('行气活血丸');
  });

  it('reads polyphonic characters as the word has them first, and their other readings after', () => {
    expect(readName('长春西汀注射液').readings.slice(0, 2)).toEqual(['chang', 'chun']);
    expect(readName('银行').readings[1]).toBe('hang');
    expect(search('changchun')).toEqual(['长春西汀注射液']);
    expect(search('zhangchun')).toEqual(['长春西汀注射液']);
    // Both seven characters long: 樟 is zhang as usual, 长 only in another reading, so it comes second.
    expect(search('zhang')).toEqual(['樟脑水杨酸软膏', '长春西汀注射液']);
    expect(search('chongzu')).toEqual(['重组人胰岛素注射液']);
    // xie is another reading of 血 and of 叶: all found, shortest first among equals.
    expect(search('xie')).toEqual(['血细胞分析(血常规)', '银杏叶片', '人血白蛋白', '行气活血丸']);
  });

  it('filters by kind, counts every match and pages through them', () => {
    expect(search('', { kind: 'service' })).toEqual(['普通门诊诊查费']);
    expect(search('y', { kind: 'consumable' })).toEqual(['一次性使用输液器']);
    const all = index.search({ q: 'a', limit: 2, offset: 0 });
    const next = index.search({ q: 'a', limit: 2, offset: 2 });
    expect(all.total).toBe(next.total);
    expect(all.total).toBeGreaterThan(4);
    expect(new Set([...all.items, ...next.items]).size).toBe(4);
  });

  it('browses in pinyin order without a query', () => {
    const names = index.search({ limit: 3, offset: 0 }).items.map((i) => i.name);
    expect(names).toEqual(['阿卡波糖片', '阿莫西林', '阿莫西林胶囊']);
  });

  it('finds nothing for what no name holds', () => {
    expect(search('qqq')).toEqual([]);
    expect(search('阿莫q')).toEqual([]);
    expect(search('不存在')).toEqual([]);
  });

  it('normalises the way names are compared', () => {
    expect(normalise(' Ａ莫 Xī  ')).toBe('a莫xī');
    expect(normalise('LÜ')).toBe('lv');
  });
});
