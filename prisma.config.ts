import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// The Prisma CLI downloads a native schema-engine binary unless one is
// installed or PRISMA_SCHEMA_ENGINE_BINARY names one. Where it cannot be
// downloaded, use the WebAssembly stand-in in prisma/engine/
// (docs/decisions/001-prisma-schema-engine-on-wasm.md). Machines that have
// the native engine keep it.
const nativeEngineInstalled = ['node_modules/@prisma/engines', 'node_modules/prisma'].some((dir) => {
  try {
    return fs.readdirSync(path.join(root, dir)).some((file) => file.startsWith('schema-engine-'));
  } catch {
    return false;
  }
});
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeEngineInstalled) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, 'prisma/engine/schema-engine.mjs');
}

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    // Not env("DATABASE_URL"): that throws when unset, even for `prisma generate`.
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_dev',
  },
});
