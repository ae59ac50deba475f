// Phrases every template uses, so that one wording of the law appears once.
import { PETITION_KIND_LABELS } from '@jiandu/contracts';
import {
  bareText,
  cite,
  citeBasis,
  citeProcedure,
  citingLaw,
  getProvision,
  type ProvisionId,
  type RulePack,
  refersToProcedure,
} from '@jiandu/regulation';
import type { DocumentData, StepRecord } from '../data.ts';
import { cnDate } from '../layout.ts';
import type { OfficialDocument } from '../model.ts';

/** 申请, 投诉, 举报 — the labels the rest of the system uses */
export const petitionKindZh = (kind: keyof typeof PETITION_KIND_LABELS) => PETITION_KIND_LABELS[kind].zh;
export const PETITIONER_ZH = { application: '申请人', complaint: '投诉人', report: '举报人' } as const;

export const CHANNEL_ZH: Record<string, string> = {
  public_web: '网上',
  paper: '书面',
  phone: '电话',
  hotline_12345: '12345热线',
  visit: '来访',
};

/** 《办法》第十三条第一款第（三）项 */
export const article = (pack: RulePack, id: ProvisionId) => cite(id, pack).zh;
export const articleShort = (pack: RulePack, id: ProvisionId) => cite(id, pack).short;

/** "违反法定程序" — the item's words, for use inside a sentence */
export const groundText = (pack: RulePack, id: ProvisionId) =>
  bareText(getProvision(pack, id).text).replace(/的$/, '');

/** the law the case's documents cite: by its registration date, with the basis recorded (第十九条) */
const citing = (d: DocumentData) => citingLaw(d.registeredOn, d.pack, d.basisReference);

/**
 * what a step rests on, before 的规定: 《办法》第九条第（三）项; for a case registered from 2026-02-01,
 * 《行政执法监督条例》第二条、第六条第一款，参照《办法》（依“…”继续适用）第九条第（三）项
 */
export const basisCited = (d: DocumentData, refs: string) => citeBasis(citing(d), refs);

/** the national regulation governs the case and the pack its steps follow is only referred to (参照) */
export const procedureReferred = (d: DocumentData) => refersToProcedure(citing(d));

/** a provision cited on its own (a ground, a time limit), 参照 where the national regulation governs */
export const provisionCited = (d: DocumentData, refs: string, titled = true) =>
  citeProcedure(citing(d), refs, titled);

export const names = (d: DocumentData, ids: readonly string[]) =>
  ids.map((id) => d.names[id] ?? id).join('、');

/** the petition, as the first sentence of a letter: 你于2024年9月2日通过网上提出的投诉 */
export function petitionPhrase(d: DocumentData): string {
  const p = d.petition;
  if (!p) return '';
  return `${cnDate(p.receivedOn)}通过${CHANNEL_ZH[p.channel] ?? ''}方式提出的${petitionKindZh(p.kind)}`;
}

/**
 * The parts every outgoing letter shares; templates fill in the rest. The issuer is always the
 * supervision organ (第十条第一款: 行政执法监督机关作出处理决定的，应当出具《行政执法监督决定书》):
 * its name heads the document, signs it and prints it (版记). What it seals with is the
 * 本级人民政府行政执法监督专用章, stamped on the PDF (pdf/seal.ts), not a change of issuer.
 */
export function outgoing(
  d: DocumentData,
  title: string,
  addressee: string | null,
  body: OfficialDocument['body'],
  opts: { attachments?: string[]; cc?: string | null } = {},
): OfficialDocument {
  const issuer = d.organ.name;
  return {
    kind: '',
    issuerHead: issuer,
    title,
    number: d.number,
    separator: true,
    addressee,
    body,
    attachments: opts.attachments ?? [],
    signature: { name: issuer, date: cnDate(d.issuedOn) },
    note: null,
    colophon: opts.cc !== undefined ? { cc: opts.cc, printer: issuer, printedOn: cnDate(d.issuedOn) } : null,
  };
}

/** the step of a kind last taken before the document, if any */
export function lastStep<T extends StepRecord['action']['type']>(d: DocumentData, type: T) {
  return [...d.steps].reverse().find((s) => s.action.type === type) as
    | (StepRecord & { action: Extract<StepRecord['action'], { type: T }> })
    | undefined;
}

/** 立案: the day the organ's head approved the filing form (第九条（一）), not the day of registration */
export const filedOn = (d: DocumentData) =>
  d.facts.filing?.proposal === 'file' ? (lastStep(d, 'approve_filing')?.on ?? null) : null;

/** the case by its 案由, as a sentence names it: 某局罚款未出具票据案 → 某局罚款未出具票据一案 */
export const caseCalled = (d: DocumentData) => `${d.caseTitle.replace(/一?案$/, '')}一案`;

/**
 * the petition and its filing as an opening, in the 案由 staff stated — never the petitioner's words,
 * which do not leave the organ: 本机关于…收到对你单位的投诉。经本机关负责人批准，本机关于…对…一案立案（…）。
 */
export function caseOpening(d: DocumentData): string {
  const filed = filedOn(d);
  const number = d.filingNumber ? `（${d.filingNumber}）` : '';
  if (!d.petition)
    return filed
      ? `经本机关负责人批准，本机关于${cnDate(filed)}对你单位的行政执法行为立案监督${number}。`
      : '';
  const received = `本机关于${cnDate(d.petition.receivedOn)}收到对你单位的${petitionKindZh(d.petition.kind)}。`;
  return filed
    ? `${received}经本机关负责人批准，本机关于${cnDate(filed)}对${caseCalled(d)}立案${number}。`
    : received;
}

/** an internal form or record: no number line, no signature block */
export function internal(d: DocumentData, title: string, body: OfficialDocument['body']): OfficialDocument {
  return {
    kind: '',
    issuerHead: d.organ.name,
    title,
    number: d.number,
    separator: false,
    addressee: null,
    body,
    attachments: [],
    signature: null,
    note: null,
    colophon: null,
  };
}
