import 'server-only';
import { scopeOf, type Actor } from '@/lib/permissions';

/**
 * The applications a person may see: lib/permissions.ts 'application:read' as a where clause. Used in
 * every query of an application, so a record one may not see is simply not found.
 */
export const applicationScope = (actor: Actor) => scopeOf(actor, 'application:read', 'application');

/** The pairs a person may follow: 'pair:read' as a where clause. */
export const pairScope = (actor: Actor) => scopeOf(actor, 'pair:read', 'pair');
