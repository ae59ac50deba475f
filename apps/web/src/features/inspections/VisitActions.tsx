// The steps of a visit as small forms: start with the supervisors present (第七条: two at
// least), record findings, add a follow-up with its deadline, close with a conclusion.
import type { CredentialedSupervisors } from '@jiandu/contracts';
import { Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import type { Visit } from './types';

export type StepKind = 'start' | 'record_findings' | 'add_follow_up' | 'close';

export function VisitStep({
  visit,
  kind,
  onClose,
  onDone,
}: {
  visit: Visit;
  kind: StepKind;
  onClose: () => void;
  onDone: (v: Visit) => void;
}) {
  const { pick, paren } = useI18n();
  const choice = useChoiceRule();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const sups = useLoad(
    () => api.get<CredentialedSupervisors>('/inspections/supervisors'),
    [],
    kind === 'start',
  );
  const action = (v: Record<string, unknown>) => {
    if (kind === 'start') return { type: kind, supervisorIds: v.supervisorIds ?? [] };
    if (kind === 'record_findings')
      return { type: kind, findings: [{ text: v.text, problem: Boolean(v.problem) }] };
    if (kind === 'add_follow_up')
      return {
        type: kind,
        task: v.task,
        due: (v.due as { format(f: string): string } | undefined)?.format('YYYY-MM-DD'),
        findingId: v.findingId ?? null,
      };
    return { type: kind, conclusion: v.conclusion };
  };
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      onDone(
        await api.post<Visit>(`/inspections/${visit.id}/actions`, {
          version: visit.version,
          action: action(v),
        }),
      );
    } catch (e) {
      setError(e);
    }
  };
  const titles: Record<StepKind, [string, string]> = {
    start: ['开始现场监督', 'Start the visit'],
    record_findings: ['记录监督发现', 'Record a finding'],
    add_follow_up: ['督促整改', 'Add a follow-up'],
    close: ['结束现场监督', 'Close the visit'],
  };
  return (
    <Modal
      open
      title={pick(...titles[kind])}
      onCancel={onClose}
      onOk={submit}
      okText={pick('确定', 'OK')}
      cancelText={pick('取消', 'Cancel')}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Form form={form} layout="vertical" initialValues={{ problem: true }}>
        {kind === 'start' && (
          <Form.Item
            name="supervisorIds"
            label={pick('参加的监督人员（不少于二人，第七条）', 'Supervisors present (two at least, art. 7)')}
            rules={[choice('参加的监督人员', 'the supervisors present')]}
          >
            <Select
              mode="multiple"
              optionFilterProp="label"
              loading={sups.loading}
              options={(sups.data?.items ?? []).map((s) => ({
                value: s.id,
                label: `${s.name}${paren(s.certificate)}`,
              }))}
            />
          </Form.Item>
        )}
        {kind === 'record_findings' && (
          <>
            <Form.Item name="text" label={pick('发现', 'Finding')} rules={[{ required: true, max: 1000 }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="problem" valuePropName="checked">
              <Checkbox>{pick('发现问题（违法或者不当）', 'A problem (unlawful or improper)')}</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === 'add_follow_up' && (
          <>
            <Form.Item name="task" label={pick('整改事项', 'Task')} rules={[{ required: true, max: 500 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="due" label={pick('整改期限', 'Due')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="findingId" label={pick('对应发现', 'Finding')}>
              <Select allowClear options={visit.findings.map((f) => ({ value: f.id, label: f.text }))} />
            </Form.Item>
          </>
        )}
        {kind === 'close' && (
          <Form.Item
            name="conclusion"
            label={pick('监督结论', 'Conclusion')}
            rules={[{ required: true, max: 2000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
