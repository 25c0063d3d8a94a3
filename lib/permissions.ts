/**
 * The one permission map. Pages ask it to hide buttons, server actions ask it before
 * doing anything, and the query scopes in server/queries use the same relations.
 * Safe in the browser: no data access here.
 */
import type { Role } from '@/lib/enums';

export type Actor = {
  id: string;
  role: Role;
  officialCityId: string | null;
  /** Officials count only once a coordinator has verified them. */
  isVerifiedOfficial: boolean;
};

/** How a person stands to a record. Roles alone are not enough: an applicant is applicant *of* something. */
export type Relation =
  | 'signed-in'
  | 'coordinator'
  | 'applicant-of'
  | 'partner-of'
  | 'official-of-city'
  | 'host-city-official'
  | 'host-city-member'
  | 'facilitator-of';

/** The facts about a record that decide relations; every field is optional so one shape serves all. */
export type ResourceFacts = {
  applicantId?: string | null;
  partnerUserId?: string | null;
  cityIds?: (string | null | undefined)[];
  hostCityId?: string | null;
  hostCityMemberIds?: string[];
  facilitatorIds?: string[];
};

export const PERMISSIONS = {
  'coordinator:access': ['coordinator'],
  'people:manage': ['coordinator'],
  'call:manage': ['coordinator'],
  'application:create': ['signed-in'],
  'application:read': ['coordinator', 'applicant-of', 'partner-of', 'official-of-city'],
  'application:edit': ['applicant-of', 'partner-of'],
  'application:endorse': ['official-of-city'],
  'application:withdraw': ['applicant-of'],
  'application:invite': ['applicant-of'],
  'application:confirm-partner': ['partner-of'],
  'application:return': ['coordinator'],
  'application:review': ['coordinator'],
  'review:manage': ['coordinator'],
  'decision:manage': ['coordinator'],
  'outbox:review': ['coordinator'],
  'pair:read': ['coordinator', 'applicant-of', 'partner-of', 'official-of-city', 'facilitator-of'],
  'pair:withdraw': ['coordinator', 'applicant-of', 'partner-of'],
  'pair:calendar': ['coordinator', 'applicant-of', 'partner-of', 'official-of-city', 'facilitator-of'],
  'workshop:schedule': ['coordinator'],
  'workshop:record': ['coordinator'],
  'logistics:add': ['coordinator'],
  'logistics:tick': ['coordinator', 'host-city-official', 'host-city-member'],
  'material:author': ['coordinator'],
  'profile:edit': ['signed-in'],
} as const satisfies Record<string, readonly Relation[]>;

export type Permission = keyof typeof PERMISSIONS;

export function relationsOf(actor: Actor, facts: ResourceFacts = {}): Set<Relation> {
  const relations = new Set<Relation>(['signed-in']);
  if (actor.role === 'COORDINATOR') relations.add('coordinator');
  if (facts.applicantId && facts.applicantId === actor.id) relations.add('applicant-of');
  if (facts.partnerUserId && facts.partnerUserId === actor.id) relations.add('partner-of');
  const isOfficial = actor.role === 'CITY_OFFICIAL' && actor.isVerifiedOfficial && !!actor.officialCityId;
  if (isOfficial && facts.cityIds?.includes(actor.officialCityId)) relations.add('official-of-city');
  if (isOfficial && facts.hostCityId && facts.hostCityId === actor.officialCityId) relations.add('host-city-official');
  if (facts.hostCityMemberIds?.includes(actor.id)) relations.add('host-city-member');
  if (facts.facilitatorIds?.includes(actor.id)) relations.add('facilitator-of');
  return relations;
}

export function can(actor: Actor | null | undefined, permission: Permission, facts?: ResourceFacts): boolean {
  if (!actor) return false;
  const relations = relationsOf(actor, facts);
  return PERMISSIONS[permission].some((relation) => relations.has(relation));
}
