// The actor that seeds and maintenance scripts act as: an administrator over every
// region, recorded in the audit log as the system itself.
import type { Actor } from '../access/actor.ts';
import { SYSTEM_ACTOR } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import type { UseCase } from '../use-case.ts';

export async function systemUseCase(db: Db, now: Date, requestId = 'seed'): Promise<UseCase> {
  const codes = (await db.query<{ code: string }>(sql`SELECT code FROM regions`)).map((r) => r.code);
  const actor: Actor = {
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    displayName: SYSTEM_ACTOR.displayName,
    role: 'admin',
    organisationId: '00000000-0000-0000-0000-000000000000',
    organisationKind: 'supervision_organ',
    organisationName: 'system',
    organisationNameEn: 'system',
    regionCode: '',
    regionName: '',
    regionNameEn: '',
    scope: { regionCodes: codes, organisationId: null },
  };
  return { db, actor, audit: { actor: SYSTEM_ACTOR, requestId, now } };
}
