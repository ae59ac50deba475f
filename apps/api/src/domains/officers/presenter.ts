// An officer with certificates as the API shows them: the status a reader sees today
// (expired follows from the date), each change with its reason and article.
import { CERTIFICATE_STATUS_LABELS } from '@jiandu/contracts';
import { certificateStatusToday } from '@jiandu/procedure';
import { cite } from '@jiandu/regulation';
import type { Actor } from '../../access/actor.ts';
import type { CertificateRow, certificateEvents, OfficerRow } from './queries.ts';

type EventRow = Awaited<ReturnType<typeof certificateEvents>>[number];

export function presentCertificate(
  c: CertificateRow,
  events: EventRow[],
  today: string,
  actor: Actor | null,
) {
  const status = certificateStatusToday(c.status, c.valid_until, today);
  const head = actor?.role === 'organ_head' && actor.organisationKind === 'supervision_organ';
  return {
    id: c.id,
    kind: c.kind,
    number: c.number,
    issuingAuthority: c.issuing_authority,
    areas: c.areas,
    validFrom: c.valid_from,
    validUntil: c.valid_until,
    status,
    statusLabel: CERTIFICATE_STATUS_LABELS[status],
    version: c.version,
    history: events
      .filter((e) => e.certificate_id === c.id)
      .map((e) => ({
        onDay: e.on_day,
        from: e.from_status,
        to: e.to_status,
        reason: e.reason,
        article: e.article,
        articleText: cite(e.article).zh,
        caseId: e.case_id,
        actorName: e.actor_name,
      })),
    actions: {
      seize: head && status === 'valid',
      return: head && c.status === 'seized',
      revoke: head && c.status !== 'revoked',
    },
  };
}

export function presentOfficer(
  o: OfficerRow,
  certs: CertificateRow[],
  events: EventRow[],
  today: string,
  actor: Actor,
) {
  return {
    id: o.id,
    name: o.name,
    organisationId: o.organisation_id,
    organisationName: o.organisation_name,
    regionCode: o.region_code,
    userId: o.user_id,
    active: o.active,
    certificates: certs
      .filter((c) => c.officer_id === o.id)
      .map((c) => presentCertificate(c, events, today, actor)),
  };
}
