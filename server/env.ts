import 'server-only';
import { z } from 'zod';

const flag = z
  .string()
  .optional()
  .transform((v) => v === '1' || v === 'true');

const ZEnvSchema = z
  .object({
    DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL'),
    NEXTAUTH_URL: z.string().url('NEXTAUTH_URL must be the public URL, e.g. http://localhost:3000'),
    NEXTAUTH_SECRET: z.string().min(16, 'NEXTAUTH_SECRET must be at least 16 characters'),
    DEMO_MODE: flag,
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Twin City Tool Box <no-reply@twincity.local>'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    SIGNIN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
    SIGNIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    SIGNIN_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
    OUTBOX_INTERVAL_MS: z.coerce.number().int().min(200).default(5000),
    // Fault tests only: every scheduled job runs this often instead of its own period.
    JOBS_PERIOD_MS: z.coerce.number().int().min(200).optional(),
    // How long a claimed e-mail or job run is held before another instance may take it over (after a crash).
    // Defaults: 2 min for an e-mail, 5 min for a job run; a fault test shortens it to see the takeover.
    LEASE_MS: z.coerce.number().int().min(1000).optional(),
  })
  .superRefine((env, ctx) => {
    // Without demo mode, mail must really leave: a deployment never falls back to the mailbox page.
    if (!env.DEMO_MODE && !env.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'SMTP_URL is required unless DEMO_MODE=1 (e.g. smtp://user:pass@mail.example.org:587)',
      });
    }
  });

export type Env = z.infer<typeof ZEnvSchema>;

let cached: Env | undefined;

/** Parsed once, lazily: `next build` imports server modules without a runtime environment. */
export function getEnv(): Env {
  if (cached) return cached;
  const parsed = ZEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new Error(`Twin City Tool Box cannot start, the environment is incomplete:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

export function isDemoMode(): boolean {
  return process.env.DEMO_MODE === '1' || process.env.DEMO_MODE === 'true';
}
