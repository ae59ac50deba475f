// Use cases for user accounts. Passwords never enter the audit log; deactivating a user
// or resetting a password ends that user's sessions.
import { randomUUID } from 'node:crypto';
import type { createUser as CreateUserSchema, updateUser as UpdateUserSchema, User } from '@jiandu/contracts';
import type { z } from 'zod';
import { hashPassword } from '../../access/passwords.ts';
import { revokeUserSessions } from '../../access/sessions.ts';
import { recordAudit } from '../../audit/record.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { getOrganisation } from '../organisations/queries.ts';
import { assertRoleFits } from './policy.ts';
import { getUser } from './queries.ts';

export async function createUser(uc: UseCase, input: z.infer<typeof CreateUserSchema>): Promise<User> {
  const passwordHash = await hashPassword(input.password); // outside the transaction: it is slow on purpose
  return uc.db.tx(async (tx) => {
    const org = await getOrganisation(tx, uc.actor.scope, input.organisationId);
    if (!org)
      throw refuse.field(
        'organisationId',
        '单位不存在或不在管辖范围内',
        'no such organisation in your jurisdiction',
      );
    if (!org.active) throw refuse.field('organisationId', '单位已停用', 'the organisation is deactivated');
    assertRoleFits(input.role, org.kind);
    const [dup] = await tx.query(sql`SELECT 1 FROM users WHERE username = ${input.username}`);
    if (dup) throw refuse.field('username', '用户名已被使用', 'username is taken', 409);
    const id = randomUUID();
    await tx.query(sql`INSERT INTO users (id, username, display_name, role, organisation_id, password_hash, email)
      VALUES (${id}, ${input.username}, ${input.displayName}, ${input.role}, ${org.id}, ${passwordHash},
        ${input.email ?? null})`);
    const user = (await getUser(tx, null, id, uc.audit.now))!;
    await recordAudit(tx, uc.audit, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      after: user,
      organisationId: org.id,
      regionCode: org.regionCode,
    });
    return user;
  });
}

export async function updateUser(
  uc: UseCase,
  id: string,
  input: z.infer<typeof UpdateUserSchema>,
): Promise<User> {
  return uc.db.tx(async (tx) => {
    const before = await getUser(tx, uc.actor.scope, id, uc.audit.now, true);
    if (!before) throw refuse.notFound('用户', 'User');
    if (before.version !== input.version) throw refuse.stale();
    if (id === uc.actor.userId && (input.active === false || (input.role && input.role !== before.role)))
      throw refuse.field(
        input.active === false ? 'active' : 'role',
        '不能停用自己或更改自己的角色',
        'you cannot deactivate yourself or change your own role',
      );
    const orgId = input.organisationId ?? before.organisationId;
    const org = await getOrganisation(tx, uc.actor.scope, orgId);
    if (!org)
      throw refuse.field(
        'organisationId',
        '单位不存在或不在管辖范围内',
        'no such organisation in your jurisdiction',
      );
    const role = input.role ?? before.role;
    assertRoleFits(role, org.kind);
    await tx.query(sql`UPDATE users SET display_name = ${input.displayName ?? before.displayName}, role = ${role},
      organisation_id = ${orgId}, active = ${input.active ?? before.active},
      email = ${input.email === undefined ? before.email : input.email}, version = version + 1, updated_at = ${uc.audit.now}
      WHERE id = ${id}`);
    // a changed role, organisation or deactivation takes effect now, not at the next login
    if (role !== before.role || orgId !== before.organisationId || input.active === false)
      await revokeUserSessions(tx, id, uc.audit.now);
    const after = (await getUser(tx, null, id, uc.audit.now))!;
    await recordAudit(tx, uc.audit, {
      action: before.active && !after.active ? 'user.deactivate' : 'user.update',
      entityType: 'user',
      entityId: id,
      before,
      after,
      organisationId: org.id,
      regionCode: org.regionCode,
    });
    return after;
  });
}

export async function resetPassword(uc: UseCase, id: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await uc.db.tx(async (tx) => {
    const user = await getUser(tx, uc.actor.scope, id, uc.audit.now, true);
    if (!user) throw refuse.notFound('用户', 'User');
    await tx.query(sql`UPDATE users SET password_hash = ${passwordHash}, failed_logins = 0, locked_until = NULL,
      version = version + 1, updated_at = ${uc.audit.now} WHERE id = ${id}`);
    const revoked = await revokeUserSessions(tx, id, uc.audit.now);
    await recordAudit(tx, uc.audit, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      after: { sessionsEnded: revoked },
      organisationId: user.organisationId,
      regionCode: user.regionCode,
    });
  });
}

export async function unlockUser(uc: UseCase, id: string): Promise<User> {
  return uc.db.tx(async (tx) => {
    const before = await getUser(tx, uc.actor.scope, id, uc.audit.now, true);
    if (!before) throw refuse.notFound('用户', 'User');
    await tx.query(
      sql`UPDATE users SET failed_logins = 0, locked_until = NULL, version = version + 1 WHERE id = ${id}`,
    );
    // every address waiting on the account may try again
    await tx.query(sql`DELETE FROM login_backoff WHERE user_id = ${id}`);
    const after = (await getUser(tx, null, id, uc.audit.now))!;
    await recordAudit(tx, uc.audit, {
      action: 'user.unlock',
      entityType: 'user',
      entityId: id,
      before: { locked: before.locked },
      after: { locked: false },
      organisationId: before.organisationId,
      regionCode: before.regionCode,
    });
    return after;
  });
}
