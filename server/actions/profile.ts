'use server';

import { getCurrentUser, requirePermission } from '../auth';
import { runAction } from '../errors';
import { updateProfile, requestOfficialRole, rememberTimeZone } from '../services/profile';
import { searchCities, type CityOption } from '../queries/cities';
import { isLocale } from '@/i18n/routing';

export async function updateProfileAction(input: unknown) {
  return runAction(async () => updateProfile(await requirePermission('profile:edit'), input));
}

export async function rememberTimeZoneAction(input: unknown) {
  return runAction(async () => rememberTimeZone(await requirePermission('profile:edit'), input));
}

export async function requestOfficialRoleAction(input: unknown) {
  return runAction(async () => requestOfficialRole(await requirePermission('profile:edit'), input));
}

/** The city picker's lookup; signed-in only, and bounded input. */
export async function searchCitiesAction(q: unknown, locale: unknown): Promise<CityOption[]> {
  if (!(await getCurrentUser())) return [];
  if (typeof q !== 'string' || q.length > 80 || !isLocale(locale)) return [];
  return searchCities(q, locale);
}
