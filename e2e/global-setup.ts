// Starts the SMTP sink the app delivers to; each message lands as a JSON file the tests read.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSmtpSink } from './support/smtp-sink';
import { MAIL_DIR } from './support/mail';
import { E2E_SMTP_PORT } from '../playwright.config';

export default async function globalSetup() {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let n = 0;
  const sink = await startSmtpSink(E2E_SMTP_PORT, (mail) => {
    n += 1;
    writeFileSync(join(MAIL_DIR, `${Date.now()}-${n}.json`), JSON.stringify(mail));
  });
  return async () => sink.stop();
}
