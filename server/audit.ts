import 'server-only';
import type { Prisma, Tx } from './db';
import type { AuditAction, AuditEntityType } from '@/lib/audit-actions';

/** What the audited row is: its model's name and its id. */
export type AuditEntity = [type: AuditEntityType, id: string];

/** The record as it was and as it is now, in the fields the change touched. */
export type AuditChange = { before?: unknown; after?: unknown };

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other non-JSON values become their JSON form, as a history page will show them.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Every state change goes through here, as a sentence: who (`actorId`, null for the system) did what
 * (`action`) to which record (`entity`), with the before and after. It takes only a transaction client
 * (the global `db` is a type error), so the row commits or rolls back with its change.
 */
export async function audit(
  tx: Tx,
  actorId: string | null,
  action: AuditAction,
  [entityType, entityId]: AuditEntity,
  { before, after }: AuditChange = {},
): Promise<void> {
  await tx.auditEvent.create({
    data: { actorId, action, entityType, entityId, before: toJson(before), after: toJson(after) },
  });
}
