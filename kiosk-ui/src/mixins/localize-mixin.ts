// Gives a component the current language: `t()` for our strings, `pick()` for the daemon's
// bilingual text, `money()` for fen. Re-renders when the language changes.
import type { LitElement } from 'lit';
import { formatFen } from '../money.ts';
import { pick, translate, type Bilingual, type Lang, type Params, type StringKey } from '../i18n/i18n.ts';
import { store } from '../state/kiosk.ts';
import type { Message } from '../state/store.ts';
import type { LitCtor } from './types.ts';

export const LocalizeMixin = <B extends LitCtor<LitElement>>(Base: B) =>
  class LocalizedElement extends Base {
    private unsubscribeLang?: () => void;

    get language(): Lang {
      return store.state.lang;
    }

    t(key: StringKey, params?: Params): string {
      return translate(store.state.lang, key, params);
    }

    pick(text: Bilingual | string | undefined): string {
      return pick(store.state.lang, text);
    }

    message(m: Message | undefined): string {
      if (!m) return '';
      return 'key' in m ? this.t(m.key) : this.pick(m.text);
    }

    money(fen: number): string {
      return formatFen(fen);
    }

    /** "2026-11-24" (or "2026-11-24 18:30[:00]") as the language writes a date: 2026年11月24日, 24 Nov 2026 (never 24/11/2026, read the other way round elsewhere). */
    day(text: string): string {
      const [y, m, d] = text.slice(0, 10).split('-');
      const clock = text.slice(11, 16);
      const mon = translate(store.state.lang, 'date.months').split(' ')[Number(m) - 1] ?? '';
      return translate(store.state.lang, clock ? 'date.shownTime' : 'date.shown', { y: y ?? '', mon, d: Number(d), h: clock.slice(0, 2), min: clock.slice(3, 5) });
    }

    override connectedCallback(): void {
      super.connectedCallback();
      this.unsubscribeLang = store.subscribe((now, before) => {
        if (now.lang !== before.lang) this.requestUpdate();
      });
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.unsubscribeLang?.();
    }
  };
