// A campaign's results, worked out from its files and sheets each time they are read (nothing
// derived is stored): each file's outcome, each agency's average and rank, and the problems
// found, most frequent first.
import {
  type FileOutcome,
  fileOutcome,
  type Grade,
  gradeOf,
  type Rubric,
  rubricItems,
} from '@jiandu/procedure';
import type { FileRow, SheetRow } from './queries.ts';

export interface FileResult {
  file: FileRow;
  sheets: SheetRow[];
  outcome: FileOutcome;
  grade: Grade | null;
}

export function fileResults(
  rubric: Rubric,
  perFile: number,
  files: readonly FileRow[],
  sheets: readonly SheetRow[],
): FileResult[] {
  const byFile = groupBy(sheets, (s) => s.file_id);
  return files.map((file) => {
    const own = byFile.get(file.id) ?? [];
    const submitted = own.filter((s) => s.submitted_at && s.deductions).map((s) => s.deductions!);
    const outcome = fileOutcome(rubric, submitted, perFile, file.settled);
    return {
      file,
      sheets: own,
      outcome,
      grade: outcome.state === 'final' ? gradeOf(rubric, outcome.score) : null,
    };
  });
}

export function campaignResults(rubric: Rubric, results: readonly FileResult[]) {
  const final = results.filter((r) => r.outcome.state === 'final');
  const score = (r: FileResult) => (r.outcome.state === 'final' ? r.outcome.score : 0);
  const agencies = [...groupBy(final, (r) => r.file.agency_id).values()]
    .map((rs) => ({
      agencyId: rs[0].file.agency_id,
      name: rs[0].file.agency_name,
      files: rs.length,
      average: Math.round((rs.reduce((s, r) => s + score(r), 0) / rs.length) * 10) / 10,
      failing: rs.filter((r) => r.grade === 'fail').length,
    }))
    .sort((a, b) => b.average - a.average || a.name.localeCompare(b.name, 'zh'));
  // equal averages share a rank
  const ranked = agencies.map((a) => ({
    ...a,
    rank: agencies.findIndex((b) => b.average === a.average) + 1,
  }));
  const problems = rubricItems(rubric)
    .map((i) => ({
      code: i.code,
      text: i.text,
      chapter: i.chapter.name,
      article: i.article ?? null,
      files: final.filter((r) => r.outcome.state === 'final' && (r.outcome.deductions[i.code] ?? 0) > 0)
        .length,
    }))
    .filter((p) => p.files > 0)
    .sort((a, b) => b.files - a.files);
  return {
    files: results.length,
    final: final.length,
    failing: final.filter((r) => r.grade === 'fail').length,
    agencies: ranked,
    problems,
  };
}

/** Map.groupBy, which Node 20 lacks */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}
