// Deploying a special campaign (专项监督, 第七条): theme, scope, period and the agencies covered.
import type { OrganisationList, SpecialCampaignDetail } from '@jiandu/contracts';
import { DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { showFieldErrors } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';

export function NewCampaign({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const { pick, lang } = useI18n();
  const [form] = Form.useForm();
  const orgs = useLoad(
    () =>
      api.get<OrganisationList>('/organisations', {
        kind: 'agency',
        active: 'true',
      }),
    [],
  );
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      const r = await api.post<SpecialCampaignDetail>('/campaigns', {
        theme: v.theme,
        scope: v.scope,
        periodFrom: v.period[0].format('YYYY-MM-DD'),
        periodTo: v.period[1].format('YYYY-MM-DD'),
        agencyIds: v.agencyIds ?? [],
      });
      onDone(r.id);
    } catch (e) {
      if (!showFieldErrors(form, e, lang, ['theme', 'scope'])) setError(e);
    }
  };
  return (
    <Modal
      open
      title={pick('部署专项监督', 'New special campaign')}
      onCancel={onClose}
      onOk={submit}
      okText={pick('确定', 'OK')}
      cancelText={pick('取消', 'Cancel')}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Form form={form} layout="vertical" initialValues={{ theme: '涉企行政检查' }}>
        <Form.Item name="theme" label={pick('主题', 'Theme')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="scope"
          label={pick('监督范围与内容', 'Scope')}
          rules={[{ required: true, max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="period" label={pick('期间', 'Period')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="agencyIds" label={pick('被监督机关', 'Agencies')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={orgs.loading}
            options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
