// The public certificate check: a certificate number (typed, or from the QR code on the card)
// shows the holder's public card — name, body, areas, validity and status — nothing more.
import { CERTIFICATE_STATUS_LABELS, type PublicCertificateView } from '@jiandu/contracts';
import { Button, Descriptions, Form, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { PublicFrame } from './PublicFrame';

type Card = PublicCertificateView;

export const STATUS_COLOR = { valid: 'green', seized: 'orange', revoked: 'red', expired: 'default' } as const;

export default function CertificatePage() {
  const { pick } = useI18n();
  const [params] = useSearchParams();
  const [card, setCard] = useState<Card | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function look({ number }: { number: string }) {
    setError(null);
    setCard(null);
    try {
      setCard(await api.get<Card>(`/public/certificates/${encodeURIComponent(number.trim())}`));
    } catch (e) {
      setError(e);
    }
  }
  const initial = params.get('number');
  useEffect(() => {
    if (initial) void look({ number: initial });
  }, [initial]);
  const label = card ? CERTIFICATE_STATUS_LABELS[card.status] : null;
  return (
    <PublicFrame title={pick('执法证件查询', 'Check a certificate')}>
      <Form layout="inline" className="jd-lookup" onFinish={look} initialValues={{ number: initial ?? '' }}>
        <Form.Item name="number" rules={[{ required: true }]}>
          <Input
            id="number"
            aria-label={pick('证件号', 'Certificate number')}
            placeholder={pick('证件号', 'Certificate number')}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {pick('查询', 'Look up')}
        </Button>
      </Form>
      <ProblemAlert error={error} style={{ marginTop: 12 }} />
      {card && label && (
        <Descriptions bordered column={1} style={{ marginTop: 16 }} data-testid="certificate-card">
          <Descriptions.Item label={pick('证件', 'Certificate')}>
            {card.kind === 'enforcement'
              ? pick('行政执法证', 'Enforcement certificate')
              : pick('行政执法监督证', 'Supervision credential')}{' '}
            {card.number}
          </Descriptions.Item>
          <Descriptions.Item label={pick('状态', 'Status')}>
            <Tag color={STATUS_COLOR[card.status]}>{pick(label.zh, label.en)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={pick('持证人', 'Holder')}>{card.holder}</Descriptions.Item>
          <Descriptions.Item label={pick('所在单位', 'Serves at')}>{card.organisation}</Descriptions.Item>
          <Descriptions.Item label={pick('执法领域', 'Areas')}>{card.areas.join('、')}</Descriptions.Item>
          <Descriptions.Item label={pick('有效期', 'Valid')}>
            {card.validFrom} — {card.validUntil}
          </Descriptions.Item>
          <Descriptions.Item label={pick('发证机关', 'Issued by')}>{card.issuingAuthority}</Descriptions.Item>
        </Descriptions>
      )}
    </PublicFrame>
  );
}
