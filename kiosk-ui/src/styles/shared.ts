// What every component's shadow root shares: type, buttons, focus, status lines.
import { css } from 'lit';

export const shared = css`
  :host {
    font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans', 'Microsoft YaHei', sans-serif;
    font-size: var(--fs-body);
    line-height: var(--lh);
    color: var(--ink);
  }
  *, *::before, *::after { box-sizing: border-box; }
  h1, h2, h3, p, ul, ol, dl, dd { margin: 0; }
  h1 { font-size: var(--fs-h1); line-height: 1.3; font-weight: 700; }
  h2 { font-size: var(--fs-lead); line-height: 1.35; font-weight: 700; }
  .lead { font-size: var(--fs-lead); }
  .small { font-size: var(--fs-small); color: var(--ink-soft); }

  button {
    font: inherit;
    font-size: var(--fs-body);
    line-height: 1.3;
    min-height: var(--target);
    min-width: var(--target);
    padding: 8px 24px;
    border-radius: var(--radius);
    border: 3px solid var(--brand);
    background: var(--paper);
    color: var(--brand);
    font-weight: 700;
    cursor: pointer;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  button:active { transform: translateY(2px); }
  button:focus-visible, [tabindex]:focus-visible {
    outline: 5px solid var(--focus);
    outline-offset: 4px;
  }
  button[disabled] { border-color: var(--line); color: var(--ink-soft); background: #f1f1f1; cursor: default; }
  button.primary {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 16px;
    width: 100%;
    min-height: var(--primary-h);
    font-size: var(--fs-primary);
    background: var(--brand);
    color: var(--brand-ink);
    border-color: var(--brand);
    box-shadow: 0 6px 0 #00241b;
  }
  button.primary[disabled] { background: #5d6b67; border-color: #5d6b67; color: #fff; box-shadow: none; }
  button.secondary { min-height: calc(var(--target) + 8px); }
  button.alert { border-color: var(--alert); color: var(--alert); }

  .panel {
    background: var(--paper);
    border: 2px solid var(--line);
    border-radius: var(--radius);
    padding: var(--gap);
  }
  .status {
    font-size: var(--fs-lead);
    font-weight: 700;
    padding: 16px 20px;
    border-radius: var(--radius);
    background: var(--brand-soft);
    color: var(--ink);
    border-left: 10px solid var(--brand);
  }
  .status.bad { background: var(--alert-soft); border-left-color: var(--alert); }
  .status.warn { background: var(--warn-soft); border-left-color: var(--warn-ink); color: var(--warn-ink); }
  .stack { display: flex; flex-direction: column; gap: var(--gap); }
  .row { display: flex; flex-wrap: wrap; gap: var(--gap); align-items: center; }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 0.18em solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin calc(0.9s * var(--pace)) linear infinite;
    vertical-align: -0.12em;
  }
  @keyframes spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { animation-duration: 0.01ms !important; animation-iteration-count: 1 !important; }
  }
`;
