// Staff entry of a petition received on paper, by phone, in person or from the 12345 hotline.
import { Alert, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { PetitionFields, petitionBody } from './PetitionFields';

export function RegisterPetition(props: { onClose(): void; onDone(caseId: string): void }) {
  const { pick } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ trackingCode: string; caseId: string } | null>(null);
  async function submit() {
    if (done) return props.onDone(done.caseId);
    const values = await form.validateFields();
    try {
      setDone(await api.post<{ trackingCode: string; caseId: string }>('/petitions', petitionBody(values)));
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Modal
      open
      title={pick('登记来件', 'Register a petition')}
      onOk={submit}
      onCancel={props.onClose}
      okText={done ? pick('打开案件', 'Open the case') : pick('登记', 'Register')}
      destroyOnHidden
    >
      {done ? (
        <Alert
          type="success"
          showIcon
          title={pick(
            `已登记。请告知来件人查询码：${done.trackingCode}`,
            `Registered. Tell the petitioner the tracking code: ${done.trackingCode}`,
          )}
        />
      ) : (
        <>
          <ProblemAlert error={error} style={{ marginBottom: 12 }} />
          <Form form={form} layout="vertical">
            <Form.Item name="channel" label={pick('来件渠道', 'Channel')} initialValue="paper">
              <Select
                options={[
                  { value: 'paper', label: pick('书面来信', 'Letter') },
                  { value: 'phone', label: pick('电话', 'Phone') },
                  { value: 'hotline_12345', label: pick('12345热线转办', '12345 hotline') },
                  { value: 'visit', label: pick('来访', 'Visit') },
                ]}
              />
            </Form.Item>
            <PetitionFields />
          </Form>
        </>
      )}
    </Modal>
  );
}
