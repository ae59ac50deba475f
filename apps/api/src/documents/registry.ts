// Every official document kind: its name, the article that calls for it, the code in its
// number (晋市执监决〔2024〕3号), whether it bears the supervision seal, and its template.
// A new kind is one entry here and one template; the procedure only names the kind.
import { DOCUMENT_KINDS, type DocumentKind } from '@jiandu/procedure';
import type { DocumentData } from './data.ts';
import type { OfficialDocument } from './model.ts';
import { assistanceLetter } from './templates/assistance-letter.ts';
import { filingApprovalForm } from './templates/filing-approval-form.ts';
import { higherDepartmentLetter } from './templates/higher-department-letter.ts';
import { inquiryRecord, siteRecord } from './templates/measure-records.ts';
import { nonFilingNotice } from './templates/non-filing-notice.ts';
import { petitionReceipt, petitionReply } from './templates/petition-letters.ts';
import { reviewDecision } from './templates/review-decision.ts';
import { serviceReceipt } from './templates/service-receipt.ts';
import { supervisionDecision } from './templates/supervision-decision.ts';
import { supervisionNotice } from './templates/supervision-notice.ts';
import { transferLetter } from './templates/transfer-letter.ts';

export interface DocumentKindSpec {
  zh: string;
  en: string;
  article: string;
  /** the 代字 after the organ's prefix in the number; null for unnumbered forms and records */
  numberCode: string | null;
  /** bears the 行政执法监督专用章 of the government at the organ's level (第十条) */
  sealable: boolean;
  /** goes out to someone and so is served (送达); internal forms and records are not */
  delivered: boolean;
  /** false where the document has nobody to go to (an anonymous petitioner) */
  applies: (d: Pick<DocumentData, 'petition'>) => boolean;
  /** `caseOrgan`: the organ handling the case, whose decision a review decision reviews */
  build: (d: DocumentData, extra: { caseOrgan: string }) => OfficialDocument;
}

const always = () => true;
const toPetitioner = (d: Pick<DocumentData, 'petition'>) => Boolean(d.petition?.petitioner);

const SPECS: Record<DocumentKind, Omit<DocumentKindSpec, 'zh' | 'article' | 'delivered'>> = {
  filing_approval_form: {
    en: 'Filing approval form',
    numberCode: '立',
    sealable: false,
    applies: always,
    build: filingApprovalForm,
  },
  non_filing_notice: {
    en: 'Notice of non-filing',
    numberCode: '告',
    sealable: false,
    applies: toPetitioner,
    build: nonFilingNotice,
  },
  transfer_letter: {
    en: 'Letter of transfer',
    numberCode: '移',
    sealable: false,
    applies: always,
    build: transferLetter,
  },
  assistance_letter: {
    en: 'Letter requesting assistance',
    numberCode: '协',
    sealable: false,
    applies: always,
    build: assistanceLetter,
  },
  inquiry_record: {
    en: 'Record of inquiry',
    numberCode: null,
    sealable: false,
    applies: always,
    build: inquiryRecord,
  },
  site_record: {
    en: 'Record of on-site inspection',
    numberCode: null,
    sealable: false,
    applies: always,
    build: siteRecord,
  },
  supervision_notice: {
    en: 'Supervision notice',
    numberCode: '通',
    sealable: true,
    applies: always,
    build: supervisionNotice,
  },
  supervision_decision: {
    en: 'Supervision decision',
    numberCode: '决',
    sealable: true,
    applies: always,
    build: supervisionDecision,
  },
  higher_department_letter: {
    en: 'Letter telling the higher competent department the problems found',
    numberCode: '函',
    sealable: false,
    applies: always,
    build: higherDepartmentLetter,
  },
  service_receipt: {
    en: 'Proof of service',
    numberCode: null,
    sealable: false,
    applies: always,
    build: serviceReceipt,
  },
  review_decision: {
    en: 'Review decision',
    numberCode: '复',
    sealable: true,
    applies: always,
    build: (d, x) => reviewDecision(d, x.caseOrgan),
  },
  petition_receipt: {
    en: 'Receipt to the petitioner',
    numberCode: null,
    sealable: false,
    applies: toPetitioner,
    build: petitionReceipt,
  },
  petition_reply: {
    en: 'Reply to the petitioner',
    numberCode: '答',
    sealable: false,
    applies: toPetitioner,
    build: petitionReply,
  },
};

/** the numbered kinds other than the filing form go out to the agency, a petitioner or another body */
const INTERNAL: readonly DocumentKind[] = ['filing_approval_form'];

export const DOCUMENT_SPECS: Record<DocumentKind, DocumentKindSpec> = Object.fromEntries(
  Object.entries(SPECS).map(([k, v]) => [
    k,
    {
      ...v,
      ...DOCUMENT_KINDS[k as DocumentKind],
      delivered: v.numberCode !== null && !INTERNAL.includes(k as DocumentKind),
    },
  ]),
) as Record<DocumentKind, DocumentKindSpec>;

/** documents the organ issues outside any case: built by their own use case, not from a case */
export const ORGAN_DOCUMENT_SPECS = {
  qualification_announcement: {
    zh: '行政执法主体资格公告',
    en: 'Announcement of qualified agencies',
    article: 'art8.1.4',
    numberCode: '公',
    sealable: true,
    delivered: false,
  },
  evaluation_results: {
    zh: '行政执法案卷评查结果通报',
    en: 'Results of a case-file evaluation',
    article: 'art8.1.1',
    numberCode: '评',
    sealable: true,
    delivered: false,
  },
  campaign_report: {
    zh: '专项监督情况报告',
    en: 'Report on a special campaign',
    article: 'art7.1.7',
    numberCode: '专',
    sealable: false,
    delivered: false,
  },
} as const;

type SpecSummary = Pick<DocumentKindSpec, 'zh' | 'en' | 'article' | 'numberCode' | 'sealable' | 'delivered'>;

export const documentSpec = (kind: string): SpecSummary | undefined =>
  Object.hasOwn(DOCUMENT_SPECS, kind)
    ? DOCUMENT_SPECS[kind as DocumentKind]
    : Object.hasOwn(ORGAN_DOCUMENT_SPECS, kind)
      ? ORGAN_DOCUMENT_SPECS[kind as keyof typeof ORGAN_DOCUMENT_SPECS]
      : undefined;

/** build the content of a document, with its kind stamped on it */
export function buildDocument(kind: DocumentKind, d: DocumentData, caseOrgan: string): OfficialDocument {
  return { ...DOCUMENT_SPECS[kind].build(d, { caseOrgan }), kind };
}

/** a preview's number: the year, the sequence left blank — it is drawn only at issue */
export const draftNumber = (prefix: string, code: string, year: number) =>
  `${prefix}${code}〔${year}〕　　号`;

/** 晋市执监决〔2024〕3号 */
export const formatNumber = (prefix: string, code: string, year: number, seq: number) =>
  `${prefix}${code}〔${year}〕${seq}号`;
