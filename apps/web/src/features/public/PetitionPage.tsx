// 第九条: a citizen, company or organisation files an application, complaint or report, and
// receives a tracking code to follow it.
import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { PetitionFields, petitionBody } from '../cases/PetitionFields';
import { PublicFrame } from './PublicFrame';

export default function PetitionPage() {
  const { pick } = useI18n();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<string[]>([]);
  async function submit(values: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      setCode(
        (await api.post<{ trackingCode: string }>('/public/petitions', petitionBody(values))).trackingCode,
      );
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
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              setError(null);
              api
                .upload<{ fileName: string }>(`/public/petitions/${code}/attachments`, file)
                .then((f) => setFiles((fs) => [...fs, f.fileName]), setError);
              return false;
            }}
          >
            <Button icon={<PaperClipOutlined />}>{pick('补充附件', 'Add files')}</Button>
          </Upload>
          <Typography.Text type="secondary">
            {pick(
              'PDF、图片、Word、Excel，24小时内，最多5个',
              'PDF, images, Word, Excel; within 24 h, up to 5',
            )}
          </Typography.Text>
          {files.map((f) => (
            <Typography.Text key={f}>✓ {f}</Typography.Text>
          ))}
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
            <Alert
              type="info"
              style={{ marginBottom: 16 }}
              data-testid="privacy-notice"
              title={pick(
                '您的姓名和电话仅供监督机关办理本件、与您联系时使用，不会告知被投诉、举报的机关；举报人依法受到保密保护。',
                'Your name and phone are used only by the supervision organ to handle this and contact you; the agency concerned is never told who you are.',
              )}
            />
            <Button type="primary" htmlType="submit" loading={busy}>
              {pick('提交', 'Submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicFrame>
  );
}
