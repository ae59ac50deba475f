// Where a pack stands and how much of it is loaded: its rank, the cases it governs by date, its
// completeness and its sources.
import { Descriptions, Tag, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';
import type { Pack, PackSummary } from './types';

/** Which cases the pack governs, by registration date, and whether their steps run under it. */
function governs(
  p: Pack,
  procedural: PackSummary | undefined,
  pick: (zh: string, en: string) => string,
): string {
  const until = p.effectiveUntil ? `至${p.effectiveUntil}` : '起';
  const untilEn = p.effectiveUntil ? `to ${p.effectiveUntil}` : 'on';
  if (p.procedural)
    return pick(
      `${p.effectiveFrom}${until}登记的案件依本规则包办理；此后登记的案件仅在记录继续适用的依据后按其程序办理。`,
      `Cases registered from ${p.effectiveFrom} ${untilEn} follow this pack; later cases follow its procedure only under a recorded basis.`,
    );
  const gap = p.completeness.procedureNotLoaded;
  const zh = (n: number) => p.notLoaded.find((m) => m.number === n)?.numberZh ?? `${n}`;
  const articles = p.caseArticles.map((c) => p.articles.find((a) => a.id === c.id.split('.')[0]));
  const cited = articles.map((a) => `${a?.number ?? ''}`);
  return pick(
    `${p.effectiveFrom}${until}登记的案件引用本规则包已载入的条文（${articles.map((a) => a?.numberZh ?? '').join('、')}）` +
      (gap
        ? `；程序条款（${zh(gap.from)}至${zh(gap.to)}）未载入，程序依《${procedural?.title ?? ''}》及记录的继续适用依据办理。`
        : '。'),
    `Cases registered from ${p.effectiveFrom} ${untilEn} cite its loaded articles (Arts. ${cited.join(', ')})` +
      (gap
        ? `; its procedure articles (Arts. ${gap.from}–${gap.to}) are not loaded, so the steps follow the ${procedural?.titleEn ?? ''} under the recorded basis.`
        : '.'),
  );
}

export function PackFacts({ pack: p, procedural }: { pack: Pack; procedural?: PackSummary }) {
  const { pick, colon } = useI18n();
  const c = p.completeness;
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={pick('效力位阶', 'Rank')}>
        <Tag color={p.rank.order === 1 ? 'blue' : 'default'}>{pick(p.rank.zh, p.rank.en)}</Tag>
        {p.validityNote && (
          <Typography.Text type="secondary">{pick(p.validityNote.zh, p.validityNote.en)}</Typography.Text>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={pick('适用的案件', 'Cases it governs')}>
        {governs(p, procedural, pick)}
      </Descriptions.Item>
      <Descriptions.Item label={pick('完整程度', 'Completeness')}>
        <Tag color={c.complete ? 'green' : 'orange'}>
          {c.complete ? pick('全文已载入', 'Complete') : pick('不完整', 'Incomplete')}
        </Tag>
        {pick(c.noteZh, c.noteEn)}
        {c.missingArticles.length > 0 && (
          <div>
            {pick('未载入：', 'Not loaded: ')}
            {pick(
              p.notLoaded.map((m) => m.numberZh).join('、'),
              p.notLoaded.map((m) => `Art. ${m.number}`).join(', '),
            )}
          </div>
        )}
        {c.partialArticles.length > 0 && (
          <div>
            {pick('部分载入：', 'Loaded in part: ')}
            {p.articles
              .filter((a) => c.partialArticles.includes(a.number))
              .map((a) => pick(a.numberZh, `Art. ${a.number}`))
              .join(pick('、', ', '))}
          </div>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={pick('文本来源', 'Sources')}>
        {p.provenance.map((s) => (
          <div key={s.code}>
            <Tag>{s.code}</Tag>
            {s.title}
            {colon}
            {pick(s.coversZh, s.coversEn)}
          </div>
        ))}
      </Descriptions.Item>
    </Descriptions>
  );
}
