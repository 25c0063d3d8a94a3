import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from './test/helpers';
import { deliverOutbox, queueEmail, type OutgoingEmail } from './mail';
import { startSmtpSink, type SunkMail } from '@/e2e/support/smtp-sink';

const received: SunkMail[] = [];
/** An e-mail is queued only inside a transaction; here the transaction holds nothing else. */
const queue = (mail: Omit<OutgoingEmail, 'html'>) =>
  db.$transaction((tx) => queueEmail(tx, { ...mail, html: `<p>${mail.text}</p>` }));
let sink: { stop: () => Promise<void> } | undefined;

beforeAll(async () => {
  await db.outboxEmail.deleteMany({});
});
afterAll(async () => {
  await sink?.stop();
});

describe('the outbox', () => {
  it('keeps mail when the SMTP server is down, then delivers it when it is back', async () => {
    await queue({
      to: 'Anna@Example.org',
      locale: 'de',
      kind: 'test',
      subject: 'Grüße aus Köln',
      text: 'Hallo Anna',
    });
    expect(await deliverOutbox()).toBe(1);
    const failed = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: 'anna@example.org' } });
    expect(failed.status).toBe('PENDING');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toBeTruthy();

    sink = await startSmtpSink(Number(new URL(process.env.SMTP_URL!).port), (m) => received.push(m));
    await db.outboxEmail.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date() } });
    expect(await deliverOutbox()).toBe(1);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: failed.id } })).status).toBe('SENT');
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['anna@example.org']);
    expect(received[0]!.subject).toBe('Grüße aus Köln');
    // A copy sent again after a crash can be told apart from a second e-mail: its Message-ID is the outbox id.
    expect(received[0]!.messageId).toBe(`<${failed.id}@twincity.local>`);
  });

  it('queues one e-mail for one dedupe key, and holds e-mails marked for review', async () => {
    const mail = {
      to: 'olha@example.org',
      locale: 'uk' as const,
      kind: 'decision',
      subject: 'Рішення',
      text: 'Вітаємо',
      dedupeKey: 'decision:1:olha',
      hold: true,
    };
    await queue(mail);
    await queue(mail);
    expect(await db.outboxEmail.count({ where: { dedupeKey: 'decision:1:olha' } })).toBe(1);
    const before = received.length;
    await deliverOutbox();
    expect(received.length).toBe(before);
    expect((await db.outboxEmail.findFirstOrThrow({ where: { dedupeKey: 'decision:1:olha' } })).status).toBe('HELD');
  });

  it('never sends one e-mail twice when two workers deliver at once', async () => {
    for (let i = 0; i < 6; i += 1)
      await queue({ to: `parallel${i}@example.org`, locale: 'en', kind: 'test', subject: `n${i}`, text: 'x' });
    const before = received.length;
    const [a, b] = await Promise.all([deliverOutbox(), deliverOutbox()]);
    expect(a + b).toBe(6);
    expect(received.length - before).toBe(6);
  });
  it('does not send an e-mail again when the SMTP server took it but the database lost the news', async () => {
    await queue({ to: 'mykola@example.org', locale: 'uk', kind: 'test', subject: 'Один раз', text: 'x' });
    // The database refuses to mark any e-mail sent, as one that went away right after SMTP's answer would.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_sent() RETURNS trigger AS $$
      BEGIN IF NEW.status = 'SENT' THEN RAISE EXCEPTION 'gone' USING ERRCODE = '08006'; END IF; RETURN NEW; END
      $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      'CREATE TRIGGER refuse_sent BEFORE UPDATE ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION refuse_sent()',
    );
    const before = received.length;
    try {
      await expect(deliverOutbox()).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_sent ON "OutboxEmail"');
      await db.$executeRawUnsafe('DROP FUNCTION refuse_sent()');
    }
    expect(received.length - before).toBe(1);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: 'mykola@example.org' } });
    expect(mail.status).toBe('PENDING');
    // Even with its lease run out, the next round records it as sent instead of sending it again.
    await db.outboxEmail.update({ where: { id: mail.id }, data: { nextAttemptAt: new Date() } });
    await deliverOutbox();
    expect(received.length - before).toBe(1);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: mail.id } })).status).toBe('SENT');
  });
  it('leaves the rest of a batch alone once half of its lease has passed', async () => {
    for (let i = 0; i < 3; i += 1)
      await queue({ to: `slow${i}@example.org`, locale: 'de', kind: 'test', subject: `s${i}`, text: 'x' });
    const before = received.length;
    // The first send takes (as the clock sees it) longer than the lease: another instance may own the rest.
    const now = Date.now.bind(Date);
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => now() + (received.length > before ? 2 * 60_000 : 0));
    try {
      await deliverOutbox();
    } finally {
      clock.mockRestore();
    }
    expect(received.length - before).toBe(1);
    const rest = await db.outboxEmail.findMany({ where: { toEmail: { startsWith: 'slow' }, status: 'PENDING' } });
    expect(rest).toHaveLength(2);
  });
});
