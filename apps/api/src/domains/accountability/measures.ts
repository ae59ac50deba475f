// Measures of 第十六条 to 第十八条: a supervisor drafts one, the organ head approves or returns
// it; only an approved measure is in force and counts on the ladder. The procedure
// (decideMeasure) judges the draft and judges it again at approval, since time may have passed
// (a deadline running out opens 通报批评; a correction closes the ladder). Approving
// 暂扣行政执法证件 seizes the certificate through the officers' use case, in this transaction.
import { randomUUID } from 'node:crypto';
import type { approveMeasure, draftMeasure as draftMeasureBody, returnMeasure } from '@jiandu/contracts';
import { certificateStatusToday, decideMeasure, type MatterFacts } from '@jiandu/procedure';
import { getPack } from '@jiandu/regulation';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { sql } from '../../db/sql.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { shanghaiDate } from '../cases/today.ts';
import { actOnCertificate } from '../officers/service.ts';
import { matterForAction } from './policy.ts';
import { type MatterRow, type MeasureRow, officerCertificate } from './queries.ts';
import { withinTransaction } from './within.ts';

async function env(tx: Queryable, row: MatterRow, today: string) {
  const cert = row.officer_id ? await officerCertificate(tx, row.officer_id) : null;
  return {
    today,
    pack: getPack(row.pack_id),
    certificateStatus: cert ? certificateStatusToday(cert.status, cert.valid_until, today) : null,
    cert,
  };
}

const judge = (
  facts: MatterFacts,
  m: { kind: string; deadline?: string | null; reasons?: string | null },
  e: Awaited<ReturnType<typeof env>>,
) => {
  const d = decideMeasure(facts, m, e);
  if (!d.ok) throw refuse.byLaw(d.status, d.zh, d.en, d.article, d.field);
  return d;
};

export async function draftMeasure(uc: UseCase, matterId: string, input: z.infer<typeof draftMeasureBody>) {
  return uc.db.tx(async (tx) => {
    const { row, facts } = await matterForAction(tx, uc.actor, matterId, input.version, 'draft');
    const d = judge(facts, input, await env(tx, row, shanghaiDate(uc.audit.now)));
    const id = randomUUID();
    await tx.query(sql`INSERT INTO accountability_measures (id, matter_id, region_code, kind, status, article, deadline,
        reasons, document_ref, drafted_by, drafted_by_name, drafted_at)
      VALUES (${id}, ${matterId}, ${row.region_code}, ${input.kind}, 'drafted', ${d.article}, ${input.deadline ?? null}, ${input.reasons ?? null},
        ${input.documentRef ?? null}, ${uc.actor.userId}, ${uc.actor.displayName}, ${uc.audit.now})`);
    await bump(tx, row, uc.audit.now);
    await recordAudit(tx, uc.audit, {
      action: 'accountability.draft_measure',
      entityType: 'accountability_matter',
      entityId: matterId,
      before: { version: input.version },
      after: { version: input.version + 1, measure: { id, ...input } },
      article: d.article,
      organisationId: row.organ_id,
      regionCode: row.region_code,
    });
    return { id, matterId, version: input.version + 1 };
  });
}

/** the matter's measure, read in the matter's region */
async function draftOf(tx: Queryable, matter: { id: string; region_code: string }, measureId: string) {
  const [m] = await tx.query<MeasureRow>(
    sql`SELECT * FROM accountability_measures
      WHERE id = ${measureId} AND region_code = ${matter.region_code} AND matter_id = ${matter.id} FOR UPDATE`,
  );
  if (!m) throw refuse.notFound('处理措施', 'Measure');
  if (m.status !== 'drafted')
    throw refuse.field('measureId', '该处理措施已审批', 'this measure was decided already', 409);
  return m;
}

export async function approveDraft(
  uc: UseCase,
  matterId: string,
  measureId: string,
  input: z.infer<typeof approveMeasure>,
) {
  return uc.db.tx(async (tx) => {
    const { row, facts } = await matterForAction(tx, uc.actor, matterId, input.version, 'approve');
    const m = await draftOf(tx, row, measureId);
    if (m.drafted_by === uc.actor.userId)
      throw refuse.forbidden('不得审批本人拟办的处理措施', 'nobody approves his own draft');
    const today = shanghaiDate(uc.audit.now);
    const e = await env(tx, row, today);
    const d = judge({ ...facts, pendingDraft: false }, m, e);
    let certificate: { id: string; status: string } | null = null;
    if (m.kind === 'seize_certificate') {
      // the certificate changes through its own use case, which records its event and re-checks the acts
      const c = e.cert!;
      const r = await actOnCertificate(withinTransaction(uc, tx), c.id, {
        version: c.version,
        action: 'seize',
        reason: `责任追究（第十七条）：${m.reasons ?? row.facts}`.slice(0, 500),
      });
      certificate = { id: r.id, status: r.status };
    }
    await tx.query(sql`UPDATE accountability_measures SET status = 'approved', decided_by = ${uc.actor.userId},
        decided_by_name = ${uc.actor.displayName}, decided_at = ${uc.audit.now}, effective_on = ${today},
        certificate_id = ${certificate?.id ?? null}
      WHERE id = ${measureId} AND region_code = ${row.region_code}`);
    await bump(tx, row, uc.audit.now);
    await recordAudit(tx, uc.audit, {
      action: 'accountability.approve_measure',
      entityType: 'accountability_matter',
      entityId: matterId,
      before: { version: input.version, measures: facts.measures.map((x) => x.kind) },
      after: {
        version: input.version + 1,
        measure: { id: measureId, kind: m.kind, deadline: m.deadline },
        certificate,
      },
      article: d.article,
      organisationId: row.organ_id,
      regionCode: row.region_code,
    });
    return { id: measureId, matterId, version: input.version + 1, certificate };
  });
}

export async function returnDraft(
  uc: UseCase,
  matterId: string,
  measureId: string,
  input: z.infer<typeof returnMeasure>,
) {
  return uc.db.tx(async (tx) => {
    const { row } = await matterForAction(tx, uc.actor, matterId, input.version, 'approve');
    const m = await draftOf(tx, row, measureId);
    await tx.query(sql`UPDATE accountability_measures SET status = 'returned', decided_by = ${uc.actor.userId},
        decided_by_name = ${uc.actor.displayName}, decided_at = ${uc.audit.now}, return_reason = ${input.reason}
      WHERE id = ${measureId} AND region_code = ${row.region_code}`);
    await bump(tx, row, uc.audit.now);
    await recordAudit(tx, uc.audit, {
      action: 'accountability.return_measure',
      entityType: 'accountability_matter',
      entityId: matterId,
      before: { version: input.version },
      after: { version: input.version + 1, measure: { id: measureId, kind: m.kind }, reason: input.reason },
      article: m.article,
      organisationId: row.organ_id,
      regionCode: row.region_code,
    });
    return { id: measureId, matterId, version: input.version + 1 };
  });
}

async function bump(tx: Queryable, matter: { id: string; region_code: string }, now: Date) {
  await tx.query(
    sql`UPDATE accountability_matters SET version = version + 1, updated_at = ${now}
      WHERE id = ${matter.id} AND region_code = ${matter.region_code}`,
  );
}
