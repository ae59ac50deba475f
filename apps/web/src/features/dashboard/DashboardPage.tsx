// 统计分析 (第五条): the figures of the annual rule-of-law assessment for the user's
// jurisdiction, over a period and a region; every figure opens the list behind it.

import { Card, Col, DatePicker, Empty, Row, Space, Statistic, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { PrintButton, PrintHeader } from '../../components/Print';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { RULE_LABELS } from '../acts/WarningsTab';
import { DECISIONS, STATE } from '../cases/labels';
import { Chart, type ChartOption } from './Chart';
import { formatCount, formatMonth, formatRate, monthRange, monthsBetween } from './format';
import { CHANNELS, MATTER_STATES, REVIEW_OUTCOMES, SOURCES, SUBJECTS } from './labels';
import { barOption, lineOption, pieOption } from './options';
import type { Dashboard, Region } from './types';

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

function regionTree(regions: Region[]): TreeNode[] {
  const nodes = new Map(
    regions.map((r) => [r.code, { value: r.code, title: r.name, children: [] as TreeNode[] }]),
  );
  const roots: TreeNode[] = [];
  for (const r of regions) {
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    (parent ? parent.children : roots).push(nodes.get(r.code)!);
  }
  return roots;
}

function query(params: Record<string, string | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.toString();
}

function Figure({ title, children, empty }: { title: string; children: ReactNode; empty: boolean }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 220 }} /> : children}
    </Card>
  );
}

function Kpi({
  title,
  value,
  note,
  to,
  testId,
}: {
  title: string;
  value: string;
  note?: string;
  to: string;
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <Card hoverable size="small" onClick={() => navigate(to)} data-testid={testId}>
      <Statistic title={title} value={value} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {note ?? '\u00a0'}
      </Typography.Text>
    </Card>
  );
}

