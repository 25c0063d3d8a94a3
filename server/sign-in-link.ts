import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db, type Tx } from './db';
import { getEnv } from './env';
import { canMailReach, queueEmail } from './mail';
import { hitRateLimit, rateLimitKey } from './rate-limit';
import { AppError, parseInput } from './errors';
import { composeEmail } from './mail-compose';
import { isLocale, type AppLocale } from '@/i18n/routing';
import { ZRequestSignInSchema } from '@/lib/validation/auth';

const LINK_MAX_AGE_SECONDS = 60 * 60;

/** next-auth's own token hashing (core/lib/utils hashToken), so its e-mail callback accepts our links. */
function hashToken(token: string, secret: string): string {
  return createHash('sha256').update(`${token}${secret}`).digest('hex');
}

export const LINK_MAX_AGE_MS = LINK_MAX_AGE_SECONDS * 1000;

/**
 * Creates a single-use token and returns next-auth's callback URL that completes the sign-in.
 * The token carries the requested language: the person is created from it when the link is used.
 */
export async function issueSignInUrl(
  tx: Tx,
  email: string,
  callbackPath: string,
  locale: AppLocale = localeOfCallback(callbackPath),
): Promise<string> {
  const env = getEnv();
  const token = randomBytes(32).toString('hex');
  await tx.verificationToken.create({
    data: {
      identifier: email,
      token: hashToken(token, env.NEXTAUTH_SECRET),
      expires: new Date(Date.now() + LINK_MAX_AGE_MS),
      locale,
    },
  });
  const url = new URL('/api/auth/callback/email', env.NEXTAUTH_URL);
  url.searchParams.set('callbackUrl', new URL(callbackPath, env.NEXTAUTH_URL).toString());
  url.searchParams.set('token', token);
  url.searchParams.set('email', email);
  return url.toString();
}

/** A link nobody is mailed (the demo's one-click sign-in follows it at once): only its token is written. */
export function issueDemoSignInUrl(email: string, callbackPath: string): Promise<string> {
  return db.$transaction((tx) => issueSignInUrl(tx, email, callbackPath));
}

export function localeOfCallback(callbackUrl: string | null): AppLocale {
  const first = callbackUrl ? new URL(callbackUrl, 'http://x').pathname.split('/')[1] : undefined;
  return isLocale(first) ? first : 'en';
}

/**
 * The e-mail links to our confirm page, not to the callback: mail scanners open links,
 * and only the button on that page spends the token.
 */
export async function queueSignInEmail(tx: Tx, { email, url }: { email: string; url: string }): Promise<void> {
  const env = getEnv();
  const callback = new URL(url);
  const locale = localeOfCallback(callback.searchParams.get('callbackUrl'));
  const confirm = new URL(`/${locale}/signin/confirm`, env.NEXTAUTH_URL);
  for (const key of ['token', 'email', 'callbackUrl']) {
    const value = callback.searchParams.get(key);
    if (value) confirm.searchParams.set(key, value);
  }
  const mail = composeEmail({ key: 'email.signIn', locale, values: { link: confirm.toString() } });
  await queueEmail(tx, { to: email, locale, kind: 'sign-in', ...mail });
}

/**
 * The sign-in form's work: validate, refuse an address no mail can reach, rate-limit per e-mail and
 * per IP, then send a link. Nothing about the person is stored until they use it: the token (with
 * the language) expires within the hour, and the user is created by the e-mail callback
 * (server/auth-options.ts).
 */
export async function requestSignInLink(input: unknown, ip: string): Promise<{ email: string }> {
  const { email: rawEmail, locale, callbackPath } = parseInput(ZRequestSignInSchema, input);
  const email = rawEmail.toLowerCase();
  // Without SMTP only the demo people's mail can be read (on the public mailbox page): a link for
  // anyone else would reach nobody, or, were it shown, everybody.
  if (!(await canMailReach(email))) throw new AppError('VALIDATION', { email: 'signIn.noMailWithoutSmtp' });
  const env = getEnv();
  const window = env.SIGNIN_LIMIT_WINDOW_MINUTES;
  const byEmail = await hitRateLimit(rateLimitKey('signin:email', email), env.SIGNIN_LIMIT_PER_EMAIL, window);
  const byIp = await hitRateLimit(rateLimitKey('signin:ip', ip), env.SIGNIN_LIMIT_PER_IP, window);
  if (!byEmail || !byIp) throw new AppError('RATE_LIMITED');
  // The token and its e-mail together: a token nobody was sent is never left behind.
  await db.$transaction(async (tx) => {
    const url = await issueSignInUrl(tx, email, safeCallbackPath(callbackPath, locale), locale);
    await queueSignInEmail(tx, { email, url });
  });
  return { email };
}

export function safeCallbackPath(path: string | undefined, locale: AppLocale): string {
  if (!path || !path.startsWith('/') || path.startsWith('//')) return `/${locale}/dashboard`;
  return path;
}
