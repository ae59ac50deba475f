// How a file's state and grade read in the evaluation pages.
import { Tag } from 'antd';
import { useI18n } from '../../lib/i18n';
import type { FileResult } from './types';

const GRADE_COLOR = { excellent: 'green', good: 'blue', pass: 'default', fail: 'red' } as const;

export function FileState({ f, perFile }: { f: FileResult; perFile: number }) {
  const { pick, lang } = useI18n();
  if (f.state === 'final')
    return f.grade ? (
      <Tag color={GRADE_COLOR[f.grade]}>
        {f.score}
        {lang === 'en' ? '' : '分'} · {pick(f.gradeLabel!.zh, f.gradeLabel!.en)}
      </Tag>
    ) : null;
  if (f.state === 'disputed')
    return (
      <Tag color="orange">
        {pick('分差过大，待合议', 'Far apart: to settle')} ({f.scores?.join(' / ')})
      </Tag>
    );
  return (
    <Tag>
      {pick('评分中', 'Scoring')} {f.submitted}/{perFile}
    </Tag>
  );
}