export default function DashboardPage() {
  const { pick, lang, paren } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const region = params.get('region') ?? undefined;
  const d = useLoad(() => api.get<Dashboard>('/dashboard', { from, to, region }), [from, to, region]);
  const data = d.data;
  const tree = useMemo(() => regionTree(data?.regions ?? []), [data?.regions]);

  // the list pages filter by one region exactly: pass it only for a region without regions below
  const leaf = data && !data.regions.some((r) => r.parentCode === data.region) ? data.region : undefined;
  const period = data ? { registeredFrom: data.period.from, registeredTo: data.period.to } : {};
  const toCases = (p: Record<string, string | undefined>) =>
    navigate(`/cases?${query({ regionCode: leaf, ...period, ...p })}`);
  const label = (m: Record<string, [string, string] | [string, string, string]>, k: string) => {
    const l = m[k];
    return l ? pick(l[0], l[1]) : k;
  };

  const charts = useMemo(() => {
    if (!data) return null;
    const months = monthsBetween(data.period.from, data.period.to);
    const monthly = (rows: { month: string; n: number }[]) => {
      const by = new Map<string, number>();
      for (const r of rows) by.set(r.month, (by.get(r.month) ?? 0) + r.n);
      return months.map((m) => by.get(m) ?? 0);
    };
    const coverage = data.certificateCoverage.agencies;
    const matterStates = Object.keys(MATTER_STATES).filter((s) =>
      data.accountability.some((a) => a.state === s),
    );
    const subjects = Object.keys(SUBJECTS);
    const warned = data.warningsByRule;
    return {
      months,
      overTime: lineOption(
        months.map((m) => formatMonth(m, lang)),
        [
          { name: pick('监督案件', 'Cases'), data: monthly(data.casesByMonth) },
          { name: pick('申请投诉举报', 'Petitions'), data: monthly(data.petitionsByMonth) },
        ],
      ),
      bySource: barOption(
        data.casesBySource.map((c) => label(SOURCES, c.key)),
        [{ name: pick('案件', 'Cases'), data: data.casesBySource.map((c) => c.n) }],
      ),
      byState: pieOption(data.casesByState.map((c) => ({ name: label(STATE, c.key), value: c.n }))),
      byAgency: barOption(
        data.casesByAgency.map((a) => a.name),
        [{ name: pick('案件', 'Cases'), data: data.casesByAgency.map((a) => a.n) }],
      ),
      byRegion: barOption(
        data.casesByRegion.map((r) => r.name),
        [{ name: pick('案件', 'Cases'), data: data.casesByRegion.map((r) => r.n) }],
      ),
      byChannel: pieOption(
        data.petitionsByChannel.map((c) => ({ name: label(CHANNELS, c.key), value: c.n })),
      ),
      documents: barOption(
        data.noticesAndDecisions.map((c) =>
          c.key === 'notice' ? pick('监督通知书', 'Notices') : label(DECISIONS, c.key),
        ),
        [{ name: pick('份数', 'Documents'), data: data.noticesAndDecisions.map((c) => c.n) }],
      ),
      reviews: pieOption(
        data.reviewOutcomes.map((c) => ({ name: label(REVIEW_OUTCOMES, c.key), value: c.n })),
      ),
      warnings: barOption(
        warned.map((w) => label(RULE_LABELS, w.rule)),
        [
          { name: pick('待处理', 'Open'), data: warned.map((w) => w.open) },
          { name: pick('已处理', 'Handled'), data: warned.map((w) => w.n - w.open) },
        ],
      ),
      scores: barOption(
        data.evaluationScores.map((a) => a.name),
        [{ name: pick('平均分', 'Average'), data: data.evaluationScores.map((a) => a.average) }],
        { max: 100 },
      ),
      coverage: barOption(
        coverage.map((a) => `${a.name}${paren(`${a.valid}/${a.officers}`)}`),
        [
          {
            name: pick('持有效证件比例', 'With a valid certificate'),
            data: coverage.map((a) => Math.round((a.valid / a.officers) * 1000) / 10),
          },
        ],
        { max: 100, suffix: '%' },
      ),
      matters: barOption(
        matterStates.map((s) => label(MATTER_STATES, s)),
        subjects.map((k) => ({
          name: label(SUBJECTS, k),
          data: matterStates.map(
            (s) => data.accountability.find((a) => a.state === s && a.subjectKind === k)?.n ?? 0,
          ),
        })),
      ),
      matterStates,
      subjects,
    } satisfies Record<string, ChartOption | string[]>;
  }, [data, lang, pick]);

  const setFilter = (next: Record<string, string | undefined>) =>
    setParams(query({ from, to, region, ...next }), { replace: true });
  const rate = data?.correctionRate;

  return (
    <Card
      title={
        <>
          <PrintHeader
            title={pick(
              `行政执法监督统计分析（${data?.period.from ?? ''} 至 ${data?.period.to ?? ''}）`,
              `Supervision statistics (${data?.period.from ?? ''} to ${data?.period.to ?? ''})`,
            )}
          />
          <span className="no-print">
            <PageTitle>{pick('统计分析', 'Statistics')}</PageTitle>
          </span>
        </>
      }
      extra={
        <Space wrap>
          <PrintButton />
          <DatePicker.RangePicker
            allowClear={false}
            value={data ? [dayjs(data.period.from), dayjs(data.period.to)] : undefined}
            onChange={(v) =>
              v?.[0] && v[1] && setFilter({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })
            }
          />
          <TreeSelect
            style={{ width: 200 }}
            treeDefaultExpandAll
            value={data?.region}
            treeData={tree}
            onChange={(v: string) => setFilter({ region: v })}
            aria-label={pick('区划', 'Region')}
            data-testid="region-filter"
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {pick(
          '依据《晋城市行政执法监督暂行办法》第五条，以下数据纳入年度法治建设考核；点击任一数字或图形查看对应清单。',
          'Under Article 5 these figures count in the annual rule-of-law assessment; click any figure for the list behind it.',
        )}
      </Typography.Paragraph>
      <ProblemAlert error={d.error} />
      {data && charts && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={12} lg={6}>
              <Kpi
                testId="kpi-open"
                title={pick('办理中案件', 'Open cases')}
                value={formatCount(data.overdue.openCases)}
                to={`/cases?${query({ regionCode: leaf, open: 'true' })}`}
              />
            </Col>
            <Col xs={12} lg={6}>
              <Kpi
                testId="kpi-overdue"
                title={pick('逾期案件', 'Overdue cases')}
                value={formatCount(data.overdue.overdueCases)}
                note={pick(
                  `其中决定书逾期 ${formatCount(data.overdue.overdueOrders)} 件`,
                  `${formatCount(data.overdue.overdueOrders)} of them orders`,
                )}
                to={`/cases?${query({ regionCode: leaf, overdue: 'true' })}`}
              />
            </Col>
            <Col xs={12} lg={6}>
              <Kpi
                testId="kpi-overdue-notices"
                title={pick('逾期未报告的通知书', 'Notices overdue')}
                value={formatCount(data.overdue.overdueNotices)}
                to={`/cases?${query({ regionCode: leaf, overdue: 'true', state: 'notice_issued' })}`}
              />
            </Col>
            <Col xs={12} lg={6}>
              <Kpi
                testId="kpi-correction"
                title={pick('纠错率（第十三条）', 'Correction rate (Art. 13)')}
                value={formatRate(rate?.rate ?? null)}
                note={pick(
                  `已纠正 ${formatCount(rate?.corrected ?? 0)} / 应纠正 ${formatCount(rate?.due ?? 0)}，按期 ${formatCount(rate?.inTime ?? 0)}`,
                  `${formatCount(rate?.corrected ?? 0)} of ${formatCount(rate?.due ?? 0)} corrected, ${formatCount(rate?.inTime ?? 0)} in time`,
                )}
                to={`/cases?${query({ regionCode: leaf, overdue: 'true' })}`}
              />
            </Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>
              <Figure
                title={pick('监督案件与申请投诉举报（按月）', 'Cases and petitions by month')}
                empty={!data.casesByMonth.length && !data.petitionsByMonth.length}
              >
                <Chart
                  testId="chart-months"
                  option={charts.overTime}
                  onPick={(i, s) => {
                    const [a, b] = monthRange(charts.months[i]);
                    toCases({ registeredFrom: a, registeredTo: b, source: s === 1 ? 'petition' : undefined });
                  }}
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure title={pick('案件来源', 'Cases by source')} empty={!data.casesBySource.length}>
                <Chart
                  testId="chart-source"
                  option={charts.bySource}
                  onPick={(i) => toCases({ source: data.casesBySource[i].key })}
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure title={pick('案件办理状态', 'Cases by state')} empty={!data.casesByState.length}>
                <Chart
                  testId="chart-state"
                  option={charts.byState}
                  onPick={(i) => toCases({ state: data.casesByState[i].key })}
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure
                title={pick('被监督机关（前15位）', 'Agencies (top 15)')}
                empty={!data.casesByAgency.length}
              >
                <Chart
                  testId="chart-agency"
                  option={charts.byAgency}
                  onPick={(i) => toCases({ agencyId: data.casesByAgency[i].agencyId })}
                />
              </Figure>
            </Col>
            {data.regions.length > 1 && (
              <Col xs={24} xl={12}>
                <Figure title={pick('案件（按区划）', 'Cases by region')} empty={!data.casesByRegion.length}>
                  <Chart
                    testId="chart-region"
                    option={charts.byRegion}
                    onPick={(i) => toCases({ regionCode: data.casesByRegion[i].regionCode })}
                  />
                </Figure>
              </Col>
            )}
            <Col xs={24} xl={12}>
              <Figure
                title={pick('申请投诉举报（按渠道）', 'Petitions by channel')}
                empty={!data.petitionsByChannel.length}
              >
                <Chart
                  testId="chart-channel"
                  option={charts.byChannel}
                  onPick={() => toCases({ source: 'petition' })}
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure
                title={pick('监督通知书与决定书（按种类）', 'Notices and decisions by kind')}
                empty={!data.noticesAndDecisions.length}
              >
                <Chart
                  testId="chart-documents"
                  option={charts.documents}
                  onPick={(i) => {
                    const k = data.noticesAndDecisions[i].key;
                    toCases(k === 'notice' ? { state: 'notice_issued' } : { decisionKind: k });
                  }}
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure
                title={pick('复查结果（第十条）', 'Review outcomes (Art. 10)')}
                empty={!data.reviewOutcomes.length}
              >
                <Chart
                  testId="chart-reviews"
                  option={charts.reviews}
                  onPick={(i) =>
                    toCases({ state: data.reviewOutcomes[i].key === 'revoked' ? 'closed' : 'decided' })
                  }
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure title={pick('预警（按规则）', 'Warnings by rule')} empty={!data.warningsByRule.length}>
                <Chart
                  testId="chart-warnings"
                  option={charts.warnings}
                  onPick={(i, s) =>
                    navigate(
                      `/acts?${query({ rule: data.warningsByRule[i].rule, state: s === 0 ? 'open' : undefined })}`,
                    )
                  }
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure
                title={pick('案卷评查平均分（按机关，第八条（一））', 'Evaluation scores by agency')}
                empty={!data.evaluationScores.length}
              >
                <Chart testId="chart-scores" option={charts.scores} onPick={() => navigate('/evaluations')} />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure
                title={pick(
                  `执法证件覆盖率（全辖 ${formatCount(data.certificateCoverage.valid)}/${formatCount(data.certificateCoverage.officers)}，最低15个机关）`,
                  `Certificate coverage (${formatCount(data.certificateCoverage.valid)}/${formatCount(data.certificateCoverage.officers)}; lowest 15 agencies)`,
                )}
                empty={!data.certificateCoverage.agencies.length}
              >
                <Chart
                  testId="chart-coverage"
                  option={charts.coverage}
                  onPick={(i) =>
                    navigate(`/officers?organisationId=${data.certificateCoverage.agencies[i].agencyId}`)
                  }
                />
              </Figure>
            </Col>
            <Col xs={24} xl={12}>
              <Figure
                title={pick('责任追究（按状态）', 'Accountability matters by state')}
                empty={!data.accountability.length}
              >
                <Chart
                  testId="chart-matters"
                  option={charts.matters}
                  onPick={(i, s) =>
                    navigate(
                      `/accountability?${query({ state: charts.matterStates[i], subjectKind: charts.subjects[s] })}`,
                    )
                  }
                />
              </Figure>
            </Col>
          </Row>
        </>
      )}
    </Card>
  );
}
