// Chinese first, English on request: a small dictionary, the choice kept in localStorage.
import { useSyncExternalStore } from 'react';

export type Lang = 'zh' | 'en';

const dict = {
  'app.name': ['监督 · 行政执法监督信息系统', 'Jiandu · Law Enforcement Supervision'],
  'app.short': ['监督', 'Jiandu'],
  'common.save': ['保存', 'Save'],
  'common.cancel': ['取消', 'Cancel'],
  'common.edit': ['编辑', 'Edit'],
  'common.delete': ['删除', 'Delete'],
  'common.search': ['查询', 'Search'],
  'common.reset': ['重置', 'Reset'],
  'common.reload': ['刷新', 'Reload'],
  'common.actions': ['操作', 'Actions'],
  'common.status': ['状态', 'Status'],
  'common.active': ['启用', 'Active'],
  'common.inactive': ['停用', 'Inactive'],
  'common.deactivate': ['停用', 'Deactivate'],
  'common.activate': ['启用', 'Activate'],
  'common.saved': ['已保存', 'Saved'],
  'common.deleted': ['已删除', 'Deleted'],
  'common.version': ['版本', 'Version'],
  'common.loading': ['正在加载…', 'Loading…'],
  'common.none': ['无', 'None'],
  'common.article': ['依据条款', 'Article'],
  'common.requestId': ['请求编号', 'Request id'],
  'common.forbidden': ['无权访问', 'Forbidden'],
  'common.forbiddenDetail': ['您的角色无权使用此功能。', 'Your role may not use this page.'],
  'common.notFound': ['页面不存在', 'Page not found'],
  'common.backHome': ['返回首页', 'Back to the home page'],
  'lang.switch': ['语言', 'Language'],
  'nav.menu': ['菜单', 'Menu'],
  'nav.home': ['首页', 'Home'],
  'nav.organisations': ['组织机构', 'Organisations'],
  'nav.cases': ['监督案件', 'Cases'],
  'nav.officers': ['执法人员与证件', 'Officers and certificates'],
  'nav.inbox': ['待办提醒', 'Inbox'],
  'nav.dashboard': ['统计分析', 'Statistics'],
  'nav.acts': ['信息化监督', 'Acts and warnings'],
  'nav.evaluations': ['案卷评查', 'Case-file evaluation'],
  'nav.inspections': ['现场监督', 'On-site visits'],
  'nav.campaigns': ['专项监督', 'Special campaigns'],
  'nav.accountability': ['责任追究', 'Accountability'],
  'nav.regulation': ['法规依据', 'Regulation'],
  'nav.users': ['用户管理', 'Users'],
  'nav.audit': ['操作日志', 'Audit log'],
  'nav.deadline': ['期限计算', 'Deadlines'],
  'nav.assessment': ['年度考核', 'Annual assessment'],
  'auth.login': ['登录', 'Log in'],
  'auth.logout': ['退出', 'Log out'],
  'auth.logoutEverywhere': ['退出所有设备', 'Log out everywhere'],
  'auth.username': ['用户名', 'Username'],
  'auth.password': ['密码', 'Password'],
  'auth.usernameRequired': ['请输入用户名', 'Enter your username'],
  'auth.passwordRequired': ['请输入密码', 'Enter your password'],
  'auth.expired': ['会话已结束，请重新登录', 'Your session has ended; please log in again'],
  'auth.welcome': ['请使用您的账号登录', 'Log in with your account'],
  'auth.legal': [
    '依据《晋城市行政执法监督暂行办法》（晋市政发〔2021〕23号）',
    'Under the Jincheng Interim Measures on the Supervision of Administrative Law Enforcement (2021)',
  ],
  'home.hello': ['您好，{name}', 'Hello, {name}'],
  'home.organisation': ['所在单位', 'Organisation'],
  'home.region': ['所在区划', 'Region'],
  'home.role': ['角色', 'Role'],
  'home.session': ['会话有效期至', 'Session valid until'],
  'home.jurisdiction': ['管辖范围', 'Jurisdiction'],
  'home.jurisdictionNote': [
    '您能查看本级及下级行政区划内的单位（第二条、第四条）。',
    'You see the organisations of your region and the regions below it (Arts. 2 and 4).',
  ],
  'home.regions': ['行政区划', 'Regions'],
  'home.organs': ['监督机关', 'Supervision organs'],
  'home.agencies': ['执法机关', 'Enforcement agencies'],
  'home.quickLinks': ['常用功能', 'Quick links'],
  'home.link.organisations': ['查看组织机构树与监督管辖', 'Organisation tree and jurisdiction'],
  'home.link.deadline': ['按国务院放假安排计算工作日期限', 'Deadlines on the State Council holiday schedule'],
  'home.link.users': ['管理用户、重置密码、解除锁定', 'Manage users, passwords and locks'],
  'home.link.audit': ['查看操作日志，校验哈希链', 'Audit log and hash-chain check'],
  'kind.government': ['人民政府', 'Government'],
  'kind.supervision_organ': ['监督机关', 'Supervision organ'],
  'kind.agency': ['执法机关', 'Enforcement agency'],
  'agencyKind.organ': ['所属部门', 'Department of the government'],
  'agencyKind.dispatched_organ': ['派出机关', 'Dispatched organ'],
  'agencyKind.authorized_org': ['法律法规授权的组织', 'Organisation authorised by law or regulation'],
  'authorizationLevel.law': ['法律', 'Law'],
  'authorizationLevel.administrative_regulation': ['行政法规', 'Administrative regulation'],
  'authorizationLevel.local_regulation': ['地方性法规', 'Local regulation'],
  'management.local': ['本级管理', 'Managed by its own government'],
  'management.vertical': ['垂直管理', 'Vertically managed'],
  'management.dual_led': ['双重领导，以上级部门领导为主', 'Dual-led, the higher department leading'],
  'org.authorizationLevel': ['授权层级', 'Level of authorisation'],
  'org.authorizationInstrument': ['授权依据（法律法规名称）', 'Authorising instrument'],
  'org.authorizationUnrecorded': ['未登记', 'Not recorded'],
  'org.management': ['管理体制', 'Management'],
  'org.higherDepartment': ['上一级主管部门', 'Higher competent department'],
  'org.managementHelp': [
    '行政执法监督条例第四十二条第二款：对垂直管理或者双重领导并以上级部门领导为主的执法机关，发现的问题告知其上一级主管部门',
    'Art. 42(2) of the Supervision Regulation: problems found in a vertically managed or dual-led agency are told to its higher competent department',
  ],
  'level.province': ['省级', 'Province'],
  'level.city': ['市级', 'City'],
  'level.county': ['县级', 'County'],
  'org.search': ['搜索单位或区划', 'Search organisations or regions'],
  'org.tree': ['组织机构', 'Organisations'],
  'org.agencies': ['执法机关（{n}）', 'Enforcement agencies ({n})'],
  'org.noMatch': ['没有匹配的单位', 'No matching organisation'],
  'org.selectHint': ['请在左侧选择区划或单位', 'Select a region or an organisation on the left'],
  'org.addRegion': ['新增区划', 'Add region'],
  'org.addOrganisation': ['新增单位', 'Add organisation'],
  'org.editRegion': ['修改区划', 'Edit region'],
  'org.editOrganisation': ['修改单位', 'Edit organisation'],
  'org.name': ['名称', 'Name'],
  'org.nameEn': ['英文名称', 'English name'],
  'org.shortName': ['简称', 'Short name'],
  'org.kind': ['类别', 'Kind'],
  'org.agencyKind': ['执法主体类别', 'Agency kind'],
  'org.region': ['行政区划', 'Region'],
  'org.regionCode': ['区划代码', 'Region code'],
  'org.level': ['级别', 'Level'],
  'org.parentRegion': ['上级区划', 'Parent region'],
  'org.parentOrg': ['上级单位', 'Parent organisation'],
  'org.docPrefix': ['文号代字', 'Document prefix'],
  'org.docPrefixHelp': ['1至8个汉字，例如“晋市执监”', '1 to 8 Chinese characters, e.g. 晋市执监'],
  'org.reviewingOrgan': ['复查机关', 'Reviewing organ'],
  'org.reviewingExternal': ['系统外', 'outside the system'],
  'org.deactivateConfirm': [
    '停用后该单位不能再被选用，历史记录保留。确定停用？',
    'An inactive organisation can no longer be chosen; its history is kept. Deactivate?',
  ],
  'org.deleteConfirm': [
    '只有未被引用的单位可以删除；仍被引用的请改为停用。确定删除？',
    'Only an organisation nobody refers to can be deleted; deactivate it otherwise. Delete?',
  ],
  'org.counts': ['下辖单位', 'Organisations'],
  'check.title': ['监督管辖判断', 'May this organ supervise?'],
  'check.organ': ['监督机关', 'Supervision organ'],
  'check.agency': ['被监督单位', 'Supervised organisation'],
  'check.pickOrgan': ['选择监督机关', 'Choose a supervision organ'],
  'check.pickAgency': ['选择执法机关或人民政府', 'Choose an agency or a government'],
  'check.run': ['判断', 'Check'],
  'check.allowed': ['属于监督范围', 'Within its jurisdiction'],
  'check.denied': ['不属于监督范围', 'Outside its jurisdiction'],
  'user.title': ['用户管理', 'Users'],
  'user.search': ['用户名或姓名', 'Username or name'],
  'user.username': ['用户名', 'Username'],
  'user.displayName': ['姓名', 'Name'],
  'user.email': ['电子邮件', 'E-mail'],
  'user.emailHelp': [
    '选填；配置邮件服务器后，期限提醒也发到此邮箱',
    'Optional; with a mail server configured, deadline reminders go here too',
  ],
  'user.role': ['角色', 'Role'],
  'user.organisation': ['所在单位', 'Organisation'],
  'user.password': ['初始密码', 'Initial password'],
  'user.newPassword': ['新密码', 'New password'],
  'user.confirmPassword': ['确认密码', 'Confirm password'],
  'user.passwordMismatch': ['两次输入的密码不一致', 'The passwords differ'],
  'user.passwordHelp': [
    '至少10个字符，须同时包含字母和数字',
    'At least 10 characters, with letters and digits',
  ],
  'user.create': ['新建用户', 'New user'],
  'user.edit': ['修改用户', 'Edit user'],
  'user.resetPassword': ['重置密码', 'Reset password'],
  'user.resetDone': ['密码已重置', 'Password reset'],
  'user.unlock': ['解除锁定', 'Unlock'],
  'user.unlocked': ['已解除锁定', 'Unlocked'],
  'user.locked': ['已锁定', 'Locked'],
  'user.deactivateConfirm': [
    '停用后该用户不能登录。确定停用？',
    'The user will no longer be able to log in. Deactivate?',
  ],
  'user.anyRole': ['全部角色', 'All roles'],
  'user.anyOrganisation': ['全部单位', 'All organisations'],
  'user.total': ['共 {n} 个用户', '{n} users'],
  'audit.title': ['操作日志', 'Audit log'],
  'audit.seq': ['序号', 'Seq'],
  'audit.time': ['时间', 'Time'],
  'audit.actor': ['操作人', 'Actor'],
  'audit.action': ['操作', 'Action'],
  'audit.entity': ['对象', 'Entity'],
  'audit.entityType': ['对象类型', 'Entity type'],
  'audit.entityId': ['对象标识', 'Entity id'],
  'audit.dates': ['日期范围', 'Dates'],
  'audit.before': ['变更前', 'Before'],
  'audit.after': ['变更后', 'After'],
  'audit.hash': ['哈希', 'Hash'],
  'audit.more': ['加载更多', 'Load more'],
  'audit.end': ['已显示全部记录', 'No more events'],
  'audit.verify': ['校验哈希链', 'Verify hash chain'],
  'audit.verifyOk': ['哈希链完整', 'The hash chain is intact'],
  'audit.verifyOkDetail': [
    '已校验 {n} 条记录，用时 {ms} 毫秒；链头序号 {seq}。',
    'Checked {n} events in {ms} ms; head at seq {seq}.',
  ],
  'audit.verifyBroken': ['哈希链已断裂', 'The hash chain is broken'],
  'audit.verifyBrokenAt': ['首个异常：序号 {seq}（{problem}）', 'First break: seq {seq} ({problem})'],
  'audit.system': ['系统', 'System'],
  'deadline.title': ['期限计算', 'Deadline calculator'],
  'deadline.from': ['起算日', 'Start date'],
  'deadline.unit': ['计算方式', 'Counting'],
  'deadline.working': ['工作日', 'Working days'],
  'deadline.calendar': ['自然日', 'Calendar days'],
  'deadline.length': ['期限天数', 'Length'],
  'deadline.compute': ['计算', 'Compute'],
  'deadline.result': ['届满日', 'Deadline'],
  'deadline.example': [
    '示例：第十条 复查申请期限（5个工作日）',
    'Example: Art. 10 review window (5 working days)',
  ],
  'deadline.provisional': [
    '期限涉及尚未载入国务院放假通知的年度，结果为暂定',
    'The period runs into a year whose State Council holiday notice is not loaded: the result is provisional',
  ],
  'deadline.provisionalYears': ['涉及年度：{years}', 'Years concerned: {years}'],
  'deadline.basis': ['计算依据', 'Basis'],
  'deadline.skipped': ['跳过的日期（{n}）', 'Skipped days ({n})'],
  'deadline.counted': ['计入的日期（{n}）', 'Counted days ({n})'],
  'deadline.notices': ['采用的放假通知', 'Holiday notices used'],
  'deadline.reason.weekend': ['周末', 'Weekend'],
  'deadline.reason.holiday': ['法定节假日', 'Public holiday'],
  'deadline.reason.estimated_statutory_holiday': ['预估法定节假日', 'Estimated public holiday'],
  'deadline.reason.estimated_make_up_day': ['预估补假', 'Estimated make-up day'],
  'deadline.years': ['已载入的年度', 'Loaded years'],
  'deadline.year': ['年度', 'Year'],
  'deadline.notice': ['通知', 'Notice'],
  'deadline.source': ['来源', 'Source'],
  'deadline.days': ['安排天数', 'Days'],
  'deadline.loadedAt': ['载入时间', 'Loaded at'],
  'deadline.yearDays': ['{year}年节假日安排', '{year} holiday arrangements'],
  'deadline.date': ['日期', 'Date'],
  'deadline.kind': ['类型', 'Kind'],
  'deadline.kind.holiday': ['放假', 'Holiday'],
  'deadline.kind.adjusted_workday': ['调休上班', 'Adjusted working day'],
  'deadline.holidayName': ['节日', 'Holiday'],
} satisfies Record<string, [string, string]>;

