import type { LitElement } from 'lit';

// Mixins take any LitElement subclass; the any[] is what TypeScript requires of a mixin constructor.
export type LitCtor<T = LitElement> = new (...args: any[]) => T;
