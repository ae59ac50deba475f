// 行政执法案卷评查结果通报 (第八条（一）): how the drawn files of each agency scored, the
// ranking, the problems found most often, and what the agencies are to do about them.
import { cnDate } from '../layout.ts';
import type { OfficialDocument } from '../model.ts';

export interface EvaluationResultsInput {
  government: string;
  organ: string;
  number: string;
  issuedOn: string;
  title: string;
  period: { from: string; to: string };
  files: number;
  passMark: number;
  agencies: { rank: number; name: string; files: number; average: number; failing: number }[];
  problems: { text: string; files: number }[];
  failing: { agency: string; caseNumber: string; score: number }[];
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function evaluationResults(a: EvaluationResultsInput): OfficialDocument {
  const passed = a.files - a.failing.length;
  return {
    kind: 'evaluation_results',
    issuerHead: a.organ,
    title: `关于${a.title}结果的通报`,
    number: a.number,
    separator: true,
    addressee: '各有关行政执法机关',
    body: [
      {
        type: 'p',
        text: `根据《晋城市行政执法监督暂行办法》第八条第（一）项的规定，${a.organ}对${cnDate(a.period.from)}至${cnDate(a.period.to)}期间各有关行政执法机关报送的行政执法案卷进行了随机抽查评查。共抽取案卷${a.files}件，评查合格${passed}件，不合格${a.failing.length}件（合格线${fmt(a.passMark)}分）。现将结果通报如下：`,
      },
      { type: 'h2', text: '一、各单位评查得分' },
      {
        type: 'form',
        rows: a.agencies.map((g) => ({
          label: `${g.rank}. ${g.name}`,
          value: `抽查${g.files}件，平均${fmt(g.average)}分${g.failing ? `，不合格${g.failing}件` : ''}`,
        })),
      },
      { type: 'h2', text: '二、发现的主要问题' },
      ...(a.problems.length
        ? a.problems.map((p, i) => ({ type: 'p' as const, text: `（${i + 1}）${p.text}（${p.files}件）。` }))
        : [{ type: 'p' as const, text: '本次评查未发现扣分问题。' }]),
      ...(a.failing.length
        ? [
            { type: 'h2' as const, text: '三、不合格案卷' },
            {
              type: 'form' as const,
              rows: a.failing.map((f) => ({ label: f.agency, value: `${f.caseNumber}，${fmt(f.score)}分` })),
            },
          ]
        : []),
      { type: 'h2', text: `${a.failing.length ? '四' : '三'}、有关要求` },
      {
        type: 'p',
        text: '各有关行政执法机关要对照本通报指出的问题认真整改，不合格案卷所涉问题依法予以纠正，整改情况于本通报印发之日起三十日内书面报送本机关。',
      },
    ],
    attachments: [],
    signature: { name: a.organ, date: cnDate(a.issuedOn) },
    note: null,
    colophon: null,
  };
}
