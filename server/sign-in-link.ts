import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from './db';
import { getEnv } from './env';
import { queueEmail } from './mail';
import { hitRateLimit } from './rate-limit';
import { AppError, parseInput } from './errors';
import { translatorFor } from './translator';
import { isLocale, type AppLocale } from '@/i18n/routing';
import { ZRequestSignInSchema } from '@/lib/validation/auth';

const LINK_MAX_AGE_SECONDS = 60 * 60;

/** next-auth's own token hashing (core/lib/utils hashToken), so its e-mail callback accepts our links. */
function hashToken(token: string, secret: string): string {
  return createHash('sha256').update(`${token}${secret}`).digest('hex');
}

/** Creates a single-use token and returns next-auth's callback URL that completes the sign-in. */
export async function issueSignInUrl(email: string, callbackPath: string): Promise<string> {
  const env = getEnv();
  const token = randomBytes(32).toString('hex');
  await db.verificationToken.create({
    data: {
      identifier: email,
      token: hashToken(token, env.NEXTAUTH_SECRET),
      expires: new Date(Date.now() + LINK_MAX_AGE_SECONDS * 1000),
    },
  });
  const url = new URL('/api/auth/callback/email', env.NEXTAUTH_URL);
  url.searchParams.set('callbackUrl', new URL(callbackPath, env.NEXTAUTH_URL).toString());
  url.searchParams.set('token', token);
  url.searchParams.set('email', email);
  return url.toString();
}

function localeOfCallback(callbackUrl: string | null): AppLocale {
  const first = callbackUrl ? new URL(callbackUrl, 'http://x').pathname.split('/')[1] : undefined;
  return isLocale(first) ? first : 'en';
}

/**
 * The e-mail links to our confirm page, not to the callback: mail scanners open links,
 * and only the button on that page spends the token.
 */
export async function queueSignInEmail({ email, url }: { email: string; url: string }): Promise<void> {
  const env = getEnv();
  const callback = new URL(url);
  const locale = localeOfCallback(callback.searchParams.get('callbackUrl'));
  const confirm = new URL(`/${locale}/signin/confirm`, env.NEXTAUTH_URL);
  for (const key of ['token', 'email', 'callbackUrl']) {
    const value = callback.searchParams.get(key);
    if (value) confirm.searchParams.set(key, value);
  }
  const t = translatorFor(locale);
  const link = confirm.toString();
  await queueEmail({
    to: email,
    locale,
    kind: 'sign-in',
    subject: t('email.signIn.subject'),
    text: t('email.signIn.text', { link }),
    html: `<p>${t('email.signIn.intro')}</p><p><a href="${link}">${t('email.signIn.button')}</a></p><p style="color:#555">${t('email.signIn.ignore')}</p>`,
  });
}

/** The sign-in form's work: validate, rate-limit per e-mail and per IP, then send a link. */
export async function requestSignInLink(input: unknown, ip: string): Promise<{ email: string }> {
  const { email: rawEmail, locale, callbackPath } = parseInput(ZRequestSignInSchema, input);
  const email = rawEmail.toLowerCase();
  const env = getEnv();
  const window = env.SIGNIN_LIMIT_WINDOW_MINUTES;
  const byEmail = await hitRateLimit(`signin:email:${email}`, env.SIGNIN_LIMIT_PER_EMAIL, window);
  const byIp = await hitRateLimit(`signin:ip:${ip}`, env.SIGNIN_LIMIT_PER_IP, window);
  if (!byEmail || !byIp) throw new AppError('RATE_LIMITED');
  // A new person starts in the language they signed up in; e-mails follow it.
  await db.user.upsert({ where: { email }, create: { email, locale }, update: {} });
  const url = await issueSignInUrl(email, safeCallbackPath(callbackPath, locale));
  await queueSignInEmail({ email, url });
  return { email };
}

export function safeCallbackPath(path: string | undefined, locale: AppLocale): string {
  if (!path || !path.startsWith('/') || path.startsWith('//')) return `/${locale}/dashboard`;
  return path;
}
