// The signed audit checkpoints, for anyone to fetch and keep: a copy kept outside the system
// is what later shows whether the system's record was rewound or rewritten (docs/security.md).
import type { AuditCheckpoints } from '@jiandu/contracts';
import { Alert, Button, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { PublicFrame } from './PublicFrame';

export default function CheckpointsPage() {
  const { pick } = useI18n();
  const [data, setData] = useState<AuditCheckpoints | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<AuditCheckpoints>('/public/audit-checkpoints').then(setData).catch(setError);
  }, []);
  const rows = (data?.items ?? []).map((cp) => ({ ...JSON.parse(cp.body), signature: cp.signature }));
  const download = () => {
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'jiandu-audit-checkpoints.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <PublicFrame title={pick('操作日志签名检查点', 'Signed audit checkpoints')}>
      <Typography.Paragraph>
        {pick(
          '系统定期用保存在数据库之外的密钥签署操作日志的检查点。请下载并保存：日后可用 npm run audit:verify -- --checkpoints 文件 核对系统记录是否被改动。',
          'The system regularly signs checkpoints of its audit log with a key kept outside its database. Download and keep them: npm run audit:verify -- --checkpoints FILE later shows whether the record was altered.',
        )}
      </Typography.Paragraph>
      <ProblemAlert error={error} />
      {data && (
        <>
          <Alert
            type="info"
            style={{ marginBottom: 12 }}
            title={`${data.algorithm} ${data.keyId ?? '—'}`}
            description={
              <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {data.publicKey ?? '—'}
              </Typography.Text>
            }
          />
          <Button onClick={download} style={{ marginBottom: 12 }} data-testid="checkpoints-download">
            {pick('下载全部检查点', 'Download all checkpoints')}
          </Button>
          <Table
            rowKey={(r) => r.signature}
            size="small"
            dataSource={rows}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: pick('时间', 'Signed at'), dataIndex: 'at' },
              { title: pick('事件序号', 'Event'), dataIndex: 'seq' },
              {
                title: pick('链头哈希', 'Head hash'),
                dataIndex: 'headHash',
                render: (h: string) => <Typography.Text code>{h.slice(0, 16)}…</Typography.Text>,
              },
              {
                title: pick('发现', 'Findings'),
                dataIndex: 'findings',
                render: (f: unknown[]) =>
                  f.length ? <Typography.Text type="danger">{f.length}</Typography.Text> : '—',
              },
            ]}
          />
        </>
      )}
    </PublicFrame>
  );
}
