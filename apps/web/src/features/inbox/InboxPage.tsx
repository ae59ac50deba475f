// 待办提醒: what waits for the user — deadlines passed, deadlines coming up, and steps only he
// can take — worked out by the server when asked, most urgent first.
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { loadInbox } from './api';

export default function InboxPage() {
  const { pick } = useI18n();
  const box = useLoad(loadInbox, []);
  const SEVERITY = {
    overdue: <Tag color="red">{pick('已逾期', 'Overdue')}</Tag>,
    due_soon: <Tag color="orange">{pick('即将到期', 'Due soon')}</Tag>,
    todo: <Tag color="blue">{pick('待办', 'To do')}</Tag>,
  };
  const d = box.data;
  return (
    <Card
      title={<PageTitle>{pick('待办提醒', 'Inbox')}</PageTitle>}
      loading={box.loading && !d}
      extra={
        d && (
          <Typography.Text type="secondary">
            {pick(
              `今天 ${d.today}；${d.remindWorkingDays}个工作日内（至 ${d.soonUntil}）到期的期限提前提醒`,
              `Today ${d.today}; deadlines within ${d.remindWorkingDays} working days (to ${d.soonUntil}) are flagged`,
            )}
          </Typography.Text>
        )
      }
    >
      <ProblemAlert error={box.error} />
      {d && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space>
            {SEVERITY.overdue} {d.counts.overdue}
            {SEVERITY.due_soon} {d.counts.dueSoon}
            {SEVERITY.todo} {d.counts.todo}
          </Space>
          {d.items.length ? (
            <List
              dataSource={d.items}
              renderItem={(i) => (
                <List.Item>
                  <List.Item.Meta
                    avatar={SEVERITY[i.severity]}
                    title={<Link to={i.link}>{i.title}</Link>}
                    description={pick(i.detail, i.detailEn)}
                  />
                </List.Item>
              )}
            />
          ) : (
            <Empty description={pick('没有待办事项', 'Nothing waits for you')} />
          )}
        </Space>
      )}
    </Card>
  );
}
