// A supervisor opens a matter: the subject in the jurisdiction, the grounds (items of the
// subject's article) and the facts found. The server checks the same again.
import { type OfficerList, type OrganisationList, SUBJECT_LABELS } from '@jiandu/contracts';
import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { type SUBJECT_ARTICLE, useGrounds } from './useGrounds';

type Subject = keyof typeof SUBJECT_ARTICLE;
function useSubjects(kind: Subject) {
  const { paren } = useI18n();
  const orgs = useLoad(
    () =>
      api.get<OrganisationList>('/organisations', {
        kind: 'agency',
        active: 'true',
      }),
    [],
  );
  const officers = useLoad(() => api.get<OfficerList>('/officers', { limit: 500 }), []);
  if (kind === 'agency') return (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const want = kind === 'officer' ? 'enforcement' : 'supervision';
  return (officers.data?.items ?? [])
    .filter((o) => o.certificates.some((c) => c.kind === want) && (kind === 'officer' || o.userId))
    .map((o) => ({
      value: kind === 'officer' ? o.id : (o.userId as string),
      label: `${o.name}${paren(o.organisationName)}`,
    }));
}

export function NewMatter({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { pick } = useI18n();
  const choice = useChoiceRule();
  const [form] = Form.useForm();
  const kind: Subject = Form.useWatch('subjectKind', form) ?? 'agency';
  const subjects = useSubjects(kind);
  const grounds = useGrounds(kind);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await api.post('/accountability', { ...v, sources: [] });
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      width={640}
      title={pick('提起追责', 'Open a matter')}
      onCancel={onClose}
      onOk={submit}
      okText={pick('确定', 'OK')}
      cancelText={pick('取消', 'Cancel')}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ subjectKind: 'agency', grounds: [] }}
        onValuesChange={(changed) => {
          if ('subjectKind' in changed) form.setFieldsValue({ subjectId: undefined, grounds: [] });
        }}
      >
        <Form.Item name="subjectKind" label={pick('追责对象类别', 'Subject')}>
          <Select
            options={Object.entries(SUBJECT_LABELS).map(([value, l]) => ({ value, label: pick(l.zh, l.en) }))}
          />
        </Form.Item>
        <Form.Item
          name="subjectId"
          label={pick('追责对象', 'Who')}
          rules={[choice('追责对象', 'who is held to account')]}
        >
          <Select showSearch optionFilterProp="label" options={subjects} />
        </Form.Item>
        <Form.Item
          name="grounds"
          label={pick('追责情形', 'Grounds')}
          rules={[{ ...choice('追责情形', 'the grounds'), type: 'array', min: 1 }]}
        >
          <Select mode="multiple" options={grounds} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="facts" label={pick('事实', 'Facts')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
