// A case at the point each document is issued, for rendering every template without a database.
import type { CaseFacts, DocumentKind } from '@jiandu/procedure';
import { JINCHENG_2021 } from '@jiandu/regulation';
import type { DocumentData, StepRecord } from '../../apps/api/src/documents/data.ts';
import type { OfficialDocument } from '../../apps/api/src/documents/model.ts';
import { campaignReportDocument } from '../../apps/api/src/documents/templates/campaign-report.ts';
import { evaluationResults } from '../../apps/api/src/documents/templates/evaluation-results.ts';
import { qualificationAnnouncement } from '../../apps/api/src/documents/templates/qualification-announcement.ts';

/** 第九条（三）: the act supervised and what the investigation found */
export const NOTICE_ACT = {
  act: {
    name: '作出罚款2000元的行政处罚决定',
    number: '泽市监罚〔2024〕12号',
    madeOn: '2024-08-12',
    party: '泽州县南村镇便民超市',
    provisionApplied: '《中华人民共和国食品安全法》第一百二十六条',
    provisionCorrect: null,
  },
  found: '该局作出处罚决定前未以书面形式告知当事人陈述、申辩的权利',
};

const facts: CaseFacts = {
  state: 'decided',
  organId: 'organ',
  agencyId: 'agency',
  reviewingOrganId: 'city',
  filing: {
    proposal: 'file',
    draftedBy: 'u1',
    transferTo: null,
    reason: '经初步审查，符合立案条件。',
    approval: { by: 'u3', on: '2024-09-03', opinion: '同意立案，由张明、李华承办。' },
  },
  measures: [
    { kind: 'consult_files', supervisorIds: ['u1', 'u2'], on: '2024-09-05' },
    {
      kind: 'inquiry',
      supervisorIds: ['u1', 'u2'],
      on: '2024-09-05',
      place: '泽州县市场监督管理局三楼会议室',
      persons: [
        { name: '李某', role: '执法人员，泽州县市场监督管理局' },
        { name: '王某', role: '当事人' },
      ],
    },
  ],
  openAssistance: 0,
  findings: ['art13.1.3'],
  notice: { deadline: '2024-09-20', reportReceivedOn: null, found: NOTICE_ACT.found },
  act: NOTICE_ACT.act,
  decision: {
    kind: 'order_correction',
    grounds: ['art13.1.3', 'art15.1.3'],
    deadline: '2024-12-31',
    statement: '该局作出处罚决定前未告知当事人陈述、申辩的权利，送达的处罚决定书亦未加盖本机关印章。',
    draftedBy: 'u1',
    approvedBy: 'u3',
    sealed: true,
    servedOn: '2024-09-27',
    receivedOn: '2024-09-27',
    reviewDeadline: '2024-10-10',
  },
  unmetOrder: null,
  review: { appliedOn: '2024-10-08', external: false },
  // 行政执法监督条例第四十二条第二款: read only by the letter to the higher department
  higherDepartmentLetter: {
    department: '国家税务总局晋城市税务局',
    management: 'vertical',
    on: '2024-09-09',
    found: NOTICE_ACT.found,
    problems: ['作出行政处罚决定前未告知当事人陈述、申辩的权利', '送达的处罚决定书未加盖印章'],
  },
};

const step = (n: number, action: StepRecord['action'], on: string, actorName = '张明'): StepRecord => ({
  n,
  action,
  on,
  actorName,
});

export const STEPS: Record<string, StepRecord> = {
  approve_filing: step(
    2,
    { type: 'approve_filing', opinion: '同意立案，由张明、李华承办。' },
    '2024-09-03',
    '赵主任',
  ),
  record_measure: step(
    3,
    {
      type: 'record_measure',
      kind: 'inquiry',
      supervisorIds: ['u1', 'u2'],
      summary: '询问执法人员李某：问：罚款前是否告知当事人陈述申辩权利？答：没有书面告知。',
      on: '2024-09-05',
      place: '泽州县市场监督管理局三楼会议室',
      persons: [
        { name: '李某', role: '执法人员，泽州县市场监督管理局' },
        { name: '王某', role: '当事人' },
      ],
    },
    '2024-09-06',
  ),
  request_assistance: step(
    4,
    { type: 'request_assistance', unit: '泽州县财政局', matter: '请提供罚没款票据的领用记录。' },
    '2024-09-07',
  ),
  issue_notice: step(
    5,
    { type: 'issue_notice', ...NOTICE_ACT, findings: ['art13.1.3'], deadline: '2024-09-20' },
    '2024-09-09',
  ),
  inform_higher_department: step(
    5,
    {
      type: 'inform_higher_department',
      ...NOTICE_ACT,
      problems: ['作出行政处罚决定前未告知当事人陈述、申辩的权利', '送达的处罚决定书未加盖印章'],
    },
    '2024-09-09',
  ),
  approve_decision: step(8, { type: 'approve_decision' }, '2024-09-25', '赵主任'),
  serve_decision: step(
    10,
    { type: 'serve_decision', servedOn: '2024-09-27', receivedOn: '2024-09-27', method: 'direct' },
    '2024-09-27',
  ),
  decide_review: step(12, { type: 'decide_review', outcome: 'upheld' }, '2024-10-15', '孙处长'),
  conclude_lawful: step(
    6,
    { type: 'conclude_lawful', finding: '该局的处罚决定事实清楚、程序合法' },
    '2024-09-15',
  ),
};

