// Types of scripts/test-db.mjs for the TypeScript scripts.
export function recreateDatabase(url: string): Promise<void>;
export function freshMigratedDatabase(url: string): Promise<void>;
export function copyDatabase(fromUrl: string, toUrl: string): Promise<void>;
