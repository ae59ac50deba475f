// Every document the procedure produces, rendered from a case without a database: the text
// the law asks for, and the DOCX laid out per GB/T 9704-2012.
import { DOCUMENT_KINDS, type DocumentKind } from '@jiandu/procedure';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../../apps/api/src/documents/data.ts';
import type { OfficialDocument } from '../../apps/api/src/documents/model.ts';
import { docxText } from '../../apps/api/src/documents/pdf/measure.ts';
import { buildDocument, DOCUMENT_SPECS, formatNumber } from '../../apps/api/src/documents/registry.ts';
import { renderDocx } from '../../apps/api/src/documents/render-docx.ts';
import { STEP_OF, STEPS, sampleData } from './sample-data.ts';

const text = (d: OfficialDocument) =>
  [
    d.issuerHead,
    d.title,
    d.number,
    d.addressee,
    ...d.body.map((b) =>
      b.type === 'form'
        ? b.rows.map((r) => `${r.label}${r.value}`).join('\n')
        : b.type === 'table'
          ? b.rows.map((r) => r.join(' ')).join('\n')
          : b.type === 'space'
            ? ''
            : typeof b.text === 'string'
              ? b.text
              : b.text.map((t) => (typeof t === 'string' ? t : t.text)).join(''),
    ),
    d.signature?.name,
    d.signature?.date,
  ].join('\n');

const build = (kind: DocumentKind, over = {}) => {
  const step = STEP_OF[kind];
  return buildDocument(kind, sampleData({ step: step ? STEPS[step] : null, ...over }), '泽州县司法局');
};

