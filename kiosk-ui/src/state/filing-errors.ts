// The daemon names each problem of a filing by its field ("body.begin 不能早于30天前；缺少 body.tel").
// This splits its message into problems, puts each beside the question it names, and says the
// field the way the question does ("开始日期 不能早于30天前") instead of by its path.
import type { Bilingual, Lang } from '../i18n/i18n.ts';
import { translate } from '../i18n/i18n.ts';
import { STEPS, stepOfPath, type FilingDraft, type StepId } from './filing-steps.ts';

export type FilingErrors = Partial<Record<StepId | 'general', Bilingual>>;

const PATH = /body\.([A-Za-z.]+[A-Za-z])/g;

/** "请求内容不正确：A；B。" → ["A", "B"]. */
function problems(text: string, lang: Lang): string[] {
  const [head, sep, end] = lang === 'en' ? [': ', '; ', '.'] : ['：', '；', '。'];
  const at = text.indexOf(head);
  const body = (at >= 0 ? text.slice(at + head.length) : text).trim();
  return (body.endsWith(end) ? body.slice(0, -end.length) : body).split(sep).filter(Boolean);
}

function say(problem: string, d: FilingDraft, lang: Lang): { step?: StepId; text: string } {
  let step: StepId | undefined;
  const text = problem.replace(PATH, (whole, path: string) => {
    const named = stepOfPath(d, path);
    if (!named) return whole;
    step ??= named;
    return translate(lang, STEPS[named].label);
  });
  return { step, text };
}

const join = (a: string | undefined, b: string, lang: Lang) => (a ? `${a}${lang === 'en' ? '; ' : '；'}${b}` : b);

/** The daemon's 400 for a filing, by question; what names no question goes under `general`. */
export function filingErrors(message: Bilingual, d: FilingDraft): FilingErrors {
  const zh = problems(message.zh, 'zh-CN');
  const en = problems(message.en, 'en');
  if (zh.length !== en.length) return { general: message };
  const out: FilingErrors = {};
  zh.forEach((problem, i) => {
    const z = say(problem, d, 'zh-CN');
    const e = say(en[i]!, d, 'en');
    const key = z.step ?? 'general';
    const before = out[key];
    out[key] = { zh: join(before?.zh, z.text, 'zh-CN'), en: join(before?.en, e.text, 'en') };
  });
  return out;
}
