import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db, type Tx } from './db';
import { getEnv, isDemoMode } from './env';
import { DEMO_EMAIL_DOMAIN } from './queries/users';
import type { AppLocale } from '@/i18n/routing';

export type OutgoingEmail = {
  to: string;
  locale: AppLocale;
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** Same key twice queues one e-mail. */
  dedupeKey?: string;
  /** Held e-mails wait for a coordinator's review in the outbox before they are sent. */
  hold?: boolean;
};

/**
 * Every e-mail goes through the outbox table; delivery is retried by deliverOutbox(). It is queued in
 * the transaction of the change it announces (only a transaction client is accepted): the change never
 * commits without its e-mail, nor the e-mail without its change. Compose it with server/mail-compose.ts.
 */
export async function queueEmail(tx: Tx, mail: OutgoingEmail): Promise<void> {
  const data = {
    toEmail: mail.to.toLowerCase(),
    locale: mail.locale,
    kind: mail.kind,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    dedupeKey: mail.dedupeKey,
    status: mail.hold ? ('HELD' as const) : ('PENDING' as const),
  };
  if (mail.dedupeKey) {
    await tx.outboxEmail.upsert({ where: { dedupeKey: mail.dedupeKey }, create: data, update: {} });
  } else {
    await tx.outboxEmail.create({ data });
  }
}

const MAX_ATTEMPTS = 8;
const LEASE_MS = 2 * 60_000;

/**
 * E-mails the SMTP server accepted but whose row could not be marked sent (the database went away in
 * between). Marked first on the next delivery, before their lease runs out, so they are not sent again.
 */
const sentUnrecorded = new Map<string, Date>();

async function recordSent(id: string, sentAt: Date): Promise<void> {
  await db.outboxEmail.update({ where: { id }, data: { status: 'SENT', sentAt, lastError: null } });
}

/** `Message-ID: <outbox id@sender's domain>`: a copy sent again after a crash carries the same id. */
export function messageIdOf(outboxId: string, mailFrom: string): string {
  const domain = /@([^>\s]+)/.exec(mailFrom)?.[1] ?? 'twincity.local';
  return `<${outboxId}@${domain}>`;
}

let transporter: Transporter | undefined;
function getTransporter(smtpUrl: string): Transporter {
  transporter ??= nodemailer.createTransport(smtpUrl);
  return transporter;
}

type ClaimedEmail = {
  id: string;
  toEmail: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
};

/**
 * Claims due e-mails with SKIP LOCKED and a lease, so several app instances never send one twice;
 * a crash mid-send leaves the row to be retried when the lease runs out.
 */
export async function deliverOutbox(batchSize = 20): Promise<number> {
  const env = getEnv();
  for (const [id, sentAt] of sentUnrecorded) {
    await recordSent(id, sentAt);
    sentUnrecorded.delete(id);
  }
  const leaseMs = env.LEASE_MS ?? LEASE_MS;
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = now() + (${leaseMs}::int * interval '1 millisecond')
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "createdAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toEmail", "subject", "text", "html", "attempts"`;
  // Sends start only in the first half of the lease: a round held up (a database that came back slowly,
  // a slow SMTP server) leaves the rest of its batch to whichever instance claims it when the lease ends,
  // instead of sending e-mails that instance may already have sent.
  const startSendsBefore = Date.now() + leaseMs / 2;
  for (const mail of claimed) {
    if (Date.now() > startSendsBefore) break;
    if (!env.SMTP_URL || (isDemoMode() && isDemoAddress(mail.toEmail))) {
      // The demo people read their mail on the mailbox page (and their domain has no mail server).
      // Without SMTP, mail to anyone else is kept but never shown: only its addressee may read it.
      await db.outboxEmail.update({ where: { id: mail.id }, data: { status: 'CAPTURED', sentAt: new Date() } });
      continue;
    }
    let accepted = false;
    try {
      await getTransporter(env.SMTP_URL).sendMail({
        from: env.MAIL_FROM,
        to: mail.toEmail,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: messageIdOf(mail.id, env.MAIL_FROM),
      });
      accepted = true;
      await recordSent(mail.id, new Date());
    } catch (error) {
      if (accepted) {
        // Sent, but the database is gone: remember it, and let the error end this delivery round.
        sentUnrecorded.set(mail.id, new Date());
        throw error;
      }
      const failedForGood = mail.attempts >= MAX_ATTEMPTS;
      const backoffMs = Math.min(60 * 60_000, 2 ** mail.attempts * 5_000);
      await db.outboxEmail.update({
        where: { id: mail.id },
        data: {
          status: failedForGood ? 'FAILED' : 'PENDING',
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + backoffMs),
        },
      });
    }
  }
  return claimed.length;
}

/** The seeded demo people (server/queries/users.ts): their mail is public by design, it is the demo. */
export function isDemoAddress(email: string): boolean {
  return email.toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`);
}

/**
 * Whether an e-mail to this address reaches its addressee and nobody else: through SMTP, or, for a
 * seeded demo person in demo mode, on the mailbox page.
 */
export async function canMailReach(email: string): Promise<boolean> {
  if (getEnv().SMTP_URL) return true;
  if (!isDemoMode() || !isDemoAddress(email)) return false;
  return (await db.user.count({ where: { email: email.toLowerCase() } })) > 0;
}

export function isMailboxEnabled(): boolean {
  return isDemoMode();
}
