import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db, expectAppError } from './test/helpers';
import { requestSignInLink } from './sign-in-link';

const unique = (p: string) => `${p}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`;

describe('requesting a sign-in link', () => {
  it('queues an e-mail in the requested language whose link opens the confirm page, not the callback', async () => {
    const email = unique('olena');
    await requestSignInLink({ email: `  ${email.toUpperCase()} `, locale: 'uk' }, '10.0.0.1');
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: email } });
    expect(mail.locale).toBe('uk');
    const link = mail.text.match(/https?:\/\/\S+/)![0];
    const url = new URL(link);
    expect(url.pathname).toBe('/uk/signin/confirm');
    expect(url.searchParams.get('email')).toBe(email);
    // The stored token is next-auth's hash of the e-mailed one, so its callback accepts it.
    const hashed = createHash('sha256').update(`${url.searchParams.get('token')}${process.env.NEXTAUTH_SECRET}`).digest('hex');
    expect(await db.verificationToken.count({ where: { identifier: email, token: hashed } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe('uk');
  });

  it('refuses a bad address with a field error', async () => {
    await expectAppError(requestSignInLink({ email: 'nope', locale: 'de' }, '10.0.0.2'), 'VALIDATION', { email: 'validation.email' });
    await expectAppError(requestSignInLink({ email: '', locale: 'de' }, '10.0.0.2'), 'VALIDATION', { email: 'validation.required' });
    await expectAppError(requestSignInLink({ email: 'a@b.org', locale: 'de', callbackPath: '//evil.example' }, '10.0.0.2'), 'VALIDATION');
  });

  it('limits requests per e-mail (3 in the test environment), stored in PostgreSQL', async () => {
    const email = unique('limited');
    for (let i = 0; i < 3; i += 1) await requestSignInLink({ email, locale: 'en' }, `10.1.0.${i}`);
    await expectAppError(requestSignInLink({ email, locale: 'en' }, '10.1.0.9'), 'RATE_LIMITED');
    expect(await db.outboxEmail.count({ where: { toEmail: email } })).toBe(3);
  });

  it('limits requests per IP address (5 in the test environment)', async () => {
    for (let i = 0; i < 5; i += 1) await requestSignInLink({ email: unique(`ip${i}`), locale: 'en' }, '10.2.0.1');
    await expectAppError(requestSignInLink({ email: unique('ip-over'), locale: 'en' }, '10.2.0.1'), 'RATE_LIMITED');
  });
});
