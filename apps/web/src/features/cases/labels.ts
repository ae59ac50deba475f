// Chinese and English names of case states, actions, measures, decisions and grounds.
export const STATE: Record<string, [string, string, string]> = {
  registered: ['已登记', 'Registered', 'default'],
  filing_pending: ['待批准立案', 'Filing awaiting approval', 'gold'],
  not_filed: ['不予立案', 'Not filed', 'default'],
  transferred: ['已移交', 'Transferred', 'default'],
  investigating: ['调查核实中', 'Investigating', 'blue'],
  notice_issued: ['已发监督通知书', 'Notice issued', 'orange'],
  decision_pending: ['待作出决定', 'Decision pending', 'volcano'],
  decided: ['已送达决定书', 'Decision served', 'red'],
  under_review: ['复查中', 'Under review', 'purple'],
  executed: ['已执行', 'Executed', 'cyan'],
  closed: ['已结案', 'Closed', 'green'],
  archived: ['已归档', 'Archived', 'default'],
};

export const MEASURES: Record<string, [string, string]> = {
  hear_report: ['听取行政执法工作报告', 'Hear a report'],
  consult_files: ['查阅、复制、调取案卷材料', 'Consult and copy case files'],
  inquiry: ['询问并制作询问笔录', 'Inquiry with a record'],
  site_investigation: ['实地调查、勘验', 'On-site investigation'],
  commissioned_appraisal: ['委托鉴定、评估、检测', 'Commissioned appraisal'],
  hearing: ['听证会、专家论证会', 'Hearing or expert panel'],
  supervise_handling: ['督促有关机关处理', 'Urge handling'],
  seize_certificate: ['暂扣行政执法证件', 'Seize an enforcement certificate'],
  other_lawful: ['其他法定措施', 'Other lawful measure'],
};

export const DECISIONS: Record<string, [string, string]> = {
  order_performance: ['责令限期履行', 'Order to perform within a deadline'],
  order_correction: ['责令补正或者改正', 'Order to correct'],
  revoke: ['撤销', 'Revoke'],
  confirm_illegal: ['确认违法', 'Confirm illegal'],
  confirm_void: ['确认无效', 'Confirm void'],
};

/** The items of 第十三条 to 第十五条 a finding or decision rests on: code, Chinese, English. */
export const GROUNDS: [string, string, string][] = [
  [
    'art13.1.1',
    '第十三条（一）主要事实不清、证据不足',
    'Art. 13(1) Main facts unclear or evidence insufficient',
  ],
  ['art13.1.2', '第十三条（二）适用法律、法规错误', 'Art. 13(2) Laws or regulations wrongly applied'],
  ['art13.1.3', '第十三条（三）违反法定程序', 'Art. 13(3) Statutory procedure violated'],
  ['art13.1.4', '第十三条（四）超越职权或者滥用职权', 'Art. 13(4) Powers exceeded or abused'],
  ['art13.1.5', '第十三条（五）行政执法行为明显不当', 'Art. 13(5) The act is clearly improper'],
  [
    'art13.1.6',
    '第十三条（六）法律、法规、规章规定的其他情形',
    'Art. 13(6) Other cases under laws, regulations or rules',
  ],
  ['art14.1.1', '第十四条（一）违法但不具有可撤销内容', 'Art. 14(1) Illegal but with nothing to revoke'],
  [
    'art14.1.2',
    '第十四条（二）撤销会给国家利益、社会公共利益造成重大损害',
    'Art. 14(2) Revoking would gravely harm the national or public interest',
  ],
  [
    'art14.1.3',
    '第十四条（三）原违法行为已改变，相对人仍要求确认违法',
    'Art. 14(3) The illegal act has changed, yet the party asks for it to be confirmed illegal',
  ],
  [
    'art14.1.4',
    '第十四条（四）法律、法规、规章规定的其他情形',
    'Art. 14(4) Other cases under laws, regulations or rules',
  ],
  ['art15.1.1', '第十五条（一）不具备行政主体资格', 'Art. 15(1) No standing as an administrative body'],
  ['art15.1.2', '第十五条（二）无法定依据作出', 'Art. 15(2) Made without a legal basis'],
  ['art15.1.3', '第十五条（三）行政执法决定未加盖有效印章', 'Art. 15(3) The decision bears no valid seal'],
  [
    'art15.1.4',
    '第十五条（四）法律、法规、规章规定的其他情形',
    'Art. 15(4) Other cases under laws, regulations or rules',
  ],
];

export const KINDS: Record<string, [string, string]> = {
  application: ['申请', 'Application'],
  complaint: ['投诉', 'Complaint'],
  report: ['举报', 'Report'],
};
