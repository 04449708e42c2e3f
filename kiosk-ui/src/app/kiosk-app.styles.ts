// The shell: portrait puts the switches on top and help at the bottom; landscape (the 1920×1080
// kiosk and the 1280×800 bedside tablet) keeps them in a rail at the side so the screen keeps its height.
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: grid;
    grid-template-columns: 1fr;
    grid-template-rows: auto auto 1fr auto;
    grid-template-areas: 'top' 'progress' 'main' 'rail';
    height: 100vh;
    height: 100dvh;
    background: var(--page);
    overflow: hidden;
  }
  .top {
    grid-area: top;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 12px 24px;
    padding: 16px 32px;
    background: var(--paper);
    border-bottom: 3px solid var(--brand);
  }
  .title { font-size: var(--fs-lead); font-weight: 700; color: var(--brand); }
  step-progress { grid-area: progress; padding: 12px 32px 0; }
  main {
    grid-area: main;
    overflow-y: auto;
    padding: var(--gap) 32px;
    display: flex;
    flex-direction: column;
  }
  main > * { flex: 1 0 auto; }
  .rail { grid-area: rail; padding: 16px 32px; background: var(--paper); border-top: 2px solid var(--line); }
  .prefs-rail { display: none; }

  @media (orientation: landscape) {
    :host {
      grid-template-columns: 1fr auto;
      grid-template-rows: auto auto 1fr;
      grid-template-areas: 'top rail' 'progress rail' 'main rail';
    }
    .top { padding: 12px 32px; }
    .rail {
      grid-area: rail;
      display: flex;
      flex-direction: column;
      gap: 16px;
      padding: 16px;
      border-top: 0;
      border-left: 3px solid var(--brand);
      overflow-y: auto;
      min-width: 240px;
    }
    .rail help-bar { margin-top: auto; }
    .prefs-top { display: none; }
    .prefs-rail { display: flex; }
    main { padding: var(--gap) 40px; }
  }
`;
