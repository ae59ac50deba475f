// 我的待办 on the home page: the counts of what has passed, what is due soon and what waits,
// then the tasks grouped by what is to be done, each opening its case or file.
import { Card, Col, Collapse, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/AuthContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { type Inbox, loadInbox } from '../inbox/api';

/** the items a group shows before "all in the inbox" */
const SHOWN = 5;

export function MyTasks() {
  const { me } = useAuth();
  const { pick } = useI18n();
  const box = useLoad(loadInbox, []);
  const d = box.data;
  const liaison = me?.user.role === 'agency_liaison';
  const groups = d ? group(d.items) : [];
  return (
    <Card
      title={
        liaison
          ? pick('待本单位答复的通知书和决定书', 'Notices and decisions awaiting our answer')
          : pick('我的待办', 'My tasks')
      }
      extra={<Link to="/inbox">{pick('全部待办', 'All tasks')}</Link>}
      loading={box.loading && !d}
      data-testid="home-tasks"
    >
      <ProblemAlert error={box.error} />
      {d && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={8}>
              <Statistic
                title={pick('已逾期', 'Overdue')}
                value={d.counts.overdue}
                styles={{ content: { color: d.counts.overdue ? '#b42318' : undefined } }}
              />
            </Col>
            <Col xs={8}>
              <Statistic
                title={pick(
                  `${d.remindWorkingDays}个工作日内到期`,
                  `Due in ${d.remindWorkingDays} working days`,
                )}
                value={d.counts.dueSoon}
              />
            </Col>
            <Col xs={8}>
              <Statistic title={pick('待办理', 'To do')} value={d.counts.todo} />
            </Col>
          </Row>
          {groups.length ? (
            <Collapse
              defaultActiveKey={groups.slice(0, 3).map((g) => g.key)}
              items={groups.map((g) => ({
                key: g.key,
                label: (
                  <span data-testid={`task-group-${g.key}`}>
                    {pick(g.zh, g.en)} <Tag>{g.items.length}</Tag>
                    {g.overdue > 0 && (
                      <Tag color="red">{pick(`逾期 ${g.overdue}`, `${g.overdue} overdue`)}</Tag>
                    )}
                  </span>
                ),
                children: (
                  <List
                    size="small"
                    dataSource={g.items.slice(0, SHOWN)}
                    footer={
                      g.items.length > SHOWN && (
                        <Link to="/inbox">
                          {pick(
                            `另有 ${g.items.length - SHOWN} 项，查看全部`,
                            `${g.items.length - SHOWN} more in the inbox`,
                          )}
                        </Link>
                      )
                    }
                    renderItem={(i) => (
                      <List.Item>
                        <List.Item.Meta
                          title={<Link to={i.link}>{i.title}</Link>}
                          description={
                            <Typography.Text type={i.severity === 'overdue' ? 'danger' : 'secondary'}>
                              {pick(i.detail, i.detailEn)}
                            </Typography.Text>
                          }
                        />
                      </List.Item>
                    )}
                  />
                ),
              }))}
            />
          ) : (
            <Empty description={pick('没有待办事项', 'Nothing waits for you')} />
          )}
        </>
      )}
    </Card>
  );
}

type Item = Inbox['items'][number];

/** the groups in the order of their most urgent item (the inbox comes most urgent first) */
function group(items: Item[]) {
  const out = new Map<string, { key: string; zh: string; en: string; items: Item[]; overdue: number }>();
  for (const i of items) {
    const g = out.get(i.task.key) ?? { ...i.task, items: [], overdue: 0 };
    g.items.push(i);
    if (i.severity === 'overdue') g.overdue++;
    out.set(i.task.key, g);
  }
  return [...out.values()];
}
