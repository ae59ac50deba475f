// The case's files: the petitioner's and the supervisors' evidence, downloaded (never opened
// in place); supervisors of the organ add evidence here.
import type { AttachmentList } from '@jiandu/contracts';
import { Button, Card, List, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';

export function Attachments({ caseId, canAdd }: { caseId: string; canAdd: boolean }) {
  const { pick } = useI18n();
  const list = useLoad(() => api.get<AttachmentList>(`/cases/${caseId}/attachments`), [caseId]);
  const [error, setError] = useState<unknown>(null);
  return (
    <Card
      title={pick('附件与证据', 'Files and evidence')}
      extra={
        canAdd && (
          <Upload
            showUploadList={false}
            accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx"
            beforeUpload={(file) => {
              setError(null);
              api.upload(`/cases/${caseId}/attachments`, file).then(list.reload, setError);
              return false;
            }}
          >
            <Button>{pick('添加证据材料', 'Add evidence')}</Button>
          </Upload>
        )
      }
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <List
        size="small"
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: pick('暂无附件', 'No files') }}
        renderItem={(a) => (
          <List.Item>
            <Space>
              <a href={`/api/v1/cases/${caseId}/attachments/${a.id}`}>{a.fileName}</a>
              <Typography.Text type="secondary">
                {a.source === 'petitioner'
                  ? pick('来件人提交', 'from the petitioner')
                  : pick('监督人员提交', 'from staff')}{' '}
                · {Math.ceil(a.size / 1024)} KB · SHA-256 {a.sha256.slice(0, 12)}…
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
