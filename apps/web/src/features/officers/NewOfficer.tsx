// Filing an officer with a certificate: an enforcement certificate for an agency's officer,
// a supervision credential for a supervisor of an organ (第七条第二款).
import type { OrganisationList } from '@jiandu/contracts';
import { DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';

export function NewOfficer({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { pick } = useI18n();
  const choice = useChoiceRule();
  const [form] = Form.useForm();
  const kind = Form.useWatch(['certificate', 'kind'], form) ?? 'enforcement';
  const orgs = useLoad(
    () =>
      api.get<OrganisationList>('/organisations', {
        kind: kind === 'enforcement' ? 'agency' : 'supervision_organ',
        active: 'true',
      }),
    [kind],
  );
  const options = (orgs.data?.items ?? []).map((o) => ({
    value: o.id,
    label: o.name,
  }));
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      await api.post('/officers', {
        ...v,
        certificate: {
          ...v.certificate,
          validFrom: v.certificate.validFrom.format('YYYY-MM-DD'),
          validUntil: v.certificate.validUntil.format('YYYY-MM-DD'),
        },
      });
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      title={pick('登记执法人员', 'File an officer')}
      onCancel={onClose}
      onOk={submit}
      okText={pick('确定', 'OK')}
      cancelText={pick('取消', 'Cancel')}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ certificate: { kind: 'enforcement', issuingAuthority: '山西省人民政府' } }}
      >
        <Form.Item name={['certificate', 'kind']} label={pick('证件种类', 'Kind')}>
          <Select
            options={[
              { value: 'enforcement', label: pick('行政执法证', 'Enforcement certificate') },
              { value: 'supervision', label: pick('行政执法监督证', 'Supervision credential') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="organisationId"
          label={pick('所在单位', 'Serves at')}
          rules={[choice('所在单位', 'where the officer serves')]}
        >
          <Select showSearch optionFilterProp="label" options={options} loading={orgs.loading} />
        </Form.Item>
        <Form.Item name="name" label={pick('姓名', 'Name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name={['certificate', 'number']}
          label={pick('证件号', 'Number')}
          rules={[{ required: true, pattern: /^[0-9A-Za-z-]{6,32}$/ }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name={['certificate', 'issuingAuthority']}
          label={pick('发证机关', 'Issued by')}
          rules={[{ required: true, max: 60 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name={['certificate', 'areas']}
          label={pick('执法领域', 'Areas')}
          rules={[{ required: true }]}
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item
          name={['certificate', 'validFrom']}
          label={pick('有效期起', 'Valid from')}
          rules={[{ required: true }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name={['certificate', 'validUntil']}
          label={pick('有效期止', 'Valid until')}
          rules={[{ required: true }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
