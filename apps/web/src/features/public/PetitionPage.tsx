// 第九条: a citizen, company or organisation files an application, complaint or report, and
// receives a tracking code to follow it.
import { MAX_FILES_PER_CASE_FROM_PETITIONER, type PetitionFiled } from '@jiandu/contracts';
import { Alert, Button, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { AttachmentPicker, usePickedFiles } from '../cases/AttachmentPicker';
import { PetitionFields, petitionBody } from '../cases/PetitionFields';
import { PublicFrame } from './PublicFrame';

export default function PetitionPage() {
  const { pick } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // the files picked while filing, sent with the tracking code once the petition is received
  const picked = usePickedFiles(MAX_FILES_PER_CASE_FROM_PETITIONER);
  async function submit(values: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      const filed = await api.post<PetitionFiled>('/public/petitions', petitionBody(values));
      setCode(filed.trackingCode);
      await picked.sendAll(`/public/petitions/${filed.trackingCode}/attachments`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <PublicFrame title={pick('提交申请、投诉、举报', 'File an application, complaint or report')}>
      {code ? (
        // the code has the card's whole width, so it reads on one line even on a phone
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert
            type="success"
            showIcon
            title={pick('已收到，请妥善保存查询码', 'Received. Keep your tracking code')}
          />
          <Typography.Text copyable className="jd-tracking-code" data-testid="tracking-code">
            {code}
          </Typography.Text>
          <AttachmentPicker
            picked={picked}
            withCount
            sendTo={`/public/petitions/${code}/attachments`}
            disabled={busy}
          />
          <ProblemAlert error={error} />
          <Typography.Paragraph data-testid="what-next" style={{ marginBottom: 0 }}>
            {pick(
              '接下来：监督机关审查是否立案监督（第九条第（一）项）；立案的，调查核实后对违法或者不当的执法行为发出监督通知书、作出监督决定。不予立案、移交其他机关或者办结的，进度页都会写明。《晋城市行政执法监督暂行办法》未规定审查期限，您可凭查询码随时查询。',
              'Next: the organ examines whether to open a case (art. 9(1)); if it does, it investigates and sends the agency a notice, then a decision, for unlawful or improper acts. Not opening a case, a transfer or the end are shown on the progress page. The measures set no time for the examination: check with your code at any time.',
            )}
          </Typography.Paragraph>
          <Link to={`/public/status?code=${code}`}>{pick('查询办理进度', 'Check progress')}</Link>
        </Space>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {pick(
              '依据《晋城市行政执法监督暂行办法》第九条，行政执法监督机关依公民、法人、其他组织的申请、投诉、举报启动监督。举报可以匿名。',
              'Under article 9 of the Jincheng interim measures, supervision starts on an application, complaint or report. A report may be anonymous.',
            )}
          </Typography.Paragraph>
          <ProblemAlert error={error} style={{ marginBottom: 12 }} />
          <Form form={form} layout="vertical" onFinish={submit}>
            <PetitionFields />
            <AttachmentPicker picked={picked} withCount disabled={busy} />
            <Button type="primary" htmlType="submit" loading={busy}>
              {pick('提交', 'Submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicFrame>
  );
}
