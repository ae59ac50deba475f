// 第八条（四）: the organ confirms an agency's enforcement qualification (主体资格) with its legal
// basis and scope, and revokes it; the public sees which agencies of each government are
// qualified. A new confirmation ends the current one on the same day.
import { randomUUID } from 'node:crypto';
import type { confirmQualification } from '@jiandu/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { qualificationAnnouncement } from '../../documents/templates/qualification-announcement.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { governingPack } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { issuerOf } from '../documents/context.ts';
import { issueOrganDocument } from '../documents/issue.ts';

const headOfOrgan = (uc: UseCase) => {
  if (uc.actor.role !== 'organ_head' || uc.actor.organisationKind !== 'supervision_organ')
    throw refuse.forbidden(
      '只有监督机关负责人可以确认或撤销主体资格',
      'only the head of a supervision organ may do this',
      'art8.1.4',
    );
};

/** the agency, if it belongs to the organ's own government (第二条: the organ acts for it) */
async function agencyOfOwnGovernment(q: Queryable, uc: UseCase, agencyId: string) {
  const [a] = await q.query<{ id: string; name: string; region_code: string }>(sql`
    SELECT id, name, region_code FROM organisations
    WHERE id = ${agencyId} AND kind = 'agency' AND active AND region_code = ${uc.actor.regionCode}`);
  return a ?? null;
}

export async function confirm(uc: UseCase, input: z.infer<typeof confirmQualification>) {
  headOfOrgan(uc);
  return uc.db.tx(async (tx) => {
    const a = await agencyOfOwnGovernment(tx, uc, input.agencyId);
    if (!a)
      throw refuse.field(
        'agencyId',
        '须为本级人民政府所属的行政执法机关',
        'must be an agency of your own government',
        400,
        'art8.1.4',
      );
    const today = shanghaiDate(uc.audit.now);
    const from = input.confirmedOn ?? today;
    if (from > today)
      throw refuse.field('confirmedOn', '确认日期不能晚于今天', 'cannot be in the future', 400, 'art8.1.4');
    const [later] = await tx.query(
      sql`SELECT 1 FROM qualifications WHERE agency_id = ${a.id} AND confirmed_on > ${from}`,
    );
    if (later)
      throw refuse.field(
        'confirmedOn',
        '已有更晚的确认记录',
        'a later confirmation is on record',
        409,
        'art8.1.4',
      );
    await tx.query(sql`UPDATE qualifications SET revoked_on = ${from}, revoked_by = ${uc.actor.userId},
      revoke_reason = '重新确认' WHERE agency_id = ${a.id} AND revoked_on IS NULL`);
    const id = randomUUID();
    await tx.query(sql`INSERT INTO qualifications (id, agency_id, region_code, legal_basis, scope, confirmed_on, confirmed_by, created_at)
      VALUES (${id}, ${a.id}, ${a.region_code}, ${input.legalBasis}, ${JSON.stringify(input.scope)}::jsonb, ${from},
        ${uc.actor.userId}, ${uc.audit.now})`);
    await recordAudit(tx, uc.audit, {
      action: 'qualification.confirm',
      entityType: 'qualification',
      entityId: id,
      after: { agencyId: a.id, legalBasis: input.legalBasis, scope: input.scope, confirmedOn: from },
      article: 'art8.1.4',
      organisationId: a.id,
      regionCode: a.region_code,
    });
    return { id, confirmedOn: from };
  });
}

export async function revoke(uc: UseCase, id: string, reason: string) {
  headOfOrgan(uc);
  return uc.db.tx(async (tx) => {
    const [q] = await tx.query<{
      id: string;
      agency_id: string;
      region_code: string;
      revoked_on: string | null;
    }>(sql`
      SELECT id, agency_id, region_code, revoked_on FROM qualifications WHERE id = ${id}
        AND region_code = ${uc.actor.regionCode} FOR UPDATE`);
    if (!q) throw refuse.notFound('主体资格', 'Qualification');
    if (q.revoked_on) throw refuse.field('id', '主体资格已撤销', 'already revoked', 409, 'art8.1.4');
    const today = shanghaiDate(uc.audit.now);
    await tx.query(sql`UPDATE qualifications SET revoked_on = ${today}, revoked_by = ${uc.actor.userId}, revoke_reason = ${reason}
      WHERE id = ${id}`);
    await recordAudit(tx, uc.audit, {
      action: 'qualification.revoke',
      entityType: 'qualification',
      entityId: id,
      after: { revokedOn: today, reason },
      article: 'art8.1.4',
      organisationId: q.agency_id,
      regionCode: q.region_code,
    });
    return { id, revokedOn: today };
  });
}

