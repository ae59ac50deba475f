// Scoring one drawn file: the act on the left, the rubric on the right. A reviewer's Enter
// submits and opens his next unscored file; the lead sees both sheets and settles a file whose
// two scores lie too far apart (合议).
import type { MySheets } from '@jiandu/contracts';
import { App, Button, Card, Col, Descriptions, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { DeductionInputs, scoreOf } from './DeductionInputs';
import { FileState } from './labels';
import type { FileDetail } from './types';

export default function ScoreFile() {
  const { id = '' } = useParams();
  const { pick, sep } = useI18n();
  const { message } = App.useApp();
  const { me } = useAuth();
  const navigate = useNavigate();
  const f = useLoad(() => api.get<FileDetail>(`/evaluation-files/${id}`), [id]);
  const [value, setValue] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  // the file whose sheet `value` holds: until it is this one, the inputs stay hidden, so a quick
  // Enter can never submit the previous file's deductions for the next
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  // going on to the next file keeps this page: never show (or submit) the previous file's sheet
  const d = f.data?.file.id === id ? f.data : undefined;
  useEffect(() => {
    if (!d) return;
    // my sheet as submitted, else what the warnings already show
    const mine = d.mine ? d.file.sheets.find((s) => s.reviewerId === me?.user.id) : null;
    setValue(mine?.deductions ?? { ...d.file.prescore.deductions });
    setNotes(mine?.notes ?? '');
    setError(null);
    setLoadedFor(d.file.id);
  }, [d, me]);
  if (!d || loadedFor !== d.file.id)
    return (
      <Card loading={f.loading || Boolean(d)}>
        <ProblemAlert error={f.error} />
      </Card>
    );
  const scoring = d.campaign.state === 'scoring';
  const submit = async () => {
    setError(null);
    try {
      await api.put(`/evaluation-files/${id}/sheet`, { deductions: value, ...(notes ? { notes } : {}) });
      message.success(pick('评分已提交', 'Sheet submitted'));
      const mine = await api.get<MySheets>('/evaluation-sheets/mine');
      const next = mine.find((s) => s.campaignId === d.campaign.id && !s.submittedAt && s.fileId !== id);
      navigate(next ? `/evaluations/files/${next.fileId}` : `/evaluations/${d.campaign.id}`);
    } catch (e) {
      setError(e);
    }
  };
  const settle = async () => {
    setError(null);
    try {
      await api.post(`/evaluation-files/${id}/settle`, { deductions: value, reason });
      message.success(pick('已合议定分', 'Settled'));
      f.reload();
    } catch (e) {
      setError(e);
    }
  };
  const settling = d.may.settle && d.file.state === 'disputed';
  const canScore = scoring && d.mine !== null && !d.file.settledReason;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text>
        <Link to={`/evaluations/${d.campaign.id}`}>{d.campaign.title}</Link> ·{' '}
        <FileState f={d.file} perFile={d.campaign.reviewersPerFile} />
      </Typography.Text>
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card title={<PageTitle>{d.act.caseNumber}</PageTitle>} size="small">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={pick('执法机关', 'Agency')}>{d.act.agencyName}</Descriptions.Item>
              <Descriptions.Item label={pick('类别', 'Kind')}>
                {pick(d.act.kindLabel.zh, d.act.kindLabel.en)}
              </Descriptions.Item>
              <Descriptions.Item label={pick('决定日期', 'Decided')}>{d.act.decisionDate}</Descriptions.Item>
              <Descriptions.Item label={pick('执法人员', 'Officers')}>
                {d.act.officers.join(sep)}
              </Descriptions.Item>
              <Descriptions.Item label={pick('事实', 'Facts')}>{d.act.facts}</Descriptions.Item>
              <Descriptions.Item label={pick('法律依据', 'Legal basis')}>
                {d.act.legalBasis.length ? (
                  d.act.legalBasis.join('；')
                ) : (
                  <Tag color="red">{pick('未引用', 'None')}</Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={pick('印章', 'Seal')}>
                {d.act.sealPresent ? (
                  pick('已加盖', 'Present')
                ) : (
                  <Tag color="red">{pick('未加盖', 'Missing')}</Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={pick('裁量基准', 'Discretion')}>
                {d.act.discretionLevel ?? <Tag color="orange">{pick('未适用', 'None applied')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={pick('全过程记录', 'Full record')}>
                {d.act.fullRecord ? pick('有', 'Yes') : <Tag color="orange">{pick('无', 'No')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={pick('结果', 'Outcome')}>{d.act.outcome}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card
            size="small"
            title={
              <Space>
                {settling ? pick('合议定分', 'Settle the score') : pick('评分', 'Score sheet')}
                <Tag color="blue">
                  {pick('得分', 'Score')} {scoreOf(d.rubric, value)}
                </Tag>
              </Space>
            }
            extra={
              <Typography.Text type="secondary">
                {pick('↑↓ 切换项目 · 回车提交', '↑↓ move · Enter submits')}
              </Typography.Text>
            }
          >
            <DeductionInputs
              rubric={d.rubric}
              value={value}
              onChange={setValue}
              onSubmit={settling ? () => undefined : canScore ? submit : () => undefined}
              prescore={d.file.prescore.reasons}
              beside={
                settling || !d.mine
                  ? d.file.sheets.map((s) => ({ name: s.reviewerName, deductions: s.deductions }))
                  : []
              }
            />
            <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
              {canScore && (
                <>
                  <Input.TextArea
                    rows={2}
                    placeholder={pick('评查意见（可选）', 'Notes (optional)')}
                    value={notes}
                    onChange={(e) => setNotes(e.target.value)}
                  />
                  <Button type="primary" onClick={submit}>
                    {pick('提交评分并打开下一份', 'Submit and open the next')}
                  </Button>
                </>
              )}
              {settling && (
                <>
                  <Input.TextArea
                    rows={2}
                    placeholder={pick('合议理由', 'Why this score')}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                  <Button type="primary" onClick={settle}>
                    {pick('确定合议结果', 'Settle')}
                  </Button>
                </>
              )}
              {d.file.settledReason && (
                <Typography.Text type="secondary">
                  {pick('合议理由：', 'Settled: ')}
                  {d.file.settledReason}
                </Typography.Text>
              )}
              <ProblemAlert error={error} />
            </Space>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
