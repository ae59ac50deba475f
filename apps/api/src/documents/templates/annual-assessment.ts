// 年度行政执法监督工作考核情况报告 (第五条): the supervision organ reports to its government how
// the governments and agencies of its jurisdiction scored on the assessment's indicators —
// the overall picture, the rankings, each indicator's figure, and how each is computed.
import { cnDate } from '../layout.ts';
import type { Block, OfficialDocument } from '../model.ts';

export interface AssessmentReportInput {
  year: number;
  /** the government the report goes to and the organ that makes it (第四条) */
  government: string;
  organ: string;
  issuedOn: string;
  /** whether the year was still running when the figures were taken */
  partial: boolean;
  overall: { total: number | null; acts: number; notices: number; orders: number; matters: number };
  governments: { rank: number | null; name: string; total: number | null }[];
  agencies: { rank: number | null; name: string; government: string; total: number | null }[];
  indicators: {
    name: string;
    article: string;
    formula: string;
    value: string;
    standard: string;
    floor: string;
    weight: number;
    points: string;
  }[];
}

const score = (n: number | null) => (n === null ? '—' : n.toFixed(1));
const rank = (n: number | null) => (n === null ? '—' : String(n));
const CN_NUM = ['一', '二', '三', '四', '五', '六'];

export function annualAssessmentReport(a: AssessmentReportInput): OfficialDocument {
  const heading = (() => {
    let n = 0;
    return (text: string): Block => ({ type: 'h1', text: `${CN_NUM[n++]}、${text}` });
  })();
  const body: Block[] = [
    {
      type: 'p',
      text: `根据《晋城市行政执法监督暂行办法》第五条的规定，行政执法监督工作是党政主要负责人履行推进法治建设第一责任人职责情况专项考核的重要内容。${a.organ}依据行政执法监督信息系统记录的数据，对${a.year}年度${a.partial ? `（截至${cnDate(a.issuedOn)}）` : ''}本级人民政府所属行政执法机关和下级人民政府的行政执法监督工作进行了考核。现将有关情况报告如下：`,
    },
    heading('总体情况'),
    {
      type: 'p',
      text: `${a.year}年度，本辖区报送行政执法行为${a.overall.acts}件，发出行政执法监督通知书${a.overall.notices}份，送达责令类监督决定${a.overall.orders}份，确认责任追究事项${a.overall.matters}件。按${a.indicators.length}项考核指标加权计算，全辖区综合得分${score(a.overall.total)}分（满分100分）。`,
    },
  ];
  if (a.governments.length > 1) {
    body.push(heading('各人民政府得分排名'), {
      type: 'table',
      columns: [
        { title: '名次', width: 1, align: 'center' },
        { title: '人民政府（管委会）', width: 4 },
        { title: '综合得分', width: 1.5, align: 'right' },
      ],
      rows: a.governments.map((g) => [rank(g.rank), g.name, score(g.total)]),
    });
  }
  body.push(
    heading('各行政执法机关得分排名'),
    a.agencies.length
      ? {
          type: 'table',
          columns: [
            { title: '名次', width: 1, align: 'center' },
            { title: '行政执法机关', width: 4 },
            { title: '所属政府', width: 2.5 },
            { title: '综合得分', width: 1.5, align: 'right' },
          ],
          rows: a.agencies.map((g) => [rank(g.rank), g.name, g.government, score(g.total)]),
        }
      : { type: 'p', text: '本辖区无行政执法机关。' },
    heading('各项指标完成情况'),
    {
      type: 'table',
      columns: [
        { title: '考核指标', width: 3.4 },
        { title: '全辖区', width: 1.9, align: 'right' },
        { title: '满分', width: 1.6, align: 'right' },
        { title: '零分', width: 1.6, align: 'right' },
        { title: '权重', width: 0.9, align: 'right' },
        { title: '得分', width: 1, align: 'right' },
      ],
      rows: a.indicators.map((i) => [i.name, i.value, i.standard, i.floor, String(i.weight), i.points]),
    },
    heading('指标说明'),
    ...a.indicators.map(
      (i, n): Block => ({ type: 'p', text: `${n + 1}. ${i.name}（${i.article}）：${i.formula}。` }),
    ),
    {
      type: 'p',
      text: '计分方法：每项指标达到满分标准得该项全部权重分，达到或劣于零分界限不得分，其间按比例计分；当年无可计量数据的指标不参与计分，其余指标得分按权重折算为百分制。复查维持率只计入人民政府得分。',
    },
  );
  return {
    kind: 'annual_assessment',
    issuerHead: a.organ,
    title: `关于${a.year}年度行政执法监督工作考核情况的报告`,
    number: null,
    separator: false,
    addressee: a.government,
    body,
    attachments: [],
    signature: { name: a.organ, date: cnDate(a.issuedOn) },
    note: null,
    colophon: null,
  };
}
