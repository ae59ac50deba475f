// 专项监督情况报告 (第七条（七）): what a special campaign covered, what it found and which cases it
// opened, by agency, reported to the government in the organ's name.
import { cnDate } from '../layout.ts';
import type { OfficialDocument } from '../model.ts';

export interface CampaignReportInput {
  government: string;
  organ: string;
  number: string;
  issuedOn: string;
  packTitle: string;
  theme: string;
  scope: string;
  periodFrom: string;
  periodTo: string;
  summary: string;
  totals: { agencies: number; visits: number; problems: number; casesOpened: number; followUpsOpen: number };
  byAgency: {
    agencyName: string;
    visits: number;
    problems: number;
    casesOpened: number;
    followUpsOpen: number;
  }[];
  problems: { agencyName: string; text: string; caseOpened: boolean }[];
}

export function campaignReportDocument(a: CampaignReportInput): OfficialDocument {
  const t = a.totals;
  return {
    kind: 'campaign_report',
    issuerHead: a.organ,
    title: `关于${a.theme}专项监督情况的报告`,
    number: a.number,
    separator: true,
    addressee: a.government,
    body: [
      {
        type: 'p',
        text: `根据《${a.packTitle}》第七条关于“日常监督和专项监督相结合”的规定，${cnDate(a.periodFrom)}至${cnDate(a.periodTo)}，我局组织开展了${a.theme}专项监督。现将有关情况报告如下：`,
      },
      { type: 'h1', text: '一、监督范围' },
      { type: 'p', text: a.scope },
      { type: 'h1', text: '二、基本情况' },
      {
        type: 'p',
        text: `本次专项监督涉及行政执法机关${t.agencies}个，开展现场监督${t.visits}次，发现问题${t.problems}个，依法立案监督${t.casesOpened}件，尚未办结的整改事项${t.followUpsOpen}项。`,
      },
      {
        type: 'form',
        rows: a.byAgency.map((g) => ({
          label: g.agencyName,
          value: `现场监督${g.visits}次；发现问题${g.problems}个；立案${g.casesOpened}件；未办结整改${g.followUpsOpen}项`,
        })),
      },
      { type: 'h1', text: '三、发现的主要问题' },
      ...(a.problems.length
        ? a.problems.map((p, i) => ({
            type: 'p' as const,
            text: `${i + 1}. ${p.agencyName}：${p.text}${p.caseOpened ? '（已立案监督）' : ''}`,
          }))
        : [{ type: 'p' as const, text: '未发现问题。' }]),
      { type: 'h1', text: '四、总结' },
      { type: 'p', text: a.summary },
      { type: 'p', text: '特此报告。' },
    ],
    attachments: [],
    signature: { name: a.organ, date: cnDate(a.issuedOn) },
    note: null,
    colophon: null,
  };
}
