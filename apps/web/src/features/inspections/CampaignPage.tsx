// One special campaign: its scope and agencies, the visits made under it, and the summary
// report — visits, problems found and cases opened, by agency (第七条（七）).
import { App, Button, Card, Descriptions, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { problemLine } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { PlanVisit } from './PlanVisit';
import { type CampaignDetail, type CampaignReport, VISIT_STATE_COLORS, type VisitSummary } from './types';

export default function CampaignPage() {
  const { id = '' } = useParams();
  const { pick, lang, colon, sep } = useI18n();
  const { message } = App.useApp();
  const [tick, setTick] = useState(0);
  const c = useLoad(() => api.get<CampaignDetail>(`/campaigns/${id}`), [id, tick]);
  const report = useLoad(() => api.get<CampaignReport>(`/campaigns/${id}/report`), [id, tick]);
  const [planning, setPlanning] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);
  const data = c.data;
  if (!data) return <ProblemAlert error={c.error} />;
  const can = (a: string) => data.actions.includes(a);
  const act = async (action: unknown) => {
    try {
      await api.post(`/campaigns/${id}/actions`, { version: data.version, action });
      setTick((n) => n + 1);
      return true;
    } catch (e) {
      message.error(problemLine(e, lang));
      return false;
    }
  };
  const issueReport = async () => {
    try {
      await api.post(`/campaigns/${id}/report/document`);
      setTick((n) => n + 1);
    } catch (e) {
      message.error(problemLine(e, lang));
    }
  };
  const r = report.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{`${pick('专项监督', 'Special campaign')}${colon}${data.theme}`}</PageTitle>}
        extra={
          <Space>
            {can('start') && (
              <Button type="primary" onClick={() => act({ type: 'start' })}>
                {pick('启动', 'Start')}
              </Button>
            )}
            {can('attach_visit') && (
              <Button onClick={() => setPlanning(true)}>{pick('计划现场监督', 'Plan a visit')}</Button>
            )}
            {can('summarise') && <Button onClick={() => setSummary('')}>{pick('总结', 'Summarise')}</Button>}
            {can('issue_report') && (
              <Button onClick={issueReport}>{pick('印发情况报告', 'Issue the report')}</Button>
            )}
            {data.reportDocumentId && (
              <Button href={`/api/v1/documents/${data.reportDocumentId}/docx`}>
                {pick('下载情况报告（DOCX）', 'Download the report (DOCX)')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={pick('状态', 'State')}>
            <Tag>{pick(data.stateLabel.zh, data.stateLabel.en)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={pick('期间', 'Period')}>
            {data.periodFrom} — {data.periodTo}
          </Descriptions.Item>
          <Descriptions.Item label={pick('范围', 'Scope')} span={2}>
            {data.scope}
          </Descriptions.Item>
          <Descriptions.Item label={pick('被监督机关', 'Agencies')} span={2}>
            {data.agencies.map((a) => a.name).join(sep) || '—'}
          </Descriptions.Item>
          {data.summary && (
            <Descriptions.Item label={pick('总结', 'Summary')} span={2}>
              {data.summary}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={pick('现场监督', 'Visits')}>
        <Table<VisitSummary>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.visits}
          columns={[
            {
              title: pick('检查事项', 'Subject'),
              render: (_, v) => <Link to={`/inspections/${v.id}`}>{v.subject}</Link>,
            },
            { title: pick('被检查机关', 'Agency'), dataIndex: 'agencyName' },
            {
              title: pick('状态', 'State'),
              render: (_, v) => (
                <Tag color={VISIT_STATE_COLORS[v.state]}>{pick(v.stateLabel.zh, v.stateLabel.en)}</Tag>
              ),
            },
            { title: pick('问题', 'Problems'), dataIndex: 'problems' },
          ]}
        />
      </Card>
      <Card size="small" title={pick('总结报告', 'Summary report')}>
        <ProblemAlert error={report.error} />
        {r && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>
              {pick(
                `共检查${r.totals.visits}次（已结束${r.totals.visitsClosed}次），发现问题${r.totals.problems}个，立案${r.totals.casesOpened}件，未办结整改${r.totals.followUpsOpen}项。`,
                `${r.totals.visits} visits (${r.totals.visitsClosed} closed), ${r.totals.problems} problems, ${r.totals.casesOpened} cases opened, ${r.totals.followUpsOpen} follow-ups open.`,
              )}
            </Typography.Text>
            <Table
              size="small"
              rowKey="agencyId"
              pagination={false}
              dataSource={r.byAgency}
              columns={[
                { title: pick('机关', 'Agency'), dataIndex: 'agencyName' },
                { title: pick('检查次数', 'Visits'), dataIndex: 'visits' },
                { title: pick('发现问题', 'Problems'), dataIndex: 'problems' },
                { title: pick('立案', 'Cases'), dataIndex: 'casesOpened' },
                { title: pick('未办结整改', 'Open follow-ups'), dataIndex: 'followUpsOpen' },
              ]}
            />
            {r.cases.map((k) => (
              <div key={k.id}>
                <Link to={`/cases/${k.id}`}>{k.title}</Link>
              </div>
            ))}
          </Space>
        )}
      </Card>
      {planning && (
        <PlanVisit
          campaignId={data.id}
          agencies={data.agencies}
          onClose={() => setPlanning(false)}
          onDone={() => {
            setPlanning(false);
            setTick((n) => n + 1);
          }}
        />
      )}
      {summary !== null && (
        <Modal
          open
          title={pick('专项监督总结', 'Campaign summary')}
          onCancel={() => setSummary(null)}
          onOk={async () => {
            if (await act({ type: 'summarise', summary })) setSummary(null);
          }}
        >
          <Input.TextArea rows={6} value={summary} onChange={(e) => setSummary(e.target.value)} />
        </Modal>
      )}
    </Space>
  );
}
