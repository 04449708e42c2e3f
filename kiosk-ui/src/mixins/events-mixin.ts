// Delivers /api/events to a component while it is connected: subscribes on connect, unsubscribes
// on disconnect. The component overrides onKioskEvent.
import type { LitElement } from 'lit';
import { eventHub, type KioskEvent } from '../events.ts';
import type { LitCtor } from './types.ts';

export const EventsMixin = <B extends LitCtor<LitElement>>(Base: B) =>
  class EventsElement extends Base {
    private unsubscribeEvents?: () => void;

    protected onKioskEvent(_event: KioskEvent): void {}

    override connectedCallback(): void {
      super.connectedCallback();
      this.unsubscribeEvents = eventHub.subscribe((event) => this.onKioskEvent(event));
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.unsubscribeEvents?.();
    }
  };