describe('official documents (第九条, 第十条)', () => {
  it('第九条: every document kind the procedure names has a template, a name and an article', () => {
    for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
      expect(DOCUMENT_SPECS[kind].zh).toBeTruthy();
      const doc = build(kind);
      expect(doc.kind).toBe(kind);
      expect(doc.title.length).toBeGreaterThan(1);
      expect(text(doc)).not.toMatch(/undefined|null|NaN/);
    }
  });

  it('第十条: numbers read 晋市执监决〔2024〕3号, with 六角括号 around the year', () => {
    expect(formatNumber('晋市执监', '决', 2024, 3)).toBe('晋市执监决〔2024〕3号');
  });

  it('第九条（四）, 第十条: the decision states the facts, each ground with its article, the decision and its deadline', () => {
    const t = text(build('supervision_decision'));
    expect(t).toContain(
      '经查：你单位于2024年8月12日对泽州县南村镇便民超市作出罚款2000元的行政处罚决定（泽市监罚〔2024〕12号），适用《中华人民共和国食品安全法》第一百二十六条。该局作出处罚决定前未告知当事人陈述、申辩的权利，送达的处罚决定书亦未加盖本机关印章。',
    );
    expect(t).toContain('本机关认为，你单位的上述行政执法行为存在下列情形：');
    expect(t).toContain('违反法定程序（《晋城市行政执法监督暂行办法》第十三条第一款第（三）项）');
    expect(t).toContain('第十五条第一款第（三）项');
    expect(t).toContain('第九条第（四）项');
    expect(t).toContain('责令你单位于2024年12月31日前');
    expect(t).toContain('泽执监通〔2024〕5号');
  });

  it('第十条第二款: the decision tells the agency it may apply for review to the named higher organ within five working days', () => {
    const t = text(build('supervision_decision'));
    expect(t).toContain('自收到本决定书之日起五个工作日内，向晋城市司法局申请复查');
    expect(t).not.toContain('人民政府申请复查');
    expect(t).toContain('复查期间，本决定不停止执行');
  });

  it("第十条第一款: the supervision organ issues every document — heading, signature and 版记 — and seals with its government's seal", () => {
    for (const kind of ['supervision_decision', 'supervision_notice', 'review_decision'] as const)
      expect(DOCUMENT_SPECS[kind].sealable).toBe(true);
    expect(DOCUMENT_SPECS.filing_approval_form.sealable).toBe(false);
    for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
      const d = build(kind);
      expect(d.issuerHead, kind).toBe('泽州县司法局');
      if (d.signature) expect(d.signature.name, kind).toBe('泽州县司法局');
      if (d.colophon) expect(d.colophon.printer, kind).toBe('泽州县司法局');
      expect(text(d), kind).not.toContain('泽州县人民政府');
    }
  });

  it('第十三条: each decision kind says what is decided', () => {
    const kinds = {
      revoke: '撤销你单位作出的上述行政执法行为',
      confirm_illegal: '确认你单位的上述行政执法行为违法',
      confirm_void: '确认你单位的上述行政执法行为无效',
      order_performance: '责令你单位于2024年12月31日前依法履行法定职责',
    } as const;
    for (const [kind, phrase] of Object.entries(kinds)) {
      const base = sampleData();
      const d = build('supervision_decision', {
        facts: { ...base.facts, decision: { ...base.facts.decision!, kind } },
      });
      expect(text(d)).toContain(phrase);
    }
  });

  it('第十三条: an order to correct says 补正 or 改正, as the supervisor chose, never both', () => {
    for (const [remedy, word, other] of [
      ['supplement', '予以补正，并将补正情况书面报告本机关', '改正'],
      ['correct', '予以改正，并将改正情况书面报告本机关', '补正'],
    ] as const) {
      const base = sampleData();
      const t = text(
        build('supervision_decision', {
          facts: { ...base.facts, decision: { ...base.facts.decision!, kind: 'order_correction', remedy } },
        }),
      );
      expect(t).toContain(word);
      expect(t).not.toContain(`予以${other}`);
      expect(t).not.toContain('补正或者改正，并将');
    }
  });

  it('行政执法监督条例第四十二条第二款: the letter tells the higher department the act and the problems, citing the article, without the petitioner', () => {
    const base = sampleData();
    const d = build('higher_department_letter', {
      number: '泽执监函〔2026〕1号',
      agency: { name: '国家税务总局泽州县税务局' },
      facts: { ...base.facts, state: 'investigating', notice: null, decision: null },
    });
    const t = text(d);
    expect(d.title).toBe('行政执法监督问题告知函');
    expect(d.issuerHead).toBe('泽州县司法局');
    expect(d.signature?.name).toBe('泽州县司法局');
    expect(d.addressee).toBe('国家税务总局晋城市税务局');
    expect(t).toContain('泽执监函〔2026〕1号');
    expect(t).toContain('本机关于2024年9月2日收到对国家税务总局泽州县税务局的投诉。');
    expect(t).toContain(
      '经查：国家税务总局泽州县税务局于2024年8月12日对泽州县南村镇便民超市作出罚款2000元的行政处罚决定（泽市监罚〔2024〕12号）',
    );
    expect(t).toContain('一、作出行政处罚决定前未告知当事人陈述、申辩的权利。');
    expect(t).toContain('二、送达的处罚决定书未加盖印章。');
    expect(t).toContain('实行垂直管理的行政执法机关');
    expect(t).toContain('根据《行政执法监督条例》第四十二条第二款的规定，现将上述问题告知你单位');
    // the petitioner's name, address and own words stay with the organ
    expect(t).not.toContain('王建国');
    expect(t).not.toContain(base.petition!.summary);
    expect(t).not.toContain('泽州县南村镇。');
    expect(t).not.toContain('行政执法监督通知书');
  });

  it('第九条（三）: the notice lists the findings article by article and sets the deadline to report', () => {
    const t = text(build('supervision_notice', { number: '泽执监通〔2024〕5号' }));
    expect(t).toContain('一、违反法定程序（《晋城市行政执法监督暂行办法》第十三条第一款第（三）项）');
    expect(t).toContain('请你单位于2024年9月20日前自行纠正或者依法处理，并将处理结果书面报告本机关');
  });

  it('第九条（一）: the filing form carries the proposal with its drafter and the approval with the head', () => {
    const t = text(build('filing_approval_form'));
    expect(t).toContain('拟立案调查');
    const form = build('filing_approval_form').body.find((b) => b.type === 'form');
    const rows = form?.type === 'form' ? form.rows : [];
    expect(rows.find((r) => r.label === '承办人意见')?.signedBy?.name).toBe('张明');
    // the head's own words, name and day — not a phrase the system supplies
    const head = rows.find((r) => r.label === '负责人审批意见');
    expect(head?.value).toBe('同意立案，由张明、李华承办。');
    expect(head?.signedBy).toEqual({ name: '赵主任', date: '2024年9月3日' });
  });

  it('第十二条, 第十一条: the transfer and assistance letters go to the named body and cite their article', () => {
    const base = sampleData();
    const transfer = build('transfer_letter', {
      facts: {
        ...base.facts,
        filing: { ...base.facts.filing!, proposal: 'transfer', transferTo: '晋城市公安局' },
      },
    });
    expect(transfer.addressee).toBe('晋城市公安局');
    expect(text(transfer)).toContain('第十二条');
    const assist = build('assistance_letter');
    expect(assist.addressee).toBe('泽州县财政局');
    expect(text(assist)).toContain('第十一条');
  });

  it('第七条（三）: the inquiry record prints the day the inquiry was taken, the place and each person questioned with his or her role', () => {
    const t = text(build('inquiry_record'));
    // the day of the inquiry, not the day it was recorded (2024-09-06)
    expect(t).toContain('时间2024年9月5日');
    expect(t).not.toContain('2024年9月6日');
    expect(t).toContain('地点泽州县市场监督管理局三楼会议室');
    expect(t).toContain('被询问人李某（执法人员，泽州县市场监督管理局）、王某（当事人）');
    expect(t).toContain('监督人员张明、李华');
    expect(t).toContain('被询问人签名');
    expect(t).toContain('监督人员签名：张明、李华    2024年9月5日');
  });

  it('第七条（四）: the site record prints the place and who was present', () => {
    const site = {
      ...STEPS.record_measure,
      action: { ...STEPS.record_measure.action, kind: 'site_investigation' },
    };
    const t = text(buildDocument('site_record', sampleData({ step: site as StepRecord }), '泽州县司法局'));
    expect(t).toContain('现场检查记录');
    expect(t).toContain('地点泽州县市场监督管理局三楼会议室');
    expect(t).toContain('在场人员李某（执法人员，泽州县市场监督管理局）、王某（当事人）');
  });

  it('第七条（三）: a measure recorded before the day, place and persons were asked still prints, dated the day it was recorded', () => {
    const {
      on: _on,
      place: _place,
      persons: _persons,
      ...old
    } = STEPS.record_measure.action as Record<string, unknown>;
    const t = text(
      buildDocument(
        'inquiry_record',
        sampleData({ step: { ...STEPS.record_measure, action: old as StepRecord['action'] } }),
        '泽州县司法局',
      ),
    );
    expect(t).toContain('时间2024年9月6日');
    expect(t).toContain('地点\n');
    expect(t).toContain('被询问人\n');
    expect(t).not.toMatch(/undefined|null|NaN/);
  });

  it('第十条第二款: the 送达回证 names the decision, the method and the date of receipt', () => {
    const t = text(build('service_receipt'));
    expect(t).toContain('行政执法监督决定书（泽执监决〔2024〕3号）');
    expect(t).toContain('直接送达');
    expect(t).toContain('送达地点');
    expect(t).toContain('申请复查的期限至2024年10月10日');
  });

  it('第九条: an anonymous report gets neither receipt nor reply, a named petitioner gets both', () => {
    const anon = sampleData({ petition: { ...sampleData().petition!, kind: 'report', petitioner: null } });
    expect(DOCUMENT_SPECS.petition_receipt.applies(anon)).toBe(false);
    expect(DOCUMENT_SPECS.petition_reply.applies(anon)).toBe(false);
    expect(DOCUMENT_SPECS.petition_reply.applies(sampleData())).toBe(true);
    expect(build('petition_receipt').addressee).toBe('王建国');
    expect(text(build('petition_reply'))).toContain('未发现泽州县市场监督管理局的行政执法行为违法或者不当');
  });

  it('GB/T 9704-2012: A4, margins 37/35/28/26 mm, standard fonts per script, page numbers and the seal anchor', async () => {
    const docx = await renderDocx(build('supervision_decision'));
    const files = unzipSync(docx);
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    // twips: 37 mm = 2098, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474
    expect(xml).toMatch(/w:top="2098"/);
    expect(xml).toMatch(/w:bottom="1984"/);
    expect(xml).toMatch(/w:left="1587"/);
    expect(xml).toMatch(/w:right="1474"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:ascii="仿宋_GB2312"');
    expect(xml).toContain('w:hAnsi="仿宋_GB2312"');
    expect(xml).toContain('w:name="JianduSealAnchor"');
    expect(xml).toContain('泽执监决〔2024〕3号');
    const footers = Object.keys(files).filter((f) => /word\/footer\d+\.xml/.test(f));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    expect(footers.map((f) => strFromU8(files[f])).join('')).toContain('PAGE');
    expect(strFromU8(files['word/settings.xml'])).toContain('evenAndOddHeaders');
  });
});