export type MsgKey = keyof typeof dict;

const STORAGE_KEY = 'jiandu.lang';

function initial(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = initial();
const listeners = new Set<() => void>();

function apply(lang: Lang) {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}
apply(current);

export function setLang(lang: Lang) {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  apply(lang);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function translate(lang: Lang, key: MsgKey, vars?: Record<string, string | number>): string {
  const text = dict[key][lang === 'en' ? 1 : 0];
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

export interface I18n {
  lang: Lang;
  t(key: MsgKey, vars?: Record<string, string | number>): string;
  /** Picks the text for the current language from a pair the server sent. */
  pick(zh: string | null | undefined, en: string | null | undefined): string;
  /** `x` in brackets after a word: full-width（x）in Chinese, " (x)" in English */
  paren(x: string | number): string;
  /** the colon after a label: full-width in Chinese */
  colon: string;
  /** between the items of a list: 、 in Chinese, a comma in English */
  sep: string;
  setLang(lang: Lang): void;
}

export function useI18n(): I18n {
  const lang = useSyncExternalStore(subscribe, () => current);
  return {
    lang,
    t: (key, vars) => translate(lang, key, vars),
    pick: (zh, en) => (lang === 'en' ? en || zh || '' : zh || en || ''),
    paren: (x) => (lang === 'en' ? ` (${x})` : `（${x}）`),
    colon: lang === 'en' ? ': ' : '：',
    sep: lang === 'en' ? ', ' : '、',
    setLang,
  };
}
