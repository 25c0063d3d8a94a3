import { type MaterialKind, type Stage } from '@/lib/enums';
import type { Topic } from '../../lib/toolbox/materials';

export type SeedVersion = { title: string; summary: string; body: string };

/** One toolbox material as written for the seed: facts, tags and at least two language versions. */
export type SeedMaterial = {
  slug: string;
  kind: MaterialKind;
  originalLocale: 'en' | 'de' | 'ru' | 'uk';
  stages: Stage[];
  topics: Topic[];
  durationMinutes?: number;
  groupSizeMin?: number;
  groupSizeMax?: number;
  versions: Partial<Record<'en' | 'de' | 'ru' | 'uk', SeedVersion>>;
  /** Templates come with a file: its name and text content. */
  file?: { fileName: string; text: string };
};
