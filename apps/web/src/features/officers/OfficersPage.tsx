// Officers and supervisors with their certificates (第七条第二款, 第十六条（七）): status as of
// today (expired follows from the date), each change with its reason and article; the organ's
// head seizes, returns or revokes (第七条（八）, 第十七条); an administrator files new ones.
import { CERTIFICATE_STATUS_LABELS, type CertificateView, type OfficerList } from '@jiandu/contracts';
import { App, Button, Card, Input, Modal, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { paging } from '../../lib/paging';
import { useLoad } from '../../lib/useLoad';
import { STATUS_COLOR } from '../public/CertificatePage';
import { Announcement } from './Announcement';
import { NewOfficer } from './NewOfficer';

type Status = keyof typeof CERTIFICATE_STATUS_LABELS;
type OfficerView = OfficerList['items'][number];

const ACTIONS = {
  seize: ['暂扣', 'Seize'],
  return: ['发还', 'Return'],
  revoke: ['注销', 'Revoke'],
} as const;

export default function OfficersPage() {
  const { pick, sep } = useI18n();
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  // an agency or status in the address (from the dashboard's certificate coverage)
  const [params] = useSearchParams();
  const [status, setStatus] = useState<Status | undefined>((params.get('status') as Status) ?? undefined);
  const [organisationId, setOrganisationId] = useState(params.get('organisationId') ?? undefined);
  const [page, setPage] = useState(1);
  const list = useLoad(
    () =>
      api.get<OfficerList>('/officers', {
        q,
        status,
        organisationId,
        limit: 20,
        offset: (page - 1) * 20,
      }),
    [q, status, organisationId, page],
  );
  const [acting, setActing] = useState<{ cert: CertificateView; action: keyof typeof ACTIONS } | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const submit = async () => {
    if (!acting) return;
    setError(null);
    try {
      await api.post(`/certificates/${acting.cert.id}/actions`, {
        version: acting.cert.version,
        action: acting.action,
        reason,
      });
      message.success(pick('已办理', 'Done'));
      setActing(null);
      setReason('');
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card
      title={<PageTitle>{pick('执法人员与证件', 'Officers and certificates')}</PageTitle>}
      extra={
        <Space wrap>
          <ExportButton
            path="/officers/export.xlsx"
            query={{ q, status, organisationId }}
            testId="officers-export"
          />
          {me?.user.role === 'organ_head' && <Announcement />}
          {can('organisation.write') && (
            <Button type="primary" onClick={() => setAdding(true)}>
              {pick('登记执法人员', 'File an officer')}
            </Button>
          )}
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder={pick('姓名或证件号', 'Name or certificate number')}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={pick('证件状态', 'Status')}
          aria-label={pick('证件状态', 'Status')}
          style={{ width: 140 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={Object.entries(CERTIFICATE_STATUS_LABELS).map(([value, l]) => ({
            value,
            label: pick(l.zh, l.en),
          }))}
        />
        {organisationId && (
          <Tag closable onClose={() => setOrganisationId(undefined)}>
            {list.data?.items[0]?.organisationName ?? pick('所选机关', 'The agency chosen')}
          </Tag>
        )}
      </Space>
      <ProblemAlert error={list.error} />
      <Table<OfficerView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={paging(page, setPage, list.data?.total)}
        expandable={{
          rowExpandable: (o) => o.certificates.some((c) => c.history.length > 0),
          expandedRowRender: (o) => (
            <Timeline
              items={o.certificates.flatMap((c) =>
                c.history.map((h) => ({
                  children: `${h.onDay} ${pick(CERTIFICATE_STATUS_LABELS[h.to as Status].zh, h.to)} · ${h.reason} · ${h.articleText} · ${h.actorName}`,
                })),
              )}
            />
          ),
        }}
        columns={[
          { title: pick('姓名', 'Name'), dataIndex: 'name' },
          { title: pick('单位', 'Serves at'), dataIndex: 'organisationName' },
          {
            title: pick('证件', 'Certificate'),
            render: (_, o) =>
              o.certificates.map((c) => (
                <div key={c.id}>
                  <a
                    href={`/public/certificate?number=${encodeURIComponent(c.number)}`}
                    target="_blank"
                    rel="noreferrer"
                    style={{ textDecoration: 'underline' }}
                  >
                    {c.number}
                  </a>{' '}
                  <Typography.Text type="secondary">
                    {c.kind === 'enforcement' ? pick('执法证', 'enforcement') : pick('监督证', 'supervision')}{' '}
                    · {c.areas.join(sep)} · {c.validUntil}
                  </Typography.Text>
                </div>
              )),
          },
          {
            title: pick('状态', 'Status'),
            render: (_, o) =>
              o.certificates.map((c) => (
                <Tag key={c.id} color={STATUS_COLOR[c.status]} data-testid={`status-${c.number}`}>
                  {pick(CERTIFICATE_STATUS_LABELS[c.status].zh, CERTIFICATE_STATUS_LABELS[c.status].en)}
                </Tag>
              )),
          },
          {
            title: pick('操作', 'Actions'),
            render: (_, o) =>
              o.certificates.map((c) => (
                <Space key={c.id} size={4}>
                  <Button size="small" href={`/api/v1/certificates/${c.id}/card`}>
                    {pick('证件卡片', 'Card')}
                  </Button>
                  {(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])
                    .filter((a) => c.actions[a])
                    .map((a) => (
                      <Button
                        key={a}
                        size="small"
                        danger={a !== 'return'}
                        onClick={() => setActing({ cert: c, action: a })}
                      >
                        {pick(ACTIONS[a][0], ACTIONS[a][1])}
                      </Button>
                    ))}
                </Space>
              )),
          },
        ]}
      />
      {acting && (
        <Modal
          open
          title={`${pick(ACTIONS[acting.action][0], ACTIONS[acting.action][1])} ${acting.cert.number}`}
          onCancel={() => setActing(null)}
          onOk={submit}
          okText={pick('确定', 'OK')}
          cancelText={pick('取消', 'Cancel')}
        >
          <ProblemAlert error={error} style={{ marginBottom: 8 }} />
          <Typography.Paragraph type="secondary">
            {acting.action === 'revoke'
              ? pick('依据第十七条', 'Under art. 17')
              : pick('依据第七条第（八）项', 'Under art. 7(viii)')}
          </Typography.Paragraph>
          <Input.TextArea
            id="reason"
            rows={3}
            maxLength={500}
            placeholder={pick('理由（必填）', 'Reason (required)')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Modal>
      )}
      {adding && (
        <NewOfficer
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
