// One evaluation campaign: its set-up, the recorded draw (and a check that redoes it), the
// drawn files with their state, the results by agency and problem, and the results notice.
import type { DrawVerified, FileCaseOpened } from '@jiandu/contracts';
import {
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Input,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { FileState } from './labels';
import type { CampaignDetail, FileResult } from './types';

export default function EvaluationPage() {
  const { id = '' } = useParams();
  const { pick, lang, paren, sep } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const c = useLoad(() => api.get<CampaignDetail>(`/evaluations/${id}`), [id]);
  const [error, setError] = useState<unknown>(null);
  const [seed, setSeed] = useState('');
  const [check, setCheck] = useState<DrawVerified | null>(null);
  const run = async (fn: () => Promise<unknown>, done?: string) => {
    setError(null);
    try {
      await fn();
      if (done) message.success(done);
      c.reload();
    } catch (e) {
      setError(e);
    }
  };
  const d = c.data;
  if (!d)
    return (
      <Card loading={c.loading}>
        <ProblemAlert error={c.error} />
      </Card>
    );
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{d.title}</PageTitle>}
        extra={<Tag>{pick(d.stateLabel.zh, d.stateLabel.en)}</Tag>}
      >
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={pick('组织机关', 'Organ')}>{d.organName}</Descriptions.Item>
          <Descriptions.Item label={pick('评查期间', 'Period')}>
            {d.periodFrom} — {d.periodTo}
          </Descriptions.Item>
          <Descriptions.Item label={pick('被评查机关', 'Agencies')}>
            {d.agencies.map((a) => a.name).join(sep)}
          </Descriptions.Item>
          <Descriptions.Item label={pick('抽取与评分', 'Draw and scoring')}>
            {pick(
              `每个机关${d.filesPerAgency}件，每件${d.reviewersPerFile}人独立评分`,
              `${d.filesPerAgency} a agency, ${d.reviewersPerFile} reviewer(s) each`,
            )}
          </Descriptions.Item>
          {d.reviewers.length > 0 && (
            <Descriptions.Item label={pick('评查人员', 'Reviewers')} span={2}>
              {d.reviewers.map((r) => `${r.display_name}${paren(r.organisation_name)}`).join(sep)}
            </Descriptions.Item>
          )}
          {d.seed && (
            <Descriptions.Item label={pick('抽取种子', 'Seed of the draw')} span={2}>
              <Space wrap>
                <Typography.Text code copyable>
                  {d.seed}
                </Typography.Text>
                <Typography.Text type="secondary">{d.drawAlgorithm}</Typography.Text>
                <Button
                  size="small"
                  onClick={() =>
                    run(async () => setCheck(await api.get<DrawVerified>(`/evaluations/${id}/draw/verify`)))
                  }
                >
                  {pick('按种子重做抽取并核对', 'Redo the draw and compare')}
                </Button>
                {check && (
                  <Tag color={check.matches ? 'success' : 'error'}>
                    {check.matches
                      ? pick('与记录一致', 'Matches the record')
                      : pick('与记录不一致', 'Does not match')}
                  </Tag>
                )}
              </Space>
            </Descriptions.Item>
          )}
          {d.resultsNumber && (
            <Descriptions.Item label={pick('结果通报', 'Results notice')} span={2}>
              <Space>
                <Typography.Text strong>{d.resultsNumber}</Typography.Text>
                <Button size="small" href={`/api/v1/documents/${d.resultsDocumentId}/docx`}>
                  DOCX
                </Button>
                <Button size="small" href={`/api/v1/documents/${d.resultsDocumentId}/pdf`}>
                  PDF
                </Button>
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          {d.may.draw && (
            <>
              <Input
                style={{ width: 260 }}
                placeholder={pick('种子（可不填，系统随机生成）', 'Seed (optional: random)')}
                value={seed}
                onChange={(e) => setSeed(e.target.value)}
              />
              <Button
                type="primary"
                onClick={() =>
                  run(
                    () =>
                      api.post(`/evaluations/${id}/draw`, { version: d.version, ...(seed ? { seed } : {}) }),
                    pick('已抽取案卷并分配评查人员', 'Files drawn and reviewers assigned'),
                  )
                }
              >
                {pick('随机抽取案卷', 'Draw the files')}
              </Button>
            </>
          )}
          {d.may.publish && (
            <Popconfirm
              title={pick('签发评查结果通报？', 'Issue the results notice?')}
              onConfirm={() =>
                run(
                  () => api.post(`/evaluations/${id}/publish`, { version: d.version }),
                  pick('已签发结果通报', 'Results notice issued'),
                )
              }
            >
              <Button type="primary">{pick('签发结果通报', 'Publish the results')}</Button>
            </Popconfirm>
          )}
        </Space>
        <ProblemAlert error={error} />
      </Card>

      {d.files.length > 0 && (
        <Card title={pick('抽取的案卷', 'Drawn files')}>
          <Table<FileResult>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.files}
            columns={[
              { title: '#', dataIndex: 'drawOrder', width: 50 },
              { title: pick('被评查机关', 'Agency'), dataIndex: 'agencyName' },
              {
                title: pick('案件编号', 'Case number'),
                render: (_, f) => <Link to={`/evaluations/files/${f.id}`}>{f.caseNumber}</Link>,
              },
              {
                title: pick('类别', 'Kind'),
                render: (_, f) => pick(f.kindLabel.zh, f.kindLabel.en),
                width: 90,
              },
              {
                title: pick('预警预扣', 'Pre-scored'),
                width: 110,
                render: (_, f) =>
                  Object.keys(f.prescore.deductions).length ? (
                    <Tag color="volcano">{Object.keys(f.prescore.deductions).join(' ')}</Tag>
                  ) : null,
              },
              {
                title: pick('结果', 'Result'),
                render: (_, f) => <FileState f={f} perFile={d.reviewersPerFile} />,
              },
              {
                title: '',
                width: 130,
                render: (_, f) =>
                  f.caseId ? (
                    <Link to={`/cases/${f.caseId}`}>{pick('已立案', 'Case opened')}</Link>
                  ) : f.grade === 'fail' && d.may.toCase ? (
                    <Button
                      size="small"
                      danger
                      onClick={() =>
                        run(async () => {
                          const r = await api.post<FileCaseOpened>(`/evaluation-files/${f.id}/case`);
                          navigate(`/cases/${r.caseId}`);
                        })
                      }
                    >
                      {pick('转立案监督', 'Open a case')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      )}

      {d.summary && d.summary.final > 0 && (
        <Card title={pick('评查结果', 'Results')}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Typography.Text>
              {pick(
                `共${d.summary.files}件，已定分${d.summary.final}件，不合格${d.summary.failing}件（合格线${d.rubric.passMark}分；两人分差超过${d.summary.reconcileGap}分的由组织者合议）`,
                `${d.summary.files} files, ${d.summary.final} settled, ${d.summary.failing} failing (pass mark ${d.rubric.passMark}; gaps over ${d.summary.reconcileGap} are settled by the lead)`,
              )}
            </Typography.Text>
            <Table
              rowKey="agencyId"
              size="small"
              pagination={false}
              dataSource={d.summary.agencies}
              columns={[
                { title: pick('名次', 'Rank'), dataIndex: 'rank', width: 60 },
                { title: pick('机关', 'Agency'), dataIndex: 'name' },
                { title: pick('案卷', 'Files'), dataIndex: 'files', width: 70 },
                { title: pick('平均分', 'Average'), dataIndex: 'average', width: 90 },
                { title: pick('不合格', 'Failing'), dataIndex: 'failing', width: 80 },
              ]}
            />
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={d.summary.problems}
              title={() => pick('发现的问题', 'Problems found')}
              columns={[
                { title: pick('项目', 'Item'), dataIndex: 'code', width: 60 },
                { title: pick('问题', 'Problem'), dataIndex: 'text' },
                { title: pick('依据', 'Article'), dataIndex: 'articleText' },
                { title: pick('案卷数', 'Files'), dataIndex: 'files', width: 80 },
              ]}
            />
          </Space>
        </Card>
      )}

      <Collapse
        items={[
          {
            key: 'rubric',
            label: pick('评查标准', 'Rubric'),
            children: (
              <Table
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={d.rubric.chapters.flatMap((ch) =>
                  ch.items.map((i) => ({
                    ...i,
                    chapter: `${ch.name}${paren(lang === 'en' ? `${ch.points} points` : `${ch.points}分`)}`,
                  })),
                )}
                columns={[
                  { title: pick('章', 'Chapter'), dataIndex: 'chapter', width: 140 },
                  { title: pick('项目', 'Item'), dataIndex: 'code', width: 60 },
                  { title: pick('扣分情形', 'Deduction'), dataIndex: 'text' },
                  { title: pick('最多扣', 'Up to'), dataIndex: 'points', width: 70 },
                  { title: pick('依据', 'Article'), dataIndex: 'articleText' },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
