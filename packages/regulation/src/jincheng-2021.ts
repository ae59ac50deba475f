// 晋城市行政执法监督暂行办法 (晋市政发〔2021〕23号) as a rule pack: the whole text, the measures of
// 第七条, the decisions and their grounds (第九条（四）, 第十三条至第十五条) and the accountability
// ladders (第十六条至第十八条). Text transcribed from the seed file; every change from it is listed in
// `corrections`, so the transcription can be checked against the published document.
import { article, chapter, deepFreeze, para } from './numbering.ts';
import type {
  AccountabilityRule,
  Article,
  CitedValue,
  Correction,
  DecisionKind,
  MeasureKind,
  RulePack,
} from './types.ts';

const ch1 = chapter(1, '总则');
const ch2 = chapter(2, '监督的内容与实施');
const ch3 = chapter(3, '监督的处理');
const ch4 = chapter(4, '责任追究');
const ch5 = chapter(5, '附则');

const articles: Article[] = [
  article(1, ch1, [
    para(
      '为加强行政执法监督，推进依法行政，建设法治政府，根据《中华人民共和国行政处罚法》《中华人民共和国行政诉讼法》《山西省行政执法条例》等有关法律、法规，结合我市实际，制定本办法。',
    ),
  ]),
  article(2, ch1, [
    para(
      '本办法所称行政执法监督，是指市、县（市、区）人民政府对下级人民政府行政执法行为实施的监督，以及本级人民政府对其所属行政执法机关、法律法规规章授权的组织行政执法行为实施的监督。',
    ),
  ]),
  article(3, ch1, [para('行政执法监督工作应当遵循客观公正、程序合法、有错必纠的原则。')]),
  article(4, ch1, [
    para('市、县（市、区）人民政府统一领导本行政区域内的行政执法监督工作。'),
    para('市、县（市、区）司法行政部门作为行政执法监督机关，负责本级人民政府行政执法监督具体工作。'),
  ]),
  article(5, ch1, [
    para(
      '市、县（市、区）人民政府应当健全行政执法监督机制，协调解决行政执法监督工作中的重大问题，并将行政执法监督工作作为党政主要负责人履行推进法治建设第一责任人职责情况专项考核的重要内容。',
    ),
    para('行政执法监督工作所需经费，纳入本级政府财政预算予以保障。'),
  ]),

  article(6, ch2, [
    para('行政执法监督主要包括以下内容：', [
      '法律、法规、规章的实施情况；',
      '行政执法机关、人员和执法程序的合法性；',
      '行政执法决定的合法性和适当性；',
      '行政执法工作制度实施情况；',
      '违法或者不当行政执法行为的处理情况；',
      '其他依法应当监督的内容。',
    ]),
  ]),
  article(7, ch2, [
    para('行政执法监督可以采取下列措施：', [
      '听取行政执法工作报告；',
      '查阅、复制、调取行政执法案卷和其他有关材料；',
      '询问行政执法人员、当事人和其他相关人员，并制作询问笔录；',
      '组织实地调查、勘验，或者进行必要的录音、录像、拍照、抽样等；',
      '依法委托进行鉴定、评估、检测、勘验等；',
      '组织召开听证会、专家论证会；',
      '对重点或者专项问题督促有关机关处理；',
      '暂扣行政执法证件；',
      '法律、法规规定的其他措施。',
    ]),
    para('行政执法监督实行日常监督和专项监督相结合。采取行政执法监督措施时，行政执法监督人员不得少于二人。'),
  ]),
  article(8, ch2, [
    // The lead ends in 。 rather than ： in the published text; kept as published.
    para('行政执法监督机关可以采取以下方式主动开展行政执法监督工作。', [
      '定期组织行政执法案卷评查；',
      '定期组织行政执法情况现场监督；',
      '逐步通过信息化手段对行政执法行为实施监督，各级行政执法机关应当及时将行政执法信息纳入全国行政执法监督信息系统（山西）；',
      '依法确认本级人民政府监督范围内行政执法机关的行政执法资格，并向社会公告。',
    ]),
  ]),
  article(9, ch2, [
    para('行政执法监督机关依公民、法人、其他组织的申请、投诉、举报启动监督。按以下程序进行：', [
      '具体承办人员填写立案审批表，经执法监督机关负责人批准立案后，开展行政执法监督工作；',
      '进行调查核实；',
      '经调查核实，发现行政执法行为违法或者不当的，向行政执法机关发出《行政执法监督通知书》，责令其在规定的期限内依法处理并报告处理情况；',
      '在规定期限内未处理的，由行政执法监督机关根据行政执法行为的性质、程度等情况，分别作出责令限期履行、责令补正或者改正、撤销、确认违法或者无效的决定，并制发《行政执法监督决定书》。',
    ]),
  ]),
  article(10, ch2, [
    para(
      '行政执法监督机关作出处理决定的，应当出具《行政执法监督决定书》，并加盖本级人民政府行政执法监督专用章。',
    ),
    para(
      '行政执法机关对行政执法监督决定不服的，可以自收到《行政执法监督决定书》之日起五个工作日内，向上一级行政执法监督机关申请复查。复查期间行政执法监督决定不停止执行。',
    ),
  ]),

  article(11, ch3, [
    para(
      '行政执法监督机关在实施行政执法监督过程中，认为行政执法监督事项涉及有关单位职责和权限的，可以提请有关单位予以协助。有关单位应当在职责范围内及时予以协助。',
    ),
  ]),
  article(12, ch3, [
    para(
      '行政执法监督机关对在实施行政执法监督过程中发现的依法不属于本部门处理的事项，应当移交有权处理的机关。',
    ),
  ]),
  article(13, ch3, [
    para(
      '行政执法行为有下列情形之一的，应当责令限期履行、责令补正或者改正；逾期不改的，应当撤销行政执法行为：',
      [
        '主要事实不清、证据不足的；',
        '适用法律、法规错误的；',
        '违反法定程序的；',
        '超越职权或者滥用职权的；',
        '行政执法行为明显不当的；',
        '法律、法规、规章规定的其他情形。',
      ],
    ),
    para(
      '行政执法机关作出补正、改正，应当采取书面方式。行政执法行为被撤销的，行政执法机关可以依法重新作出行政执法行为。',
    ),
  ]),
  article(14, ch3, [
    para('行政执法行为有下列情形之一的，应当确认行政执法行为违法，但不撤销行政执法行为：', [
      '行政执法行为违法，但不具有可撤销内容的；',
      // Numbered （三） in the seed: see correction 'c-art14-numbering'.
      '行政执法行为违法，但撤销会给国家利益、社会公共利益造成重大损害的；',
      '原违法行政执法行为已改变，行政执法相对人仍要求确认原行政执法行为违法的；',
      '法律、法规、规章规定的其他情形。',
    ]),
  ]),
  article(15, ch3, [
    para('有下列情形之一的，应当确认行政执法行为无效：', [
      '不具备行政主体资格；',
      '无法定依据作出的；',
      '行政执法决定未加盖本行政执法机关有效印章的；',
      '法律、法规、规章规定的其他情形。',
    ]),
    para('无效的行政执法行为，自始不发生法律效力。'),
  ]),

  article(16, ch4, [
    para(
      '行政执法机关有下列情形之一的，责令限期改正；逾期不改正的，给予通报批评等处理；情节严重的，对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任：',
      [
        '不履行或者拖延履行法定职责；',
        '未实施行政裁量权基准制度；',
        '违法委托行政执法；',
        '采取利诱、欺诈等不正当方式，致使公民、法人或者其他组织违法并对其实施行政处罚；',
        '对违法行为实施行政处罚后，不采取措施纠正而放任违法行为持续存在；',
        '被请求协助的行政执法机关无正当理由不履行协助义务；',
        '未执行行政执法人员资格管理和持证上岗制度；',
        '对应当依法移送侦查机关处理的案件不予移送；',
        '拒绝或者阻碍行政执法监督人员依法履行监督职责；',
        '不执行或者不报告《行政执法监督通知书》和《行政执法监督决定书》；',
        '法律、法规规定的其他情形。',
      ],
    ),
  ]),
  article(17, ch4, [
    para(
      '行政执法人员有下列情形之一的，视情节轻重给予批评教育、离岗培训、调离执法岗位、暂扣行政执法证件等处理；情节严重的，依法给予处分；构成犯罪的，依法追究刑事责任：',
      [
        '不履行或者拖延履行法定职责；',
        '超越、滥用职权；',
        '利用职权谋取私利；',
        '隐瞒事实、伪造证据、徇私枉法；',
        '截留、私分、挪用罚没财物；',
        '擅自使用扣留物品或者疏于管理致使扣留的财物严重受损或者灭失；',
        '拒绝或者阻碍行政执法监督人员依法履行监督职责；',
        '未按要求对行政执法行为进行全过程记录；',
        '未妥善保管行政执法材料、音像资料；',
        '其他违反法定程序和违法失职的情形。',
      ],
    ),
  ]),
  article(18, ch4, [
    para(
      '行政执法监督人员有下列行为之一的，给予批评教育，责令改正；情节严重的，依法给予处分；构成犯罪的，依法追究刑事责任：',
      [
        '不依法履行行政执法监督职责；',
        '利用行政执法监督职权谋取私利；',
        '其他滥用职权、玩忽职守、徇私舞弊的行为。',
      ],
    ),
  ]),

  article(19, ch5, [para('本办法自2021年12月1日起施行，有效期二年。')]),
];

