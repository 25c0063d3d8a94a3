import { describe, expect, it } from 'vitest';
import { pickVersion, durationParts, parseMaterialView } from './materials';
import { ZMaterialSchema } from '@/lib/validation/toolbox';

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

describe('a material page address', () => {
  it('has one address per view: the reader’s version, a chosen one, or two side by side', () => {
    expect(parseMaterialView(undefined)).toEqual({});
    expect(parseMaterialView([])).toEqual({});
    expect(parseMaterialView(['de'])).toEqual({ lang: 'de' });
    expect(parseMaterialView(['uk', 'de'])).toEqual({ lang: 'uk', compare: 'de' });
  });
  it('is not found for anything else', () => {
    for (const segments of [['xx'], ['de', 'de'], ['de', 'fr'], ['de', 'uk', 'ru'], ['DE']]) {
      expect(parseMaterialView(segments)).toBeNull();
    }
  });
  it('keeps the library’s own addresses out of the slugs', () => {
    const result = ZMaterialSchema.safeParse({ slug: 'search' });
    expect(result.success).toBe(false);
    const slugIssue = result.error?.issues.find((i) => i.path[0] === 'slug');
    expect(slugIssue?.message).toBe('toolboxAdmin.slugReserved');
  });
});
