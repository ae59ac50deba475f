// Use cases for officers and certificates: file an officer with a certificate, and seize,
// return or revoke a certificate with a recorded reason (第七条（八）, 第十七条). The procedure
// (decideCertificate) decides; this file loads, saves, records the event and audits.
import { randomUUID } from 'node:crypto';
import type { certificateAction, createOfficer as createOfficerBody } from '@jiandu/contracts';
import { decideCertificate } from '@jiandu/procedure';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { recheckOfficerActs } from '../acts/warnings.ts';
import { shanghaiDate } from '../cases/today.ts';
import { certificateForUpdate } from './queries.ts';

export async function createOfficer(uc: UseCase, input: z.infer<typeof createOfficerBody>) {
  if (uc.actor.role !== 'admin')
    throw refuse.forbidden('只有管理员可以登记执法人员', 'only an administrator may file officers');
  const c = input.certificate;
  if (c.validUntil < c.validFrom)
    throw refuse.field(
      'certificate.validUntil',
      '有效期止不能早于有效期起',
      'cannot precede the start of validity',
    );
  return uc.db.tx(async (tx) => {
    const [org] = await tx.query<{ id: string; kind: string; region_code: string }>(sql`
      SELECT id, kind, region_code FROM organisations WHERE id = ${input.organisationId} AND active
        AND region_code = ANY(${uc.actor.scope.regionCodes})`);
    if (!org)
      throw refuse.field(
        'organisationId',
        '请选择本辖区内有效的机关',
        'choose an active organisation in your jurisdiction',
      );
    const wanted = c.kind === 'enforcement' ? 'agency' : 'supervision_organ';
    if (org.kind !== wanted)
      throw refuse.field(
        'certificate.kind',
        c.kind === 'enforcement' ? '行政执法证须登记在行政执法机关' : '行政执法监督证须登记在监督机关',
        c.kind === 'enforcement'
          ? 'an enforcement certificate belongs to an agency'
          : 'a supervision credential belongs to an organ',
        422,
        c.kind === 'enforcement' ? 'art16.1.7' : 'art7.2',
      );
    if (input.userId) {
      const [u] =
        await tx.query(sql`SELECT 1 FROM users WHERE id = ${input.userId} AND organisation_id = ${org.id}
        AND role = 'supervisor' AND NOT EXISTS (SELECT 1 FROM officers WHERE user_id = ${input.userId})`);
      if (!u)
        throw refuse.field(
          'userId',
          '须为本机关尚未登记的监督人员账号',
          'must be a supervisor of the organ not yet filed',
        );
    }
    const [dup] = await tx.query(sql`SELECT 1 FROM certificates WHERE number = ${c.number}`);
    if (dup) throw refuse.field('certificate.number', '证件号已存在', 'this certificate number exists', 409);
    const officerId = randomUUID();
    const certificateId = randomUUID();
    await tx.query(sql`INSERT INTO officers (id, organisation_id, region_code, user_id, name, created_at)
      VALUES (${officerId}, ${org.id}, ${org.region_code}, ${input.userId ?? null}, ${input.name}, ${uc.audit.now})`);
    await tx.query(sql`INSERT INTO certificates (id, officer_id, region_code, kind, number, issuing_authority, areas, valid_from, valid_until,
        status, issued_at)
      VALUES (${certificateId}, ${officerId}, ${org.region_code}, ${c.kind}, ${c.number}, ${c.issuingAuthority}, ${JSON.stringify(c.areas)}::jsonb,
        ${c.validFrom}, ${c.validUntil}, 'valid', ${uc.audit.now})`);
    await recordAudit(tx, uc.audit, {
      action: 'officer.create',
      entityType: 'officer',
      entityId: officerId,
      after: { name: input.name, organisationId: org.id, certificate: { id: certificateId, ...c } },
      article: c.kind === 'enforcement' ? 'art16.1.7' : 'art7.2',
      organisationId: org.id,
      regionCode: org.region_code,
    });
    return { id: officerId, certificateId };
  });
}

export async function actOnCertificate(uc: UseCase, id: string, input: z.infer<typeof certificateAction>) {
  return uc.db.tx(async (tx) => {
    const cert = await certificateForUpdate(tx, uc.actor, id);
    if (!cert) throw refuse.notFound('执法证件', 'Certificate');
    // the supervision organ acts on certificates in its jurisdiction (第七条（八）); its head decides
    if (uc.actor.role !== 'organ_head' || uc.actor.organisationKind !== 'supervision_organ')
      throw refuse.forbidden(
        '只有监督机关负责人可以暂扣、发还或注销证件',
        'only the head of a supervision organ may do this',
        'art7.1.8',
      );
    if (cert.version !== input.version) throw refuse.stale();
    if (input.caseId) {
      const [c] = await tx.query(
        sql`SELECT 1 FROM supervision_cases WHERE id = ${input.caseId} AND region_code = ANY(${uc.actor.scope.regionCodes})
          AND organ_id = ${uc.actor.organisationId}`,
      );
      if (!c) throw refuse.field('caseId', '须为本机关办理的案件', 'must be a case of your organ');
    }
    const today = shanghaiDate(uc.audit.now);
    const d = decideCertificate(
      cert.status,
      cert.valid_until,
      { type: input.action, reason: input.reason },
      today,
    );
    if (!d.ok) throw refuse.byLaw(d.status, d.zh, d.en, d.article, d.field);
    await tx.query(
      sql`UPDATE certificates SET status = ${d.to}, version = version + 1
        WHERE id = ${cert.id} AND region_code = ${cert.region_code}`,
    );
    await tx.query(sql`INSERT INTO certificate_events (id, certificate_id, region_code, on_day, from_status, to_status, reason, article,
        case_id, actor_id, actor_name, at)
      VALUES (${randomUUID()}, ${cert.id}, ${cert.region_code}, ${today}, ${cert.status}, ${d.to}, ${input.reason}, ${d.article}, ${input.caseId ?? null},
        ${uc.actor.userId}, ${uc.actor.displayName}, ${uc.audit.now})`);
    // the acts this officer took from today are checked again; nothing else is
    const recheck = await recheckOfficerActs(
      tx,
      { id: cert.officer_id, region_code: cert.region_code },
      today,
      uc.audit.now,
    );
    await recordAudit(tx, uc.audit, {
      action: `certificate.${input.action}`,
      entityType: 'certificate',
      entityId: cert.id,
      before: { status: cert.status, version: cert.version },
      after: {
        status: d.to,
        version: cert.version + 1,
        reason: input.reason,
        caseId: input.caseId ?? null,
        recheck,
      },
      article: d.article,
      organisationId: cert.organisation_id,
      regionCode: cert.region_code,
    });
    return { id: cert.id, status: d.to, version: cert.version + 1, recheck };
  });
}
