import 'server-only';
import pg from 'pg';

export type Patience = {
  /** How long one attempt waits for a connection (a free slot in the pool, or the server's answer). */
  connectTimeoutMs: number;
  /** Attempts before the error reaches the caller. */
  attempts: number;
  /** Pause before the second attempt; doubled for each further one, up to 5 s. */
  retryDelayMs: number;
};

export const DEFAULT_PATIENCE: Patience = { connectTimeoutMs: 15_000, attempts: 6, retryDelayMs: 250 };

// Wrong credentials or a missing database will not heal by waiting.
const isPermanent = (error: unknown) => {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('28') || code === '3D000');
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type ConnectCallback = (
  err: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;

/**
 * A pg pool that waits and tries again when it cannot get a connection: the embedded database
 * serves one connection and refuses a second while the first is still closing, and on a busy
 * machine the one connection can be held longer than a single connect timeout. Only connecting
 * is retried; a query that reached the server is never sent twice.
 */
export class PatientPool extends pg.Pool {
  private readonly patience: Patience;

  constructor(config: pg.PoolConfig, patience: Patience = DEFAULT_PATIENCE) {
    super({ ...config, connectionTimeoutMillis: patience.connectTimeoutMs });
    this.patience = patience;
  }

  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const attempt = async (): Promise<pg.PoolClient> => {
      for (let n = 1; ; n += 1) {
        try {
          return await super.connect();
        } catch (error) {
          if (n >= this.patience.attempts || isPermanent(error) || this.ending) throw error;
          await sleep(Math.min(this.patience.retryDelayMs * 2 ** (n - 1), 5_000));
        }
      }
    };
    if (!callback) return attempt();
    attempt().then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | boolean | undefined)),
      (error: Error) => callback(error, undefined, () => {}),
    );
  }
}
