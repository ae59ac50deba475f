// 年度考核 (第五条): the year's indicators and scores of the governments and agencies in the
// user's jurisdiction, with the workbook and the organ's report to download.
import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Statistic, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { AssessmentTable } from './AssessmentTable';
import type { AnnualAssessment } from './types';

/** the measures apply from 2021-12-01 (第十九条); the running year is assessed so far */
const FIRST_YEAR = 2021;

export default function AssessmentPage() {
  const { pick, paren } = useI18n();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [tab, setTab] = useState<'government' | 'agency'>('government');
  const data = useLoad(() => api.get<AnnualAssessment>('/assessment', { year }), [year]);
  const a = data.data;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  return (
    <Card
      title={<PageTitle>{pick('年度考核', 'Annual assessment')}</PageTitle>}
      extra={
        <Space wrap>
          <Select
            data-testid="assessment-year"
            value={year}
            style={{ width: 120 }}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: pick(`${y}年度`, String(y)) }))}
          />
          <Button icon={<DownloadOutlined />} href={`/api/v1/assessment/export.xlsx?year=${year}`}>
            {pick('导出 Excel', 'Excel')}
          </Button>
          <Button
            type="primary"
            icon={<FileWordOutlined />}
            href={`/api/v1/assessment/report.docx?year=${year}`}
          >
            {pick('考核报告（DOCX）', 'Report (DOCX)')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {pick(
          '依据《晋城市行政执法监督暂行办法》第五条，行政执法监督工作是党政主要负责人履行推进法治建设第一责任人职责情况专项考核的重要内容。各项指标由系统记录的数据计算，每项达到满分标准得全部权重分，无可计量数据的指标不参与计分，其余按权重折算为百分制。',
          'Under Art. 5 of the Jincheng Interim Measures, supervision work is part of the annual rule-of-law assessment. Each indicator is computed from the records; it earns its full weight at its standard; indicators with nothing to measure are left out and the rest rescaled to 100.',
        )}
      </Typography.Paragraph>
      <ProblemAlert error={data.error} />
      {a && (
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6}>
            <Statistic
              title={pick(`${a.regionName}综合得分`, `${a.regionName}: score`)}
              value={a.overall.total ?? '—'}
              precision={a.overall.total === null ? undefined : 1}
            />
          </Col>
          <Col span={6}>
            <Statistic title={pick('报送执法行为', 'Acts reported')} value={a.overall.counts.acts} />
          </Col>
          <Col span={6}>
            <Statistic title={pick('发出通知书', 'Notices issued')} value={a.overall.counts.notices} />
          </Col>
          <Col span={6}>
            <Statistic title={pick('确认追责事项', 'Matters confirmed')} value={a.overall.counts.matters} />
          </Col>
        </Row>
      )}
      {a && a.asOf < `${a.year}-12-31` && (
        <Typography.Paragraph type="warning">
          {pick(
            `${a.year}年度尚未结束，数据截至${a.asOf}。`,
            `${a.year} is still running: figures as of ${a.asOf}.`,
          )}
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as typeof tab)}
        items={[
          {
            key: 'government',
            label: pick(
              `人民政府（${a?.governments.length ?? 0}）`,
              `Governments (${a?.governments.length ?? 0})`,
            ),
          },
          {
            key: 'agency',
            label: pick(
              `行政执法机关（${a?.agencies.length ?? 0}）`,
              `Agencies (${a?.agencies.length ?? 0})`,
            ),
          },
        ]}
      />
      <AssessmentTable
        key={tab}
        level={tab}
        loading={data.loading}
        rows={(tab === 'government' ? a?.governments : a?.agencies) ?? []}
        indicators={a?.indicators ?? []}
      />
      {a && (
        <Descriptions
          title={pick('指标说明', 'Indicators')}
          size="small"
          column={1}
          bordered
          style={{ marginTop: 24 }}
          items={a.indicators.map((ind) => ({
            key: ind.id,
            label: `${pick(ind.zh, ind.en)}${paren(`${pick('权重', 'weight')} ${ind.weight}`)}`,
            children: pick(ind.formula.zh, ind.formula.en),
          }))}
        />
      )}
    </Card>
  );
}
