// 监督管辖判断 (第二条): may this supervision organ supervise this agency or government?
import type { Organisation, SupervisionVerdict } from '@jiandu/contracts';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { articleLabel } from '../../lib/problem';

export function SupervisionCheck({
  organisations,
  presetOrgan,
  presetTarget,
}: {
  organisations: Organisation[];
  presetOrgan?: string;
  presetTarget?: string;
}) {
  const { t, lang, pick, colon } = useI18n();
  const [organId, setOrganId] = useState<string>();
  const [agencyId, setAgencyId] = useState<string>();
  const [verdict, setVerdict] = useState<SupervisionVerdict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // a new question clears the old answer
  const choose = (set: (id: string) => void) => (id: string) => {
    set(id);
    setVerdict(null);
    setError(null);
  };
  // selecting an organ or an agency in the tree fills in the question
  useEffect(() => {
    if (presetOrgan) choose(setOrganId)(presetOrgan);
  }, [presetOrgan]);
  useEffect(() => {
    if (presetTarget) choose(setAgencyId)(presetTarget);
  }, [presetTarget]);

  const label = (o: Organisation) =>
    `${pick(o.name, o.nameEn)}${o.active ? '' : `（${t('common.inactive')}）`}`;
  const organs = organisations.filter((o) => o.kind === 'supervision_organ');
  const targets = organisations.filter((o) => o.kind !== 'supervision_organ');

  const run = async () => {
    if (!organId || !agencyId) return;
    setBusy(true);
    setError(null);
    try {
      setVerdict(await api.get<SupervisionVerdict>('/jurisdiction/supervise', { organId, agencyId }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('check.title')} size="small">
      <Form layout="vertical">
        <Form.Item label={t('check.organ')} style={{ marginBottom: 12 }}>
          <Select
            value={organId}
            onChange={choose(setOrganId)}
            placeholder={t('check.pickOrgan')}
            aria-label={t('check.organ')}
            showSearch={{ optionFilterProp: 'label' }}
            options={organs.map((o) => ({ value: o.id, label: label(o) }))}
          />
        </Form.Item>
        <Form.Item label={t('check.agency')} style={{ marginBottom: 12 }}>
          <Select
            value={agencyId}
            onChange={choose(setAgencyId)}
            placeholder={t('check.pickAgency')}
            aria-label={t('check.agency')}
            showSearch={{ optionFilterProp: 'label' }}
            options={targets.map((o) => ({ value: o.id, label: label(o) }))}
          />
        </Form.Item>
        <Button type="primary" onClick={run} loading={busy} disabled={!organId || !agencyId}>
          {t('check.run')}
        </Button>
      </Form>
      <ProblemAlert error={error} style={{ marginTop: 12 }} />
      {verdict && (
        <Alert
          data-testid="supervision-verdict"
          style={{ marginTop: 12 }}
          type={verdict.allowed ? 'success' : 'warning'}
          showIcon
          title={verdict.allowed ? t('check.allowed') : t('check.denied')}
          description={
            <>
              <div>{pick(verdict.reason, verdict.reasonEn)}</div>
              <Typography.Text type="secondary">
                {t('common.article')}
                {colon}
                {articleLabel(verdict.article, lang)}
                {verdict.articleText ? ` — ${verdict.articleText}` : ''}
              </Typography.Text>
            </>
          }
        />
      )}
    </Card>
  );
}