export function sampleData(over: Partial<DocumentData> = {}): DocumentData {
  return {
    issuedOn: '2024-09-25',
    number: '泽执监决〔2024〕3号',
    organ: { name: '泽州县司法局', government: '泽州县人民政府' },
    agency: { name: '泽州县市场监督管理局' },
    caseTitle: '泽州县市场监督管理局罚款未告知陈述申辩权利案',
    registeredOn: '2024-09-02',
    filingNumber: '泽执监立〔2024〕7号',
    petition: {
      kind: 'complaint',
      channel: 'public_web',
      summary: '对个体工商户罚款时未告知陈述、申辩的权利。',
      receivedOn: '2024-09-02',
      occurredOn: '2024-08-12',
      petitioner: '王建国',
      address: '泽州县南村镇',
    },
    facts,
    pack: JINCHENG_2021,
    basisReference: null,
    names: { u1: '张明', u2: '李华', u3: '赵主任' },
    step: STEPS.approve_decision,
    steps: [
      step(
        1,
        {
          type: 'draft_filing',
          caseName: '检查时未出示执法证件案',
          proposal: 'file',
          reason: '符合立案条件',
        },
        '2024-09-02',
      ),
      STEPS.approve_filing,
    ],
    reviewOrgan: '晋城市司法局',
    decision: { number: '泽执监决〔2024〕3号', issuedOn: '2024-09-25' },
    notice: { number: '泽执监通〔2024〕5号', issuedOn: '2024-09-09' },
    ...over,
  };
}

/** the step of the sample case that issues each kind of document */
export const STEP_OF: Record<DocumentKind, keyof typeof STEPS | null> = {
  filing_approval_form: 'approve_filing',
  non_filing_notice: 'approve_filing',
  transfer_letter: 'approve_filing',
  assistance_letter: 'request_assistance',
  inquiry_record: 'record_measure',
  site_record: 'record_measure',
  supervision_notice: 'issue_notice',
  supervision_decision: 'approve_decision',
  higher_department_letter: 'inform_higher_department',
  service_receipt: 'serve_decision',
  review_decision: 'decide_review',
  petition_receipt: null,
  petition_reply: 'conclude_lawful',
};

/** the documents an organ issues outside a case, built from their templates with sample figures */
export function organSamples(): OfficialDocument[] {
  const organ = '泽州县司法局';
  const government = '泽州县人民政府';
  return [
    qualificationAnnouncement({
      government,
      organ,
      number: '泽执监公〔2024〕1号',
      issuedOn: '2024-03-01',
      packTitle: JINCHENG_2021.titleZh,
      agencies: [
        {
          name: '泽州县市场监督管理局',
          legalBasis: '《中华人民共和国行政处罚法》',
          scope: ['市场监管', '食品安全'],
          confirmedOn: '2024-02-20',
        },
        {
          name: '泽州县交通运输局',
          legalBasis: '《中华人民共和国公路法》',
          scope: ['交通运输'],
          confirmedOn: '2024-02-21',
        },
      ],
    }),
    evaluationResults({
      government,
      organ,
      number: '泽执监评〔2024〕1号',
      issuedOn: '2024-06-28',
      title: '2024年上半年行政执法案卷评查',
      period: { from: '2024-01-01', to: '2024-05-31' },
      files: 12,
      passMark: 60,
      agencies: [
        { rank: 1, name: '泽州县交通运输局', files: 6, average: 88.5, failing: 0 },
        { rank: 2, name: '泽州县市场监督管理局', files: 6, average: 71, failing: 1 },
      ],
      problems: [{ text: '未告知当事人陈述、申辩的权利', files: 3 }],
      failing: [{ agency: '泽州县市场监督管理局', caseNumber: '泽市监罚〔2024〕12号', score: 55 }],
    }),
    campaignReportDocument({
      government,
      organ,
      number: '泽执监专〔2024〕1号',
      issuedOn: '2024-11-15',
      packTitle: JINCHENG_2021.titleZh,
      theme: '涉企行政检查',
      scope: '县市场监督管理局、县交通运输局2024年以来的涉企行政检查。',
      periodFrom: '2024-10-08',
      periodTo: '2024-11-08',
      summary: '涉企行政检查总体规范，个别单位检查频次过高，已督促整改。',
      totals: { agencies: 2, visits: 3, problems: 2, casesOpened: 1, followUpsOpen: 1 },
      byAgency: [
        { agencyName: '泽州县市场监督管理局', visits: 2, problems: 2, casesOpened: 1, followUpsOpen: 1 },
        { agencyName: '泽州县交通运输局', visits: 1, problems: 0, casesOpened: 0, followUpsOpen: 0 },
      ],
      problems: [
        { agencyName: '泽州县市场监督管理局', text: '同一企业一月内检查三次。', caseOpened: true },
        { agencyName: '泽州县市场监督管理局', text: '检查记录未载明依据。', caseOpened: false },
      ],
    }),
  ];
}