describe('what the record decides, the document says (第九条, 第十条)', () => {
  const base = sampleData();
  const withSteps = (...extra: StepRecord[]) => [...base.steps, STEPS.issue_notice, ...extra];

  it('第九条（四）: no report by the notice deadline reads 未处理, never "未处理或者处理不符合要求"', () => {
    const t = text(build('supervision_decision', { steps: withSteps() }));
    expect(t).toContain('你单位在规定期限（2024年9月20日前）内未处理，也未报告处理情况。');
    expect(t).not.toContain('或者处理不符合要求');
  });

  it('第九条（四）: a report the organ rejected reads 处理不符合要求, with the date of the report and the reason', () => {
    const steps = withSteps(
      {
        n: 6,
        action: { type: 'report_handling', receivedOn: '2024-09-18', written: true },
        on: '2024-09-18',
        actorName: '刘联络',
      },
      {
        n: 7,
        action: { type: 'reject_handling', reason: '未撤销原处罚决定。' },
        on: '2024-09-19',
        actorName: '张明',
      },
    );
    const t = text(build('supervision_decision', { steps }));
    expect(t).toContain(
      '你单位于2024年9月18日报告了处理情况，经本机关审查，处理不符合要求：未撤销原处罚决定。',
    );
    expect(t).not.toContain('未处理或者处理不符合要求');
  });

  it('第九条（三）: the notice names the act supervised — what, when, to whom, under which provision — and what was found', () => {
    const t = text(build('supervision_notice'));
    expect(t).toContain(
      '经查：你单位于2024年8月12日对泽州县南村镇便民超市作出罚款2000元的行政处罚决定（泽市监罚〔2024〕12号），适用《中华人民共和国食品安全法》第一百二十六条。该局作出处罚决定前未以书面形式告知当事人陈述、申辩的权利。',
    );
    expect(t).toContain('本机关认为，你单位的上述行政执法行为存在下列问题：');
    expect(t).toContain('一、违反法定程序（《晋城市行政执法监督暂行办法》第十三条第一款第（三）项）。');
    // an act without a 文书号 or a provision is named by what was done, to whom and when
    const { facts } = sampleData();
    const bare = {
      facts: { ...facts, act: { name: '实施现场检查', madeOn: '2024-08-12', party: '某超市' } },
    };
    expect(text(build('supervision_notice', bare))).toContain(
      '经查：你单位于2024年8月12日对某超市实施现场检查。该局',
    );
  });

  it('第十三条第一款第（二）项: a finding of the wrong law names the provision that should have applied', () => {
    const { facts } = sampleData();
    const d = {
      facts: {
        ...facts,
        findings: ['art13.1.2'],
        act: { ...facts.act!, provisionCorrect: '《中华人民共和国行政处罚法》第四十四条' },
        decision: { ...facts.decision!, grounds: ['art13.1.2'] },
      },
    };
    const wording =
      '一、适用法律、法规错误（《晋城市行政执法监督暂行办法》第十三条第一款第（二）项），应当适用《中华人民共和国行政处罚法》第四十四条。';
    expect(text(build('supervision_notice', d))).toContain(wording);
    expect(text(build('supervision_decision', d))).toContain(wording);
  });

  it('第九条（一）: 立案 is the day the head approved the filing form, not the day of registration', () => {
    const t = text(build('supervision_decision'));
    expect(t).toContain(
      '经本机关负责人批准，本机关于2024年9月3日对泽州县市场监督管理局罚款未告知陈述申辩权利一案立案（泽执监立〔2024〕7号）',
    );
    expect(t).not.toContain('2024年9月2日登记并立案');
    expect(text(build('supervision_notice'))).toContain(
      '本机关于2024年9月3日对泽州县市场监督管理局罚款未告知陈述申辩权利一案立案',
    );
    // a case the organ opened itself, without a petition
    expect(text(build('supervision_notice', { petition: null }))).toContain(
      '经本机关负责人批准，本机关于2024年9月3日对你单位的行政执法行为立案监督（泽执监立〔2024〕7号）。本机关依法进行了调查核实：',
    );
  });

  it('第九条（三）: the notice opens with the petition and the filing in whole sentences, by the 案由, never the petitioner’s words', () => {
    const t = text(build('supervision_notice'));
    expect(t).toContain(
      '本机关于2024年9月2日收到对你单位的投诉。经本机关负责人批准，本机关于2024年9月3日对泽州县市场监督管理局罚款未告知陈述申辩权利一案立案（泽执监立〔2024〕7号）。本机关依法进行了调查核实：',
    );
    expect(t).not.toMatch(/。一案|受理的投诉|案一案/);
    // what the petitioner wrote does not leave the organ: not in the notice, not in the decision
    const words = sampleData().petition!.summary.replace(/。$/, '');
    expect(t).not.toContain(words);
    expect(text(build('supervision_decision'))).not.toContain(words);
  });

  it('第九条（一）: the proposal reads reason first and ends with its 。', () => {
    expect(text(build('filing_approval_form'))).toContain('经初步审查，符合立案条件，拟立案调查。');
  });

  it("第十条第二款: the 送达回证 leaves the recipient's signature and date blank; the recorded receipt stands in the remarks", () => {
    for (const method of ['direct', 'post'] as const) {
      const receipt = build('service_receipt', {
        step: {
          ...STEPS.serve_decision,
          action: { ...STEPS.serve_decision.action, method } as StepRecord['action'],
        },
      });
      const form = receipt.body.find((b) => b.type === 'form');
      const rows = form?.type === 'form' ? form.rows : [];
      const recipient = rows.find((r) => r.label === '受送达人签名或盖章');
      expect(recipient?.signedBy, method).toBeNull();
      expect(recipient?.value, method).toBe('');
      expect(
        rows.find((r) => r.label === '送达地点'),
        method,
      ).toBeTruthy();
      expect(rows.find((r) => r.label === '备注')?.value, method).toContain('受送达人于2024年9月27日收到');
    }
  });

  it('第十条第二款: recorded from the return the recipient signed, the 送达回证 shows the signing and the place', () => {
    const receipt = build('service_receipt', {
      step: {
        ...STEPS.serve_decision,
        action: {
          ...STEPS.serve_decision.action,
          place: '泽州县市场监督管理局法制科',
          signedReturn: true,
        } as StepRecord['action'],
      },
    });
    const form = receipt.body.find((b) => b.type === 'form');
    const rows = form?.type === 'form' ? form.rows : [];
    expect(rows.find((r) => r.label === '送达地点')?.value).toBe('泽州县市场监督管理局法制科');
    const recipient = rows.find((r) => r.label === '受送达人签名或盖章');
    expect(recipient?.value).toBe('泽州县市场监督管理局（已签收）');
    expect(recipient?.signedBy).toEqual({ name: '', date: '2024年9月27日' });
    expect(rows.find((r) => r.label === '备注')?.value).not.toContain('据送达记录');
  });
});

