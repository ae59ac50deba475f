// A document as the API shows it: number, state, seal and service, and what the user may do.
import { SERVICE_METHOD_LABELS } from '@jiandu/contracts';
import type { Actor } from '../../access/actor.ts';
import { documentSpec } from '../../documents/registry.ts';
import type { DocumentRow, ServiceRow } from './queries.ts';

export function presentDocument(d: DocumentRow, services: ServiceRow[], actor: Actor) {
  const spec = documentSpec(d.kind);
  const issuer = actor.organisationId === d.organ_id;
  const served = services.length > 0;
  return {
    id: d.id,
    caseId: d.case_id,
    kind: d.kind,
    name: { zh: spec?.zh ?? d.kind, en: spec?.en ?? d.kind },
    article: spec?.article ?? null,
    number: d.number,
    title: d.title,
    issuedOn: d.issued_on,
    issuedBy: d.issued_by_name,
    contentSha256: d.content_sha256,
    sealable: spec?.sealable ?? false,
    sealed: d.sealed_at
      ? { at: d.sealed_at.toISOString(), by: d.sealed_by_name, pdfSha256: d.pdf_sha256 }
      : null,
    cancelled: d.cancelled_at ? { at: d.cancelled_at.toISOString(), reason: d.cancel_reason } : null,
    services: services.map((s) => ({
      id: s.id,
      method: s.method,
      methodLabel: SERVICE_METHOD_LABELS[s.method as keyof typeof SERVICE_METHOD_LABELS] ?? null,
      recipient: s.recipient,
      servedOn: s.served_on,
      receivedOn: s.received_on,
      recordedBy: s.recorded_by_name,
    })),
    // the buttons this user may press now; the server checks again when pressed
    actions: {
      seal:
        issuer &&
        !d.sealed_at &&
        !d.cancelled_at &&
        Boolean(spec?.sealable) &&
        d.kind !== 'supervision_decision' &&
        ['supervisor', 'organ_head', 'reviewer'].includes(actor.role),
      serve:
        issuer &&
        !d.cancelled_at &&
        d.kind !== 'supervision_decision' &&
        Boolean(spec?.delivered) &&
        ['supervisor', 'organ_head', 'reviewer'].includes(actor.role),
      cancel: issuer && actor.role === 'organ_head' && !d.cancelled_at && !d.sealed_at && !served,
    },
  };
}
