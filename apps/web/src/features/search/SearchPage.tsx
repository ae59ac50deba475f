// 综合检索: what one search found among cases, documents and petitions, each linking to its case.
import type { SearchAnswer } from '@jiandu/contracts';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { KINDS, STATE } from '../cases/labels';

export default function SearchPage() {
  const { pick, paren, colon } = useI18n();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const found = useLoad(() => api.get<SearchAnswer>(`/search?q=${encodeURIComponent(q)}`), [q], q.length > 0);
  const f = found.data;
  const nothing = f && !f.cases.length && !f.documents.length && !f.petition;
  const state = (s: string) => {
    const st = STATE[s] ?? [s, s, 'default'];
    return <Tag color={st[2]}>{pick(st[0], st[1])}</Tag>;
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <PageTitle>
        {pick('检索', 'Search')}
        {q && colon}
        {q}
      </PageTitle>
      <ProblemAlert error={found.error} />
      {!q && (
        <Empty
          description={pick(
            '请输入案号、文号、查询码、机关或案由',
            'Type a case number, document number, tracking code, agency or subject',
          )}
        />
      )}
      {nothing && (
        <Empty
          description={pick('没有找到相符的案件、文书或来件', 'No case, document or petition matches')}
        />
      )}
      {f?.petition && (
        <Card
          size="small"
          title={pick('来件（查询码）', 'Petition (tracking code)')}
          data-testid="search-petition"
        >
          <Link to={`/cases/${f.petition.caseId}`}>
            {f.petition.caseNumber} {f.petition.title}
          </Link>
          <Typography.Text type="secondary">
            {' '}
            {pick(KINDS[f.petition.kind]?.[0], KINDS[f.petition.kind]?.[1])} ·{' '}
            {f.petition.receivedAt.slice(0, 10)}
          </Typography.Text>
        </Card>
      )}
      {f && f.cases.length > 0 && (
        <Card
          size="small"
          title={`${pick('案件', 'Cases')}${paren(f.cases.length)}`}
          data-testid="search-cases"
        >
          <List
            dataSource={f.cases}
            renderItem={(c) => (
              <List.Item extra={state(c.state)}>
                <List.Item.Meta
                  title={<Link to={`/cases/${c.id}`}>{`${c.caseNumber} ${c.title}`}</Link>}
                  description={c.agencyName}
                />
              </List.Item>
            )}
          />
          {f.cases.length >= 10 && (
            <Link to={`/cases?q=${encodeURIComponent(q)}`}>
              {pick('在案件列表中查看全部', 'See all in the case list')}
            </Link>
          )}
        </Card>
      )}
      {f && f.documents.length > 0 && (
        <Card
          size="small"
          title={`${pick('文书', 'Documents')}${paren(f.documents.length)}`}
          data-testid="search-documents"
        >
          <List
            dataSource={f.documents}
            renderItem={(d) => {
              const text = `${d.number} ${pick(d.title, d.titleEn)}${paren(d.issuedOn)}`;
              return (
                <List.Item>
                  {d.caseId ? <Link to={`/cases/${d.caseId}`}>{text}</Link> : <span>{text}</span>}
                </List.Item>
              );
            }}
          />
        </Card>
      )}
    </Space>
  );
}
