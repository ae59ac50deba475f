// 行政执法主体资格公告 (第八条（四）): the agencies of the government that the organ has
// confirmed as qualified, each with its legal basis and scope, published by the organ (第八条: the 监督机关 confirms and announces), sealed with the government's supervision seal.
import { cnDate } from '../layout.ts';
import type { OfficialDocument } from '../model.ts';

export interface AnnouncementInput {
  government: string;
  organ: string;
  number: string;
  issuedOn: string;
  packTitle: string;
  agencies: { name: string; legalBasis: string; scope: string[]; confirmedOn: string }[];
}

export function qualificationAnnouncement(a: AnnouncementInput): OfficialDocument {
  return {
    kind: 'qualification_announcement',
    issuerHead: a.organ,
    title: '关于行政执法主体资格的公告',
    number: a.number,
    separator: true,
    addressee: null,
    body: [
      {
        type: 'p',
        text: `根据《${a.packTitle}》第八条第（四）项的规定，经依法确认，现将${a.government}监督范围内具有行政执法主体资格的行政执法机关（共${a.agencies.length}个）公告如下：`,
      },
      {
        type: 'form',
        rows: a.agencies.map((g) => ({
          label: g.name,
          value: `执法领域：${g.scope.join('、')}\n依据：${g.legalBasis}\n确认日期：${cnDate(g.confirmedOn)}`,
        })),
      },
      {
        type: 'p',
        text: '未列入本公告的单位不得以自己的名义实施行政执法。公众可在本系统“执法证件查询”中核验执法人员的证件。',
      },
      { type: 'p', text: '特此公告。' },
    ],
    attachments: [],
    signature: { name: a.organ, date: cnDate(a.issuedOn) },
    note: '此件公开发布',
    colophon: null,
  };
}
