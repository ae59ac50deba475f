import { describe, expect, it } from 'vitest';
import {
  accountabilityMeasures,
  getAccountabilityRule,
  getDecisionKind,
  getProvision,
  MIN_SUPERVISORS_PER_MEASURE,
  JINCHENG_2021 as pack,
  provisionIndex,
} from './index.ts';

const itemIds = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);
const itemCount = (paragraphId: string) => {
  const p = getProvision(pack, paragraphId);
  return p.level === 'paragraph' ? p.paragraph.items.length : -1;
};

describe('第一条至第十九条 the whole text', () => {
  it('has the 19 articles in order, 第一条 to 第十九条, in five chapters', () => {
    expect(pack.articles.map((a) => a.id)).toEqual(Array.from({ length: 19 }, (_, i) => `art${i + 1}`));
    expect(pack.articles.map((a) => a.numberZh)).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第四条',
      '第五条',
      '第六条',
      '第七条',
      '第八条',
      '第九条',
      '第十条',
      '第十一条',
      '第十二条',
      '第十三条',
      '第十四条',
      '第十五条',
      '第十六条',
      '第十七条',
      '第十八条',
      '第十九条',
    ]);
    const chapters = [...new Map(pack.articles.map((a) => [a.chapter.number, a.chapter])).values()];
    expect(chapters.map((c) => `${c.numberZh} ${c.titleZh}`)).toEqual([
      '第一章 总则',
      '第二章 监督的内容与实施',
      '第三章 监督的处理',
      '第四章 责任追究',
      '第五章 附则',
    ]);
    expect(getProvision(pack, 'art13').article.chapter.titleZh).toBe('监督的处理');
  });

  it('has the items of each enumerating paragraph', () => {
    const counts: Record<string, number> = {
      'art6.1': 6,
      'art7.1': 9,
      'art8.1': 4,
      'art9.1': 4,
      'art13.1': 6,
      'art14.1': 4,
      'art15.1': 4,
      'art16.1': 11,
      'art17.1': 10,
      'art18.1': 3,
    };
    for (const [id, n] of Object.entries(counts)) expect(itemCount(id), id).toBe(n);
    const withItems = [...provisionIndex(pack).values()].filter(
      (p) => p.level === 'paragraph' && p.paragraph.items.length,
    );
    expect(withItems.map((p) => p.id).sort()).toEqual(Object.keys(counts).sort());
  });

  it('has the paragraphs of each article (第四、五、七、十、十三、十五条 have two)', () => {
    const two = pack.articles.filter((a) => a.paragraphs.length === 2).map((a) => a.id);
    expect(two).toEqual(['art4', 'art5', 'art7', 'art10', 'art13', 'art15']);
    expect(pack.articles.every((a) => a.paragraphs.length <= 2)).toBe(true);
  });

  it('uses full-width Chinese punctuation throughout, no spaces', () => {
    for (const p of provisionIndex(pack).values()) {
      const own = p.level === 'item' ? p.item.text : p.level === 'paragraph' ? p.paragraph.text : '';
      expect(own, p.id).not.toMatch(/[,;:()\s]/);
    }
    expect(getProvision(pack, 'art15.1.1').text).toBe('不具备行政主体资格；');
    expect(getProvision(pack, 'art7.2').text).toBe(
      '行政执法监督实行日常监督和专项监督相结合。采取行政执法监督措施时，行政执法监督人员不得少于二人。',
    );
    expect(getProvision(pack, 'art9.1').text).toMatch(
      /^行政执法监督机关依公民、法人、其他组织的申请、投诉、举报启动监督。按以下程序进行：\n（一）具体承办人员/,
    );
  });

  it('joins the sentences the seed splits across page breaks (第五条, 第十二条, 第十八条)', () => {
    expect(getProvision(pack, 'art5.1').text).toContain('并将行政执法监督工作作为党政主要负责人');
    expect(getProvision(pack, 'art12.1').text).toBe(
      '行政执法监督机关对在实施行政执法监督过程中发现的依法不属于本部门处理的事项，应当移交有权处理的机关。',
    );
    const art18 = getProvision(pack, 'art18.1');
    expect(art18.level === 'paragraph' && art18.paragraph.text).toBe(
      '行政执法监督人员有下列行为之一的，给予批评教育，责令改正；情节严重的，依法给予处分；构成犯罪的，依法追究刑事责任：',
    );
    expect(pack.corrections.find((c) => c.kind === 'page_break')?.provisionIds).toEqual([
      'art5.1',
      'art12.1',
      'art18.1',
    ]);
  });

  it('transcribes items exactly, with their closing punctuation', () => {
    expect(getProvision(pack, 'art13.1.2').text).toBe('适用法律、法规错误的；');
    expect(getProvision(pack, 'art7.1.4').text).toBe(
      '组织实地调查、勘验，或者进行必要的录音、录像、拍照、抽样等；',
    );
    expect(getProvision(pack, 'art8.1.3').text).toBe(
      '逐步通过信息化手段对行政执法行为实施监督，各级行政执法机关应当及时将行政执法信息纳入全国行政执法监督信息系统（山西）；',
    );
    expect(getProvision(pack, 'art16.1.11').text).toBe('法律、法规规定的其他情形。');
    expect(getProvision(pack, 'art19.1').text).toBe('本办法自2021年12月1日起施行，有效期二年。');
  });
});

