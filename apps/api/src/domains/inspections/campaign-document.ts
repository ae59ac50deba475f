// The 专项监督情况报告 (第七条（七）): issued once, after the campaign is summarised, numbered like
// every document of the organ, its content frozen with its hash, in one transaction with the
// audit event. Downloads go through the documents routes like any organ document.
import { recordAudit } from '../../audit/record.ts';
import { sql } from '../../db/sql.ts';
import { campaignReportDocument } from '../../documents/templates/campaign-report.ts';
import { refuse } from '../../http/problem.ts';
import type { UseCase } from '../../use-case.ts';
import { governingPack } from '../cases/service.ts';
import { shanghaiDate } from '../cases/today.ts';
import { issuerOf } from '../documents/context.ts';
import { issueOrganDocument } from '../documents/issue.ts';
import { ownCampaign, requireOrganStaff } from './policy.ts';
import { campaignReport } from './report.ts';

export async function issueCampaignReport(uc: UseCase, campaignId: string) {
  requireOrganStaff(uc.actor);
  return uc.db.tx(async (tx) => {
    const c = await ownCampaign(tx, uc.actor, campaignId);
    const [{ doc }] = await tx.query<{ doc: string | null }>(
      sql`SELECT report_document_id AS doc FROM campaigns WHERE id = ${c.id}`,
    );
    if (c.state !== 'summarised' || doc)
      throw refuse.byLaw(
        409,
        doc ? '本次专项监督的情况报告已经印发' : '专项监督总结后方可印发情况报告',
        doc ? 'the report was already issued' : 'the report follows the summary',
        'art7.1.7',
      );
    const report = await campaignReport(tx, uc.actor, c);
    const issuer = await issuerOf(tx, c.organ_id);
    const today = shanghaiDate(uc.audit.now);
    const {
      id,
      number,
      contentSha256: hash,
    } = await issueOrganDocument(tx, {
      issuer,
      kind: 'campaign_report',
      regionCode: c.region_code,
      issuedOn: today,
      issuedAt: uc.audit.now,
      issuedBy: uc.actor.userId,
      build: (number) =>
        campaignReportDocument({
          government: issuer.government,
          organ: issuer.name,
          number,
          issuedOn: today,
          packTitle: governingPack(today).titleZh,
          theme: c.theme,
          scope: c.scope,
          periodFrom: c.period_from,
          periodTo: c.period_to,
          summary: c.summary ?? '',
          totals: report.totals,
          byAgency: report.byAgency,
          problems: report.problems.map((p) => ({
            agencyName: p.agencyName,
            text: p.text,
            caseOpened: !!p.caseId,
          })),
        }),
    });
    await tx.query(sql`UPDATE campaigns SET report_document_id = ${id}, version = version + 1, updated_at = ${uc.audit.now}
      WHERE id = ${c.id}`);
    await recordAudit(tx, uc.audit, {
      action: 'document.issue',
      entityType: 'document',
      entityId: id,
      after: { kind: 'campaign_report', campaignId: c.id, number, contentSha256: hash },
      article: 'art7.1.7',
      organisationId: issuer.id,
      regionCode: c.region_code,
    });
    return { documentId: id, number };
  });
}
