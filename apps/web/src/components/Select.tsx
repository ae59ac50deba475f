// The one select of the web: antd's, showing 请选择 (Select…) while nothing is chosen — or, where
// the user types the values (mode "tags"), 请输入 (Type…) — so an empty field never looks filled.
// `useChoiceRule` gives a required select its refusal, naming the field.
import { Select as AntSelect, type SelectProps } from 'antd';
import { useI18n } from '../lib/i18n';

export function Select<V = unknown>(props: SelectProps<V>) {
  const { pick } = useI18n();
  const placeholder =
    props.mode === 'tags' ? pick('请输入，回车确认', 'Type, then Enter') : pick('请选择', 'Select…');
  return <AntSelect<V> placeholder={placeholder} {...props} />;
}

/** a required choice, refused before submission with the field named: 请选择被反映的行政执法机关 */
export function useChoiceRule() {
  const { pick } = useI18n();
  return (zh: string, en: string) => ({
    required: true,
    message: pick(`请选择${zh}`, `Select ${en}`),
  });
}
