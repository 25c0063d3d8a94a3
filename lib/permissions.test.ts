import { describe, expect, it } from 'vitest';
import { can, type Actor } from './permissions';

const applicant: Actor = { id: 'u1', role: 'APPLICANT', officialCityId: null, isVerifiedOfficial: false };
const other: Actor = { id: 'u2', role: 'APPLICANT', officialCityId: null, isVerifiedOfficial: false };
const official: Actor = { id: 'o1', role: 'CITY_OFFICIAL', officialCityId: 'kharkiv', isVerifiedOfficial: true };
const unverified: Actor = { ...official, id: 'o2', isVerifiedOfficial: false };
const coordinator: Actor = { id: 'c1', role: 'COORDINATOR', officialCityId: null, isVerifiedOfficial: false };
const application = { applicantId: 'u1', partnerUserId: 'p1', cityIds: ['kharkiv', 'nuernberg'] };

describe('can()', () => {
  it('denies everything to nobody', () => {
    expect(can(null, 'application:create')).toBe(false);
    expect(can(undefined, 'coordinator:access')).toBe(false);
  });

  it('keeps coordinator tools to coordinators', () => {
    expect(can(coordinator, 'coordinator:access')).toBe(true);
    expect(can(coordinator, 'people:manage')).toBe(true);
    for (const actor of [applicant, official, unverified]) {
      expect(can(actor, 'coordinator:access')).toBe(false);
      expect(can(actor, 'people:manage')).toBe(false);
    }
  });

  it('lets the applicant and the partner read and edit their application, nobody else edit it', () => {
    expect(can(applicant, 'application:read', application)).toBe(true);
    expect(can(applicant, 'application:edit', application)).toBe(true);
    expect(can({ ...other, id: 'p1' }, 'application:edit', application)).toBe(true);
    expect(can(other, 'application:read', application)).toBe(false);
    expect(can(coordinator, 'application:edit', application)).toBe(false);
  });

  it("lets an official read their city's applications once submitted, never another person's draft", () => {
    expect(can(official, 'application:read', application)).toBe(true);
    expect(can(official, 'application:read', { ...application, isDraft: true })).toBe(false);
    expect(can(applicant, 'application:read', { ...application, isDraft: true })).toBe(true);
    expect(can(unverified, 'application:read', application)).toBe(false);
  });

  it('lets only a verified official of one of the cities endorse', () => {
    expect(can(official, 'application:endorse', application)).toBe(true);
    expect(can(unverified, 'application:endorse', application)).toBe(false);
    expect(can({ ...official, officialCityId: 'minsk' }, 'application:endorse', application)).toBe(false);
  });

  it('lets the host city tick its checklist, not the other city', () => {
    expect(can(official, 'logistics:tick', { hostCityId: 'kharkiv' })).toBe(true);
    expect(can(official, 'logistics:tick', { hostCityId: 'nuernberg' })).toBe(false);
    expect(can(applicant, 'logistics:tick', { hostCityId: 'kharkiv', hostCityMemberIds: ['u1'] })).toBe(true);
  });
});
