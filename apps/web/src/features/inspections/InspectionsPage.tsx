// 现场监督 (第八条（二）): the visits in the user's jurisdiction, newest first; supervisors plan new ones.
import { VISIT_STATE_LABELS, type VisitList } from '@jiandu/contracts';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { paging } from '../../lib/paging';
import { useLoad } from '../../lib/useLoad';
import { PlanVisit } from './PlanVisit';
import { VISIT_STATE_COLORS, type VisitSummary } from './types';

export default function InspectionsPage() {
  const { pick } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<string>();
  const [planning, setPlanning] = useState(false);
  const list = useLoad(
    () =>
      api.get<VisitList>('/inspections', {
        state,
        limit: 20,
        offset: (page - 1) * 20,
      }),
    [page, state],
  );
  const staff =
    me?.organisation.kind === 'supervision_organ' && ['supervisor', 'organ_head'].includes(me.user.role);
  return (
    <Card
      title={<PageTitle>{pick('现场监督', 'On-site visits')}</PageTitle>}
      extra={
        <Space>
          <Select
            allowClear
            placeholder={pick('状态', 'State')}
            aria-label={pick('状态', 'State')}
            style={{ width: 140 }}
            value={state}
            onChange={(s) => {
              setState(s);
              setPage(1);
            }}
            options={Object.entries(VISIT_STATE_LABELS).map(([k, l]) => ({
              value: k,
              label: pick(l.zh, l.en),
            }))}
          />
          {staff && (
            <Button type="primary" onClick={() => setPlanning(true)}>
              {pick('计划现场监督', 'Plan a visit')}
            </Button>
          )}
        </Space>
      }
    >
      <ProblemAlert error={list.error} />
      <Table<VisitSummary>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={paging(page, setPage, list.data?.total)}
        columns={[
          {
            title: pick('检查事项', 'Subject'),
            render: (_, v) => <Link to={`/inspections/${v.id}`}>{v.subject}</Link>,
          },
          { title: pick('被检查机关', 'Agency'), dataIndex: 'agencyName' },
          {
            title: pick('日期', 'Date'),
            render: (_, v) =>
              v.startedOn ?? v.plannedOn ?? (v.unannounced ? pick('不打招呼', 'Unannounced') : '—'),
          },
          { title: pick('专项监督', 'Campaign'), render: (_, v) => v.campaignTheme ?? '—' },
          {
            title: pick('状态', 'State'),
            render: (_, v) => (
              <Tag color={VISIT_STATE_COLORS[v.state]}>{pick(v.stateLabel.zh, v.stateLabel.en)}</Tag>
            ),
          },
          { title: pick('问题', 'Problems'), dataIndex: 'problems', width: 80 },
        ]}
      />
      {planning && (
        <PlanVisit onClose={() => setPlanning(false)} onDone={(id) => navigate(`/inspections/${id}`)} />
      )}
    </Card>
  );
}
