// The case list: filters by state, overdue and text; staff register petitions received on
// paper, by phone or from the 12345 hotline here.
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { STATE } from './labels';
import { RegisterPetition } from './RegisterPetition';

interface Row {
  id: string;
  title: string;
  state: string;
  organName: string;
  agencyName: string;
  regionName: string;
  registeredOn: string;
  overdue: boolean;
  nextDeadline: string | null;
}

export default function CasesPage() {
  const { pick } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [state, setState] = useState<string>();
  const [q, setQ] = useState('');
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const list = useLoad(
    () =>
      api.get<{ items: Row[]; total: number }>('/cases', {
        state,
        q,
        overdue: overdue || undefined,
        limit: 20,
        offset: (page - 1) * 20,
      }),
    [state, q, overdue, page],
  );
  return (
    <Card
      title={pick('监督案件', 'Supervision cases')}
      extra={
        can('petition.register') && (
          <Button type="primary" onClick={() => setRegistering(true)}>
            {pick('登记来件', 'Register a petition')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={pick('状态', 'State')}
          style={{ width: 180 }}
          value={state}
          onChange={(v) => {
            setState(v);
            setPage(1);
          }}
          options={Object.entries(STATE).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
        />
        <Input.Search
          placeholder={pick('搜索标题或机关', 'Search')}
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
      </Space>
      <ProblemAlert error={list.error} />
      <Table<Row>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total,
          onChange: setPage,
          showSizeChanger: false,
        }}
        onRow={(r) => ({ onClick: () => navigate(`/cases/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
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
