// What the system does with each loaded article of the national 行政执法监督条例. Its procedure
// articles (第七条至第三十六条) are not loaded, so no step of a case rests on it; the articles below
// are cited, not enforced, unless an entry says otherwise.
export const NATIONAL_USES: Record<string, { zh: string; en: string }[]> = {
  art2: [
    {
      zh: '自2026年2月1日起登记的案件，案件页以本条为监督范围的依据（本级政府所属部门、派出机关、下级政府、法律法规授权的组织）',
      en: 'Cases registered from 2026-02-01 cite this article on the case page for whom the supervision covers',
    },
  ],
  art6: [
    {
      zh: '第一款：自2026年2月1日起登记的案件，案件页以本款为司法行政部门作为行政执法监督机构的依据；第二款仅载入部分文字',
      en: 'Para. 1: cases registered from 2026-02-01 cite it on the case page for the justice bureau as the supervision body; para. 2 is loaded only in part',
    },
  ],
};
