// The officer list as a workbook (http/list-workbook.ts writes it): a line for each certificate
// of each officer the list holds, with its status as the list shows it today.
import type { ListExport } from '../../http/list-workbook.ts';
import type { presentOfficer } from './presenter.ts';

type Officer = ReturnType<typeof presentOfficer>;
type Line = { officer: Officer; cert: Officer['certificates'][number] | null };

const KINDS: Record<string, string> = { enforcement: '行政执法证', supervision: '行政执法监督证' };

/** an officer without a certificate still has a line */
export const certificateLines = (officers: Officer[]): Line[] =>
  officers.flatMap((officer): Line[] =>
    officer.certificates.length
      ? officer.certificates.map((cert) => ({ officer, cert }))
      : [{ officer, cert: null }],
  );

export const officersExport = (filters: Record<string, unknown>): ListExport<Line> => ({
  title: '执法人员与证件',
  fallback: 'officers',
  noun: '执法人员',
  unit: '人',
  filters,
  filterNames: { organisationId: '所在机关', q: '检索', status: '证件状态' },
  columns: [
    { header: '姓名', width: 12, value: (l) => l.officer.name },
    { header: '所在机关', width: 28, value: (l) => l.officer.organisationName },
    { header: '在职', width: 6, value: (l) => (l.officer.active ? '是' : '否') },
    { header: '证件号', width: 20, value: (l) => l.cert?.number },
    { header: '证件种类', width: 14, value: (l) => l.cert && (KINDS[l.cert.kind] ?? l.cert.kind) },
    { header: '发证机关', width: 22, value: (l) => l.cert?.issuingAuthority },
    { header: '执法领域', width: 24, value: (l) => l.cert?.areas.join('、') },
    { header: '有效期自', width: 12, date: true, value: (l) => l.cert?.validFrom },
    { header: '有效期至', width: 12, date: true, value: (l) => l.cert?.validUntil },
    { header: '证件状态', width: 8, value: (l) => l.cert?.statusLabel.zh },
  ],
});
