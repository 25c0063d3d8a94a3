import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
