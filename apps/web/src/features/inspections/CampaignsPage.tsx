// 专项监督 (第七条: 日常监督和专项监督相结合): the campaigns in the user's jurisdiction.
import type { SpecialCampaignList } from '@jiandu/contracts';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { paging } from '../../lib/paging';
import { useLoad } from '../../lib/useLoad';
import { NewCampaign } from './NewCampaign';
import type { Campaign } from './types';

export default function CampaignsPage() {
  const { pick } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useLoad(
    () => api.get<SpecialCampaignList>('/campaigns', { limit: 20, offset: (page - 1) * 20 }),
    [page],
  );
  const staff =
    me?.organisation.kind === 'supervision_organ' && ['supervisor', 'organ_head'].includes(me.user.role);
  return (
    <Card
      title={<PageTitle>{pick('专项监督', 'Special campaigns')}</PageTitle>}
      extra={
        staff && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {pick('部署专项监督', 'New campaign')}
          </Button>
        )
      }
    >
      <ProblemAlert error={list.error} />
      <Table<Campaign>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={paging(page, setPage, list.data?.total)}
        columns={[
          {
            title: pick('主题', 'Theme'),
            render: (_, c) => <Link to={`/campaigns/${c.id}`}>{c.theme}</Link>,
          },
          { title: pick('组织机关', 'Organ'), dataIndex: 'organName' },
          { title: pick('期间', 'Period'), render: (_, c) => `${c.periodFrom} — ${c.periodTo}` },
          { title: pick('机关数', 'Agencies'), render: (_, c) => c.agencies.length, width: 90 },
          {
            title: pick('状态', 'State'),
            render: (_, c) => <Tag>{pick(c.stateLabel.zh, c.stateLabel.en)}</Tag>,
          },
        ]}
      />
      {creating && (
        <NewCampaign onClose={() => setCreating(false)} onDone={(id) => navigate(`/campaigns/${id}`)} />
      )}
    </Card>
  );
}
