import { describe, expect, it } from 'vitest';
import { COUNTRIES, STAGES, WorkshopStage } from './enums';

describe('enums', () => {
  it('list every stage once, in the programme order', () => {
    expect([...STAGES].sort()).toEqual(Object.values(WorkshopStage).sort());
    expect(STAGES[0]).toBe('INITIATIVE_A');
    expect(STAGES[3]).toBe('SPRINT_SUCCEED');
  });

  it('give the four programme countries', () => {
    expect([...COUNTRIES].sort()).toEqual(['BY', 'DE', 'RU', 'UA']);
  });
});
