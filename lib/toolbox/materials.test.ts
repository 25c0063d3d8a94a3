import { describe, expect, it } from 'vitest';
import { pickVersion, durationParts } from './materials';

describe('pickVersion', () => {
  const versions = [
    { locale: 'de' as const, title: 'Weltcafé' },
    { locale: 'ru' as const, title: 'Мировое кафе' },
  ];
  it('gives the reader their language when it exists', () => {
    expect(pickVersion(versions, 'ru', 'de')).toEqual({ version: versions[1], isFallback: false });
  });
  it('falls back to the original and says so', () => {
    expect(pickVersion(versions, 'uk', 'de')).toEqual({ version: versions[0], isFallback: true });
  });
  it('uses any version when the original is missing, and nothing when there is none', () => {
    expect(pickVersion(versions, 'uk', 'en')?.version).toBe(versions[0]);
    expect(pickVersion([], 'uk', 'en')).toBeNull();
  });
  it('splits durations', () => {
    expect(durationParts(150)).toEqual({ hours: 2, minutes: 30 });
  });
});
