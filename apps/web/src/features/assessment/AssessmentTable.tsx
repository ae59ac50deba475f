// One level of the assessment (governments or agencies): rank, name, total and every
// indicator's value, each column sortable; the formula shows on the column's header.
import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../lib/i18n';
import type { AssessedUnit, IndicatorDef } from './types';

const UNIT = { percent: '%', points: '', per_thousand: '' } as const;

/** nulls (nothing measured) sort last in either direction */
const byNumber = (a: number | null, b: number | null) =>
  a === null ? (b === null ? 0 : -Infinity) : b === null ? Infinity : a - b;

export function AssessmentTable(props: {
  rows: AssessedUnit[];
  indicators: readonly IndicatorDef[];
  level: 'government' | 'agency';
  loading: boolean;
}) {
  const { pick, paren } = useI18n();
  const { rows, indicators, level } = props;
  const columns: ColumnsType<AssessedUnit> = [
    {
      title: pick('名次', 'Rank'),
      dataIndex: 'rank',
      width: 64,
      fixed: 'left',
      align: 'center',
      sorter: (a, b) => byNumber(a.rank, b.rank),
      // nothing measured: not scored 0 and ranked last, but said so
      render: (v: number | null) =>
        v ?? <Typography.Text type="secondary">{pick('无数据', 'No data')}</Typography.Text>,
    },
    {
      title:
        level === 'government' ? pick('人民政府（管委会）', 'Government') : pick('行政执法机关', 'Agency'),
      dataIndex: 'name',
      width: 220,
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
      render: (v: string, r) =>
        level === 'agency' ? (
          <span>
            {v}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.governmentName}
            </Typography.Text>
          </span>
        ) : (
          v
        ),
    },
    {
      title: pick('综合得分', 'Score'),
      dataIndex: 'total',
      width: 96,
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => byNumber(a.total, b.total),
      render: (v: number | null) =>
        v === null ? (
          <Typography.Text type="secondary">{pick('无数据', 'No data')}</Typography.Text>
        ) : (
          <b>{v.toFixed(1)}</b>
        ),
    },
    {
      title: pick('执法行为', 'Acts'),
      width: 90,
      align: 'right',
      sorter: (a, b) => a.counts.acts - b.counts.acts,
      render: (_, r) => r.counts.acts.toLocaleString(),
    },
    ...indicators.map((ind, i): ColumnsType<AssessedUnit>[number] => ({
      key: ind.id,
      title: (
        <Tooltip
          title={`${pick(ind.formula.zh, ind.formula.en)}${paren(`${pick('权重', 'weight')} ${ind.weight}`)}`}
        >
          <span data-testid={`col-${ind.id}`}>{pick(ind.zh, ind.en)}</span>
        </Tooltip>
      ),
      width: 120,
      align: 'right',
      sorter: (a, b) => byNumber(a.indicators[i].value, b.indicators[i].value),
      render: (_, r) => {
        const v = r.indicators[i];
        if (v.value === null)
          return <Typography.Text type="secondary">{pick('无数据', 'No data')}</Typography.Text>;
        const text = `${v.value.toFixed(1)}${UNIT[ind.unit]}`;
        const weak = (v.attainment ?? 1) < 0.6;
        return (
          <Tooltip title={pick(`得分 ${v.points} / ${ind.weight}`, `${v.points} of ${ind.weight} points`)}>
            <Typography.Text type={weak ? 'danger' : undefined}>{text}</Typography.Text>
          </Tooltip>
        );
      },
    })),
  ];
  return (
    <Table<AssessedUnit>
      rowKey="id"
      size="small"
      bordered
      loading={props.loading}
      dataSource={rows}
      columns={columns}
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}
