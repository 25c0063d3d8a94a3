/**
 * `npm run i18n:client`: writes i18n/client-messages.json, the messages each page and the layout send to the
 * browser, derived from the code (i18n/client-namespaces.ts). i18n/client-messages.test.ts fails when the file
 * is stale: run this after a client component translates something new.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientMessageMap } from '../i18n/client-namespaces';

const file = join(__dirname, '..', 'i18n', 'client-messages.json');
writeFileSync(file, `${JSON.stringify(clientMessageMap(), null, 2)}\n`);
console.log(`[i18n] wrote ${file}`);
