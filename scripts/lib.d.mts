// Types of scripts/lib.mjs, the plain ESM helpers shared by the npm scripts, for the TypeScript scripts.
export const ROOT: string;
export function bin(name: string): string;
export function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options?: { timeoutMs?: number } & Record<string, unknown>,
): Promise<void>;
export function portIsFree(port: number): Promise<boolean>;
export function freePorts(start: number, offsets: number[], step?: number): Promise<number>;
export function prismaMigrateDeploy(env: NodeJS.ProcessEnv): Promise<void>;
export function seed(env: NodeJS.ProcessEnv): Promise<void>;
export function buildIsStale(): boolean;
export function clearDataCache(): void;
