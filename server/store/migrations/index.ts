// Numbered migrations, applied in order at start. Append only: never edit one that has shipped.
import m001 from './001-journal-outbox-audit.ts';
import m002 from './002-settings.ts';
import m003 from './003-settlements.ts';
import m004 from './004-credit-commitments.ts';
import m005 from './005-prices-feedback-pharmacy.ts';
import m006 from './006-settled-at.ts';

export const MIGRATIONS: readonly string[] = [m001, m002, m003, m004, m005, m006];
