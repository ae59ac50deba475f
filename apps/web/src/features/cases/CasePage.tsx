// A case: what it is about, where it stands, its deadlines (with how each was computed), its
// timeline, and the buttons for the steps this user may take now (from the server).
import type { CaseViewAnswer, SupervisedActView } from '@jiandu/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  List,
  Row,
  Space,
  Spin,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { PrintButton, PrintHeader } from '../../components/Print';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { articleLabel } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { ActionDialog, type AllowedAction } from './ActionDialog';
import { Attachments } from './Attachments';
import { CaseLaw } from './CaseLaw';
import { Documents } from './Documents';

const ENDED = ['closed', 'archived', 'not_filed', 'transferred'];

/** the act as the notice names it: 2026-10-09 对某公司实施安全生产监督检查（泽应急检〔2026〕57号）；适用… */
const actLine = (a: SupervisedActView, en: boolean) =>
  en
    ? [
        a.madeOn,
        `party: ${a.party}`,
        a.name,
        a.number,
        a.provisionApplied && `applied: ${a.provisionApplied}`,
        a.provisionCorrect && `should apply: ${a.provisionCorrect}`,
      ]
        .filter(Boolean)
        .join(' · ')
    : `${a.madeOn} 对${a.party}${a.name}${a.number ? `（${a.number}）` : ''}${
        a.provisionApplied ? `；适用${a.provisionApplied}` : ''
      }${a.provisionCorrect ? `；应当适用${a.provisionCorrect}` : ''}`;

import { PageTitle } from '../../components/PageTitle';
import { KINDS, MEASURES, STATE } from './labels';

/** 第七条: a measure as taken — the day, the place, who was questioned or present */
type MeasureTaken = NonNullable<CaseViewAnswer['timeline'][number]['measure']>;

