// Registers the UI's custom elements. Registration lives apart from the classes so tests can
// import a class without defining it.
import { KioskApp } from './kiosk-app.ts';

customElements.define('kiosk-app', KioskApp);
