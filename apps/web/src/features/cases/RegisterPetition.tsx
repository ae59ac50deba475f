// Staff entry of a petition received on paper, by phone, in person or from the 12345 hotline.
import type { PetitionRegistered } from '@jiandu/contracts';
import { Alert, Form, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { AttachmentPicker, usePickedFiles } from './AttachmentPicker';
import { PetitionFields, petitionBody } from './PetitionFields';

export function RegisterPetition(props: { onClose(): void; onDone(caseId: string): void }) {
  const { pick } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<PetitionRegistered | null>(null);
  const [busy, setBusy] = useState(false);
  // what the petitioner handed in (a letter, its enclosures): kept as the petitioner's, never the agency's to see
  const picked = usePickedFiles();
  async function submit() {
    if (done) return props.onDone(done.caseId);
    // a form refused here shows its messages on the fields; nothing is sent
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const registered = await api.post<PetitionRegistered>('/petitions', petitionBody(values));
      setDone(registered);
      await picked.sendAll(`/cases/${registered.caseId}/petition-attachments`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={pick('登记来件', 'Register a petition')}
      onOk={submit}
      onCancel={props.onClose}
      okText={done ? pick('打开案件', 'Open the case') : pick('登记', 'Register')}
      confirmLoading={busy}
      destroyOnHidden
    >
      {done ? (
        <>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={pick(
              `已登记。请告知来件人查询码：${done.trackingCode}`,
              `Registered. Tell the petitioner the tracking code: ${done.trackingCode}`,
            )}
          />
          <AttachmentPicker
            picked={picked}
            withCount={false}
            sendTo={`/cases/${done.caseId}/petition-attachments`}
            disabled={busy}
          />
        </>
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
            <PetitionFields staff />
            <AttachmentPicker picked={picked} withCount={false} disabled={busy} />
          </Form>
        </>
      )}
    </Modal>
  );
}
