// Spoken prompts through the browser's speechSynthesis (speech-dispatcher + espeak-ng on the
// Debian kiosk). Every prompt is also on screen; this only reads it out. Muting stops speech at
// once; "repeat" says the last prompt again even after muting is lifted.
import type { Lang } from './i18n/i18n.ts';

export class Voice {
  muted = false;
  /** Slower for elderly mode. */
  rate = 1;
  private last: { text: string; lang: Lang } | undefined;

  private get synth(): SpeechSynthesis | undefined {
    return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  }

  say(text: string, lang: Lang): void {
    this.last = { text, lang };
    if (!this.muted) this.speak(text, lang);
  }

  /** After what is being said (a warning that came with the prompt), not instead of it; "repeat" says both. */
  add(text: string, lang: Lang): void {
    this.last = this.last?.lang === lang ? { text: `${this.last.text} ${text}`, lang } : { text, lang };
    if (!this.muted) this.speak(text, lang, false);
  }

  repeat(): void {
    if (this.last) this.speak(this.last.text, this.last.lang);
  }

  stop(): void {
    this.synth?.cancel();
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (muted) this.stop();
  }

  private speak(text: string, lang: Lang, interrupt = true): void {
    const synth = this.synth;
    if (!synth) return;
    if (interrupt) synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = this.rate;
    const prefix = lang === 'en' ? 'en' : 'zh';
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(prefix));
    if (voice) utterance.voice = voice;
    synth.speak(utterance);
  }
}

export const voice = new Voice();
