// One matter: the grounds with the article's text, the ladder with the measures allowed now
// (a refused one says which article refuses it), the measures drafted and approved, what found
// the matter, and the actions this user may take — all as the server answers them.
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Input,
  List,
  Modal,
  Space,
  Spin,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { articleLabel } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { STATE_COLOR } from './AccountabilityPage';
import { MeasureForm } from './MeasureForm';
import { type MatterView, type MeasureView, type Rung, SOURCE_LABELS, TRIGGER } from './types';

type Ask =
  | { kind: 'confirm' | 'dismiss' | 'close' }
  | { kind: 'return'; measure: MeasureView }
  | { kind: 'correction' };

const ASK_TITLES = {
  confirm: ['确认立项', 'Confirm the proposal'],
  dismiss: ['不予追究', 'Dismiss'],
  close: ['办结', 'Close'],
  return: ['退回拟办措施', 'Return the draft'],
  correction: ['登记改正情况', 'Record the correction'],
} as const;

export default function MatterPage() {
  const { id } = useParams();
  const { pick, lang, paren, colon } = useI18n();
  // the Chinese citation the server sends, or the article's number in English
  const cited = (article: string, citation: string) =>
    lang === 'en' ? articleLabel(article, lang) : citation;
  const { message } = App.useApp();
  const m = useLoad(() => api.get<MatterView>(`/accountability/${id}`), [id]);
  const [drafting, setDrafting] = useState<Rung | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [text, setText] = useState('');
  const [day, setDay] = useState(dayjs());
  const [error, setError] = useState<unknown>(null);
  if (m.loading && !m.data) return <Spin />;
  if (!m.data) return <ProblemAlert error={m.error} />;
  const matter = m.data;
  const done = () => {
    message.success(pick('已办理', 'Done'));
    setAsk(null);
    setDrafting(null);
    setText('');
    setError(null);
    m.reload();
  };
  const send = async (path: string, body: object) => {
    setError(null);
    try {
      await api.post(`/accountability/${matter.id}/${path}`, { version: matter.version, ...body });
      done();
    } catch (e) {
      setError(e);
    }
  };
  const submitAsk = () => {
    if (!ask) return;
    if (ask.kind === 'return') return send(`measures/${ask.measure.id}/return`, { reason: text });
    if (ask.kind === 'correction') return send('correction', { reportedOn: day.format('YYYY-MM-DD') });
    return send(ask.kind, { reason: text });
  };
  const label = (code: string) => {
    const r = matter.ladder.find((x) => x.code === code);
    return r ? pick(r.zh, r.en) : code;
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            <Link to="/accountability">{pick('责任追究', 'Accountability')}</Link>/
            <PageTitle>{matter.subjectName}</PageTitle>
            <Tag color={STATE_COLOR[matter.state]}>{pick(matter.stateLabel.zh, matter.stateLabel.en)}</Tag>
          </Space>
        }
        extra={
          <Space>
            {matter.actions.confirm && (
              <Button type="primary" onClick={() => setAsk({ kind: 'confirm' })}>
                {pick('确认立项', 'Confirm')}
              </Button>
            )}
            {matter.actions.dismiss && (
              <Button onClick={() => setAsk({ kind: 'dismiss' })}>{pick('不予追究', 'Dismiss')}</Button>
            )}
            {matter.actions.recordCorrection && (
              <Button onClick={() => setAsk({ kind: 'correction' })}>
                {pick('登记改正情况', 'Record correction')}
              </Button>
            )}
            {matter.actions.close && (
              <Button onClick={() => setAsk({ kind: 'close' })}>{pick('办结', 'Close')}</Button>
            )}
          </Space>
        }
      >
        {matter.origin === 'automatic' && matter.state === 'proposed' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={pick(
              '系统自动提示：须由监督人员核实后确认立项或写明理由不予追究。',
              'Proposed by the system: a person confirms it or dismisses it with a reason.',
            )}
          />
        )}
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={pick('追责对象', 'Subject')}>
            {matter.subjectName}
            {paren(
              `${pick(matter.subjectLabel.zh, matter.subjectLabel.en)}${
                matter.subjectKind !== 'agency' ? ` · ${matter.subjectOrganisation}` : ''
              }`,
            )}
          </Descriptions.Item>
          <Descriptions.Item label={pick('办理机关', 'Organ')}>{matter.organName}</Descriptions.Item>
          <Descriptions.Item label={pick('事实', 'Facts')} span={2}>
            {matter.facts}
          </Descriptions.Item>
          <Descriptions.Item label={pick('提起', 'Opened by')}>
            {matter.origin === 'automatic' ? pick('系统自动提示', 'automatic proposal') : matter.createdBy}
          </Descriptions.Item>
          <Descriptions.Item label={pick('改正报告日期', 'Correction reported')}>
            {matter.correctionReportedOn ?? '—'}
          </Descriptions.Item>
          {matter.decisionReason && (
            <Descriptions.Item label={pick('理由', 'Reason')} span={2}>
              {matter.decisionReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card title={pick('追责情形', 'Grounds')} size="small">
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line' }}>
          {matter.articleText.split('\n')[0]}
        </Typography.Paragraph>
        <List
          size="small"
          dataSource={matter.groundsDetail}
          renderItem={(g) => (
            <List.Item>
              <Typography.Text strong>{cited(g.id, g.citation)}</Typography.Text>　{g.text}
            </List.Item>
          )}
        />
      </Card>

      <Card title={pick('处理措施（由轻到重）', 'Measures, mildest first')} size="small">
        <List
          size="small"
          dataSource={matter.ladder}
          renderItem={(r) => (
            <List.Item
              actions={[
                r.taken ? (
                  <Tag color="green" key="t">
                    {pick('已给予', 'Given')}
                  </Tag>
                ) : (
                  <Tooltip
                    key="d"
                    title={
                      r.refusal
                        ? `${pick(r.refusal.zh, r.refusal.en)}${paren(cited(r.refusal.article, r.refusal.citation))}`
                        : ''
                    }
                  >
                    <Button
                      size="small"
                      disabled={!r.allowed || !matter.actions.draft}
                      onClick={() => setDrafting(r)}
                    >
                      {pick('拟办', 'Draft')}
                    </Button>
                  </Tooltip>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space>
                    <span>{pick(r.zh, r.en)}</span>
                    <Tag>{pick(TRIGGER[r.trigger].zh, TRIGGER[r.trigger].en)}</Tag>
                    <Typography.Text type="secondary">{cited(r.article, r.citation)}</Typography.Text>
                  </Space>
                }
                description={
                  !r.taken && r.refusal
                    ? `${pick('不可', 'Not now')}${colon}${pick(r.refusal.zh, r.refusal.en)}${paren(cited(r.refusal.article, r.refusal.citation))}`
                    : null
                }
              />
            </List.Item>
          )}
        />
      </Card>

      <Card title={pick('已拟办和已决定的措施', 'Measures drafted and decided')} size="small">
        <Table<MeasureView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={matter.measures}
          columns={[
            {
              title: pick('措施', 'Measure'),
              render: (_, x) => `${label(x.kind)}${paren(cited(x.article, x.citation))}`,
            },
            {
              title: pick('状态', 'Status'),
              render: (_, x) =>
                ({
                  drafted: <Tag color="gold">{pick('待审批', 'Awaiting approval')}</Tag>,
                  approved: (
                    <Tag color="green">{pick(`已批准 ${x.effectiveOn}`, `Approved ${x.effectiveOn}`)}</Tag>
                  ),
                  returned: <Tag>{pick('已退回', 'Returned')}</Tag>,
                })[x.status],
            },
            { title: pick('期限', 'Deadline'), render: (_, x) => x.deadline ?? '—' },
            {
              title: pick('理由', 'Reasons'),
              render: (_, x) =>
                [x.reasons ?? x.returnReason, x.documentRef].filter(Boolean).join(' · ') || '—',
            },
            {
              title: pick('拟办 / 审批', 'Drafted / decided'),
              render: (_, x) => `${x.draftedBy} / ${x.decidedBy ?? '—'}`,
            },
            {
              title: pick('操作', 'Actions'),
              render: (_, x) => (
                <Space size={4}>
                  {x.actions.approve && (
                    <Button size="small" type="primary" onClick={() => send(`measures/${x.id}/approve`, {})}>
                      {pick('批准', 'Approve')}
                    </Button>
                  )}
                  {x.actions.return && (
                    <Button size="small" onClick={() => setAsk({ kind: 'return', measure: x })}>
                      {pick('退回', 'Return')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      {matter.sources.length > 0 && (
        <Card title={pick('发现来源', 'Found by')} size="small">
          <List
            size="small"
            dataSource={matter.sources}
            renderItem={(s) => (
              <List.Item>
                <Tag>{pick(SOURCE_LABELS[s.kind].zh, SOURCE_LABELS[s.kind].en)}</Tag>
                {s.kind === 'case' ? (
                  <Link to={`/cases/${s.id}`}>{s.note ?? s.id}</Link>
                ) : s.kind === 'warning' ? (
                  <Link to="/acts">{s.note ?? s.id}</Link>
                ) : (
                  (s.note ?? s.id)
                )}
              </List.Item>
            )}
          />
        </Card>
      )}
      <ProblemAlert error={ask || drafting ? null : error} />

      {drafting && (
        <MeasureForm matter={matter} rung={drafting} onClose={() => setDrafting(null)} onDone={done} />
      )}
      {ask && (
        <Modal
          open
          title={pick(ASK_TITLES[ask.kind][0], ASK_TITLES[ask.kind][1])}
          onCancel={() => setAsk(null)}
          onOk={submitAsk}
          okText={pick('确定', 'OK')}
          cancelText={pick('取消', 'Cancel')}
        >
          <ProblemAlert error={error} style={{ marginBottom: 8 }} />
          {ask.kind === 'correction' ? (
            <DatePicker value={day} onChange={(d) => d && setDay(d)} style={{ width: '100%' }} />
          ) : (
            <Input.TextArea
              rows={3}
              maxLength={1000}
              placeholder={pick('理由（必填）', 'Reason (required)')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Modal>
      )}
    </Space>
  );
}
