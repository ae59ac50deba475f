// Files sent with a petition (第九条): picked before filing, each checked here against the limits
// the server enforces (type, size, how many) and shown with its own state, error and a remove
// button; sent once the petition exists, one by one, each answered on its own line.
import { DeleteOutlined, PaperClipOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  ATTACHMENT_EXTENSIONS,
  MAX_FILE_BYTES,
  MAX_FILES_PER_CASE_FROM_PETITIONER,
  PETITIONER_UPLOAD_HOURS,
} from '@jiandu/contracts';
import { Button, Space, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { problemDetail, problemOf, problemTitle, statusOf } from '../../lib/problem';

type Pick = (zh: string, en: string) => string;

export interface PickedFile {
  uid: string;
  file: File;
  /** ready: checked, waiting to be sent; refused: fails a limit here, never sent */
  state: 'ready' | 'refused' | 'sending' | 'sent' | 'failed';
  /** why it was refused or failed, in both languages */
  error?: { zh: string; en: string };
  /** a failure that sending again may cure (no connection, too many at once, the server's fault) */
  retry?: boolean;
}

const MB = 1024 * 1024;
const sizeOf = (n: number) =>
  n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

/** the limits as the form states them before anything is picked */
export function limitsText(pick: Pick, withCount: boolean) {
  return pick(
    `可附 PDF、JPG、PNG、Word（.docx）、Excel（.xlsx）文件，每个不超过 ${MAX_FILE_BYTES / MB} MB${
      withCount
        ? `，最多 ${MAX_FILES_PER_CASE_FROM_PETITIONER} 个；提交后 ${PETITIONER_UPLOAD_HOURS} 小时内还可凭查询码补充`
        : ''
    }。`,
    `You may attach PDF, JPG, PNG, Word (.docx) or Excel (.xlsx) files, up to ${MAX_FILE_BYTES / MB} MB each${
      withCount
        ? `, ${MAX_FILES_PER_CASE_FROM_PETITIONER} at most; within ${PETITIONER_UPLOAD_HOURS} hours of filing you may add more with your tracking code`
        : ''
    }.`,
  );
}

/** the same checks the server makes, before sending: kind by name here (the server reads the content), size, count */
function check(file: File, alreadyKept: number, max: number | undefined): PickedFile['error'] {
  const ext = file.name.toLowerCase().match(/\.[^.]+$/)?.[0] ?? '';
  if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext))
    return {
      zh: '不接受此类文件：只接受 PDF、JPG、PNG、DOCX、XLSX',
      en: 'this kind of file is not accepted: PDF, JPG, PNG, DOCX or XLSX only',
    };
  if (file.size === 0) return { zh: '文件为空', en: 'the file is empty' };
  if (file.size > MAX_FILE_BYTES)
    return {
      zh: `文件过大（${sizeOf(file.size)}），单个文件不得超过 ${MAX_FILE_BYTES / MB} MB`,
      en: `too large (${sizeOf(file.size)}); a file may not exceed ${MAX_FILE_BYTES / MB} MB`,
    };
  if (max !== undefined && alreadyKept >= max)
    return { zh: `最多 ${max} 个附件`, en: `${max} files at most` };
  return undefined;
}

function errorOf(e: unknown): { zh: string; en: string } {
  const p = problemOf(e);
  const zh = problemDetail(p, 'zh');
  const en = problemDetail(p, 'en');
  return {
    zh: zh ? `${problemTitle(p, 'zh')}：${zh}` : problemTitle(p, 'zh'),
    en: en ? `${problemTitle(p, 'en')}: ${en}` : problemTitle(p, 'en'),
  };
}

