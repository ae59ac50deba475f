// Drafting a measure: the kind chosen on the ladder, a deadline for 责令限期改正, and the
// reasons (required where 情节严重 or 构成犯罪 must be shown). The head approves it afterwards.
import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { type MatterView, type Rung, TRIGGER } from './types';

export function MeasureForm({
  matter,
  rung,
  onClose,
  onDone,
}: {
  matter: MatterView;
  rung: Rung;
  onClose: () => void;
  onDone: () => void;
}) {
  const { pick, colon } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const needsReasons = rung.trigger === 'serious' || rung.trigger === 'crime';
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await api.post(`/accountability/${matter.id}/measures`, {
        version: matter.version,
        kind: rung.code,
        deadline: v.deadline?.format('YYYY-MM-DD'),
        reasons: v.reasons || undefined,
        documentRef: v.documentRef || undefined,
      });
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      title={`${pick('拟办', 'Draft')}${colon}${pick(rung.zh, rung.en)}`}
      onCancel={onClose}
      onOk={submit}
      okText={pick('提交审批', 'Submit for approval')}
      cancelText={pick('取消', 'Cancel')}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Typography.Paragraph type="secondary">
        {pick(TRIGGER[rung.trigger].zh, TRIGGER[rung.trigger].en)} · {rung.citation}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        {rung.code === 'order_correction_deadline' && (
          <Form.Item name="deadline" label={pick('改正期限', 'Deadline')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="reasons"
          label={
            rung.trigger === 'serious'
              ? pick('情节严重的事实和理由', 'Why it is serious')
              : rung.trigger === 'crime'
                ? pick('涉嫌犯罪的事实', 'The suspected crime')
                : pick('理由', 'Reasons')
          }
          rules={[{ required: needsReasons }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="documentRef" label={pick('文书文号（如有）', 'Document number (if any)')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
