import { describe, expect, it } from 'vitest';
import { historyDetail, type HistoryWorkshop } from './history';

const workshops: HistoryWorkshop[] = [
  { id: 'w1', stage: 'INITIATIVE_A', logistics: [{ id: 'l1' }] },
  { id: 'w3', stage: 'MATCH_SPRINT', logistics: [] },
];
const start = new Date();
const later = new Date(start.getTime() + 2 * 86_400_000);

describe('a line of the pair history', () => {
  it('names the workshop a move was about, with its start before and after', () => {
    const row = {
      entityType: 'Workshop',
      entityId: 'w3',
      before: { startsAt: start.toISOString(), timeZone: 'Europe/Berlin' },
      after: { startsAt: later.toISOString(), timeZone: 'Europe/Kyiv' },
    };
    expect(historyDetail(row, workshops)).toEqual({
      stage: 'MATCH_SPRINT',
      from: start,
      to: later,
      zone: 'Europe/Kyiv',
      keptTime: false,
    });
  });

  it('names the workshop of a checklist item, and tells a change of details from a move', () => {
    const tick = { entityType: 'LogisticsItem', entityId: 'l1', before: null, after: { doneAt: 'x' } };
    expect(historyDetail(tick, workshops).stage).toBe('INITIATIVE_A');
    const same = { startsAt: start.toISOString(), timeZone: 'Europe/Berlin' };
    expect(
      historyDetail({ entityType: 'Workshop', entityId: 'w1', before: same, after: same }, workshops).keptTime,
    ).toBe(true);
  });

  it('names nothing for the pair itself or a row it cannot read', () => {
    const row = { entityType: 'BoosterPair', entityId: 'p', before: 'odd', after: { startsAt: 'not a date' } };
    expect(historyDetail(row, workshops)).toEqual({ stage: null, from: null, to: null, zone: null, keptTime: false });
  });
});
