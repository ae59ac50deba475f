// 操作日志: the append-only, hash-chained audit log, newest first, with filters, keyset paging
// ("加载更多") and a check of the whole chain.
import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditEvent, AuditEventPage, AuditNames, AuditVerification } from '@jiandu/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Result,
  Row,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRoleLabel } from '../../components/labels';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { articleLabel } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';

const PAGE = 50;

interface Filters {
  action?: string;
  entityType?: string;
  entityId?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <pre className="jd-json">{JSON.stringify(value, null, 2)}</pre>;
}

export default function AuditPage() {
  const { t, lang, pick } = useI18n();
  const roleLabel = useRoleLabel();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<AuditVerification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const run = useRef(0);

  const load = useCallback(async (f: Filters, beforeSeq?: number) => {
    const mine = ++run.current;
    setLoading(true);
    setError(null);
    try {
      const [from, to] = f.dates ?? [];
      const page = await api.get<AuditEventPage>('/audit-events', {
        action: f.action?.trim(),
        entityType: f.entityType?.trim(),
        entityId: f.entityId?.trim(),
        from: from?.format('YYYY-MM-DD'),
        to: to?.format('YYYY-MM-DD'),
        beforeSeq,
        limit: PAGE,
      });
      if (mine !== run.current) return;
      setItems((old) => (beforeSeq ? [...old, ...page.items] : page.items));
      setNext(page.nextBeforeSeq);
    } catch (err) {
      if (mine === run.current) setError(err);
    } finally {
      if (mine === run.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(filters);
  }, [filters, load]);

  const runVerify = async () => {
    setVerifying(true);
    setVerifyError(null);
    setVerify(null);
    try {
      setVerify(await api.get<AuditVerification>('/audit/verify'));
    } catch (err) {
      setVerifyError(err);
    } finally {
      setVerifying(false);
    }
  };

  const names = useLoad(() => api.get<AuditNames>('/audit/names'), []);
  const named = (list: AuditNames['actions'] | undefined, code: string) => {
    const n = list?.find((x) => x.code === code);
    return n ? pick(n.zh, n.en) : code;
  };
  const options = (list: AuditNames['actions'] | undefined) =>
    (list ?? []).map((x) => ({ value: x.code, label: pick(x.zh, x.en) }));

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    {
      title: t('audit.time'),
      dataIndex: 'occurredAt',
      width: 180,
      render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      render: (_, e) => (
        <Space size={4} wrap>
          <span>{e.actorId ? e.actorName : t('audit.system')}</span>
          {e.actorRole && <Tag>{roleLabel(e.actorRole)}</Tag>}
        </Space>
      ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (a: string) => (
        <Space size={4} wrap>
          <span>{named(names.data?.actions, a)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_, e) => (
        <Space size={4} wrap>
          <Tag>{named(names.data?.entities, e.entityType)}</Tag>
          {e.subject && <span>{e.subject}</span>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: e.entityId }}>
            {e.entityId.length > 12 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('common.article'),
      dataIndex: 'article',
      render: (a: string | null) => (a ? articleLabel(a, lang) : '—'),
    },
  ];

  const broken = verify && !verify.ok ? verify.firstBroken : null;

  return (
    <Card
      title={<PageTitle>{t('audit.title')}</PageTitle>}
      extra={
        <Space>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void load(filters)}
            aria-label={t('common.reload')}
          />
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={verifying} onClick={runVerify}>
            {t('audit.verify')}
          </Button>
        </Space>
      }
    >
      <Form<Filters> form={form} layout="vertical" onFinish={(v) => setFilters({ ...v })}>
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="action" label={t('audit.action')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={pick('请选择', 'Choose')}
                options={options(names.data?.actions)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item name="entityType" label={t('audit.entityType')}>
              <Select
                allowClear
                placeholder={pick('请选择', 'Choose')}
                options={options(names.data?.entities)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="entityId" label={t('audit.entityId')}>
              <Input allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="dates" label={t('audit.dates')}>
              <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={4}>
            <Form.Item label=" ">
              <Space>
                <Button type="primary" htmlType="submit">
                  {t('common.search')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    setFilters({});
                  }}
                >
                  {t('common.reset')}
                </Button>
              </Space>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <ProblemAlert error={error} style={{ marginBottom: 16 }} />
      <Table<AuditEvent>
        rowKey="seq"
        size="small"
        loading={loading && items.length === 0}
        columns={columns}
        dataSource={items}
        pagination={false}
        expandable={{
          expandedRowRender: (e) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Row gutter={16}>
                <Col xs={24} lg={12}>
                  <Typography.Text strong>{t('audit.before')}</Typography.Text>
                  <Json value={e.before} />
                </Col>
                <Col xs={24} lg={12}>
                  <Typography.Text strong>{t('audit.after')}</Typography.Text>
                  <Json value={e.after} />
                </Col>
              </Row>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'id', label: 'ID', children: e.id },
                  { key: 'entity', label: t('audit.entityId'), children: e.entityId },
                  { key: 'req', label: t('common.requestId'), children: e.requestId ?? '—' },
                  {
                    key: 'hash',
                    label: t('audit.hash'),
                    children: (
                      <Typography.Text code style={{ wordBreak: 'break-all' }}>
                        {e.hash}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
            </Space>
          ),
        }}
      />
      <div style={{ textAlign: 'center', marginTop: 16 }}>
        {next !== null ? (
          <Button loading={loading && items.length > 0} onClick={() => void load(filters, next)}>
            {t('audit.more')}
          </Button>
        ) : (
          items.length > 0 && <Typography.Text type="secondary">{t('audit.end')}</Typography.Text>
        )}
      </div>

      <Modal
        open={verifying || verify !== null || verifyError !== null}
        title={t('audit.verify')}
        footer={null}
        onCancel={() => {
          setVerify(null);
          setVerifyError(null);
        }}
      >
        {verifying && <Result status="info" title={t('common.loading')} />}
        <ProblemAlert error={verifyError} />
        {verify?.ok && (
          <Result
            status="success"
            title={t('audit.verifyOk')}
            subTitle={t('audit.verifyOkDetail', {
              n: verify.checked,
              ms: Math.round(verify.ms),
              seq: verify.headSeq,
            })}
          />
        )}
        {verify && !verify.ok && (
          <Result
            status="error"
            title={t('audit.verifyBroken')}
            subTitle={
              <>
                {broken && (
                  <div>{t('audit.verifyBrokenAt', { seq: broken.seq, problem: broken.problem })}</div>
                )}
                <div>{broken?.detail}</div>
              </>
            }
          />
        )}
        {verify?.checkpoints && (
          <Alert
            style={{ marginBottom: 12 }}
            type={verify.checkpoints.ok ? 'success' : 'error'}
            showIcon
            title={
              verify.checkpoints.ok
                ? pick(
                    `与 ${verify.checkpoints.checkpoints} 个签名检查点一致`,
                    `Holds to ${verify.checkpoints.checkpoints} signed checkpoints`,
                  )
                : pick('与签名检查点不一致', 'Does not hold to the signed checkpoints')
            }
            description={verify.checkpoints.firstMismatch?.detail}
          />
        )}
        {verify && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, wordBreak: 'break-all', margin: 0 }}>
            {t('audit.hash')}: {verify.headHash}
          </Typography.Paragraph>
        )}
      </Modal>
    </Card>
  );
}
