// Calls the app's server actions over HTTP as the browser does: a POST to a page that uses the action, with
// its id (from the build's server-reference manifest) in the Next-Action header and the arguments as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib.mjs';

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

/** The id of an exported server action of the current build. */
export function actionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as Manifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename === filename,
  );
  if (!found) throw new Error(`server action ${exportedName} of ${filename} is not in the build (run next build)`);
  return found[0];
}

export type ActionAnswer = {
  /** HTTP status; 0 when no answer came (connection refused, timeout). */
  status: number;
  /** The action's result (lib/action-result.ts), when the answer held one. */
  result?: { ok: boolean; code?: string; data?: Record<string, unknown> };
  error?: string;
  startedAt: number;
  endedAt: number;
};

export async function callAction(
  base: string,
  page: string,
  id: string,
  cookie: string,
  args: unknown[],
  timeoutMs = 20_000,
): Promise<ActionAnswer> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${base}${page}`, {
      method: 'POST',
      headers: {
        'Next-Action': id,
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
        Origin: base,
        Cookie: cookie,
      },
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await response.text();
    // The Flight answer holds the result as its row 1: `1:{"ok":true,"data":{…}}`.
    const row = /^1:(\{.*\})$/m.exec(body)?.[1];
    let result: ActionAnswer['result'];
    try {
      result = row ? (JSON.parse(row) as ActionAnswer['result']) : undefined;
    } catch {
      result = undefined;
    }
    return {
      status: response.status,
      result,
      startedAt,
      endedAt: Date.now(),
      error: result ? undefined : body.slice(0, 200),
    };
  } catch (error) {
    return { status: 0, error: (error as Error).message, startedAt, endedAt: Date.now() };
  }
}
