// 第八条（四）"并向社会公告": the organ head issues the announcement of the government's
// qualified agencies, reviews it as DOCX or PDF and seals it; sealed, it is public.
import type { AnnouncementIssued } from '@jiandu/contracts';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

export function Announcement() {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const [doc, setDoc] = useState<(AnnouncementIssued & { sealed?: boolean }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space direction="vertical" size={4}>
      <Space wrap>
        <Button
          onClick={() =>
            run(async () => setDoc(await api.post<AnnouncementIssued>('/qualifications/announcement')))
          }
        >
          {pick('制发主体资格公告', 'Issue the qualification announcement')}
        </Button>
        {doc && (
          <>
            <Typography.Text>{doc.number}</Typography.Text>
            <Button size="small" href={`/api/v1/documents/${doc.id}/docx`}>
              DOCX
            </Button>
            <Button size="small" href={`/api/v1/documents/${doc.id}/pdf`}>
              PDF
            </Button>
            {!doc.sealed && (
              <Button
                size="small"
                type="primary"
                ghost
                onClick={() =>
                  run(async () => {
                    await api.post(`/documents/${doc.id}/seal`);
                    setDoc({ ...doc, sealed: true });
                    message.success(pick('已用印并公开发布', 'Sealed and published'));
                  })
                }
              >
                {pick('用印并公告', 'Seal and publish')}
              </Button>
            )}
          </>
        )}
      </Space>
      <ProblemAlert error={error} />
    </Space>
  );
}
