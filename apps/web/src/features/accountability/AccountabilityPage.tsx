// 责任追究 (第十六条 to 第十八条): the matters in the user's jurisdiction, by tab — automatic
// proposals awaiting a person, open matters, and the finished ones.

import type { MatterList, ProposalsRun } from '@jiandu/contracts';
import { SUBJECT_LABELS } from '@jiandu/contracts';
import { App, Button, Card, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { paging } from '../../lib/paging';
import { problemLine } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { NewMatter } from './NewMatter';
import type { MatterSummary } from './types';

const TABS = [
  { key: 'proposed', zh: '待确认提示', en: 'Proposals' },
  { key: 'open', zh: '办理中', en: 'Open' },
  { key: 'closed', zh: '已办结', en: 'Closed' },
  { key: 'dismissed', zh: '不予追究', en: 'Dismissed' },
] as const;

export const STATE_COLOR = { proposed: 'gold', open: 'blue', closed: 'green', dismissed: 'default' } as const;

export default function AccountabilityPage() {
  const { pick, lang } = useI18n();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  // a state or subject in the address (from the dashboard)
  const [params] = useSearchParams();
  const [tab, setTab] = useState<(typeof TABS)[number]['key']>(
    TABS.find((t) => t.key === params.get('state'))?.key ?? 'open',
  );
  const [subjectKind, setSubjectKind] = useState<string | undefined>(params.get('subjectKind') ?? undefined);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const list = useLoad(
    () =>
      api.get<MatterList>('/accountability', {
        state: tab,
        subjectKind,
        q,
        limit: 20,
        offset: (page - 1) * 20,
      }),
    [tab, subjectKind, q, page],
  );
  const run = async () => {
    try {
      const r = await api.post<ProposalsRun>('/accountability/proposals/run', {});
      message.success(pick(`新增提示 ${r.proposed.length} 条`, `${r.proposed.length} new proposals`));
      setTab('proposed');
      list.reload();
    } catch (e) {
      message.error(problemLine(e, lang));
    }
  };
  const staff = can('accountability.act');
  return (
    <Card
      title={<PageTitle>{pick('责任追究', 'Accountability')}</PageTitle>}
      extra={
        <Space wrap>
          <ExportButton
            path="/accountability/export.xlsx"
            query={{ state: tab, subjectKind, q }}
            testId="accountability-export"
          />
          {staff && <Button onClick={run}>{pick('运行自动提示', 'Run the proposals')}</Button>}
          {staff && me?.user.role === 'supervisor' && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {pick('提起追责', 'Open a matter')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {pick(
          '依据《晋城市行政执法监督暂行办法》第十六条（行政执法机关）、第十七条（行政执法人员）、第十八条（行政执法监督人员）。',
          'Under Art. 16 (agencies), 17 (officers) and 18 (supervisors) of the Jincheng Interim Measures.',
        )}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as typeof tab);
          setPage(1);
        }}
        items={TABS.map((x) => ({ key: x.key, label: pick(x.zh, x.en) }))}
      />
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          allowClear
          placeholder={pick('追责对象', 'Subject')}
          aria-label={pick('追责对象', 'Subject')}
          style={{ width: 180 }}
          value={subjectKind}
          onChange={(v) => {
            setSubjectKind(v);
            setPage(1);
          }}
          options={Object.entries(SUBJECT_LABELS).map(([value, l]) => ({ value, label: pick(l.zh, l.en) }))}
        />
        <Input.Search
          allowClear
          placeholder={pick('对象名称或事实', 'Subject or facts')}
          style={{ width: 240 }}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
        />
      </Space>
      <ProblemAlert error={list.error} />
      <Table<MatterSummary>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={paging(page, setPage, list.data?.total)}
        columns={[
          {
            title: pick('追责对象', 'Subject'),
            render: (_, m) => (
              <Link to={`/accountability/${m.id}`}>
                {m.subjectName}
                {m.subjectKind !== 'agency' && (
                  <Typography.Text type="secondary"> · {m.subjectOrganisation}</Typography.Text>
                )}
              </Link>
            ),
          },
          { title: pick('类别', 'Kind'), render: (_, m) => pick(m.subjectLabel.zh, m.subjectLabel.en) },
          { title: pick('情形', 'Grounds'), render: (_, m) => m.groundCitations.join('、') },
          { title: pick('事实', 'Facts'), dataIndex: 'facts', ellipsis: true },
          {
            title: pick('状态', 'State'),
            render: (_, m) => (
              <Space size={4}>
                <Tag color={STATE_COLOR[m.state]}>{pick(m.stateLabel.zh, m.stateLabel.en)}</Tag>
                {m.origin === 'automatic' && <Tag>{pick('自动提示', 'automatic')}</Tag>}
              </Space>
            ),
          },
          { title: pick('办理机关', 'Organ'), dataIndex: 'organName' },
        ]}
      />
      {adding && (
        <NewMatter
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setTab('open');
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
