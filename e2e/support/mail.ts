import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SunkMail } from './smtp-sink';

export const MAIL_DIR = join(__dirname, '..', '..', 'test-results', 'mail');

/** Waits until the SMTP sink has received a message for `to` (optionally matching the subject). */
export async function waitForMail(
  to: string,
  opts: { subject?: string | RegExp; after?: number; timeoutMs?: number } = {},
): Promise<SunkMail> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    const files = existsSync(MAIL_DIR)
      ? readdirSync(MAIL_DIR)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
    for (const file of files.reverse()) {
      const mail = JSON.parse(readFileSync(join(MAIL_DIR, file), 'utf8')) as SunkMail;
      if (!mail.to.includes(to.toLowerCase())) continue;
      if (opts.after && mail.receivedAt < opts.after) continue;
      if (
        opts.subject &&
        !(typeof opts.subject === 'string' ? mail.subject === opts.subject : opts.subject.test(mail.subject))
      )
        continue;
      return mail;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no e-mail to ${to} arrived in time`);
}

export function firstLink(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error('the e-mail has no link');
  return match[0];
}
