import { Segmented } from 'antd';
import { type Lang, useI18n } from '../lib/i18n';

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('lang.switch')}
      value={lang}
      onChange={setLang}
      options={[
        // the language's own name, marked as Chinese for screen readers in either mode
        { label: <span lang="zh-CN">中文</span>, value: 'zh' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
