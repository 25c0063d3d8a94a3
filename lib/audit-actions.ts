/**
 * The names an audit row may carry: every action and entity type written by server/audit.ts. History
 * pages read the rows back, so they label actions from this list rather than from a copy of it.
 */
export const AUDIT_ACTIONS = [
  'application.create',
  'application.discard',
  'application.endorse',
  'application.invite.accept',
  'application.invite.official',
  'application.invite.partner',
  'application.partner.confirm',
  'application.partner.organisations',
  'application.return',
  'application.status',
  'application.submit',
  'application.withdraw',
  'attachment.add',
  'attachment.remove',
  'call.decisionsPublished',
  'call.reviewOpened',
  'city.create',
  'conflict.declared',
  'conflict.removed',
  'coordinator.invite',
  'coordinator.revoke',
  'criterion.create',
  'criterion.delete',
  'criterion.update',
  'decision.promoted',
  'decision.published',
  'decision.set',
  'decisionTemplate.saved',
  'edition.archive',
  'edition.close',
  'edition.create',
  'edition.delete',
  'edition.open',
  'edition.update',
  'email.discarded',
  'email.released',
  'export.requested',
  'facilitator.calendar.rotate',
  'logistics.add',
  'logistics.tick',
  'logistics.untick',
  'material.create',
  'material.publish',
  'material.unpublish',
  'material.update',
  'official.request',
  'official.unlink',
  'official.verify',
  'pair.calendar.create',
  'pair.calendar.rotate',
  'pair.complete',
  'pair.withdraw',
  'profile.timeZone.fromBrowser',
  'profile.update',
  'review.assigned',
  'review.revised',
  'review.submitted',
  'review.unassigned',
  'role.grant.apply',
  'translation.saved',
  'workshop.cancel',
  'workshop.done',
  'workshop.outcome.update',
  'workshop.reschedule',
  'workshop.schedule',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITY_TYPES = [
  'Application',
  'BoosterPair',
  'Call',
  'City',
  'DecisionTemplate',
  'LogisticsItem',
  'Material',
  'OutboxEmail',
  'RoleGrant',
  'User',
  'Workshop',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** What a pair's history shows: the rows of the pair, its workshops and their checklist items. */
export const PAIR_HISTORY_ENTITY_TYPES = [
  'BoosterPair',
  'Workshop',
  'LogisticsItem',
] as const satisfies readonly AuditEntityType[];

export const PAIR_HISTORY_ACTIONS = [
  'workshop.schedule',
  'workshop.reschedule',
  'workshop.cancel',
  'workshop.done',
  'workshop.outcome.update',
  'logistics.tick',
  'logistics.untick',
  'logistics.add',
  'pair.withdraw',
  'pair.complete',
  'pair.calendar.create',
  'pair.calendar.rotate',
] as const satisfies readonly AuditAction[];
export type PairHistoryAction = (typeof PAIR_HISTORY_ACTIONS)[number];

export function isPairHistoryAction(action: string): action is PairHistoryAction {
  return (PAIR_HISTORY_ACTIONS as readonly string[]).includes(action);
}
