import fs from 'node:fs';
import path from 'node:path';
import type { SeedMaterial, SeedVersion } from './materials-types';

export type { SeedMaterial } from './materials-types';

/**
 * The toolbox as seeded: 33 materials, each in at least two languages, covering all four stages.
 * Each is a folder in `materials/`, numbered in the order they were published: `material.json` holds the
 * facts, tags and each language's title and summary; `<locale>.md` is that language's body, written as
 * Markdown so authors edit it as they would in the app; a template's download is the one file in `file/`.
 * Read from the repository root, where every seed, test and benchmark runs.
 */
const ROOT = path.resolve(process.cwd(), 'prisma/seed-data/materials');

type MaterialFile = Omit<SeedMaterial, 'versions' | 'file'> & {
  versions: Partial<Record<keyof SeedMaterial['versions'], Omit<SeedVersion, 'body'>>>;
};

function readMaterial(folder: string): SeedMaterial {
  const dir = path.join(ROOT, folder);
  const facts = JSON.parse(fs.readFileSync(path.join(dir, 'material.json'), 'utf8')) as MaterialFile;
  const versions = Object.fromEntries(
    Object.entries(facts.versions).map(([locale, head]) => [
      locale,
      { ...head, body: fs.readFileSync(path.join(dir, `${locale}.md`), 'utf8').replace(/\n$/, '') },
    ]),
  );
  const fileDir = path.join(dir, 'file');
  const [fileName] = fs.existsSync(fileDir) ? fs.readdirSync(fileDir) : [];
  const file = fileName ? { fileName, text: fs.readFileSync(path.join(fileDir, fileName), 'utf8') } : undefined;
  return { ...facts, versions, ...(file && { file }) };
}

export const SEED_MATERIALS: SeedMaterial[] = fs
  .readdirSync(ROOT)
  .filter((name) => fs.statSync(path.join(ROOT, name)).isDirectory())
  .sort()
  .map(readMaterial);