const measures: MeasureKind[] = [
  { code: 'hear_report', nameZh: '听取行政执法工作报告', nameEn: 'Hear work reports', citation: 'art7.1.1' },
  {
    code: 'consult_files',
    nameZh: '查阅、复制、调取案卷材料',
    nameEn: 'Consult, copy and obtain case files',
    citation: 'art7.1.2',
  },
  {
    code: 'inquiry',
    nameZh: '询问并制作询问笔录',
    nameEn: 'Question persons, with a record',
    citation: 'art7.1.3',
  },
  {
    code: 'site_investigation',
    nameZh: '实地调查、勘验',
    nameEn: 'On-site investigation and inspection',
    citation: 'art7.1.4',
  },
  {
    code: 'commissioned_appraisal',
    nameZh: '委托鉴定、评估、检测、勘验',
    nameEn: 'Commissioned appraisal, assessment, testing or inspection',
    citation: 'art7.1.5',
  },
  {
    code: 'hearing',
    nameZh: '召开听证会、专家论证会',
    nameEn: 'Hearing or expert panel',
    citation: 'art7.1.6',
  },
  {
    code: 'supervise_handling',
    nameZh: '督促有关机关处理',
    nameEn: 'Urge the competent organ to handle a matter',
    citation: 'art7.1.7',
  },
  {
    code: 'seize_certificate',
    nameZh: '暂扣行政执法证件',
    nameEn: 'Seize an enforcement certificate',
    citation: 'art7.1.8',
  },
  {
    code: 'other_lawful',
    nameZh: '法律、法规规定的其他措施',
    nameEn: 'Other measures provided by law',
    citation: 'art7.1.9',
  },
];

