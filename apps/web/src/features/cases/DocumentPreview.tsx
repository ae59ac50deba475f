// 预览: the document a step would issue, as the server renders it — marked 草稿, without a
// number — so that whoever approves or issues it reads it first. Shown in a frame in the
// dialog, or opened in a tab of its own.
import { Alert, Typography } from 'antd';
import { useI18n } from '../../lib/i18n';

/** `action`: the step as its dialog holds it; without it, the draft awaiting approval */
export const previewUrl = (caseId: string, kind: string, action?: Record<string, unknown>) =>
  `/api/v1/cases/${caseId}/documents/preview?kind=${kind}${
    action ? `&action=${encodeURIComponent(JSON.stringify(action))}` : ''
  }`;

export function PreviewLink(props: { caseId: string; kind: string; action?: Record<string, unknown> }) {
  const { pick } = useI18n();
  return (
    <Typography.Link
      href={previewUrl(props.caseId, props.kind, props.action)}
      target="_blank"
      rel="noopener"
      data-testid={`preview-${props.kind}`}
    >
      {pick('预览（草稿）', 'Preview (draft)')}
    </Typography.Link>
  );
}

/** the drafted document in a frame, with a link to open it whole */
export function PreviewFrame(props: { caseId: string; kind: string; title: string }) {
  const { pick } = useI18n();
  return (
    <div style={{ marginBottom: 12 }}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        message={pick(
          `${props.title}（草稿，批准后编号出具）`,
          `${props.title} (draft: numbered and issued on approval)`,
        )}
        action={<PreviewLink caseId={props.caseId} kind={props.kind} />}
      />
      <iframe
        src={previewUrl(props.caseId, props.kind)}
        title={pick('文书预览', 'Document preview')}
        data-testid="document-preview"
        style={{ width: '100%', height: 480, border: '1px solid #d9d9d9' }}
      />
    </div>
  );
}
