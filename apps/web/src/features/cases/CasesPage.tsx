// The case list: filters by state, overdue and text; staff register petitions received on
// paper, by phone or from the 12345 hotline here.
import type { CaseList, CaseListItem, OrganisationList } from '@jiandu/contracts';
import { Button, Card, Checkbox, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { paging } from '../../lib/paging';
import { useLoad } from '../../lib/useLoad';
import { DECISIONS, STATE } from './labels';
import { RegisterPetition } from './RegisterPetition';

type Row = CaseListItem;

export default function CasesPage() {
  const { pick } = useI18n();
  const { can, me } = useAuth();
  const navigate = useNavigate();
  // filters may come in the address, e.g. from a figure of the dashboard
  const [params] = useSearchParams();
  const initial = (k: string) => params.get(k) ?? undefined;
  const [state, setState] = useState<string | undefined>(initial('state'));
  const [source, setSource] = useState<string | undefined>(initial('source'));
  const [regionCode, setRegionCode] = useState<string | undefined>(initial('regionCode'));
  const [agencyId, setAgencyId] = useState<string | undefined>(initial('agencyId'));
  const [registered, setRegistered] = useState<[string, string] | undefined>(() => {
    const from = initial('registeredFrom');
    const to = initial('registeredTo');
    return from && to ? [from, to] : undefined;
  });
  const [decisionKind, setDecisionKind] = useState<string | undefined>(initial('decisionKind'));
  const [open, setOpen] = useState(params.get('open') === 'true');
  const orgs = useLoad(() => api.get<OrganisationList>('/organisations'), []);
  const regions = [...new Map((orgs.data?.items ?? []).map((o) => [o.regionCode, o.regionName])).entries()];
  const agencies = (orgs.data?.items ?? []).filter(
    (o) => o.kind === 'agency' && (!regionCode || o.regionCode === regionCode),
  );
  const [q, setQ] = useState(initial('q') ?? '');
  const [overdue, setOverdue] = useState(params.get('overdue') === 'true');
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const filters = {
    state,
    source,
    regionCode,
    agencyId,
    registeredFrom: registered?.[0],
    registeredTo: registered?.[1],
    decisionKind,
    open: open ? 'true' : undefined,
    q: q || undefined,
    overdue: overdue ? 'true' : undefined,
  };
  const list = useLoad(
    () =>
      api.get<CaseList>('/cases', {
        ...filters,
        limit: 20,
        offset: (page - 1) * 20,
      }),
    [state, source, regionCode, agencyId, registered, decisionKind, open, q, overdue, page],
  );
  return (
    <Card
      title={<PageTitle>{pick('监督案件', 'Supervision cases')}</PageTitle>}
      extra={
        <Space>
          {/* the exports take the list's filters, the whole list rather than a page */}
          <ExportButton path="/cases/export.xlsx" query={filters} testId="cases-export" />
          {me?.user.role !== 'agency_liaison' && (
            <ExportButton
              path="/petitions/export.xlsx"
              query={{ ...filters, source: undefined }}
              testId="petitions-export"
              label={pick('导出来件', 'Export petitions')}
            />
          )}
          {can('petition.register') && (
            <Button type="primary" onClick={() => setRegistering(true)}>
              {pick('登记来件', 'Register a petition')}
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={pick('状态', 'State')}
          aria-label={pick('状态', 'State')}
          style={{ width: 180 }}
          value={state}
          onChange={(v) => {
            setState(v);
            setPage(1);
          }}
          options={Object.entries(STATE).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
        />
        <Select
          allowClear
          placeholder={pick('来源', 'Source')}
          aria-label={pick('来源', 'Source')}
          style={{ width: 140 }}
          value={source}
          onChange={(v) => {
            setSource(v);
            setPage(1);
          }}
          options={[
            { value: 'petition', label: pick('申请投诉举报', 'Petition') },
            { value: 'evaluation', label: pick('案卷评查', 'Evaluation') },
            { value: 'inspection', label: pick('现场监督', 'Inspection') },
            { value: 'information', label: pick('信息化监督', 'Information') },
            { value: 'campaign', label: pick('专项监督', 'Campaign') },
          ]}
        />
        {regions.length > 1 && (
          <Select
            allowClear
            placeholder={pick('区划', 'Region')}
            aria-label={pick('区划', 'Region')}
            style={{ width: 160 }}
            value={regionCode}
            onChange={(v) => {
              setRegionCode(v);
              setAgencyId(undefined);
              setPage(1);
            }}
            options={regions.map(([value, label]) => ({ value, label }))}
          />
        )}
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={pick('被监督机关', 'Agency')}
          aria-label={pick('被监督机关', 'Agency')}
          style={{ width: 220 }}
          value={agencyId}
          onChange={(v) => {
            setAgencyId(v);
            setPage(1);
          }}
          options={agencies.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Input.Search
          placeholder={pick('搜索案号、案由或机关', 'Case no., subject or agency')}
          aria-label={pick('搜索案号、案由或机关', 'Case no., subject or agency')}
          defaultValue={q}
          allowClear
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ width: 260 }}
        />
        <Checkbox
          checked={overdue}
          onChange={(e) => {
            setOverdue(e.target.checked);
            setPage(1);
          }}
        >
          {pick('仅看逾期', 'Overdue only')}
        </Checkbox>
        {registered && (
          <Tag closable onClose={() => setRegistered(undefined)} data-testid="registered-filter">
            {pick('登记日期', 'Registered')} {registered[0]} – {registered[1]}
          </Tag>
        )}
        {open && (
          <Tag closable onClose={() => setOpen(false)}>
            {pick('办理中', 'Under way')}
          </Tag>
        )}
        {decisionKind && (
          <Tag closable onClose={() => setDecisionKind(undefined)}>
            {pick(...(DECISIONS[decisionKind] ?? [decisionKind, decisionKind]))}
          </Tag>
        )}
      </Space>
      <ProblemAlert error={list.error} />
      <Table<Row>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={paging(
          page,
          setPage,
          list.data?.total,
          list.data?.totalCapped
            ? {
                label: (n) =>
                  pick(
                    `超过 ${n.toLocaleString('zh-CN')} 件，请缩小检索范围`,
                    `More than ${n.toLocaleString('en')}; narrow the search`,
                  ),
              }
            : undefined,
        )}
        onRow={(r) => ({ onClick: () => navigate(`/cases/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: pick('案号', 'Case no.'),
            dataIndex: 'caseNumber',
            render: (n: string) => <span style={{ whiteSpace: 'nowrap' }}>{n}</span>,
          },
          {
            title: pick('案件', 'Case'),
            dataIndex: 'title',
            render: (t: string, r) => <Link to={`/cases/${r.id}`}>{t}</Link>,
          },
          { title: pick('被监督机关', 'Agency'), dataIndex: 'agencyName' },
          { title: pick('承办机关', 'Organ'), dataIndex: 'organName' },
          {
            title: pick('状态', 'State'),
            dataIndex: 'state',
            render: (s: string, r) => (
              <Space>
                <Tag color={STATE[s]?.[2]}>{pick(STATE[s]?.[0] ?? s, STATE[s]?.[1] ?? s)}</Tag>
                {r.overdue && <Tag color="red">{pick('逾期', 'Overdue')}</Tag>}
              </Space>
            ),
          },
          {
            title: pick('下一期限', 'Next deadline'),
            dataIndex: 'nextDeadline',
            render: (d: string | null) => d ?? '—',
          },
          { title: pick('登记日期', 'Registered'), dataIndex: 'registeredOn' },
        ]}
      />
      {registering && (
        <RegisterPetition
          onClose={() => setRegistering(false)}
          onDone={(caseId) => navigate(`/cases/${caseId}`)}
        />
      )}
    </Card>
  );
}
