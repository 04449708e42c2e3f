// The two modes as CSS custom properties on the app shell; every shadow root inherits them.
// Standard: WCAG 2.2 AA (targets ≥ 60 px, body ≥ 24 px, contrast ≥ 4.5:1) — we keep ≥ 7:1 anyway.
// Elderly (大字版, MIIT 适老化): targets ≥ 88 px, body ≥ 32 px, contrast ≥ 7:1, line spacing ≥ 1.3.
import { css } from 'lit';

export const tokens = css`
  :host {
    --ink: #111a18;
    --ink-soft: #2b3633;
    --paper: #ffffff;
    --page: #eef3f1;
    --line: #5b6b67;
    --brand: #00513f;
    --brand-ink: #ffffff;
    --brand-soft: #e3efeb;
    --alert: #8f1a0e;
    --alert-soft: #fdeceb;
    --warn-ink: #4a3300;
    --warn-soft: #fff3d1;
    --ok: #0c5a24;
    --focus: #1b3fd1;

    --fs-small: 24px;
    --fs-body: 26px;
    --fs-lead: 32px;
    --fs-h1: 40px;
    --fs-amount: 44px;
    --fs-primary: 34px;
    --lh: 1.45;
    --target: 64px;
    --primary-h: 128px;
    --gap: 24px;
    --radius: 16px;
    --pace: 1;
    --content-max: 960px;
    --art-h: 200px;
    --key-h: 72px;
    --key-min: 60px;
  }
  :host([mode='elderly']) {
    --ink: #000000;
    --ink-soft: #1a1a1a;
    --line: #333333;
    --brand: #003d2f;
    --alert: #7a1206;
    --fs-small: 32px;
    --fs-body: 34px;
    --fs-lead: 40px;
    --fs-h1: 48px;
    --fs-amount: 52px;
    --fs-primary: 44px;
    --lh: 1.5;
    --target: 96px;
    --primary-h: 152px;
    --gap: 32px;
    --pace: 1.6;
    --key-h: 104px;
    --key-min: 88px;
  }
  @media (orientation: landscape) {
    :host { --content-max: 1400px; }
  }
  @media (min-height: 1400px) {
    :host { --art-h: 340px; --primary-h: 150px; --key-h: 112px; }
    :host([mode='elderly']) { --primary-h: 170px; --key-h: 128px; }
  }
  @media (max-height: 900px) {
    :host {
      --fs-h1: 34px;
      --fs-amount: 38px;
      --primary-h: 104px;
      --gap: 18px;
      --art-h: 130px;
    }
    :host([mode='elderly']) {
      --fs-h1: 40px;
      --fs-amount: 44px;
      --fs-lead: 36px;
      --primary-h: 120px;
      --gap: 20px;
    }
  }
`;
