import type { Actor } from './permissions';

/** What the browser learns about the signed-in person (see the session callback in server/auth-options.ts). */
export type ClientSessionUser = Actor & { email: string; name: string | null; locale: string };

export type ClientSession = { user?: ClientSessionUser; demo?: boolean };
