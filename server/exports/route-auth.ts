import 'server-only';
import { requirePermission, type SessionUser } from '../auth';
import type { Permission } from '@/lib/permissions';

/** Route handlers authorise first; anyone without the permission gets a plain 404. */
export async function permittedOrNull(permission: Permission): Promise<SessionUser | null> {
  try {
    return await requirePermission(permission);
  } catch {
    return null;
  }
}

export const notFoundResponse = () => new Response('Not found', { status: 404 });
