// 关键指标 on a leader's home page: the jurisdiction this year at a glance, each figure opening
// the statistics or the cases behind it.
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import type { Dashboard } from '../dashboard/types';

export function KeyFigures() {
  const { pick } = useI18n();
  const d = useLoad(() => api.get<Dashboard>('/dashboard'), []);
  const v = d.data;
  const sum = (xs: { n: number }[]) => xs.reduce((a, x) => a + x.n, 0);
  const rate = v?.correctionRate.rate;
  const figures = v && [
    {
      key: 'cases',
      title: pick('本期立案登记', 'Cases registered'),
      value: sum(v.casesByMonth),
      to: `/cases?registeredFrom=${v.period.from}&registeredTo=${v.period.to}`,
    },
    {
      key: 'open',
      title: pick('在办案件', 'Open cases'),
      value: v.overdue.openCases,
      to: '/cases?open=true',
    },
    {
      key: 'overdue',
      title: pick('逾期未办结', 'Overdue'),
      value: v.overdue.overdueCases,
      to: '/cases?overdue=true',
      danger: v.overdue.overdueCases > 0,
    },
    {
      key: 'warnings',
      title: pick('未处理预警', 'Open warnings'),
      value: v.warningsByRule.reduce((a, w) => a + w.open, 0),
      to: '/acts',
    },
  ];
  return (
    <Card
      title={pick('辖区关键指标', 'Key figures of the jurisdiction')}
      extra={
        <Link to="/dashboard">
          {v
            ? pick(
                `${v.period.from} 至 ${v.period.to}，统计分析`,
                `${v.period.from} to ${v.period.to}, statistics`,
              )
            : ''}
        </Link>
      }
      loading={d.loading && !v}
      data-testid="home-figures"
    >
      <ProblemAlert error={d.error} />
      {figures && (
        <Row gutter={[16, 16]}>
          {figures.map((f) => (
            <Col key={f.key} xs={12} md={6}>
              <Link to={f.to}>
                <Statistic
                  title={f.title}
                  value={f.value}
                  styles={{ content: f.danger ? { color: '#b42318' } : undefined }}
                />
              </Link>
            </Col>
          ))}
          <Col xs={12} md={6}>
            <Statistic
              title={pick('按期纠正率', 'Corrected in time')}
              value={
                rate === null || rate === undefined ? pick('无数据', 'No data') : `${Math.round(rate * 100)}%`
              }
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
