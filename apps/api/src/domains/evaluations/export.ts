// The list of evaluation campaigns (案卷评查, 第八条（一）) as a workbook (http/list-workbook.ts).
import type { ListExport } from '../../http/list-workbook.ts';
import type { presentCampaign } from './presenter.ts';

type Campaign = ReturnType<typeof presentCampaign> & { files: number; agencies: number };

export const evaluationsExport = (filters: Record<string, unknown>): ListExport<Campaign> => ({
  title: '案卷评查',
  fallback: 'evaluations',
  noun: '评查活动',
  unit: '项',
  first: '最近设立的',
  filters,
  filterNames: {},
  columns: [
    { header: '评查活动', width: 36, value: (c) => c.title },
    { header: '评查机关', width: 20, value: (c) => c.organName },
    { header: '评查期间自', width: 12, date: true, value: (c) => c.periodFrom },
    { header: '评查期间至', width: 12, date: true, value: (c) => c.periodTo },
    { header: '被评查机关数', width: 12, value: (c) => c.agencies },
    { header: '每机关抽取案卷', width: 14, value: (c) => c.filesPerAgency },
    { header: '每卷评查人数', width: 12, value: (c) => c.reviewersPerFile },
    { header: '抽取案卷数', width: 10, value: (c) => c.files },
    { header: '状态', width: 8, value: (c) => c.stateLabel.zh },
    { header: '通报文号', width: 24, value: (c) => c.resultsNumber },
    { header: '通报日期', width: 12, date: true, value: (c) => c.publishedAt },
    { header: '设立日期', width: 12, date: true, value: (c) => c.createdAt },
  ],
});
