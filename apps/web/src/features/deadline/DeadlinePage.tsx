// 期限计算: a deadline in working or calendar days on the State Council's holiday schedules,
// with every skipped day, the basis in words, and whether the result is provisional.

import type { CalendarYear, CalendarYears, Deadline, CalendarYearDays as YearDays } from '@jiandu/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  InputNumber,
  Modal,
  Radio,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useAuth } from '../../app/AuthContext';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { formatDateTime, weekday } from '../../lib/format';
import { type MsgKey, useI18n } from '../../lib/i18n';
import { showFieldErrors } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { LoadYear } from './LoadYear';

type Unit = 'workingDays' | 'calendarDays';
interface Values {
  from: Dayjs;
  unit: Unit;
  length: number;
}

// 第十条: a review may be applied for within five working days — the example the page opens with.
const EXAMPLE: Values = { from: dayjs('2024-09-27'), unit: 'workingDays', length: 5 };

const REASON_COLOURS: Record<string, string> = {
  weekend: 'default',
  holiday: 'red',
  estimated_statutory_holiday: 'orange',
  estimated_make_up_day: 'gold',
};

function YearModal({ year, onClose }: { year: number | null; onClose(): void }) {
  const { t, pick, lang } = useI18n();
  const days = useLoad(() => api.get<YearDays>(`/calendar/years/${year}`), [year], year !== null);
  return (
    <Modal
      open={year !== null}
      title={t('deadline.yearDays', { year: year ?? '' })}
      footer={null}
      onCancel={onClose}
    >
      <ProblemAlert error={days.error} />
      {days.data && <Typography.Paragraph type="secondary">{days.data.notice}</Typography.Paragraph>}
      <Table
        rowKey="date"
        size="small"
        loading={days.loading}
        pagination={false}
        scroll={{ y: 400 }}
        dataSource={days.data?.days ?? []}
        columns={[
          {
            title: t('deadline.date'),
            dataIndex: 'date',
            render: (d: string) => `${d} ${weekday(d, lang)}`,
          },
          {
            title: t('deadline.kind'),
            dataIndex: 'kind',
            render: (k: string) => (
              <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`deadline.kind.${k}` as MsgKey)}</Tag>
            ),
          },
          {
            title: t('deadline.holidayName'),
            key: 'name',
            render: (_, d) => pick(d.name, d.nameEn),
          },
        ]}
      />
    </Modal>
  );
}

