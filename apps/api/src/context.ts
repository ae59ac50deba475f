import type { Config } from './config.ts';
import type { Db } from './db/client.ts';

/** What every route and use case may use: the database, the configuration, the clock. */
export interface AppContext {
  db: Db;
  config: Config;
  now: () => Date;
  version: string;
}
