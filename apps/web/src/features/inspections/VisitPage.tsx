// One on-site visit (第八条（二）): who went, the checklist with its results, the findings — a
// problem found opens a case in one click (立案) — the photos, the follow-ups, the conclusion.
// Buttons show only the actions the server says this user may take now.
import { CHECKLIST_RESULT_LABELS, type FindingCaseOpened } from '@jiandu/contracts';
import { App, Button, Card, Descriptions, List, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { problemLine } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { VISIT_STATE_COLORS, type Visit } from './types';
import { type StepKind, VisitStep } from './VisitActions';

export default function VisitPage() {
  const { id = '' } = useParams();
  const { pick, lang, colon, sep } = useI18n();
  const { message } = App.useApp();
  const load = useLoad(() => api.get<Visit>(`/inspections/${id}`), [id]);
  const [visit, setVisit] = useState<Visit | null>(null);
  const [step, setStep] = useState<StepKind | null>(null);
  const v = visit?.id === id ? visit : load.data;
  if (!v) return <ProblemAlert error={load.error} />;
  const can = (a: string) => v.actions.includes(a);
  const run = async (fn: () => Promise<Visit>) => {
    try {
      setVisit(await fn());
    } catch (e) {
      message.error(problemLine(e, lang));
    }
  };
  const setResult = (itemId: string, result: string) =>
    run(() =>
      api.post<Visit>(`/inspections/${v.id}/actions`, {
        version: v.version,
        action: { type: 'record_checklist', items: [{ id: itemId, result }] },
      }),
    );
  const openCase = (findingId: string) =>
    run(async () => {
      const r = await api.post<FindingCaseOpened>(`/inspections/${v.id}/findings/${findingId}/case`, {
        version: v.version,
      });
      message.success(pick('已立案监督', 'Case opened'));
      return r.inspection;
    });
  const completeFollowUp = (followUpId: string) =>
    run(() =>
      api.post<Visit>(`/inspections/${v.id}/actions`, {
        version: v.version,
        action: { type: 'complete_follow_up', followUpId, note: pick('已整改', 'Handled') },
      }),
    );
  const photoUpload = async (file: File) => {
    try {
      await api.upload(`/inspections/${v.id}/photos`, file);
      setVisit(await api.get<Visit>(`/inspections/${v.id}`));
    } catch (e) {
      message.error(problemLine(e, lang));
    }
  };
  const open = ['under_way', 'findings_recorded', 'follow_up'].includes(v.state);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{`${pick('现场监督', 'On-site visit')}${colon}${v.subject}`}</PageTitle>}
        extra={
          <Space wrap>
            {can('start') && (
              <Button type="primary" onClick={() => setStep('start')}>
                {pick('开始', 'Start')}
              </Button>
            )}
            {can('record_findings') && (
              <Button onClick={() => setStep('record_findings')}>
                {pick('记录发现', 'Record a finding')}
              </Button>
            )}
            {can('add_follow_up') && (
              <Button onClick={() => setStep('add_follow_up')}>{pick('督促整改', 'Follow-up')}</Button>
            )}
            {can('close') && <Button onClick={() => setStep('close')}>{pick('结束', 'Close')}</Button>}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={pick('状态', 'State')}>
            <Tag color={VISIT_STATE_COLORS[v.state]}>{pick(v.stateLabel.zh, v.stateLabel.en)}</Tag>
            {v.unannounced && <Tag color="purple">{pick('不打招呼', 'Unannounced')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={pick('被检查机关', 'Agency')}>{v.agencyName}</Descriptions.Item>
          <Descriptions.Item label={pick('监督机关', 'Organ')}>{v.organName}</Descriptions.Item>
          <Descriptions.Item label={pick('专项监督', 'Campaign')}>
            {v.campaignId ? (
              <Link to={`/campaigns/${v.campaignId}`}>{v.campaignTheme}</Link>
            ) : (
              pick('日常监督', 'Routine')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={pick('计划日期', 'Planned')}>{v.plannedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={pick('开始 / 结束', 'Started / closed')}>
            {v.startedOn ?? '—'} / {v.closedOn ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={pick('参加的监督人员（第七条）', 'Supervisors present (art. 7)')}>
            {v.supervisors.map((s) => s.name).join(sep) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={pick('监督结论', 'Conclusion')}>{v.conclusion ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={pick('检查清单', 'Checklist')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={v.checklist}
          columns={[
            { title: pick('检查事项', 'Item'), dataIndex: 'item' },
            {
              title: pick('结果', 'Result'),
              width: 180,
              render: (_, c) =>
                can('record_checklist') ? (
                  <Select
                    size="small"
                    style={{ width: 150 }}
                    value={c.result}
                    onChange={(r) => setResult(c.id, r)}
                    options={Object.entries(CHECKLIST_RESULT_LABELS).map(([k, l]) => ({
                      value: k,
                      label: pick(l.zh, l.en),
                    }))}
                  />
                ) : (
                  pick(CHECKLIST_RESULT_LABELS[c.result].zh, CHECKLIST_RESULT_LABELS[c.result].en)
                ),
            },
            { title: pick('说明', 'Note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      <Card size="small" title={pick('监督发现', 'Findings')}>
        <List
          dataSource={v.findings}
          locale={{ emptyText: pick('尚未记录', 'None yet') }}
          renderItem={(f) => (
            <List.Item
              actions={[
                f.caseId ? (
                  <Link key="c" to={`/cases/${f.caseId}`}>
                    {pick('查看案件', 'The case')}
                  </Link>
                ) : f.problem && can('open_case') ? (
                  <Button key="c" size="small" type="primary" onClick={() => openCase(f.id)}>
                    {pick('立案', 'Open a case')}
                  </Button>
                ) : null,
              ]}
            >
              {f.problem ? (
                <Tag color="red">{pick('问题', 'Problem')}</Tag>
              ) : (
                <Tag color="green">{pick('无问题', 'In order')}</Tag>
              )}
              {f.text}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={pick('督促整改', 'Follow-ups')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={v.followUps}
          columns={[
            { title: pick('整改事项', 'Task'), dataIndex: 'task' },
            {
              title: pick('期限', 'Due'),
              render: (_, u) => (u.overdue ? <Tag color="red">{u.due}</Tag> : u.due),
            },
            {
              title: pick('办结', 'Done'),
              render: (_, u) =>
                u.doneOn ??
                (can('complete_follow_up') ? (
                  <Button size="small" onClick={() => completeFollowUp(u.id)}>
                    {pick('办结', 'Mark done')}
                  </Button>
                ) : (
                  '—'
                )),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={pick('现场照片（第七条（四））', 'Photos (art. 7(4))')}
        extra={
          open &&
          v.actions.length > 0 && (
            <Upload
              accept="image/jpeg,image/png"
              showUploadList={false}
              beforeUpload={(f) => {
                void photoUpload(f);
                return false;
              }}
            >
              <Button>{pick('上传照片', 'Add a photo')}</Button>
            </Upload>
          )
        }
      >
        <Space wrap>
          {v.photos.map((p) => (
            <Typography.Link key={p.id} href={`/api/v1/inspections/${v.id}/photos/${p.id}`}>
              {p.fileName}
            </Typography.Link>
          ))}
          {!v.photos.length && <Typography.Text type="secondary">{pick('无', 'None')}</Typography.Text>}
        </Space>
      </Card>
      {step && (
        <VisitStep
          visit={v}
          kind={step}
          onClose={() => setStep(null)}
          onDone={(n) => {
            setStep(null);
            setVisit(n);
          }}
        />
      )}
    </Space>
  );
}
