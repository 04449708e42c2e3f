// Re-renders a component whenever the app state changes; subscribes on connect and unsubscribes
// on disconnect so no screen outlives its subscription.
import type { LitElement } from 'lit';
import { store } from '../state/kiosk.ts';
import type { KioskState } from '../state/store.ts';
import type { LitCtor } from './types.ts';

export const StoreMixin = <B extends LitCtor<LitElement>>(Base: B) =>
  class StoreElement extends Base {
    private unsubscribeStore?: () => void;

    get state(): KioskState {
      return store.state;
    }

    override connectedCallback(): void {
      super.connectedCallback();
      this.unsubscribeStore = store.subscribe(() => this.requestUpdate());
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.unsubscribeStore?.();
    }
  };
