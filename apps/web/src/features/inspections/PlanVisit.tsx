// Planning an on-site visit (第八条（二）): the agency, the subject, the day — or 不打招呼 without
// one — the checklist, and the campaign it belongs to.
import type { OrganisationList, VisitView } from '@jiandu/contracts';
import { Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { showFieldErrors } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';

const DEFAULT_CHECKLIST = [
  '执法主体资格',
  '执法人员持证及出示证件',
  '执法程序',
  '法律适用与裁量',
  '执法文书与案卷',
];

export function PlanVisit({
  campaignId,
  agencies,
  onClose,
  onDone,
}: {
  campaignId?: string;
  agencies?: { id: string; name: string }[];
  onClose: () => void;
  onDone: (id: string) => void;
}) {
  const { pick, lang } = useI18n();
  const choice = useChoiceRule();
  const [form] = Form.useForm();
  const unannounced = Form.useWatch('unannounced', form) ?? false;
  const orgs = useLoad(
    () =>
      api.get<OrganisationList>('/organisations', {
        kind: 'agency',
        active: 'true',
      }),
    [],
    !agencies,
  );
  const options = (agencies ?? orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      const r = await api.post<VisitView>('/inspections', {
        agencyId: v.agencyId,
        subject: v.subject,
        unannounced: v.unannounced ?? false,
        plannedOn: v.plannedOn ? v.plannedOn.format('YYYY-MM-DD') : undefined,
        checklist: v.checklist ?? [],
        campaignId,
      });
      onDone(r.id);
    } catch (e) {
      if (!showFieldErrors(form, e, lang, ['agencyId', 'subject', 'plannedOn', 'checklist'])) setError(e);
    }
  };
  return (
    <Modal
      open
      title={pick('计划现场监督', 'Plan an on-site visit')}
      onCancel={onClose}
      onOk={submit}
      okText={pick('确定', 'OK')}
      cancelText={pick('取消', 'Cancel')}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ checklist: DEFAULT_CHECKLIST, unannounced: false }}
      >
        <Form.Item
          name="agencyId"
          label={pick('被检查机关', 'Agency visited')}
          rules={[choice('被检查机关', 'the agency visited')]}
        >
          <Select showSearch optionFilterProp="label" options={options} loading={orgs.loading} />
        </Form.Item>
        <Form.Item name="subject" label={pick('检查事项', 'Subject')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unannounced" valuePropName="checked">
          <Checkbox>{pick('不打招呼（不事先通知）', 'Unannounced')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="plannedOn"
          label={pick('计划日期', 'Planned date')}
          rules={[{ required: !unannounced }]}
          extra={pick('不打招呼的现场监督可不确定日期', 'An unannounced visit needs no date')}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="checklist" label={pick('检查清单', 'Checklist')}>
          <Select mode="tags" tokenSeparators={['，', '、']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
