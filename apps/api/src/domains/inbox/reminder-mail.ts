// The reminder mail of one user: what in his inbox he has not yet been told of, in Chinese with
// the English beside it. Pure: the inbox items and what was mailed before in, the mail out.
import { DEFAULT_PACK, findProvision, type ProvisionId } from '@jiandu/regulation';
import type { Mail } from '../../mail/mailer.ts';
import type { InboxItem, Severity } from './items.ts';

/**
 * An item as mailed: its page, stage, due date and what is asked. The same deadline is mailed
 * once as due soon and once more when it has passed; a new step or deadline is a new item.
 */
export const itemKey = (i: InboxItem) => `${i.link}|${i.severity}|${i.due ?? ''}|${i.detail}`;

const STAGE: Record<Severity, [string, string]> = {
  overdue: ['已逾期', 'overdue'],
  due_soon: ['即将到期', 'due soon'],
  todo: ['待办', 'to do'],
};

/** '第九条第一款第（三）项' for 'art9.1.3'; the id itself should a pack not know it */
const citation = (id: string, lang: 'zh' | 'en') => {
  const c = findProvision(DEFAULT_PACK, id as ProvisionId)?.citation;
  return c ? (lang === 'zh' ? c.short : c.en) : id;
};

export function reminderMail(
  to: { email: string; displayName: string },
  items: readonly InboxItem[],
  today: string,
  publicUrl: string | null,
): Mail {
  const count = (s: Severity) => items.filter((i) => i.severity === s).length;
  const [overdue, soon, todo] = [count('overdue'), count('due_soon'), count('todo')];
  const link = (i: InboxItem) => `${publicUrl ? publicUrl.replace(/\/$/, '') : ''}${i.link}`;
  const zh = items.map(
    (i) =>
      `【${STAGE[i.severity][0]}】${i.title}\n  ${i.detail}${i.due ? `（期限 ${i.due}）` : ''}${
        i.article ? `　依据：${citation(i.article, 'zh')}` : ''
      }\n  ${link(i)}`,
  );
  const en = items.map(
    (i) =>
      `[${STAGE[i.severity][1]}] ${i.title}: ${i.detailEn}${i.due ? ` (due ${i.due})` : ''}${
        i.article ? `, ${citation(i.article, 'en')}` : ''
      } ${link(i)}`,
  );
  return {
    to: to.email,
    subject: `【行政执法监督】待办提醒：逾期${overdue}项，即将到期${soon}项，待办${todo}项 / Reminders: ${overdue} overdue, ${soon} due soon, ${todo} to do`,
    text: [
      `${to.displayName}：`,
      `截至${today}，以下事项需要您办理（此前已提醒过的不再列出）：`,
      '',
      ...zh,
      '',
      '请登录行政执法监督信息系统办理。本邮件由系统自动发送，请勿回复。',
      '',
      '---',
      `As of ${today}, these items wait for you (those mailed before are not repeated):`,
      ...en,
    ].join('\n'),
  };
}