export interface QualificationRow {
  id: string;
  agency_id: string;
  agency_name: string;
  region_code: string;
  government: string;
  legal_basis: string;
  scope: string[];
  confirmed_on: string;
  revoked_on: string | null;
  revoke_reason: string | null;
}

const SELECT = sql`SELECT q.id, q.agency_id, a.name AS agency_name, q.region_code, g.name AS government, q.legal_basis, q.scope,
    q.confirmed_on, q.revoked_on, q.revoke_reason
  FROM qualifications q JOIN organisations a ON a.id = q.agency_id
  JOIN organisations g ON g.region_code = q.region_code AND g.kind = 'government'
  JOIN regions r ON r.code = q.region_code`;

/** all confirmations in the actor's jurisdiction, current and past */
export async function listQualifications(q: Queryable, regionCodes: string[]) {
  return q.query<QualificationRow>(
    sql`${SELECT} WHERE q.region_code = ANY(${regionCodes}) ORDER BY r.path, a.name, q.confirmed_on DESC`,
  );
}

/** the public announcement: the agencies qualified today, per government */
export async function qualifiedAgencies(q: Queryable, regionCode: string | null) {
  return q.query<QualificationRow>(sql`${SELECT} WHERE q.revoked_on IS NULL AND a.active
    ${regionCode ? sql`AND q.region_code = ${regionCode}` : sql``} ORDER BY r.path, a.name`);
}

/**
 * 第八条（四）"并向社会公告": the organ head issues the announcement of the government's
 * qualified agencies as a numbered document; sealed (POST /documents/:id/seal), it is public.
 */
export async function issueAnnouncement(uc: UseCase) {
  headOfOrgan(uc);
  return uc.db.tx(async (tx) => {
    const agencies = await qualifiedAgencies(tx, uc.actor.regionCode);
    if (!agencies.length)
      throw refuse.field(
        'agencies',
        '本级尚无已确认主体资格的行政执法机关',
        'no agency of your government is confirmed yet',
        422,
        'art8.1.4',
      );
    const issuer = await issuerOf(tx, uc.actor.organisationId);
    const today = shanghaiDate(uc.audit.now);
    const doc = await issueOrganDocument(tx, {
      issuer,
      kind: 'qualification_announcement',
      regionCode: uc.actor.regionCode,
      issuedOn: today,
      issuedAt: uc.audit.now,
      issuedBy: uc.actor.userId,
      build: (number) =>
        qualificationAnnouncement({
          government: issuer.government,
          organ: issuer.name,
          number,
          issuedOn: today,
          packTitle: governingPack(today).titleZh,
          agencies: agencies.map((a) => ({
            name: a.agency_name,
            legalBasis: a.legal_basis,
            scope: a.scope,
            confirmedOn: a.confirmed_on,
          })),
        }),
    });
    await recordAudit(tx, uc.audit, {
      action: 'document.issue',
      entityType: 'document',
      entityId: doc.id,
      after: {
        kind: 'qualification_announcement',
        number: doc.number,
        contentSha256: doc.contentSha256,
        agencies: agencies.length,
      },
      article: 'art8.1.4',
      organisationId: issuer.id,
      regionCode: uc.actor.regionCode,
    });
    return { id: doc.id, number: doc.number };
  });
}

/** sealed announcements, for the public */
export async function publishedAnnouncements(q: Queryable, regionCode: string | null) {
  return q.query<{
    id: string;
    number: string;
    title: string;
    issued_on: string;
    government: string;
    pdf_sha256: string;
    region_code: string;
  }>(sql`
    SELECT d.id, d.region_code, d.number, d.title, d.issued_on, g.name AS government, d.pdf_sha256
    FROM documents d JOIN organisations o ON o.id = d.organ_id JOIN organisations g ON g.id = o.parent_id
    WHERE d.kind = 'qualification_announcement' AND d.sealed_at IS NOT NULL AND d.cancelled_at IS NULL
      ${regionCode ? sql`AND d.region_code = ${regionCode}` : sql``}
    ORDER BY d.issued_at DESC`);
}
