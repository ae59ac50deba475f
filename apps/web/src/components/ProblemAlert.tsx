// A refusal from the API, as the user should read it: what went wrong, why, and under which article.
import { Alert, Typography } from 'antd';
import { useI18n } from '../lib/i18n';
import { articleLabel, problemDetail, problemOf, problemTitle } from '../lib/problem';

export function ProblemAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { lang, t, colon } = useI18n();
  if (!error) return null;
  const p = problemOf(error);
  const detail = problemDetail(p, lang);
  const fields = p.fields ?? [];
  const showFields = fields.length > 0 && !detail;
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      title={problemTitle(p, lang)}
      description={
        detail || p.article || showFields ? (
          <div>
            {detail && <div>{detail}</div>}
            {showFields && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {fields.map((f) => (
                  <li key={f.field}>
                    {f.field}: {lang === 'en' ? f.reason_en : f.reason}
                  </li>
                ))}
              </ul>
            )}
            {p.article && (
              <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                {t('common.article')}
                {colon}
                {articleLabel(p.article, lang)}
                {p.article_text ? ` — ${p.article_text}` : ''}
              </Typography.Paragraph>
            )}
          </div>
        ) : undefined
      }
    />
  );
}
