import type { Actor } from './access/actor.ts';
import type { AuditContext } from './audit/record.ts';
import type { Db } from './db/client.ts';

/** What a use case gets: the database (it opens its own transaction), who acts, and how to audit. */
export interface UseCase {
  db: Db;
  actor: Actor;
  audit: AuditContext;
}
