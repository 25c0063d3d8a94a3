/**
 * The one permission map. Pages ask it to hide buttons, server actions ask it before
 * doing anything, and the query scopes in server/queries are built from it (`scopeOf`).
 * Safe in the browser: no data access here, and Prisma only as types.
 */
import type { Role } from '@/lib/enums';
import type { Prisma } from '@/server/generated/prisma/client';

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
  /** An application not yet submitted: it names cities, but only its own people see it. */
  isDraft?: boolean;
};

/** The records whose reading the query scopes guard, with the where clause Prisma takes for each. */
type Wheres = { application: Prisma.ApplicationWhereInput; pair: Prisma.BoosterPairWhereInput };
export type ScopedResource = keyof Wheres;

type RelationRule = {
  /** Whether the actor stands in this relation to one record, decided on its facts. */
  holds: (actor: Actor, facts: ResourceFacts) => boolean;
  /**
   * The same relation as a query: the records of a kind the actor stands in it to, or null for none.
   * A kind left out cannot be scoped by this relation (scopeOf refuses it).
   */
  where: { [K in ScopedResource]?: (actor: Actor) => Wheres[K] | null };
};

const everything = () => ({});
const isCoordinator = (actor: Actor) => actor.role === 'COORDINATOR';
/** The city an official speaks for, once a coordinator has verified them. */
const officialCity = (actor: Actor) =>
  actor.role === 'CITY_OFFICIAL' && actor.isVerifiedOfficial ? actor.officialCityId : null;

const RELATIONS: Record<Relation, RelationRule> = {
  'signed-in': { holds: () => true, where: { application: everything, pair: everything } },
  coordinator: {
    holds: isCoordinator,
    where: { application: (a) => (isCoordinator(a) ? {} : null), pair: (a) => (isCoordinator(a) ? {} : null) },
  },
  // A pair's applicantId and partnerUserId are its application's, copied by triggers (migration pair_members).
  'applicant-of': {
    holds: (a, f) => !!f.applicantId && f.applicantId === a.id,
    where: { application: (a) => ({ applicantId: a.id }), pair: (a) => ({ applicantId: a.id }) },
  },
  'partner-of': {
    holds: (a, f) => !!f.partnerUserId && f.partnerUserId === a.id,
    where: { application: (a) => ({ partnerUserId: a.id }), pair: (a) => ({ partnerUserId: a.id }) },
  },
  'official-of-city': {
    // A draft is its applicant's and partner's business: the cities it names have no official of it
    // until it is submitted. (Pairs have no drafts.)
    holds: (a, f) => {
      const city = officialCity(a);
      return !!city && !f.isDraft && !!f.cityIds?.includes(city);
    },
    where: {
      application: (a) => {
        const city = officialCity(a);
        return city ? { status: { not: 'DRAFT' }, OR: [{ applicantCityId: city }, { partnerCityId: city }] } : null;
      },
      pair: (a) => {
        const city = officialCity(a);
        return city ? { OR: [{ cityAId: city }, { cityBId: city }] } : null;
      },
    },
  },
  'host-city-official': {
    holds: (a, f) => {
      const city = officialCity(a);
      return !!city && f.hostCityId === city;
    },
    where: {},
  },
  'host-city-member': { holds: (a, f) => !!f.hostCityMemberIds?.includes(a.id), where: {} },
  'facilitator-of': {
    holds: (a, f) => !!f.facilitatorIds?.includes(a.id),
    where: { pair: (a) => ({ workshops: { some: { facilitators: { some: { userId: a.id } } } } }) },
  },
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
  const relations = Object.keys(RELATIONS) as Relation[];
  return new Set(relations.filter((relation) => RELATIONS[relation].holds(actor, facts)));
}

export function can(actor: Actor | null | undefined, permission: Permission, facts?: ResourceFacts): boolean {
  if (!actor) return false;
  const relations = relationsOf(actor, facts);
  return PERMISSIONS[permission].some((relation) => relations.has(relation));
}

/**
 * The where clause for the records of one kind the actor holds `permission` on: the OR of its relations'
 * fragments, so that a query finds exactly the records `can()` allows (server/queries/scopes.int.test.ts).
 */
export function scopeOf<K extends ScopedResource>(actor: Actor, permission: Permission, resource: K): Wheres[K] {
  const fragments: Wheres[K][] = [];
  for (const relation of PERMISSIONS[permission]) {
    const fragment = RELATIONS[relation].where[resource];
    if (!fragment) throw new Error(`'${relation}' has no ${resource} scope, so '${permission}' cannot be queried`);
    const where = fragment(actor);
    if (where && Object.keys(where).length === 0) return where; // this relation alone reaches every record
    if (where) fragments.push(where);
  }
  return { OR: fragments } as Wheres[K];
}
