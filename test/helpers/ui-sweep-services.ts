// Walks the touchscreen through every screen of the service menu against the fake daemon — prices,
// information pages, a complaint, each kind of filing question (list and search, choice, date and
// time, typed text, keypad, the signed commitment), review with the daemon's objections, result,
// the filings list and revoking, own records, and a pharmacy sale with 代购 — checking each screen
// as the main sweep does and, when asked, saving screenshots to docs/screens.
import type { Browser } from 'playwright-core';
import type { StringKey } from '../../kiosk-ui/src/i18n/zh-CN.ts';
import * as fx from './ui-fixtures.ts';
import { SALE_ID } from './ui-fixtures-services.ts';
import { keypad, typeHanzi, typeKeys } from './ui-keyboard.ts';
import { query, type Lang, type Mode, type ScreenCheck, type SizeName } from './ui-page.ts';
import { button, checker, fakeKiosk, sign, tx, type SweepOptions } from './ui-sweep.ts';

/** The screens shot beyond portrait zh-CN, which has them all. */
const MAIN_SHOTS = new Set(['services', 'prices-search', 'filing-pick-search', 'filing-date-time', 'filing-text', 'filing-review-errors', 'filing-done', 'filings', 'records', 'sale']);

export async function sweepServices(browser: Browser, size: SizeName, mode: Mode, lang: Lang, options: SweepOptions): Promise<ScreenCheck[]> {
  const { context, fake, page, errors } = await fakeKiosk(browser, size);
  const checks: ScreenCheck[] = [];
  const check = checker(page, size, mode, lang, options, checks, MAIN_SHOTS);
  const press = (key: StringKey) => button(page, lang, key).click();
  const radio = (i = 0) => page.getByRole('radio').nth(i).click();
  const next = () => page.locator('filing-step-screen .actions button.primary, complaint-screen .actions button.primary, pharmacy-buyer-screen .actions button.primary').first().click();
  const opened = () => fake.push({ type: 'session.opened', ...fx.session(false, 'ecqr') });

  try {
    await page.goto(query(lang, mode, '&idle=600'));
    await press('welcome.more');
    await check('services', 'services.settle');

    await press('services.prices');
    await page.locator('prices-screen li').first().waitFor();
    await check('prices', 'services.back');
    await press('prices.search');
    await typeKeys(page, 'amxl');
    await check('prices-search', 'keyboard.results');
    await press('keyboard.results');
    await press('prices.complain');
    await page.locator('info-page-screen article').waitFor();
    await check('info-page', 'info.others');
    await press('info.others');
    await page.locator('info-screen li').first().waitFor();
    await check('info', 'services.back');

    await press('services.back');
    await press('services.complaint');
    await page.getByRole('radio').first().waitFor();
    await check('complaint-category', 'filing.next');
    await radio();
    await next();
    await typeHanzi(page, [['tai', '太'], ['gui', '贵']]);
    await check('complaint-text', 'filing.next');
    await next();
    await page.locator('complaint-screen id-keypad').waitFor();
    await check('complaint-phone', 'complaint.sendNoPhone');
    await press('complaint.sendNoPhone');
    await page.locator('complaint-done-screen').waitFor();
    await check('complaint-done', 'complaint.finish');
    await press('complaint.finish');

    await press('welcome.more');
    await press('services.filing');
    await page.locator('identify-screen').waitFor();
    opened();
    await page.locator('person-screen').waitFor();
    await check('person-filing', 'person.continue.filing');
    await press('person.continue.filing');
    await check('filing-kinds');
    await press('filing.kind.chronic-disease');
    await page.getByRole('radio').first().waitFor();
    await check('filing-pick', 'filing.next');
    await press('pick.search');
    await typeKeys(page, 'gx');
    await check('filing-pick-search', 'keyboard.results');
    await press('nav.back');
    await press('filing.kind.trauma');
    await check('filing-who', 'filing.next');
    await radio(1);
    await next();
    await page.locator('text-entry').waitFor();
    // 梓 and 萱 are GB 2312 level 2: their candidates come from the file fetched once a keyboard shows.
    await typeHanzi(page, [['li', '李'], ['zi', '梓'], ['xuan', '萱']]);
    await next();
    await keypad(page, '150102198001011234');
    await check('filing-id', 'filing.next');
    await next();
    await radio(1);
    await check('filing-relation', 'filing.next');
    await next();
    await keypad(page, '13900000000');
    await next();
    await typeHanzi(page, [['dong', '东'], ['lu', '路']]);
    await next();
    await page.locator('date-picker').waitFor();
    await page.locator('date-picker .quick button').last().click();
    await check('filing-date-time', 'filing.next');
    await next();
    await page.locator('text-entry').waitFor();
    // Next with nothing typed: the objection in sight and spoken, the keyboard and Next still in sight.
    await next();
    await page.locator('filing-step-screen .status.bad').waitFor();
    await check('filing-text-error', 'filing.next');
    await typeHanzi(page, [['lou', '楼'], ['dao', '道']]);
    await check('filing-text', 'filing.next');
    await next();
    await typeHanzi(page, [['xia', '下'], ['lou', '楼'], ['cai', '踩'], ['kong', '空'], ['shuai', '摔']]);
    await next();
    await page.locator('date-picker .quick button').first().click();
    await check('filing-date', 'filing.next');
    await next();
    await next();
    await keypad(page, '13800138000');
    await check('filing-digits', 'filing.next');
    await next();
    await typeHanzi(page, [['guang', '光'], ['ming', '明'], ['lu', '路'], '1', ['hao', '号']]);
    await next();
    await page.locator('filing-step-screen .commitment').waitFor();
    await check('filing-commitment', 'filing.toReview');
    await sign(page);
    await next();
    await page.locator('filing-review-screen').waitFor();
    await check('filing-review', 'filing.submit');
    fake.settings.filing = 'invalid';
    await press('filing.submit');
    await page.locator('filing-review-screen li.bad').first().waitFor();
    await check('filing-review-errors', 'filing.submit');
    fake.settings.filing = 'filed';
    await press('filing.submit');
    await page.locator('filing-done-screen').waitFor();
    await check('filing-done', 'done.finish');
    await press('filing.mine');
    await page.locator('filings-screen filing-card').first().waitFor();
    await check('filings', 'filings.new');
    await press('filings.revoke');
    await page.locator('filing-revoke-screen').waitFor();
    await check('filing-revoke', 'revoke.confirm');
    // Refused by the platform: said and spoken, and back to the list is now the big answer.
    fake.settings.revoke = 'refused';
    await press('revoke.confirm');
    await page.locator('filing-revoke-screen .status.bad').waitFor();
    await check('filing-revoke-refused', 'revoke.toList');
    await press('revoke.toList');
    await page.locator('filings-screen filing-card').first().waitFor();
    fake.settings.revoke = 'revoked';
    await press('filings.revoke');
    await press('revoke.confirm');
    await page.locator('filings-screen .status').waitFor();
    await check('filings-revoked', 'filings.new');
    await press('services.back');
    await page.locator('services-screen').waitFor();
    await press('services.records');
    await page.locator('records-screen .visit').first().waitFor();
    await check('records', 'services.back');
    await press('records.lines');
    await page.locator('record-visit-screen table').waitFor();
    await check('record-visit', 'records.back');

    fake.reset({ pharmacy: true });
    await page.goto(query(lang, mode, '&idle=600'));
    await press('welcome.more');
    await page.locator('services-screen .tile.main', { hasText: tx(lang, 'services.pharmacy') }).waitFor();
    await check('services-pharmacy', 'services.pharmacy');
    await press('services.pharmacy');
    await page.locator('identify-screen').waitFor();
    opened();
    await press('person.continue.pharmacy');
    await page.locator('pharmacy-buyer-screen').waitFor();
    await check('sale-who', 'sale.self');
    await press('sale.proxy');
    await typeHanzi(page, [['li', '李']]);
    await check('sale-name', 'filing.next');
    await next();
    await keypad(page, '150102198001011234');
    await next();
    await radio(2);
    await check('sale-relation', 'filing.next');
    await next();
    await check('sale-phone', 'sale.startNoPhone');
    await press('sale.startNoPhone');
    await page.locator('pharmacy-sale-screen').waitFor();
    await check('sale-empty', 'sale.complete');
    fake.settings.saleCodes.push('86000100000000000001', '86000100000000000002');
    fake.push({ type: 'pharmacy.code-added', saleId: SALE_ID, code: '86000100000000000002', listCode: 'XA0010' });
    await page.locator('pharmacy-sale-screen .codes li').nth(1).waitFor();
    await check('sale', 'sale.complete');
    fake.push({
      type: 'pharmacy.code-rejected',
      saleId: SALE_ID,
      code: '86000100000000000001',
      errorCode: 'TRACE_CODE_SCANNED',
      reason: { zh: '这盒药已经扫过了。', en: 'This box has already been scanned.' },
    });
    await page.locator('pharmacy-sale-screen .status.bad').waitFor();
    await check('sale-rejected', 'sale.complete');
    await press('sale.complete');
    await page.locator('pharmacy-sale-screen h1.prompt', { hasText: tx(lang, 'sale.completed') }).waitFor();
    await check('sale-done', 'done.finish');
  } finally {
    await context.close();
  }
  if (errors.length) checks.push({ screen: 'page errors', axe: [], findings: [], voice: errors });
  return checks;
}
