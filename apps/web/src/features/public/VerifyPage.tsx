// The public check of a document: give its number and the PDF received, and learn whether it
// is exactly the one the organ sealed: signed with the organ's key (kept outside the database)
// and its SHA-256 the one recorded at sealing.
import type { DocumentVerified } from '@jiandu/contracts';
import { Alert, Button, Descriptions, Form, Input, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { PublicFrame } from './PublicFrame';

type Result = DocumentVerified;

export default function VerifyPage() {
  const { pick } = useI18n();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function check({ number }: { number: string }) {
    if (!file?.originFileObj) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(
        await api.upload<Result>(
          `/public/documents/verify?number=${encodeURIComponent(number.trim())}`,
          file.originFileObj,
        ),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <PublicFrame title={pick('文书核验', 'Verify a document')}>
      <Form layout="vertical" onFinish={check}>
        <Form.Item
          name="number"
          label={pick('文号', 'Document number')}
          rules={[{ required: true, max: 40 }]}
        >
          <Input id="number" placeholder="晋市执监决〔2024〕3号" />
        </Form.Item>
        <Form.Item label={pick('收到的 PDF 文件', 'The PDF you received')} required>
          <Upload
            accept=".pdf"
            maxCount={1}
            beforeUpload={() => false}
            fileList={file ? [file] : []}
            onChange={({ fileList }) => setFile(fileList[0] ?? null)}
          >
            <Button>{pick('选择文件', 'Choose file')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!file}>
          {pick('核验', 'Verify')}
        </Button>
      </Form>
      <ProblemAlert error={error} style={{ marginTop: 12 }} />
      {result && !result.match && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          data-testid="verify-result"
          title={pick(
            '不一致：此文件不是该文号下用印制发的文书',
            'No match: this file is not the document sealed under that number',
          )}
          description={
            <>
              <div>SHA-256 {result.sha256}</div>
              <div data-testid="verify-signature">
                {result.signature.valid && result.signature.organCertificate
                  ? pick(
                      `文件带有${result.signature.signer}的有效数字签名，但系统中没有该文号下的这份文书：请联系制发机关，系统记录可能已被改动`,
                      `The file bears a valid digital signature of ${result.signature.signer}, but the system holds no such document under that number: contact the issuing organ; the system's record may have been altered`,
                    )
                  : result.signature.valid
                    ? pick(
                        '文件的数字签名不是制发机关的证书所签',
                        "The file's digital signature is not by the issuing organ's certificate",
                      )
                    : pick('文件没有有效的数字签名', 'The file bears no valid digital signature')}
              </div>
            </>
          }
        />
      )}
      {result?.match && (
        <>
          <Alert
            style={{ marginTop: 16 }}
            type="success"
            showIcon
            data-testid="verify-result"
            title={pick(
              '一致：此文件与用印制发的文书完全相同',
              'Match: this file is exactly the document as sealed',
            )}
          />
          <Descriptions bordered column={1} size="small" style={{ marginTop: 12 }}>
            <Descriptions.Item label={pick('文书', 'Document')}>
              {pick(result.kind.zh, result.kind.en)}
            </Descriptions.Item>
            <Descriptions.Item label={pick('文号', 'Number')}>{result.number}</Descriptions.Item>
            <Descriptions.Item label={pick('制发机关', 'Issued by')}>{result.issuer}</Descriptions.Item>
            <Descriptions.Item label={pick('成文日期', 'Dated')}>{result.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={pick('数字签名', 'Digital signature')}>
              {result.signature.valid
                ? pick(
                    `${result.signature.signer}（证书 ${result.signature.certificateSha256.slice(0, 16)}…）签名有效`,
                    `valid, by ${result.signature.signer} (certificate ${result.signature.certificateSha256.slice(0, 16)}…)`,
                  )
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="SHA-256">{result.sha256}</Descriptions.Item>
            {result.auditEvent && (
              <Descriptions.Item label={pick('操作日志', 'Audit record')}>
                {result.auditEvent.intact
                  ? pick(
                      `第 ${result.auditEvent.seq} 号事件记录了此哈希，完好`,
                      `event ${result.auditEvent.seq} records this hash, intact`,
                    )
                  : pick(
                      `第 ${result.auditEvent.seq} 号事件已被改动`,
                      `event ${result.auditEvent.seq} was altered`,
                    )}
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      )}
    </PublicFrame>
  );
}