/** 第七条第二款: 采取行政执法监督措施时，行政执法监督人员不得少于二人. */
export const MIN_SUPERVISORS_PER_MEASURE: Readonly<CitedValue> = { value: 2, citation: 'art7.2' };

const art13Grounds = ['art13.1.1', 'art13.1.2', 'art13.1.3', 'art13.1.4', 'art13.1.5', 'art13.1.6'];
const art14Grounds = ['art14.1.1', 'art14.1.2', 'art14.1.3', 'art14.1.4'];
const art15Grounds = ['art15.1.1', 'art15.1.2', 'art15.1.3', 'art15.1.4'];

const noFlags = {
  setsDeadline: false,
  requiresWrittenCorrection: false,
  requiresPriorUnmetOrder: false,
  excludedWhere: [],
  voidFromStart: false,
  actStaysInForce: false,
  agencyMayActAnew: false,
} as const;

const decisionKinds: DecisionKind[] = [
  {
    ...noFlags,
    code: 'order_performance',
    nameZh: '责令限期履行',
    nameEn: 'Order to perform within a deadline',
    effect: 'orders_action',
    namedIn: ['art9.1.4', 'art13.1'],
    grounds: art13Grounds,
    setsDeadline: true,
    citations: { setsDeadline: 'art13.1' },
  },
  {
    ...noFlags,
    code: 'order_correction',
    nameZh: '责令补正或者改正',
    nameEn: 'Order to supplement or correct',
    effect: 'orders_action',
    namedIn: ['art9.1.4', 'art13.1'],
    grounds: art13Grounds,
    // 第十三条第一款 "逾期不改" presupposes a period for this order too.
    setsDeadline: true,
    requiresWrittenCorrection: true,
    citations: { setsDeadline: 'art13.1', requiresWrittenCorrection: 'art13.2' },
  },
  {
    ...noFlags,
    code: 'revoke',
    nameZh: '撤销',
    nameEn: 'Revocation',
    effect: 'revokes',
    namedIn: ['art9.1.4', 'art13.1'],
    grounds: art13Grounds,
    requiresPriorUnmetOrder: true,
    // 第十四条: illegal, but revoking would gravely harm the state or public interest → confirm only.
    excludedWhere: ['art14.1.2'],
    agencyMayActAnew: true,
    citations: { requiresPriorUnmetOrder: 'art13.1', excludedWhere: 'art14.1', agencyMayActAnew: 'art13.2' },
  },
  {
    ...noFlags,
    code: 'confirm_illegal',
    nameZh: '确认违法',
    nameEn: 'Confirmation of illegality',
    effect: 'declares_illegal',
    namedIn: ['art9.1.4', 'art14.1'],
    grounds: art14Grounds,
    actStaysInForce: true,
    citations: { actStaysInForce: 'art14.1' },
  },
  {
    ...noFlags,
    code: 'confirm_void',
    nameZh: '确认无效',
    nameEn: 'Confirmation of invalidity',
    effect: 'declares_void',
    namedIn: ['art9.1.4', 'art15.1'],
    grounds: art15Grounds,
    voidFromStart: true,
    citations: { voidFromStart: 'art15.2' },
  },
];

