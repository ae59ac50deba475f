// 信息化监督 (第八条（三）): the warnings the rules raise, and the acts agencies report — by the
// bulk API, by the Excel template (with a row-by-row report to fix and upload again).
import { ACT_KIND_LABELS, type ActList, type ActRowResult, type ActsUploaded } from '@jiandu/contracts';
import { App, Button, Card, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/AuthContext';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ApiError, api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { paging } from '../../lib/paging';
import { useLoad } from '../../lib/useLoad';
import { ReportAct } from './ReportAct';
import { WarningsTab } from './WarningsTab';

type ActRow = ActList['items'][number];

function ActsTab({ canReport, agencyId }: { canReport: boolean; agencyId: string }) {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const list = useLoad(() => api.get<ActList>('/acts', { limit: 20, offset: (page - 1) * 20 }), [page]);
  const [report, setReport] = useState<ActRowResult[] | null>(null);
  const [reporting, setReporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File) => {
    setError(null);
    setReport(null);
    try {
      const r = await api.upload<ActsUploaded>(`/acts/upload?agencyId=${agencyId}`, file);
      message.success(pick(`已保存 ${r.stored} 件`, `${r.stored} stored`));
      setReport(r.rows);
      list.reload();
    } catch (e) {
      setError(e);
      const rows =
        e instanceof ApiError ? (e.problem as unknown as { rows?: ActRowResult[] }).rows : undefined;
      if (rows) setReport(rows);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <ExportButton path="/acts/export.xlsx" testId="acts-export" />
      </Space>
      {canReport && (
        <Space wrap>
          <Button onClick={() => setReporting(true)}>{pick('逐件报送', 'Report one act')}</Button>
          <Button href="/api/v1/acts/template">{pick('下载报送模板', 'Download the template')}</Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <Button type="primary">{pick('上传报送表', 'Upload a sheet')}</Button>
          </Upload>
          <Typography.Text type="secondary">
            {pick(
              '亦可通过批量接口 POST /api/v1/acts/batch 报送',
              'Or report through POST /api/v1/acts/batch',
            )}
          </Typography.Text>
        </Space>
      )}
      {reporting && (
        <ReportAct
          agencyId={agencyId}
          onClose={() => setReporting(false)}
          onDone={() => {
            setReporting(false);
            list.reload();
          }}
        />
      )}
      <ProblemAlert error={error ?? list.error} />
      {report && (
        <Table<ActRowResult>
          size="small"
          rowKey="line"
          pagination={false}
          dataSource={report.filter((r) => r.status !== 'stored')}
          title={() => pick('校验结果（仅列出未保存的行）', 'Check (rows not stored)')}
          columns={[
            { title: pick('行', 'Row'), dataIndex: 'line', width: 60 },
            { title: pick('案件编号', 'Case number'), dataIndex: 'caseNumber' },
            { title: pick('结果', 'Result'), dataIndex: 'status', width: 90 },
            {
              title: pick('问题', 'Problems'),
              render: (_, r) => (r.errors ?? []).map((e) => e.reason).join('；'),
            },
          ]}
        />
      )}
      <Table<ActRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={paging(page, setPage, list.data?.total)}
        columns={[
          { title: pick('案件编号', 'Case number'), dataIndex: 'caseNumber' },
          { title: pick('机关', 'Agency'), dataIndex: 'agencyName' },
          {
            title: pick('类别', 'Kind'),
            render: (_, a) => {
              const l = ACT_KIND_LABELS[a.kind as keyof typeof ACT_KIND_LABELS];
              return l ? pick(l.zh, l.en) : a.kind;
            },
          },
          { title: pick('领域', 'Area'), dataIndex: 'area' },
          { title: pick('决定日期', 'Decided'), dataIndex: 'decisionDate' },
          {
            title: pick('预警', 'Warnings'),
            render: (_, a) =>
              a.openWarnings ? <Tag color="red">{a.openWarnings}</Tag> : <Tag color="green">0</Tag>,
          },
        ]}
      />
    </Space>
  );
}

export default function ActsPage() {
  const { pick } = useI18n();
  const { me } = useAuth();
  const role = me?.user.role;
  const liaison = role === 'agency_liaison';
  return (
    <Card
      title={
        <PageTitle>
          {pick('信息化监督：执法行为与预警', 'Information-based supervision: acts and warnings')}
        </PageTitle>
      }
    >
      <Tabs
        defaultActiveKey={liaison ? 'acts' : 'warnings'}
        items={[
          {
            key: 'warnings',
            label: pick('预警', 'Warnings'),
            children: <WarningsTab canAct={role === 'supervisor' || role === 'organ_head'} />,
          },
          {
            key: 'acts',
            label: pick('执法行为', 'Acts'),
            children: <ActsTab canReport={liaison} agencyId={me?.organisation.id ?? ''} />,
          },
        ]}
      />
    </Card>
  );
}
