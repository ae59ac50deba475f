// Editing a campaign's rubric before its draw: chapter and item points, item wording, items
// added or removed, the pass mark. The running totals show what the server will insist on:
// chapters total 100 and no item is worth more than its chapter (第八条（一）).
import { Button, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import type { Rubric, RubricItem } from './types';

interface Row extends RubricItem {
  chapterIndex: number;
  itemIndex: number;
  chapterName: string;
  chapterPoints: number;
  first: boolean;
  span: number;
}

export function RubricEditor({ value, onChange }: { value: Rubric; onChange(r: Rubric): void }) {
  const { pick } = useI18n();
  const total = value.chapters.reduce((s, c) => s + c.points, 0);
  const set = (fn: (r: Rubric) => void) => {
    const next = structuredClone(value);
    fn(next);
    onChange(next);
  };
  const rows: Row[] = value.chapters.flatMap((c, ci) =>
    c.items.map((i, ii) => ({
      ...i,
      chapterIndex: ci,
      itemIndex: ii,
      chapterName: c.name,
      chapterPoints: c.points,
      first: ii === 0,
      span: c.items.length,
    })),
  );
  const nextCode = (ci: number) => {
    const c = value.chapters[ci];
    const used = new Set(value.chapters.flatMap((x) => x.items.map((i) => i.code)));
    let n = c.items.length + 1;
    while (used.has(`${c.code}${n}`)) n++;
    return `${c.code}${n}`;
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{pick('各章合计', 'Chapters total')}</Typography.Text>
        <Tag color={total === 100 ? 'success' : 'error'}>{total} / 100</Tag>
        <Typography.Text>{pick('合格线', 'Pass mark')}</Typography.Text>
        <InputNumber
          aria-label="passMark"
          min={1}
          max={100}
          value={value.passMark}
          onChange={(v) =>
            set((r) => {
              r.passMark = Number(v ?? 60);
            })
          }
        />
      </Space>
      <Table<Row>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ y: 320 }}
        columns={[
          {
            title: pick('章（分值）', 'Chapter (points)'),
            width: 150,
            onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
            render: (_, r) => (
              <Space direction="vertical" size={4}>
                <Typography.Text strong>{r.chapterName}</Typography.Text>
                <InputNumber
                  size="small"
                  aria-label={`chapter-${r.chapterIndex}`}
                  min={0}
                  max={100}
                  value={r.chapterPoints}
                  onChange={(v) =>
                    set((x) => {
                      x.chapters[r.chapterIndex].points = Number(v ?? 0);
                    })
                  }
                />
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    set((x) => {
                      x.chapters[r.chapterIndex].items.push({
                        code: nextCode(r.chapterIndex),
                        text: pick('新的扣分情形', 'New deduction'),
                        points: 1,
                        articleText: null,
                      });
                    })
                  }
                >
                  {pick('增加项目', 'Add an item')}
                </Button>
              </Space>
            ),
          },
          { title: pick('项目', 'Item'), dataIndex: 'code', width: 60 },
          {
            title: pick('扣分情形', 'Deduction'),
            render: (_, r) => (
              <Input
                size="small"
                value={r.text}
                maxLength={200}
                onChange={(e) =>
                  set((x) => {
                    x.chapters[r.chapterIndex].items[r.itemIndex].text = e.target.value;
                  })
                }
              />
            ),
          },
          {
            title: pick('最多扣', 'Up to'),
            width: 90,
            render: (_, r) => (
              <InputNumber
                size="small"
                aria-label={`points-${r.code}`}
                min={0.5}
                max={r.chapterPoints || 100}
                step={0.5}
                value={r.points}
                onChange={(v) =>
                  set((x) => {
                    x.chapters[r.chapterIndex].items[r.itemIndex].points = Number(v ?? 0);
                  })
                }
              />
            ),
          },
          {
            title: '',
            width: 60,
            render: (_, r) =>
              r.span > 1 ? (
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() =>
                    set((x) => {
                      x.chapters[r.chapterIndex].items.splice(r.itemIndex, 1);
                    })
                  }
                >
                  {pick('删除', 'Remove')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

/** the rubric as the API takes it: without the citation text the server adds when it answers */
export const rubricInput = (r: Rubric) => ({
  passMark: r.passMark,
  chapters: r.chapters.map((c) => ({
    code: c.code,
    name: c.name,
    points: c.points,
    items: c.items.map(({ articleText: _, ...i }) => i),
  })),
});
