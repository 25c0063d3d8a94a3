import 'server-only';
import { getCurrentUser, type SessionUser } from '../auth';
import { can, type Permission } from '@/lib/permissions';

/**
 * Route handlers authorise first: anyone signed out or without the permission gets null (a plain 404).
 * Anything else (the database gone, a bug) is an error and stays one, never a 404 that hides it.
 */
export async function permittedOrNull(permission: Permission): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  return user && can(user, permission) ? user : null;
}

export const notFoundResponse = () => new Response('Not found', { status: 404 });
