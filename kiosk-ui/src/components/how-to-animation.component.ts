// What to do with each credential, shown as a short looping animation: the phone's QR moving to
// the scanner window, the card laid on the reader, the face in the frame, the card into its slot.
// Decorative: the words beside it say the same.
import { LitElement, css, html, svg, type SVGTemplateResult } from 'lit';

export type HowTo = 'ecqr' | 'idcard' | 'face' | 'ssc';

const QR_CELLS = [0, 1, 2, 4, 6, 7, 8, 9, 11, 13, 15, 17, 18, 19, 20, 22, 23, 24];

const DRAWINGS: Record<HowTo, SVGTemplateResult> = {
  ecqr: svg`
    <rect x="40" y="150" width="160" height="34" rx="8" class="device"/>
    <rect x="70" y="156" width="100" height="10" rx="4" class="glow"/>
    <g class="move-down">
      <rect x="78" y="8" width="84" height="130" rx="12" class="phone"/>
      <rect x="88" y="26" width="64" height="88" rx="4" fill="#fff"/>
      ${QR_CELLS.map((i) => svg`<rect x=${96 + (i % 5) * 10} y=${42 + Math.floor(i / 5) * 10} width="9" height="9" class="ink"/>`)}
    </g>`,
  idcard: svg`
    <rect x="30" y="130" width="180" height="50" rx="10" class="device"/>
    <path d="M95 122 q25 -14 50 0" class="wave"/>
    <g class="lay-down">
      <rect x="60" y="20" width="120" height="76" rx="8" class="card"/>
      <circle cx="88" cy="52" r="14" class="ink"/>
      <rect x="112" y="40" width="52" height="7" class="ink"/>
      <rect x="112" y="56" width="40" height="7" class="ink"/>
      <rect x="74" y="76" width="90" height="7" class="ink"/>
    </g>`,
  face: svg`
    <path d="M40 40 v-24 h24 M176 16 h24 v24 M200 150 v24 h-24 M64 174 h-24 v-24" class="frame"/>
    <ellipse cx="120" cy="92" rx="44" ry="56" class="card"/>
    <circle cx="104" cy="84" r="5" class="ink"/><circle cx="136" cy="84" r="5" class="ink"/>
    <path d="M104 118 q16 12 32 0" class="wave"/>
    <rect x="56" y="30" width="128" height="6" rx="3" class="glow scan"/>`,
  ssc: svg`
    <rect x="40" y="120" width="160" height="60" rx="10" class="device"/>
    <rect x="66" y="132" width="108" height="10" rx="4" class="slot"/>
    <g class="insert">
      <rect x="74" y="10" width="92" height="120" rx="8" class="card"/>
      <rect x="104" y="86" width="30" height="24" rx="4" class="chip"/>
    </g>`,
};

export class HowToAnimation extends LitElement {
  static override properties = { kind: {} };
  kind: HowTo = 'ecqr';

  static override styles = css`
    :host { display: block; }
    svg { width: 100%; height: 100%; max-height: inherit; display: block; }
    .device { fill: #2c3b37; }
    .phone { fill: #1d2624; }
    .card { fill: #f6fbf9; stroke: #00513f; stroke-width: 4; }
    .ink { fill: #111a18; }
    .slot { fill: #0c1311; }
    .chip { fill: #b38a1d; }
    .glow { fill: #37c98b; }
    .wave, .frame { fill: none; stroke: #00513f; stroke-width: 6; stroke-linecap: round; }
    .move-down { animation: move-down calc(2.4s * var(--pace, 1)) ease-in-out infinite; }
    .lay-down { animation: lay-down calc(2.4s * var(--pace, 1)) ease-in-out infinite; }
    .insert { animation: insert calc(2.4s * var(--pace, 1)) ease-in-out infinite; }
    .scan { animation: scan calc(2s * var(--pace, 1)) ease-in-out infinite alternate; }
    .wave { animation: blink calc(1.2s * var(--pace, 1)) ease-in-out infinite; }
    @keyframes move-down { 0%, 15% { transform: translateY(-6px); } 55%, 85% { transform: translateY(10px); } 100% { transform: translateY(-6px); } }
    @keyframes lay-down { 0%, 10% { transform: translateY(-10px); } 50%, 85% { transform: translateY(40px); } 100% { transform: translateY(-10px); } }
    @keyframes insert { 0%, 10% { transform: translateY(-8px); } 55%, 85% { transform: translateY(52px); } 100% { transform: translateY(-8px); } }
    @keyframes scan { from { transform: translateY(0); } to { transform: translateY(128px); } }
    @keyframes blink { 50% { opacity: 0.2; } }
    @media (prefers-reduced-motion: reduce) { * { animation: none !important; } }
  `;

  override render() {
    return html`<svg viewBox="0 0 240 190" aria-hidden="true" focusable="false">${DRAWINGS[this.kind]}</svg>`;
  }
}
