import { beforeAll, describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor } from './test/helpers';
import { requestSignInLink } from './sign-in-link';
import { deliverOutbox, queueEmail } from './mail';
import { listMailbox } from './queries/mailbox';
import { inviteCoordinator } from './services/people';
import { DEMO_EMAIL_DOMAIN } from './queries/users';

// A demo without a mail server: the environment is read lazily, so this file's own values hold.
beforeAll(() => {
  delete process.env.SMTP_URL;
  process.env.DEMO_MODE = '1';
});

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

describe('a demo without SMTP', () => {
  it('refuses a sign-in link for anyone but a demo person, with a field error, storing nothing', async () => {
    const email = `stranger-${stamp()}@example.org`;
    await expectAppError(requestSignInLink({ email, locale: 'ru' }, '10.3.0.1'), 'VALIDATION', {
      email: 'signIn.noMailWithoutSmtp',
    });
    expect(await db.outboxEmail.count({ where: { toEmail: email } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
    expect(await db.user.count({ where: { email } })).toBe(0);
    // An address on the demo domain that is not a seeded person is nobody's either.
    await expectAppError(
      requestSignInLink({ email: `ghost-${stamp()}@${DEMO_EMAIL_DOMAIN}`, locale: 'ru' }, '10.3.0.1'),
      'VALIDATION',
      {
        email: 'signIn.noMailWithoutSmtp',
      },
    );
  });

  it('sends a demo person their link to the mailbox', async () => {
    const demo = await makeActor({ email: `olena-${stamp()}@${DEMO_EMAIL_DOMAIN}` });
    await requestSignInLink({ email: demo.email, locale: 'uk' }, '10.3.0.2');
    expect(await db.outboxEmail.count({ where: { toEmail: demo.email, kind: 'sign-in' } })).toBe(1);
  });

  it('lists only the demo people’s mail in the mailbox, though other mail is kept', async () => {
    const demo = await makeActor({ email: `anna-${stamp()}@${DEMO_EMAIL_DOMAIN}` });
    const other = `partner-${stamp()}@example.org`;
    await db.$transaction(async (tx) => {
      await queueEmail(tx, {
        to: demo.email,
        locale: 'de',
        kind: 'test',
        subject: 'Für Anna',
        text: 'Hallo',
        html: '<p>Hallo</p>',
      });
      await queueEmail(tx, {
        to: other,
        locale: 'de',
        kind: 'test',
        subject: 'Für jemand anderen',
        text: 'https://x.example/invites/secret',
        html: '<p>https://x.example/invites/secret</p>',
      });
    });
    while ((await deliverOutbox()) > 0);
    const listed = (await listMailbox(1000)).map((m) => m.toEmail);
    expect(listed).toContain(demo.email);
    expect(listed).not.toContain(other);
    expect(listed.every((to) => to.endsWith(`@${DEMO_EMAIL_DOMAIN}`))).toBe(true);
    expect(await db.outboxEmail.count({ where: { toEmail: other } })).toBe(1);
  });

  it('keeps a coordinator invitation to an outside address and says that no mail left', async () => {
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const email = `invited-${stamp()}@example.org`;
    const result = await inviteCoordinator(coordinator, { email, locale: 'uk' });
    expect(result).toMatchObject({ isPending: true, isMailSent: false });
    expect(await db.roleGrant.count({ where: { email, appliedAt: null } })).toBe(1);
  });
});
