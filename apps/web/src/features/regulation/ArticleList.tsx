// The articles of a pack in order, each with what the system does with it. An article that was not
// loaded stands in its place marked 未载入, with no text; a paragraph recovered in part keeps its
// words exactly and says where the recovery stops.
import { Tag, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import type { Article, Pack } from './types';

type Row = { kind: 'article'; a: Article } | { kind: 'missing'; number: number; numberZh: string };

export function ArticleList({ pack }: { pack: Pack }) {
  const { pick } = useI18n();
  const rows: Row[] = [
    ...pack.articles.map((a): Row => ({ kind: 'article', a })),
    ...pack.notLoaded.map((m): Row => ({ kind: 'missing', ...m })),
  ].sort(
    (x, y) => (x.kind === 'article' ? x.a.number : x.number) - (y.kind === 'article' ? y.a.number : y.number),
  );
  let chapter = 0;
  return (
    <>
      {rows.map((r) => {
        if (r.kind === 'missing')
          return (
            <div key={`missing-${r.number}`} id={`art${r.number}`} style={{ marginBottom: 8 }}>
              <b>{r.numberZh} </b>
              <Tag color="default">{pick('未载入', 'Not loaded')}</Tag>
            </div>
          );
        const a = r.a;
        const heading = a.chapter.number !== chapter;
        chapter = a.chapter.number;
        return (
          <div key={a.id} id={a.id} style={{ marginBottom: 16 }}>
            {heading && (
              <Typography.Title level={4}>
                {a.chapter.numberZh} {a.chapter.titleZh}
              </Typography.Title>
            )}
            {a.paragraphs.map((para, i) => (
              <Typography.Paragraph key={para.id} style={{ marginBottom: 4 }}>
                {para.partial?.missing === 'head' && (
                  <span style={{ display: 'block' }}>
                    <b>{a.numberZh} </b>
                    <Tag>{pick('前款未载入', 'Earlier paragraphs not loaded')}</Tag>
                  </span>
                )}
                {i === 0 && para.partial?.missing !== 'head' && <b>{a.numberZh} </b>}
                {para.text}
                {para.partial?.missing === 'tail' && (
                  <Tag style={{ marginLeft: 4 }}>{pick('以下未载入', 'Rest not loaded')}</Tag>
                )}
                {para.partial && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {pick(para.partial.noteZh, para.partial.noteEn)}
                  </Typography.Text>
                )}
                {para.items.map((it) => (
                  <span key={it.id} style={{ display: 'block', paddingLeft: 24 }}>
                    {it.numberZh}
                    {it.text}
                  </span>
                ))}
              </Typography.Paragraph>
            ))}
            {a.uses.length > 0 && (
              <div style={{ background: '#f4f7fb', borderLeft: '3px solid #1f4e8c', padding: '6px 12px' }}>
                <Typography.Text type="secondary">
                  {pick('本系统如何执行：', 'What the system does: ')}
                </Typography.Text>
                {a.uses.map((u) => (
                  <div key={u.zh}>{pick(u.zh, u.en)}</div>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </>
  );
}
