// The organ's supervision seal (行政执法监督专用章, 第十条): what is on file, and for an
// administrator a new upload, which supersedes the old one (documents sealed before keep theirs).
import type { SealOnFile } from '@jiandu/contracts';
import { App, Button, Image, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';

export function SealView({ organId, canUpload }: { organId: string; canUpload: boolean }) {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const seal = useLoad(() => api.get<SealOnFile>(`/organisations/${organId}/seal`), [organId]);
  const [error, setError] = useState<unknown>(null);
  return (
    <Space direction="vertical" size={4}>
      {seal.data?.id ? (
        <Space>
          <Image
            src={`/api/v1/organisations/${organId}/seal/image?v=${seal.data.id}`}
            width={72}
            preview={false}
            alt={seal.data.name}
          />
          <Typography.Text type="secondary">
            {formatDateTime(seal.data.uploadedAt)} · SHA-256 {seal.data.sha256?.slice(0, 12)}…
          </Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="warning">
          {pick(
            '尚未备案：决定书不能用印，也就不能送达（第十条）',
            'None on file: decisions cannot be sealed, so cannot be served (art. 10)',
          )}
        </Typography.Text>
      )}
      {canUpload && (
        <Upload
          accept=".png"
          showUploadList={false}
          beforeUpload={(file) => {
            setError(null);
            api.upload(`/organisations/${organId}/seal`, file).then(() => {
              message.success(pick('印章已备案', 'Seal filed'));
              seal.reload();
            }, setError);
            return false;
          }}
        >
          <Button size="small">{pick('上传印章（PNG，透明背景）', 'Upload seal (PNG, transparent)')}</Button>
        </Upload>
      )}
      <ProblemAlert error={error ?? seal.error} />
    </Space>
  );
}
