// Warnings raised on reported acts (预警, 第十五条 to 第十七条): by agency and rule at a glance,
// each clickable through to its list; dismissed with a reason or turned into a case at once.
import {
  WARNING_RULE_LABELS,
  type WarningCaseOpened,
  type WarningList,
  type WarningSummary,
  type WarningView,
} from '@jiandu/contracts';
import { App, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ExportButton } from '../../components/ExportButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { paging } from '../../lib/paging';
import { useLoad } from '../../lib/useLoad';

type SummaryRow = WarningSummary['items'][number];

export const RULE_LABELS: Record<string, [string, string]> = Object.fromEntries(
  Object.entries(WARNING_RULE_LABELS).map(([rule, l]) => [rule, [l.zh, l.en]]),
);
const STATE: Record<string, [string, string, string]> = {
  open: ['待处理', 'Open', 'red'],
  dismissed: ['已排除', 'Dismissed', 'default'],
  case: ['已立案', 'Case opened', 'blue'],
  cleared: ['已消除', 'Cleared', 'green'],
};

export function WarningsTab({ canAct }: { canAct: boolean }) {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  // a rule or agency in the address (from the dashboard) shows its warnings in every state
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<{ state?: string; rule?: string; agencyId?: string }>(() =>
    params.get('rule') || params.get('agencyId')
      ? {
          state: params.get('state') ?? undefined,
          rule: params.get('rule') ?? undefined,
          agencyId: params.get('agencyId') ?? undefined,
        }
      : { state: 'open' },
  );
  const [page, setPage] = useState(1);
  const summary = useLoad(() => api.get<WarningSummary>('/warnings/summary'), []);
  const list = useLoad(
    () =>
      api.get<WarningList>('/warnings', {
        ...filter,
        limit: 20,
        offset: (page - 1) * 20,
      }),
    [filter, page],
  );
  const [dismissing, setDismissing] = useState<WarningView | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const reload = () => {
    list.reload();
    summary.reload();
  };
  const toCase = async (w: WarningView) => {
    setError(null);
    try {
      const r = await api.post<WarningCaseOpened>(`/warnings/${w.id}/case`);
      message.success(pick('已立案', 'Case opened'));
      navigate(`/cases/${r.caseId}`);
    } catch (e) {
      setError(e);
    }
  };
  const dismiss = async () => {
    if (!dismissing) return;
    setError(null);
    try {
      await api.post(`/warnings/${dismissing.id}/dismiss`, { reason });
      setDismissing(null);
      setReason('');
      reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={pick('待处理预警分布（按机关、规则）', 'Open warnings by agency and rule')}>
        <Table<SummaryRow>
          size="small"
          rowKey={(r) => `${r.agencyId}-${r.rule}`}
          pagination={false}
          dataSource={summary.data?.items ?? []}
          locale={{ emptyText: pick('没有待处理的预警', 'No open warnings') }}
          onRow={(r) => ({
            onClick: () => {
              setFilter({ state: 'open', rule: r.rule, agencyId: r.agencyId });
              setPage(1);
            },
            style: { cursor: 'pointer' },
          })}
          columns={[
            { title: pick('机关', 'Agency'), dataIndex: 'agencyName' },
            {
              title: pick('规则', 'Rule'),
              render: (_, r) => pick(...(RULE_LABELS[r.rule] ?? [r.rule, r.rule])),
            },
            { title: pick('依据', 'Article'), dataIndex: 'articleText' },
            { title: pick('件数', 'Count'), dataIndex: 'count', align: 'right' },
          ]}
        />
      </Card>
      <Space wrap>
        <Select
          allowClear
          placeholder={pick('状态', 'State')}
          aria-label={pick('状态', 'State')}
          style={{ width: 120 }}
          value={filter.state}
          onChange={(state) => setFilter({ ...filter, state })}
          options={Object.entries(STATE).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
        />
        <Select
          allowClear
          placeholder={pick('规则', 'Rule')}
          aria-label={pick('规则', 'Rule')}
          style={{ width: 200 }}
          value={filter.rule}
          onChange={(rule) => setFilter({ ...filter, rule })}
          options={Object.entries(RULE_LABELS).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
        />
        <ExportButton path="/warnings/export.xlsx" query={filter} testId="warnings-export" />
        {filter.agencyId && (
          <Tag closable onClose={() => setFilter({ ...filter, agencyId: undefined })}>
            {summary.data?.items.find((s) => s.agencyId === filter.agencyId)?.agencyName ??
              pick('机关', 'Agency')}
          </Tag>
        )}
      </Space>
      <ProblemAlert error={error ?? list.error} />
      <Table<WarningView>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={paging(page, setPage, list.data?.total)}
        columns={[
          {
            title: pick('执法行为', 'Act'),
            render: (_, w) => (
              <Space direction="vertical" size={0}>
                <span>{w.caseNumber}</span>
                <Typography.Text type="secondary">
                  {w.agencyName} · {pick(w.actKind.zh, w.actKind.en)} · {w.decisionDate}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: pick('预警', 'Warning'),
            render: (_, w) => (
              <Space direction="vertical" size={0}>
                <span>
                  {pick(w.message, w.messageEn)}
                  {w.officerName ? ` · ${w.officerName}` : ''}
                </span>
                <Typography.Text type="secondary">{w.articleText}</Typography.Text>
                {w.reason && <Typography.Text type="secondary">{w.reason}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: pick('状态', 'State'),
            width: 90,
            render: (_, w) => (
              <Tag color={STATE[w.state]?.[2]}>
                {STATE[w.state] ? pick(STATE[w.state][0], STATE[w.state][1]) : w.state}
              </Tag>
            ),
          },
          {
            title: pick('处理', 'Handle'),
            width: 170,
            render: (_, w) =>
              w.state === 'open' && canAct ? (
                <Space size={4}>
                  <Button size="small" type="primary" ghost onClick={() => toCase(w)}>
                    {pick('转立案', 'Open case')}
                  </Button>
                  <Button size="small" onClick={() => setDismissing(w)}>
                    {pick('排除', 'Dismiss')}
                  </Button>
                </Space>
              ) : w.caseId ? (
                <a href={`/cases/${w.caseId}`}>{pick('查看案件', 'View case')}</a>
              ) : null,
          },
        ]}
      />
      {dismissing && (
        <Modal
          open
          title={pick('排除预警', 'Dismiss the warning')}
          onCancel={() => setDismissing(null)}
          onOk={dismiss}
          okText={pick('确定', 'OK')}
          cancelText={pick('取消', 'Cancel')}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={pick('排除理由（必填）', 'Reason (required)')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Modal>
      )}
    </Space>
  );
}