/** 询问并制作询问笔录 · 2024-09-04 · 地点：某局会议室 · 被询问人：刘某（执法人员） */
function MeasureLine({ m }: { m: MeasureTaken }) {
  const { pick, colon, paren } = useI18n();
  const kind = m.kind ? MEASURES[m.kind] : undefined;
  const persons = m.persons.map((p) => `${p.name}${p.role ? paren(p.role) : ''}`).join(pick('、', ', '));
  return (
    <div data-testid="measure-taken" style={{ color: '#444' }}>
      {[
        kind ? pick(kind[0], kind[1]) : null,
        `${pick('采取日期', 'Taken on')}${colon}${m.on}`,
        m.place ? `${pick('地点', 'Place')}${colon}${m.place}` : null,
        persons
          ? `${m.kind === 'inquiry' ? pick('被询问人', 'Questioned') : pick('在场人员', 'Present')}${colon}${persons}`
          : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </div>
  );
}

export default function CasePage() {
  const { id = '' } = useParams();
  const { pick, lang, colon } = useI18n();
  const { can, me } = useAuth();
  const c = useLoad(() => api.get<CaseViewAnswer>(`/cases/${id}`), [id]);
  const [acting, setActing] = useState<AllowedAction | null>(null);
  if (c.error) return <ProblemAlert error={c.error} />;
  if (!c.data) return <Spin />;
  const v = c.data;
  const st = STATE[v.state] ?? [v.state, v.state, 'default'];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <PrintHeader title={`${v.caseNumber} ${v.title}`} />
      <Space className="no-print" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Link to="/cases">← {pick('监督案件', 'Cases')}</Link>
        <PrintButton />
      </Space>
      <Card
        title={
          <Space>
            <PageTitle testId="case-title">{v.title}</PageTitle>
            <Tag color={st[2]} data-testid="case-state">
              {pick(st[0], st[1])}
            </Tag>
          </Space>
        }
      >
        <CaseLaw law={v.law} />
        {!v.pack.inForce && v.pack.basis && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="pack-basis"
            title={pick(
              `《${v.pack.title}》已于${v.pack.lapsedOn}失效；本案依据“${v.pack.basis.reference}”继续适用（${v.pack.basis.validFrom}起${v.pack.basis.validUntil ? `至${v.pack.basis.validUntil}` : ''}，第十九条）`,
              `The pack lapsed on ${v.pack.lapsedOn}; this case applies it further on the basis of “${v.pack.basis.reference}” (from ${v.pack.basis.validFrom}${v.pack.basis.validUntil ? ` until ${v.pack.basis.validUntil}` : ''}, art. 19)`,
            )}
          />
        )}
        {v.pack.blocked && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="pack-blocked"
            title={pick(v.pack.blocked.reason, v.pack.blocked.reasonEn)}
          />
        )}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
          <Descriptions.Item label={pick('案号', 'Case no.')}>
            <span data-testid="case-number">{v.caseNumber}</span>
          </Descriptions.Item>
          <Descriptions.Item label={pick('承办机关', 'Organ')}>{v.organ.name}</Descriptions.Item>
          <Descriptions.Item label={pick('被监督机关', 'Agency')}>{v.agency.name}</Descriptions.Item>
          <Descriptions.Item label={pick('登记日期', 'Registered')}>{v.registeredOn}</Descriptions.Item>
          <Descriptions.Item label={pick('立案日期', 'Filed')}>{v.filedOn ?? '—'}</Descriptions.Item>
          {v.petition && (
            <>
              <Descriptions.Item label={pick('来件', 'Petition')}>
                {pick(KINDS[v.petition.kind][0], KINDS[v.petition.kind][1])}
                {v.petition.anonymous ? pick('（匿名）', ' (anonymous)') : ''}
              </Descriptions.Item>
              <Descriptions.Item label={pick('来件人', 'Petitioner')}>
                {v.petition.petitionerName ?? pick('（不公开）', '(not shown)')}{' '}
                {v.petition.petitionerPhone ?? ''}
                {v.petition.identity === 'masked' && (
                  <Tooltip
                    title={pick(
                      '来件人身份仅对承办机关的监督人员和负责人完整显示',
                      'Shown in full only to the supervisors and head of the organ handling the case',
                    )}
                  >
                    <Tag style={{ marginLeft: 8 }}>{pick('已脱敏', 'masked')}</Tag>
                  </Tooltip>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={pick('反映内容', 'Summary')} span="filled">
                {v.petition.summary}
              </Descriptions.Item>
            </>
          )}
          {v.facts.act && (
            <Descriptions.Item label={pick('被监督的行政执法行为', 'Act supervised')} span="filled">
              <span data-testid="case-act">{actLine(v.facts.act, lang === 'en')}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space wrap style={{ marginTop: 16 }} data-testid="case-actions">
          {v.allowedActions.length === 0 && (
            <Typography.Text type="secondary" data-testid="case-waiting">
              {v.waiting.length
                ? v.waiting.map((w) => pick(w.zh, w.en)).join(pick('；', '; '))
                : pick('当前无人可办理的步骤', 'No step can be taken now')}
            </Typography.Text>
          )}
          {v.allowedActions.map((a) => (
            <Button key={a.type} type="primary" ghost onClick={() => setActing(a)}>
              {pick(a.label.zh, a.label.en)}
            </Button>
          ))}
        </Space>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={pick('期限', 'Deadlines')}>
            {v.deadlines.length === 0 ? (
              <Empty description={pick('暂无期限', 'No deadlines yet')} />
            ) : (
              <List
                dataSource={v.deadlines}
                renderItem={(d) => (
                  <List.Item>
                    <List.Item.Meta
                      title={
                        <Space>
                          {pick(d.label, d.labelEn)}
                          <b>{d.due}</b>
                          {d.overdue && <Tag color="red">{pick('已逾期', 'Overdue')}</Tag>}
                          {d.provisional && <Tag color="orange">{pick('暂定', 'Provisional')}</Tag>}
                          {!d.open && <Tag>{pick('已结束', 'Closed')}</Tag>}
                        </Space>
                      }
                      description={d.basis ? (lang === 'en' ? d.basis.en : d.basis.zh) : null}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={pick('办理经过', 'Timeline')}>
            <Timeline
              data-testid="case-timeline"
              items={v.timeline.map((s) => ({
                children: (
                  <div>
                    <b>{pick(s.label.zh, s.label.en)}</b> · {s.onDay} · {s.actorName}
                    <div style={{ color: '#666' }}>
                      {pick('依据', 'Under')} {lang === 'en' ? articleLabel(s.article, lang) : s.articleText}
                      {s.documents.length
                        ? ` · ${pick('文书', 'Documents')}${colon}${s.documents.map((d) => pick(d.name, d.nameEn)).join(pick('、', ', '))}`
                        : ''}
                    </div>
                    {s.measure && <MeasureLine m={s.measure} />}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      <Documents
        caseId={v.id}
        version={v.version}
        canExport={me?.user.role !== 'agency_liaison' && ENDED.includes(v.state)}
        onChange={c.reload}
      />
      <Attachments caseId={v.id} canAdd={can('case.act') && me?.organisation.id === v.organ.id} />
      {acting && (
        <ActionDialog
          caseId={v.id}
          version={v.version}
          action={acting}
          facts={v.facts}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            c.reload();
          }}
        />
      )}
    </Space>
  );
}
