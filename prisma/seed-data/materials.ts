import { METHOD_CARDS } from './materials-methods';
import { GUIDES } from './materials-guides';
import { FORMATS_STORIES_TEMPLATES } from './materials-formats';
import type { SeedMaterial } from './materials-types';

export type { SeedMaterial } from './materials-types';

/** The toolbox as seeded: 33 materials, each in at least two languages, covering all four stages. */
export const SEED_MATERIALS: SeedMaterial[] = [...METHOD_CARDS, ...GUIDES, ...FORMATS_STORIES_TEMPLATES];
