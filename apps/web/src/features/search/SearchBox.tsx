// The header's search: a 案号, a 文号, a tracking code, an agency or words of the 案由; the
// results page says what matched in each kind. On a phone it opens under the header from a button.
import { Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n';

/** `phone`: the whole width, focused at once, `onSearched` told when a search is made */
export function SearchBox({ phone, onSearched }: { phone?: boolean; onSearched?: () => void } = {}) {
  const { pick } = useI18n();
  const navigate = useNavigate();
  const label = pick(
    '检索案号、文号、查询码、机关或案由',
    'Search case no., document no., tracking code, agency',
  );
  return (
    <Input.Search
      allowClear
      maxLength={80}
      aria-label={label}
      placeholder={pick('案号、文号、查询码…', 'Case no., document no.…')}
      title={label}
      data-testid="global-search"
      autoFocus={phone}
      enterButton={phone}
      style={phone ? { width: '100%' } : { maxWidth: 260, minWidth: 120 }}
      onSearch={(q) => {
        if (!q.trim()) return;
        navigate(`/search?q=${encodeURIComponent(q.trim())}`);
        onSearched?.();
      }}
    />
  );
}
