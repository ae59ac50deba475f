// Every list's "export to Excel": the file fetched with the list's filters, the button saying how
// much has come while it comes (a large list takes a while), and a refusal said in words.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { useState } from 'react';
import { ApiError, fallbackProblem } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { ProblemAlert } from './ProblemAlert';

type Query = Record<string, string | number | boolean | null | undefined>;

/** the name the server gave the file: filename*=UTF-8''… first, else filename="…" */
function fileName(disposition: string | null, fallback: string) {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (utf8) return decodeURIComponent(utf8[1]);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Downloads `path` (under /api/v1) with `query`: `state` is null while idle, else the bytes
 * received and, when the server says how many there are, their total; `error` the last refusal.
 */
export function useDownload() {
  const [state, setState] = useState<{ received: number; total: number | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (path: string, query: Query = {}) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query))
      if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
    const url = `/api/v1${path}${params.size ? `?${params}` : ''}`;
    setError(null);
    setState({ received: 0, total: null });
    try {
      const res = await fetch(url, { credentials: 'same-origin' }).catch(() => {
        throw new ApiError(0, fallbackProblem(0, ''));
      });
      if (!res.ok) {
        const text = await res.text();
        let problem = null;
        try {
          problem = JSON.parse(text);
        } catch {}
        throw new ApiError(res.status, problem?.title ? problem : fallbackProblem(res.status, text));
      }
      const total = Number(res.headers.get('content-length')) || null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = res.body?.getReader();
      while (reader) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState({ received, total });
      }
      const blob = new Blob(chunks, { type: res.headers.get('content-type') ?? undefined });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = fileName(res.headers.get('content-disposition'), path.split('/').pop() ?? 'export');
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (err) {
      setError(err);
    } finally {
      setState(null);
    }
  };
  return { download, state, error, clearError: () => setError(null) };
}

/** "导出 Excel" for a list: `path` its export, `query` the list's filters as they stand */
export function ExportButton({
  path,
  query,
  testId,
  label,
}: {
  path: string;
  query?: Query;
  testId?: string;
  label?: string;
}) {
  const { pick } = useI18n();
  const { download, state, error, clearError } = useDownload();
  const progress = state
    ? state.total
      ? ` ${Math.floor((state.received / state.total) * 100)}%`
      : state.received
        ? ` ${size(state.received)}`
        : ''
    : '';
  return (
    <Popover
      open={!!error}
      onOpenChange={(open) => !open && clearError()}
      trigger="click"
      placement="bottomRight"
      content={
        <div style={{ maxWidth: 360 }} data-testid={testId && `${testId}-error`}>
          <ProblemAlert error={error} />
        </div>
      }
    >
      <Button
        icon={<DownloadOutlined />}
        loading={!!state}
        disabled={!!state}
        aria-busy={!!state}
        data-testid={testId}
        onClick={() => download(path, query)}
      >
        {state
          ? `${pick('正在导出…', 'Exporting…')}${progress}`
          : (label ?? pick('导出 Excel', 'Export to Excel'))}
      </Button>
    </Popover>
  );
}
