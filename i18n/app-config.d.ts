// next-intl's typing: a message key that is not in the English catalogue (which has the same keys as the
// other three, see i18n/catalogues.test.ts) fails the typecheck, and so do unknown namespaces and locales.
import type { routing } from './routing';
import type messages from '../messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
