import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { Mailer } from './mail/mailer.ts';

/** What every route and use case may use: the database, the configuration, the clock. */
export interface AppContext {
  db: Db;
  config: Config;
  now: () => Date;
  version: string;
  /** outgoing mail (JIANDU_SMTP_URL); none when unset */
  mailer?: Mailer | null;
}