describe('the same document gives the same DOCX (docs/ARCHITECTURE.md)', () => {
  it('two renderings are byte for byte the same, dated the issue time, not the time of rendering', async () => {
    const doc = build('supervision_decision');
    const issuedAt = new Date('2024-09-25T02:30:00Z');
    const first = await renderDocx(doc, issuedAt);
    await new Promise((r) => setTimeout(r, 1100));
    const second = await renderDocx(doc, issuedAt);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = strFromU8(unzipSync(first)['docProps/core.xml']);
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-25T02:30:00Z</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-09-25T02:30:00Z</dcterms:modified>',
    );
    // another document rendered in between does not shift its bookmark ids
    await renderDocx(build('supervision_notice'), issuedAt);
    expect(Buffer.from(await renderDocx(doc, issuedAt)).equals(Buffer.from(first))).toBe(true);
  });

  it('GB/T 9704-2012: no punctuation hangs into the margin, and 3号 body text is set 28 to the line', async () => {
    const files = unzipSync(await renderDocx(build('supervision_decision')));
    expect(strFromU8(files['word/styles.xml'])).toMatch(
      /w:styleId="Normal"[^>]*><w:name w:val="Normal"\/><w:pPr><w:overflowPunct w:val="1"\/>/,
    );
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('<w:spacing w:val="-5"/>');
    expect(xml).toContain('w:eastAsia="zh-CN"');
  });
});

