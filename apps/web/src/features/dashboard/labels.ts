// Names of what the dashboard counts, Chinese and English.
export const SOURCES: Record<string, [string, string]> = {
  petition: ['申请投诉举报', 'Petition'],
  evaluation: ['案卷评查', 'Evaluation'],
  inspection: ['现场监督', 'On-site visit'],
  information: ['信息化监督', 'Information'],
  campaign: ['专项监督', 'Campaign'],
  assigned: ['上级交办', 'Assigned'],
  transferred_in: ['移送', 'Transferred in'],
};

export const CHANNELS: Record<string, [string, string]> = {
  public_web: ['网上提交', 'Online'],
  paper: ['书面', 'Paper'],
  phone: ['电话', 'Phone'],
  hotline_12345: ['12345热线', '12345 hotline'],
  visit: ['来访', 'Visit'],
};

export const REVIEW_OUTCOMES: Record<string, [string, string]> = {
  upheld: ['维持', 'Upheld'],
  changed: ['变更', 'Changed'],
  revoked: ['撤销', 'Revoked'],
};

export const MATTER_STATES: Record<string, [string, string]> = {
  proposed: ['待确认提示', 'Proposed'],
  open: ['办理中', 'Open'],
  closed: ['已办结', 'Closed'],
  dismissed: ['不予追究', 'Dismissed'],
};

export const SUBJECTS: Record<string, [string, string]> = {
  agency: ['执法机关', 'Agency'],
  officer: ['执法人员', 'Officer'],
  supervisor: ['监督人员', 'Supervisor'],
};
