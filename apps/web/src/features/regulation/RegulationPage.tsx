// The regulation as the system holds it: each rule pack (the Jincheng measures, the national
// regulation) with its rank, validity, sources and completeness, every article with its paragraphs
// and items and what the system does with it. A lapsed pack says so; an admin records the basis
// for applying it further.
import type { RegionList, RulePacks } from '@jiandu/contracts';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Modal,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/AuthContext';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { ArticleList } from './ArticleList';
import { PackFacts } from './PackFacts';
import type { Pack } from './types';

const KIND = {
  extension: ['延期', 'Extension'],
  successor: ['替代规定', 'Successor'],
  interim: ['过渡决定', 'Interim decision'],
} as const;

export default function RegulationPage() {
  const { pick, paren } = useI18n();
  const choice = useChoiceRule();
  const { can } = useAuth();
  const list = useLoad(() => api.get<RulePacks>('/regulation'), []);
  const [packId, setPackId] = useState<string | null>(null);
  const shown = packId ?? list.data?.default ?? null;
  const pack = useLoad(() => api.get<Pack>(`/regulation/${shown}`), [shown], shown !== null);
  const regions = useLoad(
    () => (can('organisation.write') ? api.get<RegionList>('/regions') : Promise.resolve({ items: [] })),
    [],
  );
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm();
  if (list.error || pack.error) return <ProblemAlert error={list.error ?? pack.error} />;
  if (!list.data || !pack.data) return <Spin />;
  const p = pack.data;
  const procedural = list.data.items.find((x) => x.procedural);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Tabs
        activeKey={shown ?? undefined}
        onChange={setPackId}
        items={[...list.data.items]
          .sort((a, b) => a.rank.order - b.rank.order)
          .map((x) => ({
            key: x.id,
            label: `${pick(x.title, x.titleEn)}${paren(`${pick(x.rank.zh, x.rank.en)}${x.status.inForce ? '' : pick('，已失效', ', lapsed')}`)}`,
          }))}
      />
      <Card>
        <PageTitle>{pick(p.title, p.titleEn)}</PageTitle>
        <Typography.Paragraph type="secondary">
          {p.issuedBy} · {p.documentNumber} · {pick('施行', 'In force from')} {p.effectiveFrom}
          {p.effectiveUntil ? ` — ${p.effectiveUntil}` : ''}
        </Typography.Paragraph>
        {p.status.inForce || p.status.startsOn ? (
          <Alert
            type={p.status.inForce ? 'success' : 'info'}
            showIcon
            title={
              p.status.inForce
                ? pick('现行有效', 'In force')
                : pick(`自${p.status.startsOn}起施行`, `In force from ${p.status.startsOn}`)
            }
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={pick(
              `已于${p.status.lapsedOn}失效（第十九条：有效期二年）`,
              `Lapsed on ${p.status.lapsedOn} (art. 19: valid two years)`,
            )}
            description={
              <div>
                {p.lapseNote && <div>{pick(p.lapseNote.zh, p.lapseNote.en)}</div>}
                {p.bases.length > 0 ? (
                  <List
                    size="small"
                    dataSource={p.bases}
                    renderItem={(b) => (
                      <List.Item>
                        <Tag>
                          {pick(KIND[b.kind as keyof typeof KIND][0], KIND[b.kind as keyof typeof KIND][1])}
                        </Tag>
                        {b.reference} · {pick('适用于', 'for')} {b.regionNames.join('、')} · {b.validFrom} —{' '}
                        {b.validUntil ?? pick('长期', 'until revoked')} · {b.recordedBy}
                      </List.Item>
                    )}
                  />
                ) : (
                  <div>
                    {pick('尚未记录继续适用的依据。', 'No basis for applying it further has been recorded.')}
                  </div>
                )}
                {can('organisation.write') && (
                  <Button style={{ marginTop: 8 }} onClick={() => setRecording(true)}>
                    {pick('记录继续适用的依据', 'Record a basis')}
                  </Button>
                )}
              </div>
            }
          />
        )}
        <div style={{ marginTop: 12 }}>
          <PackFacts pack={p} procedural={procedural} />
        </div>
      </Card>
      <Card>
        <ArticleList pack={p} />
      </Card>
      {recording && (
        <Modal
          open
          title={pick('记录继续适用的依据', 'Record a basis')}
          onCancel={() => setRecording(false)}
          onOk={async () => {
            const values = await form.validateFields();
            try {
              await api.post(`/regulation/${p.id}/bases`, {
                ...values,
                validFrom: values.validFrom?.format('YYYY-MM-DD'),
                validUntil: values.validUntil ? values.validUntil.format('YYYY-MM-DD') : null,
              });
              setRecording(false);
              pack.reload();
            } catch (e) {
              setError(e);
            }
          }}
        >
          <ProblemAlert error={error} style={{ marginBottom: 12 }} />
          <Form form={form} layout="vertical" initialValues={{ kind: 'extension' }}>
            <Form.Item name="kind" label={pick('依据种类', 'Kind')}>
              <Select
                options={Object.entries(KIND).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
              />
            </Form.Item>
            <Form.Item
              name="reference"
              label={pick('文件名称及文号', 'Document and number')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name="regionCodes"
              label={pick(
                '适用区域（含下级区域；须在本人管辖范围内）',
                'Regions (with those below; within your jurisdiction)',
              )}
              rules={[choice('适用区域', 'the regions')]}
            >
              <Select
                mode="multiple"
                options={(regions.data?.items ?? [])
                  .filter((r) => r.inSystem)
                  .map((r) => ({ value: r.code, label: pick(r.name, r.nameEn) }))}
              />
            </Form.Item>
            <Space>
              <Form.Item name="validFrom" label={pick('有效期自', 'Valid from')} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item name="validUntil" label={pick('有效期至（可空）', 'Valid until (optional)')}>
                <DatePicker />
              </Form.Item>
            </Space>
            <Form.Item name="note" label={pick('说明', 'Note')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Space>
  );
}