/** the picked files and how to send them once the petition exists */
export function usePickedFiles(max?: number) {
  const [files, setState] = useState<PickedFile[]>([]);
  // the list as it is now, for checks made between two renders (several files picked at once)
  const current = useRef<PickedFile[]>([]);
  const seq = useRef(0);
  const set = (next: PickedFile[]) => {
    current.current = next;
    setState(next);
  };
  const update = (uid: string, patch: Partial<PickedFile>) =>
    set(current.current.map((f) => (f.uid === uid ? { ...f, ...patch } : f)));
  async function send(path: string, f: PickedFile) {
    update(f.uid, { state: 'sending', error: undefined });
    try {
      await api.upload(path, f.file);
      update(f.uid, { state: 'sent' });
      return true;
    } catch (e) {
      const status = statusOf(e);
      update(f.uid, {
        state: 'failed',
        error: errorOf(e),
        retry: status === 0 || status === 429 || status >= 500,
      });
      return false;
    }
  }
  return {
    files,
    /** checks a picked file and keeps it on the list, ready or refused (saying why) */
    add(file: File): PickedFile {
      const kept = current.current.filter((f) => f.state !== 'refused' && f.state !== 'failed').length;
      const error = check(file, kept, max);
      const picked: PickedFile = {
        uid: `f${++seq.current}`,
        file,
        state: error ? 'refused' : 'ready',
        error,
      };
      set([...current.current, picked]);
      return picked;
    },
    remove: (uid: string) => set(current.current.filter((f) => f.uid !== uid)),
    /** sends every ready file to `path`, one after another; true when all went */
    async sendAll(path: string) {
      let ok = true;
      for (const f of current.current.filter((x) => x.state === 'ready')) ok = (await send(path, f)) && ok;
      return ok;
    },
    send,
  };
}

export function AttachmentPicker({
  picked,
  withCount,
  /** where a file goes at once, once the petition exists; before, files wait for the submission */
  sendTo,
  disabled,
}: {
  picked: ReturnType<typeof usePickedFiles>;
  withCount: boolean;
  sendTo?: string;
  disabled?: boolean;
}) {
  const { pick } = useI18n();
  const stateText: Record<PickedFile['state'], string> = {
    ready: pick('待提交', 'to be sent'),
    refused: pick('未添加', 'not added'),
    sending: pick('正在上传…', 'uploading…'),
    sent: pick('已上传', 'uploaded'),
    failed: pick('上传失败', 'failed'),
  };
  return (
    <div data-testid="attachment-picker" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} id="attachment-limits">
        {limitsText(pick, withCount)}
      </Typography.Paragraph>
      <Upload
        accept={ATTACHMENT_EXTENSIONS.join(',')}
        multiple
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(file) => {
          const f = picked.add(file);
          // added after filing: sent at once (a refused one stays on the list, saying why)
          if (sendTo && f.state === 'ready') void picked.send(sendTo, f);
          return false;
        }}
      >
        <Button icon={<PaperClipOutlined />} disabled={disabled} aria-describedby="attachment-limits">
          {sendTo ? pick('补充附件', 'Add files') : pick('添加附件', 'Attach files')}
        </Button>
      </Upload>
      {picked.files.length > 0 && (
        <ul className="jd-files" data-testid="attachment-list">
          {picked.files.map((f) => (
            <li key={f.uid} data-testid="attachment-item" data-state={f.state}>
              <Space size={4} style={{ width: '100%', justifyContent: 'space-between' }} align="start">
                <div style={{ minWidth: 0 }}>
                  <Typography.Text
                    ellipsis
                    style={{ maxWidth: '100%', display: 'block' }}
                    title={f.file.name}
                  >
                    {f.file.name}
                  </Typography.Text>
                  <Typography.Text
                    type={f.state === 'sent' ? 'success' : f.error ? 'danger' : 'secondary'}
                    style={{ fontSize: 13 }}
                  >
                    {sizeOf(f.file.size)} · {stateText[f.state]}
                  </Typography.Text>
                  {f.error && (
                    <div
                      role="alert"
                      data-testid="attachment-error"
                      style={{ color: '#cf1322', fontSize: 13 }}
                    >
                      {pick(f.error.zh, f.error.en)}
                    </div>
                  )}
                </div>
                <Space size={0}>
                  {f.state === 'failed' && f.retry && sendTo && (
                    <Button
                      type="text"
                      size="small"
                      icon={<ReloadOutlined />}
                      aria-label={`${pick('重试', 'Retry')} ${f.file.name}`}
                      onClick={() => picked.send(sendTo, f)}
                    />
                  )}
                  {f.state !== 'sent' && f.state !== 'sending' && (
                    <Button
                      type="text"
                      size="small"
                      icon={<DeleteOutlined />}
                      aria-label={`${pick('移除', 'Remove')} ${f.file.name}`}
                      onClick={() => picked.remove(f.uid)}
                    />
                  )}
                </Space>
              </Space>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
