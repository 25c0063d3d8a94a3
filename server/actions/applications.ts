'use server';

import { requirePermission, requireUser } from '../auth';
import { runAction } from '../errors';
import {
  discardDraft,
  returnForChanges,
  saveDraft,
  saveStep,
  submitApplication,
  withdrawApplication,
} from '../services/applications';
import {
  acceptInvite,
  confirmAsPartner,
  endorseApplication,
  inviteToApplication,
  savePartnerOrganisations,
} from '../services/application-people';
import { addCustomCity } from '../services/cities';
import { isLocale } from '@/i18n/routing';

export async function saveDraftAction(input: unknown) {
  return runAction(async () => saveDraft(await requirePermission('application:create'), input));
}

export async function saveStepAction(input: unknown) {
  return runAction(async () => saveStep(await requirePermission('application:create'), input));
}

export async function submitApplicationAction(input: unknown) {
  return runAction(async () => submitApplication(await requirePermission('application:create'), input));
}

export async function discardDraftAction(input: unknown) {
  return runAction(async () => discardDraft(await requireUser(), input));
}

export async function withdrawApplicationAction(input: unknown) {
  return runAction(async () => withdrawApplication(await requireUser(), input));
}

export async function returnForChangesAction(input: unknown) {
  return runAction(async () => returnForChanges(await requirePermission('application:review'), input));
}

export async function inviteToApplicationAction(input: unknown) {
  return runAction(async () => inviteToApplication(await requireUser(), input));
}

export async function acceptInviteAction(input: unknown) {
  return runAction(async () => acceptInvite(await requireUser(), input));
}

export async function confirmAsPartnerAction(input: unknown) {
  return runAction(async () => confirmAsPartner(await requireUser(), input));
}

export async function savePartnerOrganisationsAction(input: unknown) {
  return runAction(async () => savePartnerOrganisations(await requireUser(), input));
}

export async function endorseApplicationAction(input: unknown) {
  return runAction(async () => endorseApplication(await requireUser(), input));
}

export async function addCustomCityAction(input: unknown, locale: unknown) {
  return runAction(async () =>
    addCustomCity(await requirePermission('application:create'), input, isLocale(locale) ? locale : 'en'),
  );
}
