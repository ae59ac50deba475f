// 案卷评查 (第八条（一）): the campaigns of the organ, and each reviewer's own list of files to score.
import type { EvaluationCampaignList, MySheets } from '@jiandu/contracts';
import { Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { NewEvaluation } from './NewEvaluation';

type MySheet = MySheets[number];

const STATE_COLOR = { draft: 'default', scoring: 'processing', published: 'success' } as const;

export default function EvaluationsPage() {
  const { pick } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const lead =
    ['supervisor', 'organ_head'].includes(me?.user.role ?? '') &&
    me?.organisation.kind === 'supervision_organ';
  const list = useLoad(() => api.get<EvaluationCampaignList>('/evaluations'), []);
  const mine = useLoad(
    () => api.get<MySheets>('/evaluation-sheets/mine'),
    [],
    me?.permissions.includes('case.act') ?? false,
  );
  const todo = (mine.data ?? []).filter((s) => !s.submittedAt && s.campaignState === 'scoring').length;
  return (
    <Card
      title={<PageTitle>{pick('案卷评查', 'Case-file evaluation')}</PageTitle>}
      extra={
        <Space wrap>
          <Typography.Text type="secondary">{pick('第八条（一）', 'Art. 8(1)')}</Typography.Text>
          <ExportButton path="/evaluations/export.xlsx" testId="evaluations-export" />
        </Space>
      }
    >
      <Tabs
        items={[
          {
            key: 'campaigns',
            label: pick('评查活动', 'Campaigns'),
            children: (
              <Space direction="vertical" size={12} style={{ width: '100%' }}>
                {lead && (
                  <Button type="primary" onClick={() => setCreating(true)}>
                    {pick('设立评查活动', 'Set up an evaluation')}
                  </Button>
                )}
                <ProblemAlert error={list.error} />
                <Table
                  rowKey="id"
                  size="small"
                  loading={list.loading}
                  dataSource={list.data?.items ?? []}
                  pagination={false}
                  columns={[
                    {
                      title: pick('名称', 'Title'),
                      render: (_, c) => <Link to={`/evaluations/${c.id}`}>{c.title}</Link>,
                    },
                    { title: pick('组织机关', 'Organ'), dataIndex: 'organName' },
                    {
                      title: pick('评查期间', 'Period'),
                      render: (_, c) => `${c.periodFrom} — ${c.periodTo}`,
                    },
                    { title: pick('机关', 'Agencies'), dataIndex: 'agencies', width: 70 },
                    { title: pick('案卷', 'Files'), dataIndex: 'files', width: 70 },
                    {
                      title: pick('状态', 'State'),
                      width: 100,
                      render: (_, c) => (
                        <Tag color={STATE_COLOR[c.state]}>{pick(c.stateLabel.zh, c.stateLabel.en)}</Tag>
                      ),
                    },
                  ]}
                />
              </Space>
            ),
          },
          {
            key: 'mine',
            label: `${pick('我的评查任务', 'My files to score')}${todo ? ` (${todo})` : ''}`,
            children: (
              <Table<MySheet>
                rowKey="fileId"
                size="small"
                loading={mine.loading}
                dataSource={mine.data ?? []}
                pagination={false}
                onRow={(s) => ({
                  onClick: () => navigate(`/evaluations/files/${s.fileId}`),
                  style: { cursor: 'pointer' },
                })}
                columns={[
                  { title: pick('评查活动', 'Campaign'), dataIndex: 'campaignTitle' },
                  { title: pick('被评查机关', 'Agency'), dataIndex: 'agencyName' },
                  { title: pick('案件编号', 'Case number'), dataIndex: 'caseNumber' },
                  {
                    title: pick('评分', 'Sheet'),
                    width: 100,
                    render: (_, s) =>
                      s.submittedAt ? (
                        <Tag color="success">{pick('已提交', 'Submitted')}</Tag>
                      ) : (
                        <Tag color="warning">{pick('待评分', 'To score')}</Tag>
                      ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {creating && (
        <NewEvaluation onClose={() => setCreating(false)} onDone={(id) => navigate(`/evaluations/${id}`)} />
      )}
    </Card>
  );
}
