import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db, expectAppError, useSignInLink } from './test/helpers';
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
    const hashed = createHash('sha256')
      .update(`${url.searchParams.get('token')}${process.env.NEXTAUTH_SECRET}`)
      .digest('hex');
    const token = await db.verificationToken.findFirstOrThrow({ where: { identifier: email, token: hashed } });
    expect(token.locale).toBe('uk');
  });

  it('stores no person until the link is used; then creates them in the language they asked in', async () => {
    const email = unique('taras');
    await requestSignInLink({ email, locale: 'uk' }, '10.0.0.3');
    // Anyone can type an address: nothing says it belongs to them before its owner follows the link.
    expect(await db.user.count({ where: { email } })).toBe(0);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: email } });
    const redirect = await useSignInLink(mail.text);
    expect(new URL(redirect).pathname).toBe('/uk/dashboard');
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.locale).toBe('uk');
    expect(user.role).toBe('APPLICANT');
    expect(user.emailVerified).not.toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
  });

  it('keeps no e-mail address (nor IP address) in the rate-limit table', async () => {
    const email = unique('hidden');
    await requestSignInLink({ email, locale: 'de' }, '10.9.8.7');
    const local = email.split('@')[0]!;
    expect(await db.rateLimitBucket.count({ where: { key: { contains: local } } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: { contains: '10.9.8.7' } } })).toBe(0);
    const keys = (await db.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key);
    expect(keys.every((k) => /^signin:(email|ip):[0-9a-f]{64}$/.test(k))).toBe(true);
  });

  it('refuses a bad address with a field error', async () => {
    await expectAppError(requestSignInLink({ email: 'nope', locale: 'de' }, '10.0.0.2'), 'VALIDATION', {
      email: 'validation.email',
    });
    await expectAppError(requestSignInLink({ email: '', locale: 'de' }, '10.0.0.2'), 'VALIDATION', {
      email: 'validation.required',
    });
    await expectAppError(
      requestSignInLink({ email: 'a@b.org', locale: 'de', callbackPath: '//evil.example' }, '10.0.0.2'),
      'VALIDATION',
    );
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
