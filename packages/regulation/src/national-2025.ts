// 行政执法监督条例 (国务院令第825号, in force from 2026-02-01) as a rule pack, as far as its text
// has been recovered: 第一至五条 and 第三十八至四十二条 whole, 第六、三十七、四十三条 in part. The
// other articles (第七至三十六条, 第四十四条) are listed in `completeness` and have no text here;
// nothing is summarised or guessed in their place. The pack carries no procedure (no measures,
// decision kinds, grounds or accountability ladders), so no case is decided under it: its recovered
// articles are cited for the law that governs a case, the steps still run under a procedural pack.
// Loading the missing text later is a change to this file only.
import { article, chapter, deepFreeze, para, partialPara } from './numbering.ts';
import type { Article, RulePack } from './types.ts';

const ch1 = chapter(1, '总则');
// 第三十七、三十八条 stand in 第五章, whose title was not recovered.
const ch5 = chapter(5, '【章名未载入】');
const ch6 = chapter(6, '法律责任');
const ch7 = chapter(7, '附则');

const articles: Article[] = [
  article(1, ch1, [
    para(
      '为了加强和规范行政执法监督工作，促进严格规范公正文明执法，提升依法行政水平，强化法治政府建设，根据《中华人民共和国宪法》、《中华人民共和国国务院组织法》、《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，制定本条例。',
    ),
  ]),
  article(2, ch1, [
    para(
      '县级以上人民政府依法对本级人民政府所属部门、派出机关和下级人民政府以及法律法规授权的具有管理公共事务职能的组织的行政执法工作开展的行政系统内部监督，适用本条例。',
    ),
  ]),
  article(3, ch1, [
    para(
      '行政执法监督是行政监督的重要内容，是统筹行政执法工作的基本方式，是党和国家监督体系的重要组成部分。',
    ),
  ]),
  article(4, ch1, [
    para(
      '行政执法监督工作坚持中国共产党的领导，坚持以人民为中心，推动实现行政执法政治效果、法律效果和社会效果有机统一。',
    ),
    para(
      '行政执法监督工作坚持统筹协调，增强系统性、整体性、协同性，遵循规范与指导并重、预防与纠错并重、监督与保障并重原则，督促纠治行政执法问题、提升行政执法质效，保障法律法规正确实施。',
    ),
  ]),
  article(5, ch1, [
    para(
      '县级以上人民政府应当加强对行政执法监督工作的组织领导，研究部署行政执法监督工作，支持和保障行政执法监督机构切实履行职责。',
    ),
  ]),
  article(6, ch1, [
    para(
      '县级以上人民政府司法行政部门是本级人民政府的行政执法监督机构，代表本级人民政府承担行政执法监督具体事务，负责实施行政执法监督工作，定期向本级人民政府报告行政执法监督工作情况。',
    ),
    partialPara('设在乡镇（街道）的司法所协', {
      missing: 'tail',
      noteZh: '所见文本在“协”字处中断，本款其余文字未载入。',
      noteEn: 'The recovered text breaks off after “协”; the rest of the paragraph is not loaded.',
    }),
  ]),
  article(37, ch5, [
    partialPara(
      '省、自治区、直辖市人民政府行政执法监督机构应当组织建设本行政区域的行政执法监督信息系统，加强数据共享，提高行政执法监督效能。',
      {
        missing: 'head',
        noteZh: '本条此前的一款或数款未载入，本款款序未知（为本条最后一款），引用时只称本条。',
        noteEn:
          'The paragraph or paragraphs before this one are not loaded and its number is unknown (it is the last paragraph); it is cited by its article only.',
      },
    ),
  ]),
  article(38, ch5, [
    para('县级以上人民政府应当加强行政执法监督工作保障，将行政执法监督工作所需经费列入本级预算。'),
  ]),
  article(39, ch6, [
    para(
      '行政执法监督机构不依法履职的，由本级人民政府或者上级行政执法监督机构责令限期改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分。',
    ),
  ]),
  article(40, ch6, [
    para(
      '行政执法监督人员在行政执法监督中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。',
    ),
  ]),
  article(41, ch6, [
    para('拒绝、阻挠行政执法监督人员开展监督，故意扰乱行政执法监督工作秩序的，依法给予处分。'),
  ]),
  article(42, ch7, [
    para(
      '县级以上人民政府部门对本部门所属机构、派出机构行政执法工作的监督检查，实行垂直管理的部门或者实行双重领导并且以上级部门领导为主的部门对所属机构、下级部门行政执法工作的监督检查，参照本条例有关规定执行。',
    ),
    para(
      '县级以上地方人民政府依法对设立在本行政区域内实行垂直管理或者实行双重领导并且以上级部门领导为主的行政执法机关遵守和执行法律和政策情况进行监督，将发现的问题及时告知其上一级主管部门。',
    ),
    para(
      '设区的市级以上人民政府部门在本级人民政府行政执法监督机构的指导下，依照有关法律规定对下级人民政府相应部门的行政执法工作进行督促指导。',
    ),
  ]),
  article(43, ch7, [
    partialPara('行政执法监督工作中涉及行政执', {
      missing: 'tail',
      noteZh: '所见文本在“行政执”处中断，本条其余文字未载入。',
      noteEn: 'The recovered text breaks off after “行政执”; the rest of the article is not loaded.',
    }),
  ]),
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const NATIONAL_2025: RulePack = deepFreeze({
  id: 'national-2025',
  titleZh: '行政执法监督条例',
  titleEn: 'Regulations on the Supervision of Administrative Law Enforcement',
  shortTitleEn: 'Regulations on Law-Enforcement Supervision',
  documentNumber: '中华人民共和国国务院令第825号',
  issuedBy: '国务院',
  // adopted by the State Council on 2025-12-05, promulgated by the order signed 2025-12-17
  issuedOn: '2025-12-17',
  effectiveFrom: '2026-02-01',
  effectiveUntil: null,
  validityCitation: null,
  validityNote: {
    zh: '施行日期据国务院令第825号：“自2026年2月1日起施行”。第四十四条未载入。',
    en: 'The date of effect is that of State Council Order No. 825 (“in force from 1 February 2026”); Art. 44 is not loaded.',
  },
  rank: 'administrative_regulation',
  provenance: [
    {
      code: 'S1',
      title: '法规全文转载页（繁体，已转为简体）',
      coversZh: '题注、第一章、第一条至第六条（第六条第二款截断）；第四条第二款、第五条、第六条仅见于此',
      coversEn: 'Headnote, chapter 1, Arts. 1–6 (Art. 6(2) cut off); Arts. 4(2), 5 and 6 are found only here',
    },
    {
      code: 'S2',
      title: '国务院令全文转载页，注明法规来源为中国政府网（繁体）',
      coversZh: '国务院令令文、第一条、第二条、第三条前半',
      coversEn: 'The order, Arts. 1 and 2, first half of Art. 3',
    },
    {
      code: 'S3',
      title: '新华社“受权发布丨行政执法监督条例”转载（繁体）',
      coversZh: '第一条至第三条、第四条第一款前半',
      coversEn: 'Arts. 1–3, first half of Art. 4(1)',
    },
    {
      code: 'S4',
      title: '北大法宝英汉对照本',
      coversZh: '国务院令令文、第一章标题、第一条（截断）',
      coversEn: 'The order, title of chapter 1, Art. 1 (cut off)',
    },
    {
      code: 'S5',
      title: '中国政府网文本的转载（2025年12月30日，第3页）',
      coversZh: '第三十七条末款至第四十三条开头，仅见于此',
      coversEn: 'Last paragraph of Art. 37 to the beginning of Art. 43, found only here',
    },
  ],
  completeness: {
    complete: false,
    articleCount: 44,
    missingArticles: [...range(7, 36), 44],
    partialArticles: [6, 37, 43],
    procedureNotLoaded: { from: 7, to: 36 },
    noteZh:
      '全文七章四十四条。已载入第一条至第五条、第三十八条至第四十二条全文，第六条、第三十七条、第四十三条部分文字；第七条至第三十六条（监督职责、方式、处理及保障措施的大部分）和第四十四条未检索到，未载入。',
    noteEn:
      'Seven chapters, 44 articles. Loaded: Arts. 1–5 and 38–42 whole, Arts. 6, 37 and 43 in part. Arts. 7–36 (most of the duties, methods, handling and safeguards) and Art. 44 were not recovered and are not loaded.',
  },
  procedural: false,
  caseArticles: [
    { id: 'art2', roleZh: '监督的范围', roleEn: 'whom the supervision covers' },
    {
      id: 'art6.1',
      roleZh: '行政执法监督机构：司法行政部门',
      roleEn: 'the supervision body: the justice bureau',
    },
  ],
  articles,
  measures: [],
  minSupervisorsPerMeasure: null,
  decisionKinds: [],
  accountability: [],
  corrections: [],
});
