import { describe, expect, it } from 'vitest';
import { inviterLabel } from './inviter';

const org = (name: string, side = 'APPLICANT', position = 0) => ({ side, position, organisation: { name } });

describe('who an invitation says it is from', () => {
  it('names the person and their first own organisation', () => {
    expect(
      inviterLabel({
        name: 'Eva Früh',
        email: 'eva@example.org',
        organisations: [org('Partnerverein', 'PARTNER'), org('Stadt Bonn', 'APPLICANT', 1), org('Bürgerverein')],
      }),
    ).toBe('Eva Früh (Bürgerverein)');
  });

  it('falls back to the organisation, then the address, never to a dash', () => {
    expect(inviterLabel({ name: null, email: 'e@example.org', organisations: [org('Stadt Bonn')] })).toBe('Stadt Bonn');
    expect(inviterLabel({ name: '  ', email: 'e@example.org', organisations: [] })).toBe('e@example.org');
  });
});
