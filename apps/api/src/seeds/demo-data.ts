// The demo jurisdiction: 晋城市 and its counties, each with its government, supervision
// organ and a realistic set of enforcement agencies (第二条, 第四条), and one user per role.
import type { Role } from '@jiandu/contracts';

export interface DemoRegion {
  code: string;
  name: string;
  nameEn: string;
  /** prefix of the region's names, e.g. 泽州县 */
  prefix: string;
  government: string;
  organ: string;
  docPrefix: string;
}

export const PROVINCE = { code: '140000', name: '山西省', nameEn: 'Shanxi Province' };

export const CITY: DemoRegion = {
  code: '140500',
  name: '晋城市',
  nameEn: 'Jincheng',
  prefix: '晋城市',
  government: '晋城市人民政府',
  organ: '晋城市司法局',
  docPrefix: '晋市执监',
};

// 140571: the statistical code of 晋城经济技术开发区, governed by its 管委会.
export const COUNTIES: DemoRegion[] = [
  {
    code: '140502',
    name: '城区',
    nameEn: 'Chengqu District',
    prefix: '城区',
    government: '城区人民政府',
    organ: '城区司法局',
    docPrefix: '城执监',
  },
  {
    code: '140521',
    name: '沁水县',
    nameEn: 'Qinshui County',
    prefix: '沁水县',
    government: '沁水县人民政府',
    organ: '沁水县司法局',
    docPrefix: '沁执监',
  },
  {
    code: '140522',
    name: '阳城县',
    nameEn: 'Yangcheng County',
    prefix: '阳城县',
    government: '阳城县人民政府',
    organ: '阳城县司法局',
    docPrefix: '阳执监',
  },
  {
    code: '140524',
    name: '陵川县',
    nameEn: 'Lingchuan County',
    prefix: '陵川县',
    government: '陵川县人民政府',
    organ: '陵川县司法局',
    docPrefix: '陵执监',
  },
  {
    code: '140525',
    name: '泽州县',
    nameEn: 'Zezhou County',
    prefix: '泽州县',
    government: '泽州县人民政府',
    organ: '泽州县司法局',
    docPrefix: '泽执监',
  },
  {
    code: '140581',
    name: '高平市',
    nameEn: 'Gaoping',
    prefix: '高平市',
    government: '高平市人民政府',
    organ: '高平市司法局',
    docPrefix: '高执监',
  },
  {
    code: '140571',
    name: '晋城经济技术开发区',
    nameEn: 'Jincheng Economic and Technological Development Zone',
    prefix: '晋城经济技术开发区',
    government: '晋城经济技术开发区管理委员会',
    organ: '晋城经济技术开发区法制工作办公室',
    docPrefix: '开执监',
  },
];

/** how an agency stands under 《行政执法监督条例》第二条 and 第四十二条第二款, where it is not a locally managed department */
export interface AgencyStanding {
  authorizationLevel?: 'law' | 'administrative_regulation' | 'local_regulation';
  authorizationInstrument?: string;
  management?: 'vertical' | 'dual_led';
  higherDepartment?: string;
}

type AgencySpec = [
  suffix: string,
  nameEn: string,
  kind: 'organ' | 'dispatched_organ' | 'authorized_org',
  standing?: AgencyStanding,
];

export const CITY_AGENCIES: AgencySpec[] = [
  ['市场监督管理局', 'Market Regulation Administration', 'organ'],
  ['生态环境局', 'Ecology and Environment Bureau', 'organ'],
  ['交通运输局', 'Transport Bureau', 'organ'],
  ['城市管理局', 'Urban Management Bureau', 'organ'],
  ['自然资源局', 'Natural Resources Bureau', 'organ'],
  ['应急管理局', 'Emergency Management Bureau', 'organ'],
  ['住房和城乡建设局', 'Housing and Urban-Rural Development Bureau', 'organ'],
  ['卫生健康委员会', 'Health Commission', 'organ'],
  ['文化和旅游局', 'Culture and Tourism Bureau', 'organ'],
  ['农业农村局', 'Agriculture and Rural Affairs Bureau', 'organ'],
  ['人力资源和社会保障局', 'Human Resources and Social Security Bureau', 'organ'],
  ['水务局', 'Water Affairs Bureau', 'organ'],
  ['医疗保障局', 'Healthcare Security Administration', 'organ'],
  [
    '住房公积金管理中心',
    'Housing Provident Fund Management Centre',
    'authorized_org',
    { authorizationLevel: 'administrative_regulation', authorizationInstrument: '《住房公积金管理条例》' },
  ],
];