describe('行政执法监督条例 a case registered from 2026-02-01 cites the national regulation (cite-basis.ts)', () => {
  const BASIS = '晋城市人民政府关于新规定施行前继续参照执行《晋城市行政执法监督暂行办法》的通知';
  const JINCHENG = '《晋城市行政执法监督暂行办法》';
  /** what every step's basis opens with: the national articles, then the Jincheng measures referred to */
  const NATIONAL = `《行政执法监督条例》第二条、第六条第一款，参照${JINCHENG}（依“${BASIS}”继续适用）`;
  const in2026 = (over: object = {}) => ({
    registeredOn: '2026-02-02',
    basisReference: BASIS,
    petition: { ...sampleData().petition!, receivedOn: '2026-02-02' },
    ...over,
  });
  /** the DOCX as rendered, its text without the line breaks of the layout */
  const rendered = async (kind: DocumentKind, over: object = {}) =>
    docxText(await renderDocx(build(kind, in2026(over)))).replace(/\s+/g, '');

  it('行政执法监督条例第二条、第六条第一款 the notice cites them, and refers to 第九条第（三）项 of the Jincheng measures under the recorded basis', async () => {
    const t = await rendered('supervision_notice');
    expect(t).toContain(
      `根据${NATIONAL}第九条第（三）项的规定，请你单位于2024年9月20日前自行纠正或者依法处理，并将处理结果书面报告本机关。`,
    );
    expect(t).toContain(`一、违反法定程序（参照${JINCHENG}第十三条第一款第（三）项）。`);
    expect(t).not.toContain(`根据${JINCHENG}`);
  });

  it('行政执法监督条例第二条、第六条第一款 the decision cites them; its grounds, its powers and the review are the Jincheng articles referred to, the review organ and period unchanged', async () => {
    const t = await rendered('supervision_decision');
    expect(t).toContain(
      `根据${NATIONAL}第九条第（四）项、第十三条第一款和第十条第一款的规定，本机关决定如下：`,
    );
    expect(t).toContain(`一、违反法定程序（参照${JINCHENG}第十三条第一款第（三）项）。`);
    expect(t).toContain(
      `可以自收到本决定书之日起五个工作日内，向晋城市司法局申请复查。复查期间，本决定不停止执行（参照${JINCHENG}第十条第二款）。`,
    );
  });

  it('行政执法监督条例第二条、第六条第一款 the filing form states the law it is decided under: 第九条第（一）项 referred to, with 第十二条 for a transfer', async () => {
    expect(await rendered('filing_approval_form')).toContain(`办理依据${NATIONAL}第九条第（一）项承办人意见`);
    const base = sampleData();
    const transfer = await rendered('filing_approval_form', {
      facts: {
        ...base.facts,
        filing: { ...base.facts.filing!, proposal: 'transfer', transferTo: '晋城市公安局' },
      },
    });
    expect(transfer).toContain(`办理依据${NATIONAL}第九条第（一）项、第十二条`);
  });

  it('行政执法监督条例第二条、第六条第一款 the letters, the review decision and the receipt cite them before their own Jincheng article', async () => {
    const cases: [DocumentKind, string][] = [
      ['non_filing_notice', `根据${NATIONAL}第九条第（一）项的规定，本机关决定不予立案。`],
      ['transfer_letter', `根据${NATIONAL}第十二条的规定，现将该事项及有关材料移送你单位依法处理`],
      ['assistance_letter', `根据${NATIONAL}第十一条的规定，请予协助`],
      ['review_decision', `本决定根据${NATIONAL}第十条第二款作出。复查期间原决定不停止执行。`],
      ['petition_receipt', `本机关将依照${NATIONAL}第九条规定的程序办理`],
      [
        'service_receipt',
        `申请复查的期限至2024年10月10日（自收到之日起五个工作日，参照${JINCHENG}第十条第二款）。`,
      ],
    ];
    for (const [kind, wording] of cases) expect(await rendered(kind), kind).toContain(wording);
  });

  it('GB/T 9704-2012 §7.3.5.1: the longer 2026 filing form never leaves the head’s approval alone on a page: the proposal keeps with it', async () => {
    const form = build('filing_approval_form', in2026()).body.find((b) => b.type === 'form');
    const rows = form?.type === 'form' ? form.rows : [];
    expect(rows.find((r) => r.label === '承办人意见')?.keepWithNext).toBe(true);
    const xml = strFromU8(
      unzipSync(await renderDocx(build('filing_approval_form', in2026())))['word/document.xml'],
    );
    expect(xml).toContain('<w:keepNext/>');
  });

  it('行政执法监督条例 no case document cites a Jincheng article as if it were the national rule: each is referred to (参照)', async () => {
    for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
      const t = (await rendered(kind)).replaceAll(`“${BASIS}”`, '“”');
      const before = [...t.matchAll(/(..)《晋城市行政执法监督暂行办法》/g)].map((m) => m[1]);
      expect(
        before.every((w) => w === '参照'),
        `${kind}: ${before}`,
      ).toBe(true);
      expect(t, kind).not.toMatch(/undefined|null|NaN/);
    }
  });

  it('行政执法监督条例 without a basis valid on the day of issue, the Jincheng article is referred to and no basis is named', async () => {
    const t = await rendered('supervision_notice', { basisReference: null });
    expect(t).toContain(
      `根据《行政执法监督条例》第二条、第六条第一款，参照${JINCHENG}第九条第（三）项的规定`,
    );
    expect(t).not.toContain('继续适用');
  });

  it('第十九条 a case registered before 2026-02-01 keeps its wording, whatever basis is recorded', async () => {
    for (const registeredOn of ['2024-09-02', '2026-01-31'])
      for (const kind of Object.keys(DOCUMENT_KINDS) as DocumentKind[]) {
        const plain = text(build(kind, { registeredOn }));
        expect(text(build(kind, { registeredOn, basisReference: BASIS })), kind).toBe(plain);
        // the letter to a higher department exists only under the national regulation (第四十二条第二款)
        if (kind !== 'higher_department_letter')
          expect(plain, kind).not.toMatch(/行政执法监督条例|参照|办理依据/);
      }
    const t = docxText(
      await renderDocx(build('supervision_decision', { registeredOn: '2026-01-31' })),
    ).replace(/\s+/g, '');
    expect(t).toContain(
      `根据${JINCHENG}第九条第（四）项、第十三条第一款和第十条第一款的规定，本机关决定如下：`,
    );
    expect(t).toContain(`复查期间，本决定不停止执行（${JINCHENG}第十条第二款）。`);
    expect(text(build('supervision_notice', { registeredOn: '2026-01-31' }))).toContain(
      `根据${JINCHENG}第九条第（三）项的规定，请你单位于2024年9月20日前`,
    );
  });
});