describe('第十四条 the seed numbers its items (一)(三)(三)(四)', () => {
  it('gives the second item id art14.1.2 and number （二）', () => {
    const p = getProvision(pack, 'art14.1');
    if (p.level !== 'paragraph') throw new Error('not a paragraph');
    expect(p.paragraph.items.map((i) => [i.id, i.numberZh])).toEqual([
      ['art14.1.1', '（一）'],
      ['art14.1.2', '（二）'],
      ['art14.1.3', '（三）'],
      ['art14.1.4', '（四）'],
    ]);
    expect(getProvision(pack, 'art14.1.2').text).toBe(
      '行政执法行为违法，但撤销会给国家利益、社会公共利益造成重大损害的；',
    );
  });

  it('records the correction in Chinese and English', () => {
    const c = pack.corrections.find((x) => x.provisionIds.includes('art14.1.2') && x.kind === 'numbering');
    expect(c).toBeDefined();
    expect(c?.seedText?.startsWith('（三）')).toBe(true);
    expect(c?.correctedText?.startsWith('（二）')).toBe(true);
    expect(c?.noteZh).toContain('（一）（三）（三）（四）');
    expect(c?.noteEn).toContain('item (2)');
  });
});

describe('第七条 measures', () => {
  it('has the nine kinds in order, each citing its item of 第七条第一款', () => {
    expect(pack.measures.map((m) => [m.code, m.citation])).toEqual([
      ['hear_report', 'art7.1.1'],
      ['consult_files', 'art7.1.2'],
      ['inquiry', 'art7.1.3'],
      ['site_investigation', 'art7.1.4'],
      ['commissioned_appraisal', 'art7.1.5'],
      ['hearing', 'art7.1.6'],
      ['supervise_handling', 'art7.1.7'],
      ['seize_certificate', 'art7.1.8'],
      ['other_lawful', 'art7.1.9'],
    ]);
  });

  it('第七条第二款 at least two supervisors per measure', () => {
    expect(MIN_SUPERVISORS_PER_MEASURE).toEqual({ value: 2, citation: 'art7.2' });
    expect(pack.minSupervisorsPerMeasure).toBe(MIN_SUPERVISORS_PER_MEASURE);
    expect(getProvision(pack, 'art7.2').text).toContain('行政执法监督人员不得少于二人');
  });
});

describe('第九条（四）, 第十三条至第十五条 decisions and their grounds', () => {
  it('has the five kinds of 第九条（四） with their Chinese names', () => {
    expect(pack.decisionKinds.map((d) => [d.code, d.nameZh])).toEqual([
      ['order_performance', '责令限期履行'],
      ['order_correction', '责令补正或者改正'],
      ['revoke', '撤销'],
      ['confirm_illegal', '确认违法'],
      ['confirm_void', '确认无效'],
    ]);
    for (const d of pack.decisionKinds) {
      expect(d.namedIn[0]).toBe('art9.1.4');
      expect(getProvision(pack, 'art9.1.4').text).toContain(d.nameZh.replace('确认', ''));
    }
  });

  it('第十三条 grounds (1)–(6) for the orders and revocation', () => {
    for (const code of ['order_performance', 'order_correction', 'revoke'] as const)
      expect(getDecisionKind(pack, code).grounds).toEqual(itemIds('art13.1', 6));
  });

  it('第十四条 grounds (1)–(4) for 确认违法: the act stays in force', () => {
    const d = getDecisionKind(pack, 'confirm_illegal');
    expect(d.grounds).toEqual(itemIds('art14.1', 4));
    expect(d.actStaysInForce).toBe(true);
    expect(d.citations.actStaysInForce).toBe('art14.1');
  });

  it('第十五条 grounds (1)–(4) for 确认无效: void from the start (第十五条第二款)', () => {
    const d = getDecisionKind(pack, 'confirm_void');
    expect(d.grounds).toEqual(itemIds('art15.1', 4));
    expect(d.voidFromStart).toBe(true);
    expect(d.citations.voidFromStart).toBe('art15.2');
  });

  it('第十三条 the orders set a deadline; a correction is in writing (第十三条第二款)', () => {
    const perf = getDecisionKind(pack, 'order_performance');
    const corr = getDecisionKind(pack, 'order_correction');
    expect([perf.setsDeadline, corr.setsDeadline]).toEqual([true, true]);
    expect([perf.requiresWrittenCorrection, corr.requiresWrittenCorrection]).toEqual([false, true]);
    expect(corr.citations.requiresWrittenCorrection).toBe('art13.2');
  });

  it('第十三条 撤销 only after an unmet order, not where 第十四条（二） applies; the agency may act anew', () => {
    const d = getDecisionKind(pack, 'revoke');
    expect(d.setsDeadline).toBe(false);
    expect(d.requiresPriorUnmetOrder).toBe(true);
    expect(d.citations.requiresPriorUnmetOrder).toBe('art13.1');
    expect(d.excludedWhere).toEqual(['art14.1.2']);
    expect(d.citations.excludedWhere).toBe('art14.1');
    expect(d.agencyMayActAnew).toBe(true);
    expect(d.citations.agencyMayActAnew).toBe('art13.2');
  });

  it('sets no flag it does not cite', () => {
    for (const d of pack.decisionKinds)
      for (const f of [
        'setsDeadline',
        'requiresWrittenCorrection',
        'requiresPriorUnmetOrder',
        'voidFromStart',
        'actStaysInForce',
        'agencyMayActAnew',
      ] as const)
        expect(Boolean(d.citations[f]), `${d.code}.${f}`).toBe(d[f]);
  });
});