export const COUNTY_AGENCIES: AgencySpec[] = [
  ['市场监督管理局', 'Market Regulation Administration', 'organ'],
  ['交通运输局', 'Transport Bureau', 'organ'],
  ['应急管理局', 'Emergency Management Bureau', 'organ'],
  ['综合行政执法局', 'Comprehensive Administrative Enforcement Bureau', 'organ'],
  ['农业农村局', 'Agriculture and Rural Affairs Bureau', 'organ'],
  ['卫生健康局', 'Health Bureau', 'organ'],
  ['住房和城乡建设局', 'Housing and Urban-Rural Development Bureau', 'organ'],
  ['文化和旅游局', 'Culture and Tourism Bureau', 'organ'],
  ['自然资源局', 'Natural Resources Bureau', 'organ'],
  [
    '水利事业发展中心',
    'Water Conservancy Development Centre',
    'authorized_org',
    { authorizationLevel: 'local_regulation' },
  ],
];

/**
 * Agencies of one region only, named in full: a tax bureau set up in 泽州县 under the national tax
 * administration's vertical management (行政执法监督条例第四十二条第二款), and a 街道办事处, the
 * dispatched organ of the 城区 government (第二条).
 */
export const REGION_AGENCIES: Record<
  string,
  [name: string, nameEn: string, kind: AgencySpec[2], standing?: AgencyStanding][]
> = {
  '140525': [
    [
      '国家税务总局泽州县税务局',
      'Zezhou County Tax Service, State Taxation Administration',
      'organ',
      { management: 'vertical', higherDepartment: '国家税务总局晋城市税务局' },
    ],
  ],
  '140502': [['城区东街街道办事处', 'Dongjie Subdistrict Office, Chengqu', 'dispatched_organ']],
};

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** the organisation by its name */
  organisation: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'city-admin', displayName: '系统管理员', role: 'admin', organisation: '晋城市司法局' },
  { username: 'city-sup1', displayName: '王明', role: 'supervisor', organisation: '晋城市司法局' },
  { username: 'city-sup2', displayName: '李华', role: 'supervisor', organisation: '晋城市司法局' },
  { username: 'city-head', displayName: '张强', role: 'organ_head', organisation: '晋城市司法局' },
  { username: 'city-reviewer', displayName: '赵敏', role: 'reviewer', organisation: '晋城市司法局' },
  { username: 'city-leader', displayName: '陈刚', role: 'leader', organisation: '晋城市人民政府' },
  {
    username: 'city-liaison',
    displayName: '刘芳',
    role: 'agency_liaison',
    organisation: '晋城市市场监督管理局',
  },
  { username: 'zezhou-sup1', displayName: '杨帆', role: 'supervisor', organisation: '泽州县司法局' },
  { username: 'zezhou-sup2', displayName: '周杰', role: 'supervisor', organisation: '泽州县司法局' },
  { username: 'zezhou-head', displayName: '吴磊', role: 'organ_head', organisation: '泽州县司法局' },
  { username: 'zezhou-admin', displayName: '泽州县管理员', role: 'admin', organisation: '泽州县司法局' },
  {
    username: 'zezhou-liaison',
    displayName: '郑丽',
    role: 'agency_liaison',
    organisation: '泽州县市场监督管理局',
  },
  { username: 'gaoping-sup1', displayName: '孙悦', role: 'supervisor', organisation: '高平市司法局' },
  { username: 'gaoping-sup2', displayName: '何静', role: 'supervisor', organisation: '高平市司法局' },
  { username: 'gaoping-head', displayName: '马超', role: 'organ_head', organisation: '高平市司法局' },
];
