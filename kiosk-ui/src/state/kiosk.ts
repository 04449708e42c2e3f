// The one app instance: its state, the flow that changes it, and how this terminal was started.
import { api } from '../api.ts';
import { startOptions } from '../config.ts';
import { Flow } from './flow.ts';
export { NEEDS_IDENTITY } from './flow.ts';
import { Store, initialState } from './store.ts';

export const options = startOptions(location.search);
export const store = new Store(initialState(options.lang, options.mode));
export const flow = new Flow(store, api, options);