const items = (articleId: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${articleId}.1.${i + 1}`);

const criminalReferral = (citation: string) =>
  ({ code: 'criminal_referral', nameZh: '依法追究刑事责任', nameEn: 'Criminal referral', citation }) as const;

const accountability: AccountabilityRule[] = [
  {
    subject: 'agency',
    subjectZh: '行政执法机关',
    subjectEn: 'Enforcement agency',
    article: 'art16',
    grounds: items('art16', 11),
    ladder: [
      {
        level: 1,
        trigger: 'ground_found',
        triggerZh: '有下列情形之一的',
        combination: 'single',
        measures: [
          {
            code: 'order_correction_deadline',
            nameZh: '责令限期改正',
            nameEn: 'Order to correct within a deadline',
            citation: 'art16.1',
          },
        ],
      },
      {
        level: 2,
        trigger: 'not_corrected_by_deadline',
        triggerZh: '逾期不改正的',
        combination: 'single',
        openEnded: true,
        measures: [
          {
            code: 'circulate_criticism',
            nameZh: '通报批评',
            nameEn: 'Circulated criticism',
            citation: 'art16.1',
          },
        ],
      },
      {
        level: 3,
        trigger: 'serious',
        triggerZh: '情节严重的',
        combination: 'single',
        measures: [
          {
            code: 'sanction_responsible_persons',
            nameZh: '对直接负责的主管人员和其他直接责任人员依法给予处分',
            nameEn: 'Sanction of the responsible persons',
            citation: 'art16.1',
          },
        ],
      },
      {
        level: 4,
        trigger: 'crime',
        triggerZh: '构成犯罪的',
        combination: 'single',
        measures: [criminalReferral('art16.1')],
      },
    ],
  },
  {
    subject: 'officer',
    subjectZh: '行政执法人员',
    subjectEn: 'Enforcement officer',
    article: 'art17',
    grounds: items('art17', 10),
    ladder: [
      {
        level: 1,
        trigger: 'ground_found',
        triggerZh: '视情节轻重',
        combination: 'any_of',
        openEnded: true,
        measures: [
          {
            code: 'criticism_education',
            nameZh: '批评教育',
            nameEn: 'Criticism and education',
            citation: 'art17.1',
          },
          { code: 'off_duty_training', nameZh: '离岗培训', nameEn: 'Off-duty training', citation: 'art17.1' },
          {
            code: 'transfer_from_post',
            nameZh: '调离执法岗位',
            nameEn: 'Transfer from enforcement post',
            citation: 'art17.1',
          },
          {
            code: 'seize_certificate',
            nameZh: '暂扣行政执法证件',
            nameEn: 'Seizure of the enforcement certificate',
            citation: 'art17.1',
            alsoCites: ['art7.1.8'],
          },
        ],
      },
      {
        level: 2,
        trigger: 'serious',
        triggerZh: '情节严重的',
        combination: 'single',
        measures: [{ code: 'sanction', nameZh: '依法给予处分', nameEn: 'Sanction', citation: 'art17.1' }],
      },
      {
        level: 3,
        trigger: 'crime',
        triggerZh: '构成犯罪的',
        combination: 'single',
        measures: [criminalReferral('art17.1')],
      },
    ],
  },
  {
    subject: 'supervisor',
    subjectZh: '行政执法监督人员',
    subjectEn: 'Supervisor',
    article: 'art18',
    grounds: items('art18', 3),
    ladder: [
      {
        level: 1,
        trigger: 'ground_found',
        triggerZh: '有下列行为之一的',
        combination: 'all_of',
        measures: [
          {
            code: 'criticism_education',
            nameZh: '批评教育',
            nameEn: 'Criticism and education',
            citation: 'art18.1',
          },
          { code: 'order_correction', nameZh: '责令改正', nameEn: 'Order to correct', citation: 'art18.1' },
        ],
      },
      {
        level: 2,
        trigger: 'serious',
        triggerZh: '情节严重的',
        combination: 'single',
        measures: [{ code: 'sanction', nameZh: '依法给予处分', nameEn: 'Sanction', citation: 'art18.1' }],
      },
      {
        level: 3,
        trigger: 'crime',
        triggerZh: '构成犯罪的',
        combination: 'single',
        measures: [criminalReferral('art18.1')],
      },
    ],
  },
];

const corrections: Correction[] = [
  {
    id: 'c-art14-numbering',
    kind: 'numbering',
    provisionIds: ['art14.1.2'],
    seedText: '（三）行政执法行为违法，但撤销会给国家利益、社会公共利益造成重大损害的；',
    correctedText: '（二）行政执法行为违法，但撤销会给国家利益、社会公共利益造成重大损害的；',
    noteZh:
      '原文第十四条各项序号为（一）（三）（三）（四），第二项误作“（三）”，按顺序应为“（二）”，本规则包编为第十四条第（二）项（art14.1.2）。',
    noteEn:
      'The seed numbers the items of Art. 14 (1)(3)(3)(4): the second item is misnumbered “(3)”; in sequence it is item (2), id art14.1.2.',
  },
  {
    id: 'c-punctuation',
    kind: 'punctuation',
    provisionIds: [
      'art7.1.5',
      'art7.1.6',
      'art7.1.7',
      'art7.1.8',
      'art7.1.9',
      'art7.2',
      'art8.1.1',
      'art8.1.2',
      'art8.1.3',
      'art8.1.4',
      'art9.1',
      'art9.1.1',
      'art9.1.2',
      'art15.1.1',
      'art15.1.2',
      'art15.1.3',
      'art15.1.4',
      ...items('art16', 11),
      'art17.1',
      ...items('art17', 10),
      'art18.1',
    ],
    noteZh: '原文部分条款及项序号使用半角标点“, ; : ( )”，现统一为全角中文标点“，；：（）”，文字未作改动。',
    noteEn:
      'Half-width punctuation and item brackets in these provisions (, ; : ( )) are normalised to full-width Chinese punctuation (，；：（）); the wording is unchanged.',
  },
  {
    id: 'c-page-breaks',
    kind: 'page_break',
    provisionIds: ['art5.1', 'art12.1', 'art18.1'],
    noteZh:
      '原文在“行政执法/监督工作”（第五条）、“有权处理/的机关”（第十二条）、“给予批评/教育”（第十八条）处因分页断开，现连接为完整语句。',
    noteEn:
      'The seed splits these sentences across page breaks (Art. 5 “行政执法/监督工作”, Art. 12 “有权处理/的机关”, Art. 18 “给予批评/教育”); they are joined.',
  },
  {
    id: 'c-layout',
    kind: 'layout',
    provisionIds: ['art7.1.4', 'art9.1.3', 'art9.1.4', 'art14.1.3'],
    noteZh: '原文中这些项未按列表排版，但序号与上下文表明其属于同一款，按项收录。',
    noteEn:
      'In the seed these items are not laid out as list entries; their numbering and context make them items of the same paragraph.',
  },
  {
    id: 'c-spacing',
    kind: 'spacing',
    provisionIds: ['art19.1'],
    seedText: '本办法自 2021 年 12 月 1 日起施行，有效期二年。',
    correctedText: '本办法自2021年12月1日起施行，有效期二年。',
    noteZh: '删除原文数字两侧及章名“总 则”“附 则”中的排版空格。',
    noteEn:
      'Typesetting spaces around the numbers of Art. 19 and inside the chapter titles “总 则” and “附 则” are removed.',
  },
];

export const JINCHENG_2021: RulePack = deepFreeze({
  id: 'jincheng-2021',
  titleZh: '晋城市行政执法监督暂行办法',
  titleEn: 'Interim Measures of Jincheng Municipality for the Supervision of Administrative Law Enforcement',
  shortTitleEn: 'Jincheng Interim Measures',
  documentNumber: '晋市政发〔2021〕23号',
  issuedBy: '晋城市人民政府',
  issuedOn: '2021-11-15',
  // 第十九条: in force from 2021-12-01, valid for two years, so the last day is 2023-11-30.
  effectiveFrom: '2021-12-01',
  effectiveUntil: '2023-11-30',
  validityCitation: 'art19.1',
  rank: 'normative_document',
  provenance: [
    {
      code: 'seed',
      title: '晋城市人民政府关于印发晋城市行政执法监督暂行办法的通知（晋市政发〔2021〕23号）',
      url: null,
      coversZh: '通知及办法全文，第一条至第十九条；与原文的差异见勘误',
      coversEn: 'The notice and the whole text, Arts. 1–19; differences from it are listed as corrections',
    },
  ],
  completeness: {
    complete: true,
    articleCount: 19,
    missingArticles: [],
    partialArticles: [],
    procedureNotLoaded: null,
    noteZh: '全文十九条均已载入。',
    noteEn: 'All nineteen articles are loaded.',
  },
  procedural: true,
  // 第二条: whose enforcement is supervised; 第四条第二款: the 司法行政部门 does the work as 监督机关.
  caseArticles: [
    { id: 'art2', roleZh: '监督的范围', roleEn: 'whom the supervision covers' },
    { id: 'art4.2', roleZh: '监督机关', roleEn: 'the supervising body' },
  ],
  lapseNote: {
    zh: '本办法有效期二年，已于2023年11月30日届满；国家《行政执法监督条例》自2026年2月1日起施行。继续适用本办法须记录依据。',
    en: 'Valid for two years, these measures lapsed after 2023-11-30; the national Regulations on the Supervision of Administrative Law Enforcement apply from 2026-02-01. Applying these measures further needs a recorded basis.',
  },
  articles,
  measures,
  minSupervisorsPerMeasure: MIN_SUPERVISORS_PER_MEASURE,
  decisionKinds,
  accountability,
  corrections,
});
