// The public status page: one petition's progress and outcome for its tracking code, nothing else.
import type { PublicPetitionStatus } from '@jiandu/contracts';
import { Button, Descriptions, Form, Input, Timeline } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { KINDS } from '../cases/labels';
import { PublicFrame } from './PublicFrame';

export default function StatusPage() {
  const { pick } = useI18n();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<PublicPetitionStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function look({ code }: { code: string }) {
    setError(null);
    setStatus(null);
    try {
      setStatus(await api.get<PublicPetitionStatus>(`/public/petitions/${encodeURIComponent(code.trim())}`));
    } catch (e) {
      setError(e);
    }
  }
  return (
    <PublicFrame title={pick('办理进度查询', 'Check progress')}>
      <Form
        layout="inline"
        className="jd-lookup"
        onFinish={look}
        initialValues={{ code: params.get('code') ?? '' }}
      >
        <Form.Item name="code" rules={[{ required: true }]}>
          <Input
            id="code"
            aria-label={pick('查询码', 'Tracking code')}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            style={{ width: 260 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {pick('查询', 'Look up')}
        </Button>
      </Form>
      <ProblemAlert error={error} style={{ marginTop: 12 }} />
      {status && (
        <Descriptions bordered column={1} style={{ marginTop: 16 }} data-testid="petition-status">
          <Descriptions.Item label={pick('类别', 'Kind')}>
            {pick(KINDS[status.kind][0], KINDS[status.kind][1])}
          </Descriptions.Item>
          <Descriptions.Item label={pick('收到日期', 'Received')}>{status.receivedOn}</Descriptions.Item>
          <Descriptions.Item label={pick('办理进度', 'Progress')}>
            {pick(status.stateLabel.zh, status.stateLabel.en)}
          </Descriptions.Item>
          <Descriptions.Item label={pick('办理结果', 'Outcome')}>
            {status.outcome ? pick(status.outcome.zh, status.outcome.en) : pick('正在办理中', 'In progress')}
          </Descriptions.Item>
        </Descriptions>
      )}
      {status && (
        <Timeline
          style={{ marginTop: 24 }}
          data-testid="public-timeline"
          items={status.timeline.map((s) => ({
            key: s.key,
            content: `${s.on}　${pick(s.zh, s.en)}`,
          }))}
        />
      )}
    </PublicFrame>
  );
}
