// Which law governs the case by its registration date: the articles of the governing text that
// apply to it (from 2026-02-01 the national regulation), and, where that text's procedure is not
// loaded, that the steps follow the procedural pack under its recorded basis.
import type { CaseLawView } from '@jiandu/contracts';
import { Alert, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n';

export function CaseLaw({ law }: { law: CaseLawView }) {
  const { pick, colon } = useI18n();
  if (!law.text) return null;
  return (
    <Alert
      type={law.note ? 'info' : 'success'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="case-law"
      title={pick(
        `本案${law.date}登记，适用《${law.text.title}》（${law.text.rank.zh}）`,
        `Registered on ${law.date}, this case is governed by the ${law.text.titleEn} (${law.text.rank.en})`,
      )}
      description={
        <div>
          {law.cites.map((c) => (
            <div key={c.id}>
              <Typography.Text strong>
                {pick(c.role, c.roleEn)}
                {colon}
              </Typography.Text>
              <Link to={`/regulation#${c.id.split('.')[0]}`}>{pick(c.citation.zh, c.citation.en)}</Link>
              <Typography.Text type="secondary"> {c.text}</Typography.Text>
            </div>
          ))}
          {law.note && <div style={{ marginTop: 4 }}>{pick(law.note.zh, law.note.en)}</div>}
          {law.documents && (
            <div style={{ marginTop: 4 }} data-testid="case-law-documents">
              {pick('本案文书引用：', 'The case’s documents cite: ')}
              {pick(law.documents.zh, law.documents.en)}
            </div>
          )}
        </div>
      }
    />
  );
}
