'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '../auth';
import { runAction } from '../errors';
import * as review from '../services/review';
import * as decisions from '../services/decisions';
import type { Actor, Permission } from '@/lib/permissions';

/** Every review action: authorise first, then the service, then fresh review pages. */
function reviewAction<T>(permission: Permission, service: (actor: Actor, input: unknown) => Promise<T>) {
  return (input: unknown) =>
    runAction(async () => {
      const result = await service(await requirePermission(permission), input);
      revalidatePath('/[locale]/applications/[id]/review', 'page');
      revalidatePath('/[locale]/coordinator', 'layout');
      return result;
    });
}

const openReview = reviewAction('review:manage', (a, i) => review.openReview(a, i));
const saveCriterion = reviewAction('review:manage', review.saveCriterion);
const deleteCriterion = reviewAction('review:manage', review.deleteCriterion);
const assignReviewer = reviewAction('review:manage', review.assignReviewer);
const unassignReviewer = reviewAction('review:manage', review.unassignReviewer);
const bulkAssign = reviewAction('review:manage', review.bulkAssign);
const saveReview = reviewAction('application:review', review.saveReview);
const declareConflict = reviewAction('application:review', review.declareConflict);
const removeConflict = reviewAction('application:review', review.removeConflict);
const saveTranslation = reviewAction('application:review', review.saveTranslation);
const decide = reviewAction('decision:manage', decisions.decide);
const publishDecisions = reviewAction('decision:manage', decisions.publishDecisions);
const promoteFromWaitlist = reviewAction('decision:manage', decisions.promoteFromWaitlist);
const saveTemplate = reviewAction('decision:manage', decisions.saveTemplate);
const releaseEmail = reviewAction('outbox:review', decisions.releaseEmail);
const releaseAllEmails = reviewAction('outbox:review', (a) => decisions.releaseAllEmails(a));
const discardEmail = reviewAction('outbox:review', decisions.discardEmail);

// 'use server' files may export only async functions.
export async function openReviewAction(input: unknown) {
  return openReview(input);
}
export async function saveCriterionAction(input: unknown) {
  return saveCriterion(input);
}
export async function deleteCriterionAction(input: unknown) {
  return deleteCriterion(input);
}
export async function assignReviewerAction(input: unknown) {
  return assignReviewer(input);
}
export async function unassignReviewerAction(input: unknown) {
  return unassignReviewer(input);
}
export async function bulkAssignAction(input: unknown) {
  return bulkAssign(input);
}
export async function saveReviewAction(input: unknown) {
  return saveReview(input);
}
export async function declareConflictAction(input: unknown) {
  return declareConflict(input);
}
export async function removeConflictAction(input: unknown) {
  return removeConflict(input);
}
export async function saveTranslationAction(input: unknown) {
  return saveTranslation(input);
}
export async function decideAction(input: unknown) {
  return decide(input);
}
export async function publishDecisionsAction(input: unknown) {
  return publishDecisions(input);
}
export async function promoteFromWaitlistAction(input: unknown) {
  return promoteFromWaitlist(input);
}
export async function saveTemplateAction(input: unknown) {
  return saveTemplate(input);
}
export async function releaseEmailAction(input: unknown) {
  return releaseEmail(input);
}
export async function releaseAllEmailsAction(input: unknown) {
  return releaseAllEmails(input);
}
export async function discardEmailAction(input: unknown) {
  return discardEmail(input);
}
