import 'server-only';
import { db, type Prisma } from './db';

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

type Writer = Pick<typeof db, 'auditEvent'>;

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  // Dates and other non-JSON values become their JSON form, as a history page will show them.
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Every state change goes through here: who, what, when, before and after. Pass `tx` inside a transaction. */
export async function audit(input: AuditInput, tx: Writer = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}
