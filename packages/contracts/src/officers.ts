import { z } from 'zod';
import { dateOut, isoDate, label, page, paging, uuid, version, zhEn } from './common.ts';

/** 行政执法证 or 行政执法监督证 number: letters, digits and hyphens as printed on the card */
export const certificateNumber = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{6,32}$/, {
    error: '证件号为6至32位字母、数字或连字符¦a certificate number is 6–32 letters, digits or hyphens',
  });

export const createOfficer = z.object({
  organisationId: uuid,
  name: label(40),
  /** a supervisor's user account, when the officer is a supervisor */
  userId: uuid.optional(),
  certificate: z.object({
    kind: z.enum(['enforcement', 'supervision']),
    number: certificateNumber,
    issuingAuthority: label(60),
    areas: z.array(label(30)).min(1, { error: '至少一个执法领域¦at least one area' }).max(20),
    validFrom: isoDate,
    validUntil: isoDate,
  }),
});

export const officerQuery = z.object({
  organisationId: uuid.optional(),
  q: z.string().trim().max(40).optional(),
  status: z.enum(['valid', 'seized', 'revoked', 'expired']).optional(),
  ...paging,
});

/** the officer list's filters, for its export (the whole list, not a page) */
export const officerExportQuery = officerQuery.omit({ limit: true, offset: true });

export const certificateAction = z.object({
  version,
  action: z.enum(['seize', 'return', 'revoke']),
  reason: label(500),
  /** the supervision case the seizure belongs to (第七条（八）) */
  caseId: uuid.optional(),
});

export const CERTIFICATE_STATUS_LABELS = {
  valid: { zh: '有效', en: 'Valid' },
  seized: { zh: '暂扣', en: 'Seized' },
  revoked: { zh: '注销', en: 'Revoked' },
  expired: { zh: '过期', en: 'Expired' },
} as const;

/** 第八条（四）: confirming an agency's enforcement qualification */
export const confirmQualification = z.object({
  agencyId: uuid,
  legalBasis: label(500),
  scope: z.array(label(30)).min(1, { error: '至少一个执法领域¦at least one area' }).max(30),
  /** the day the qualification took effect, when recording an earlier confirmation; default today */
  confirmedOn: isoDate.optional(),
});

export const revokeQualification = z.object({ reason: label(500) });

const certificateStatus = z.enum(['valid', 'seized', 'revoked', 'expired']);

/** a certificate as its reader sees it today (expired follows from the date), with each change */
export const certificateView = z.object({
  id: uuid,
  kind: z.enum(['enforcement', 'supervision']),
  number: z.string(),
  issuingAuthority: z.string(),
  areas: z.array(z.string()),
  validFrom: dateOut,
  validUntil: dateOut,
  status: certificateStatus,
  statusLabel: zhEn,
  version: z.number().int(),
  history: z.array(
    z.object({
      onDay: dateOut,
      from: z.string().nullable(),
      to: z.string(),
      reason: z.string(),
      article: z.string(),
      articleText: z.string(),
      caseId: uuid.nullable(),
      actorName: z.string(),
    }),
  ),
  /** what the reader may do with it now */
  actions: z.object({ seize: z.boolean(), return: z.boolean(), revoke: z.boolean() }),
});

export const officerView = z.object({
  id: uuid,
  name: z.string(),
  organisationId: uuid,
  organisationName: z.string(),
  regionCode: z.string(),
  userId: uuid.nullable(),
  active: z.boolean(),
  certificates: z.array(certificateView),
});
export const officerList = page(officerView);
export type CertificateView = z.infer<typeof certificateView>;
export type OfficerList = z.infer<typeof officerList>;

/** a certificate seized, returned or revoked, and the acts checked again for it (第十七条) */
export const certificateActed = z.object({
  id: uuid,
  status: z.enum(['valid', 'seized', 'revoked']),
  version: z.number().int(),
  recheck: z.object({ checked: z.number().int(), raised: z.number().int(), cleared: z.number().int() }),
});

/** an agency's qualification as a law enforcement body (第八条（四）) */
export const qualificationList = z.object({
  items: z.array(
    z.object({
      id: uuid,
      agencyId: uuid,
      agencyName: z.string(),
      regionCode: z.string(),
      government: z.string(),
      legalBasis: z.string(),
      scope: z.array(z.string()),
      confirmedOn: dateOut,
      revokedOn: dateOut.nullable(),
      revokeReason: z.string().nullable(),
    }),
  ),
});
export const qualificationConfirmed = z.object({ id: uuid, confirmedOn: dateOut });
export const qualificationRevoked = z.object({ id: uuid, revokedOn: dateOut });
/** the announcement issued: the document and its number */
export const announcementIssued = z.object({ id: uuid, number: z.string().nullable() });
/** the announcements published, sealed, for the public */
export const publishedAnnouncements = z.object({
  items: z.array(
    z.object({
      id: uuid,
      number: z.string(),
      title: z.string(),
      government: z.string(),
      issuedOn: dateOut,
      sha256: z.string(),
    }),
  ),
});
/** the agencies qualified as law enforcement bodies, as announced to the public */
export const qualifiedAgencies = z.object({
  items: z.array(
    z.object({
      agencyName: z.string(),
      government: z.string(),
      regionCode: z.string(),
      legalBasis: z.string(),
      scope: z.array(z.string()),
      confirmedOn: dateOut,
    }),
  ),
});

/** a certificate as anyone may check it: the holder's public card and nothing more */
export const publicCertificateView = z.object({
  number: z.string(),
  kind: z.enum(['enforcement', 'supervision']),
  holder: z.string(),
  organisation: z.string(),
  issuingAuthority: z.string(),
  areas: z.array(z.string()),
  validFrom: dateOut,
  validUntil: dateOut,
  status: certificateStatus,
});
export type PublicCertificateView = z.infer<typeof publicCertificateView>;
export type AnnouncementIssued = z.infer<typeof announcementIssued>;
