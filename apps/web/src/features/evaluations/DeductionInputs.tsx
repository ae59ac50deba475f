// The rubric as a column of deduction inputs, built for the keyboard: ↑/↓ move between items,
// digits type the points, Enter submits. Items the warning rules pre-scored are marked.
import { InputNumber, Table, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../lib/i18n';
import type { Rubric, RubricItem } from './types';

export function scoreOf(r: Rubric, d: Record<string, number>) {
  return r.chapters.reduce(
    (total, c) =>
      total -
      Math.min(
        c.points,
        c.items.reduce((s, i) => s + (d[i.code] ?? 0), 0),
      ),
    100,
  );
}

interface Props {
  rubric: Rubric;
  value: Record<string, number>;
  onChange(v: Record<string, number>): void;
  onSubmit(): void;
  prescore?: Record<string, string>;
  /** other sheets to show beside the inputs: the lead settling two reviewers */
  beside?: { name: string; deductions: Record<string, number> | null }[];
}

export function DeductionInputs({ rubric, value, onChange, onSubmit, prescore = {}, beside = [] }: Props) {
  const { pick } = useI18n();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const rows = rubric.chapters.flatMap((c) => c.items.map((i) => ({ ...i, chapter: c.name })));
  useEffect(() => {
    inputs.current[0]?.focus();
  }, [rubric]);
  const move = (i: number, by: number) => {
    const next = inputs.current[Math.max(0, Math.min(rows.length - 1, i + by))];
    next?.focus();
    next?.select();
  };
  return (
    <Table<RubricItem & { chapter: string }>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: pick('章', 'Chapter'),
          dataIndex: 'chapter',
          width: 90,
          // one cell a chapter, spanning its items
          onCell: (i, n = 0) => ({
            rowSpan:
              rows[n - 1]?.chapter === i.chapter ? 0 : rows.filter((r) => r.chapter === i.chapter).length,
          }),
        },
        {
          title: pick('扣分情形', 'Deduction'),
          render: (_, i) => (
            <>
              <Typography.Text strong>{i.code}</Typography.Text> {i.text}
              {prescore[i.code] && (
                <Tag color="volcano" style={{ marginLeft: 6 }} title={prescore[i.code]}>
                  {pick('预警', 'Warning')}
                </Tag>
              )}
              {i.articleText && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i.articleText}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        ...beside.map((b) => ({
          title: b.name,
          width: 80,
          render: (_: unknown, i: RubricItem) => b.deductions?.[i.code] ?? '',
        })),
        {
          title: pick('扣分', 'Deduct'),
          width: 130,
          render: (_, i, n) => (
            <InputNumber
              aria-label={i.code}
              ref={(el) => {
                inputs.current[n] = el as unknown as HTMLInputElement | null;
              }}
              min={0}
              max={i.points}
              step={0.5}
              keyboard={false}
              value={value[i.code] ?? null}
              addonAfter={`/${i.points}`}
              style={{ width: 120 }}
              onChange={(v) => {
                const next = { ...value };
                if (v) next[i.code] = Number(v);
                else delete next[i.code];
                onChange(next);
              }}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  move(n, 1);
                } else if (e.key === 'ArrowUp') {
                  e.preventDefault();
                  move(n, -1);
                } else if (e.key === 'Enter') {
                  e.preventDefault();
                  // let the input commit its value first
                  setTimeout(onSubmit, 0);
                }
              }}
            />
          ),
        },
      ]}
    />
  );
}
