// What the system does with each loaded article of the national 行政执法监督条例. Its procedure
// articles (第七条至第三十六条) are not loaded, so the steps of a case rest on the Jincheng pack; the
// articles below are cited, not enforced, unless an entry says otherwise (第四十二条第二款 is).
export const NATIONAL_USES: Record<string, { zh: string; en: string }[]> = {
  art2: [
    {
      zh: '自2026年2月1日起登记的案件，案件页以本条为监督范围的依据（本级政府所属部门、派出机关、下级政府、法律法规授权的组织）',
      en: 'Cases registered from 2026-02-01 cite this article on the case page for whom the supervision covers',
    },
    {
      zh: '组织机构：执法机关登记为所属部门、派出机关或者法律法规授权的组织；授权组织须登记授权层级（法律、行政法规、地方性法规）',
      en: 'Organisations: an agency is a department, a dispatched organ or an organisation authorised by law or regulation, the last with the level of its authorisation',
    },
  ],
  art42: [
    {
      zh: '第二款：执法机关登记管理体制（本级管理、垂直管理、双重领导以上级为主）及上一级主管部门；自2026年2月1日起登记的案件，对垂直管理或者双重领导以上级为主的执法机关不发通知书、决定书，调查后将发现的问题以《行政执法监督问题告知函》告知其上一级主管部门，然后结案',
      en: 'Para. 2: agencies record their management and higher department; for cases registered from 2026-02-01 against vertically managed or dual-led agencies, no notice or decision: after investigation the problems found are told to the higher department in a numbered letter, then the case is closed',
    },
  ],
  art6: [
    {
      zh: '第一款：自2026年2月1日起登记的案件，案件页以本款为司法行政部门作为行政执法监督机构的依据；第二款仅载入部分文字',
      en: 'Para. 1: cases registered from 2026-02-01 cite it on the case page for the justice bureau as the supervision body; para. 2 is loaded only in part',
    },
  ],
};
