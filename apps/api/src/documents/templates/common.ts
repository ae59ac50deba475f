// Phrases every template uses, so that one wording of the law appears once.
import { PETITION_KIND_LABELS } from '@jiandu/contracts';
import { bareText, cite, getProvision, type ProvisionId, type RulePack } from '@jiandu/regulation';
import type { DocumentData } from '../data.ts';
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

/** 《晋城市行政执法监督暂行办法》 */
export const packTitle = (pack: RulePack) => `《${pack.titleZh}》`;

export const names = (d: DocumentData, ids: readonly string[]) =>
  ids.map((id) => d.names[id] ?? id).join('、');

/** the petition, as the first sentence of a letter: 你于2024年9月2日通过网上提出的投诉 */
export function petitionPhrase(d: DocumentData): string {
  const p = d.petition;
  if (!p) return '';
  return `${cnDate(p.receivedOn)}通过${CHANNEL_ZH[p.channel] ?? ''}方式提出的${petitionKindZh(p.kind)}`;
}

/** the parts every outgoing letter shares; templates fill in the rest */
export function outgoing(
  d: DocumentData,
  title: string,
  addressee: string | null,
  body: OfficialDocument['body'],
  opts: { government?: boolean; attachments?: string[]; cc?: string | null } = {},
): OfficialDocument {
  const signer = opts.government ? d.organ.government : d.organ.name;
  return {
    kind: '',
    issuerHead: signer,
    title,
    number: d.number,
    separator: true,
    addressee,
    body,
    attachments: opts.attachments ?? [],
    signature: { name: signer, date: cnDate(d.issuedOn) },
    note: null,
    colophon:
      opts.cc !== undefined ? { cc: opts.cc, printer: d.organ.name, printedOn: cnDate(d.issuedOn) } : null,
  };
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
