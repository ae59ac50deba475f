// The case's official documents: number, seal and service at a glance, DOCX to edit and PDF
// to serve, and the buttons the server says this user may press (seal, record service, cancel).
import { type CaseDocumentList, type DocumentView, SERVICE_METHOD_LABELS } from '@jiandu/contracts';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';

type Dialog = { kind: 'serve' | 'cancel'; doc: DocumentView } | null;

export function Documents({
  caseId,
  version,
  canExport,
  onChange,
}: {
  caseId: string;
  /** the case's version: a step taken issues documents, and the list is read again */
  version: number;
  canExport: boolean;
  onChange: () => void;
}) {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const list = useLoad(() => api.get<CaseDocumentList>(`/cases/${caseId}/documents`), [caseId, version]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const done = () => {
    setDialog(null);
    list.reload();
    onChange();
  };
  const seal = async (d: DocumentView) => {
    setError(null);
    setBusy(d.id);
    try {
      await api.post(`/documents/${d.id}/seal`);
      message.success(pick('已用印', 'Sealed'));
      done();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card
      title={pick('文书', 'Documents')}
      data-testid="case-documents"
      extra={
        canExport && (
          <Button href={`/api/v1/cases/${caseId}/archive`} data-testid="export-archive">
            {pick('导出案卷（归档）', 'Export the case file')}
          </Button>
        )
      }
    >
      <ProblemAlert error={error ?? list.error} style={{ marginBottom: 8 }} />
      <Table<DocumentView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: pick('暂无文书', 'No documents yet') }}
        columns={[
          {
            title: pick('文书', 'Document'),
            render: (_, d) => (
              <Space direction="vertical" size={0}>
                <span style={d.cancelled ? { textDecoration: 'line-through' } : undefined}>
                  {pick(d.name.zh, d.name.en)}
                </span>
                <Typography.Text type="secondary">
                  {d.number ?? pick('（不编号）', '(unnumbered)')}
                </Typography.Text>
              </Space>
            ),
          },
          { title: pick('日期', 'Date'), dataIndex: 'issuedOn', width: 110 },
          {
            title: pick('状态', 'State'),
            render: (_, d) => (
              <Space wrap size={4}>
                {d.cancelled && (
                  <Tag color="default" title={d.cancelled.reason ?? undefined}>
                    {pick('已作废', 'Cancelled')}
                  </Tag>
                )}
                {d.sealed && (
                  <Tag color="red" title={d.sealed.pdfSha256 ? `SHA-256 ${d.sealed.pdfSha256}` : undefined}>
                    {pick('已用印', 'Sealed')}
                  </Tag>
                )}
                {d.sealable && !d.sealed && !d.cancelled && (
                  <Tag color="orange">{pick('待用印', 'To seal')}</Tag>
                )}
                {d.services.map((s) => (
                  <Tag color="green" key={s.id}>
                    {pick('送达', 'Served')} {s.receivedOn}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: pick('操作', 'Actions'),
            render: (_, d) => (
              <Space wrap size={4}>
                <Button size="small" href={`/api/v1/documents/${d.id}/docx`}>
                  DOCX
                </Button>
                <Button size="small" href={`/api/v1/documents/${d.id}/pdf`} data-testid={`pdf-${d.kind}`}>
                  PDF
                </Button>
                {d.actions.seal && (
                  <Button size="small" type="primary" ghost loading={busy === d.id} onClick={() => seal(d)}>
                    {pick('用印', 'Seal')}
                  </Button>
                )}
                {d.actions.serve && (
                  <Button size="small" onClick={() => setDialog({ kind: 'serve', doc: d })}>
                    {pick('登记送达', 'Record service')}
                  </Button>
                )}
                {d.actions.cancel && (
                  <Button size="small" danger onClick={() => setDialog({ kind: 'cancel', doc: d })}>
                    {pick('作废', 'Cancel')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {dialog && <DocumentDialog dialog={dialog} onClose={() => setDialog(null)} onDone={done} />}
    </Card>
  );
}

function DocumentDialog({
  dialog,
  onClose,
  onDone,
}: {
  dialog: NonNullable<Dialog>;
  onClose: () => void;
  onDone: () => void;
}) {
  const { pick, colon } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      if (dialog.kind === 'serve')
        await api.post(`/documents/${dialog.doc.id}/services`, {
          ...v,
          servedOn: v.servedOn.format('YYYY-MM-DD'),
          receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        });
      else await api.post(`/documents/${dialog.doc.id}/cancel`, v);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const title = `${dialog.kind === 'serve' ? pick('登记送达', 'Record service') : pick('作废文书', 'Cancel document')}${colon}${pick(dialog.doc.name.zh, dialog.doc.name.en)} ${dialog.doc.number ?? ''}`;
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okText={pick('确定', 'OK')}
      cancelText={pick('取消', 'Cancel')}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Form form={form} layout="vertical">
        {dialog.kind === 'serve' ? (
          <>
            <Form.Item
              name="method"
              label={pick('送达方式', 'Method')}
              initialValue="direct"
              rules={[{ required: true }]}
            >
              <Select
                options={Object.entries(SERVICE_METHOD_LABELS).map(([value, l]) => ({
                  value,
                  label: pick(l.zh, l.en),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="recipient"
              label={pick('受送达人', 'Recipient')}
              rules={[{ required: true, max: 120 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="servedOn"
              label={pick('送达日期', 'Served on')}
              initialValue={dayjs()}
              rules={[{ required: true }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="receivedOn"
              label={pick('签收日期（送达回证）', 'Received on')}
              initialValue={dayjs()}
              rules={[{ required: true }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              {pick(
                '作废后文号保留并标记为作废，不再使用。',
                'The number stays on record as cancelled and is never reused.',
              )}
            </Typography.Paragraph>
            <Form.Item
              name="reason"
              label={pick('作废原因', 'Reason')}
              rules={[{ required: true, max: 500 }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="reissue" valuePropName="checked" initialValue={false}>
              <Checkbox>{pick('以新文号重新制发', 'Issue again under a new number')}</Checkbox>
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