export default function DeadlinePage() {
  const { t, lang, colon } = useI18n();
  const { can } = useAuth();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<Deadline | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [yearShown, setYearShown] = useState<number | null>(null);
  const years = useLoad(() => api.get<CalendarYears>('/calendar/years'), []);

  const compute = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const d = await api.get<Deadline>('/calendar/deadline', {
        from: v.from.format('YYYY-MM-DD'),
        [v.unit]: v.length,
      });
      setResult(d);
    } catch (err) {
      setResult(null);
      const mapped = showFieldErrors(form, err, lang, ['from']);
      if (!mapped) setError(err);
    } finally {
      setBusy(false);
    }
  };

  // the page opens on the example, computed
  useEffect(() => {
    void compute(EXAMPLE);
  }, []);

  const skipped = result?.skipped ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={<PageTitle>{t('deadline.title')}</PageTitle>}>
            <Form<Values> form={form} layout="vertical" initialValues={EXAMPLE} onFinish={compute}>
              <Form.Item name="from" label={t('deadline.from')} rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
              <Form.Item name="unit" label={t('deadline.unit')}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'workingDays', label: t('deadline.working') },
                    { value: 'calendarDays', label: t('deadline.calendar') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="length" label={t('deadline.length')} rules={[{ required: true }]}>
                <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Space wrap>
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t('deadline.compute')}
                </Button>
                <Button
                  onClick={() => {
                    form.setFieldsValue(EXAMPLE);
                    void compute(EXAMPLE);
                  }}
                >
                  {t('deadline.example')}
                </Button>
              </Space>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card title={t('deadline.result')} loading={busy && !result}>
            <ProblemAlert error={error} />
            {result && (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <div>
                  <div className="jd-deadline" data-testid="deadline-result">
                    {result.deadline}
                  </div>
                  <Typography.Text type="secondary">
                    {weekday(result.deadline, lang)} ·{' '}
                    {lang === 'en'
                      ? `${result.length} ${result.unit === 'working_days' ? 'working' : 'calendar'} days from ${result.from}`
                      : `自 ${result.from} 起 ${result.length} 个${result.unit === 'working_days' ? '工作日' : '自然日'}`}
                  </Typography.Text>
                </div>
                {result.provisional && (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('deadline.provisional')}
                    description={t('deadline.provisionalYears', {
                      years: result.provisionalYears.join(lang === 'en' ? ', ' : '、'),
                    })}
                  />
                )}
                <div>
                  <Typography.Text strong>{t('deadline.basis')}</Typography.Text>
                  <Typography.Paragraph style={{ marginTop: 4 }}>
                    {lang === 'en' ? result.basis.en : result.basis.zh}
                  </Typography.Paragraph>
                </div>
                <div>
                  <Typography.Text strong>{t('deadline.skipped', { n: skipped.length })}</Typography.Text>
                  <div style={{ marginTop: 6, display: 'flex', flexWrap: 'wrap', gap: 6 }}>
                    {skipped.length === 0 && (
                      <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                    )}
                    {skipped.map((s) => (
                      <Tag key={s.date} color={REASON_COLOURS[s.reason] ?? 'default'}>
                        {s.date} {weekday(s.date, lang)} ·{' '}
                        {s.name && lang === 'zh'
                          ? s.reason === 'estimated_make_up_day'
                            ? `${s.name}（补假）`
                            : s.name
                          : t(`deadline.reason.${s.reason}` as MsgKey)}
                      </Tag>
                    ))}
                  </div>
                </div>
                <div>
                  <Typography.Text strong>
                    {t('deadline.counted', { n: result.counted.length })}
                  </Typography.Text>
                  <div style={{ marginTop: 6, display: 'flex', flexWrap: 'wrap', gap: 6 }}>
                    {result.counted.length > 60 ? (
                      <Typography.Text type="secondary">
                        {result.counted[0]} … {result.counted[result.counted.length - 1]}
                      </Typography.Text>
                    ) : (
                      result.counted.map((d) => (
                        <Tag key={d} color="green">
                          {d}
                        </Tag>
                      ))
                    )}
                  </div>
                </div>
                <div>
                  <Typography.Text strong>{t('deadline.notices')}</Typography.Text>
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {result.calendarYears.map((y) => (
                      <li key={y.year}>
                        {y.year}
                        {colon}
                        {y.notice}
                      </li>
                    ))}
                    {result.calendarYears.length === 0 && <li>{t('common.none')}</li>}
                  </ul>
                </div>
              </Space>
            )}
          </Card>
        </Col>
      </Row>

      <Card title={t('deadline.years')} extra={can('calendar.write') && <LoadYear onDone={years.reload} />}>
        <ProblemAlert error={years.error} />
        <Table<CalendarYear>
          rowKey="year"
          size="small"
          loading={years.loading}
          dataSource={[...(years.data?.items ?? [])].sort((a, b) => b.year - a.year)}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          columns={[
            {
              title: t('deadline.year'),
              dataIndex: 'year',
              width: 100,
              render: (y: number) => (
                <Button type="link" size="small" onClick={() => setYearShown(y)} style={{ padding: 0 }}>
                  {y}
                </Button>
              ),
            },
            { title: t('deadline.notice'), dataIndex: 'notice' },
            { title: t('deadline.days'), dataIndex: 'days', width: 100 },
            { title: t('deadline.source'), dataIndex: 'source', width: 140 },
            {
              title: t('deadline.loadedAt'),
              dataIndex: 'loadedAt',
              width: 190,
              render: (v: string) => formatDateTime(v),
            },
          ]}
        />
      </Card>
      <YearModal year={yearShown} onClose={() => setYearShown(null)} />
    </Space>
  );
}