describe('第十六条至第十八条 accountability', () => {
  it('第十六条 agency: grounds (一)–(十一); 责令限期改正 → 通报批评 → 处分 → 刑事责任', () => {
    const r = getAccountabilityRule(pack, 'agency');
    expect(r.grounds).toEqual(itemIds('art16.1', 11));
    expect(r.ladder.map((s) => [s.level, s.trigger, s.measures.map((m) => m.code)])).toEqual([
      [1, 'ground_found', ['order_correction_deadline']],
      [2, 'not_corrected_by_deadline', ['circulate_criticism']],
      [3, 'serious', ['sanction_responsible_persons']],
      [4, 'crime', ['criminal_referral']],
    ]);
    expect(r.ladder[1].triggerZh).toBe('逾期不改正的');
    expect(accountabilityMeasures(pack, 'agency').map((m) => m.nameZh)).toEqual([
      '责令限期改正',
      '通报批评',
      '对直接负责的主管人员和其他直接责任人员依法给予处分',
      '依法追究刑事责任',
    ]);
  });

  it('第十七条 officer: grounds (一)–(十); four alternatives by severity, then 处分, then 刑事责任', () => {
    const r = getAccountabilityRule(pack, 'officer');
    expect(r.grounds).toEqual(itemIds('art17.1', 10));
    expect(r.ladder[0]).toMatchObject({ level: 1, combination: 'any_of', triggerZh: '视情节轻重' });
    expect(r.ladder[0].measures.map((m) => m.code)).toEqual([
      'criticism_education',
      'off_duty_training',
      'transfer_from_post',
      'seize_certificate',
    ]);
    expect(r.ladder[0].measures[3].alsoCites).toEqual(['art7.1.8']);
    expect(r.ladder.slice(1).map((s) => s.measures[0].code)).toEqual(['sanction', 'criminal_referral']);
    expect(accountabilityMeasures(pack, 'officer').map((m) => m.level)).toEqual([1, 1, 1, 1, 2, 3]);
  });

  it('第十八条 supervisor: grounds (一)–(三); 批评教育 with 责令改正, then 处分, then 刑事责任', () => {
    const r = getAccountabilityRule(pack, 'supervisor');
    expect(r.grounds).toEqual(itemIds('art18.1', 3));
    expect(r.ladder[0].combination).toBe('all_of');
    expect(
      accountabilityMeasures(pack, 'supervisor').map((m) => [m.level, m.code, m.nameZh, m.citation]),
    ).toEqual([
      [1, 'criticism_education', '批评教育', 'art18.1'],
      [1, 'order_correction', '责令改正', 'art18.1'],
      [2, 'sanction', '依法给予处分', 'art18.1'],
      [3, 'criminal_referral', '依法追究刑事责任', 'art18.1'],
    ]);
  });
});

describe('第十九条 validity', () => {
  it('records the document and its two-year period', () => {
    expect(pack).toMatchObject({
      id: 'jincheng-2021',
      titleZh: '晋城市行政执法监督暂行办法',
      documentNumber: '晋市政发〔2021〕23号',
      issuedBy: '晋城市人民政府',
      issuedOn: '2021-11-15',
      effectiveFrom: '2021-12-01',
      effectiveUntil: '2023-11-30',
      validityCitation: 'art19.1',
    });
  });

  it('is frozen, so no caller can change the law in memory', () => {
    expect(Object.isFrozen(pack)).toBe(true);
    expect(Object.isFrozen(pack.articles[12].paragraphs[0].items[1])).toBe(true);
    expect(() => {
      (pack.decisionKinds as unknown as unknown[]).push({});
    }).toThrow();
  });
});
