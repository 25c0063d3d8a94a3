import 'server-only';
import { can, type Actor, type Permission, type ResourceFacts } from '@/lib/permissions';
import { AppError } from './errors';

/**
 * The one permission check of the services and route handlers: the rule comes from the permission map
 * (lib/permissions.ts). A refusal is NOT_FOUND, so that a record one may not see looks exactly like one that
 * does not exist; FORBIDDEN only where the person can already see the record (a checklist item of the
 * other city).
 */
export function assertCan(
  actor: Actor,
  permission: Permission,
  facts?: ResourceFacts,
  refusal: 'NOT_FOUND' | 'FORBIDDEN' = 'NOT_FOUND',
): void {
  if (!can(actor, permission, facts)) throw new AppError(refusal);
}
