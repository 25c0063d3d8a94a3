// Starts the SMTP sink the app delivers to; each message lands as a JSON file the tests read.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    // Written aside and renamed, so a test never reads a half-written message.
    const name = `${Date.now()}-${n}.json`;
    writeFileSync(join(MAIL_DIR, `.${name}.tmp`), JSON.stringify(mail));
    renameSync(join(MAIL_DIR, `.${name}.tmp`), join(MAIL_DIR, name));
  });
  return async () => sink.stop();
}
