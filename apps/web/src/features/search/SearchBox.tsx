// The header's search: a 案号, a 文号, a tracking code, an agency or words of the 案由; the
// results page says what matched in each kind.
import { Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../lib/i18n';

export function SearchBox() {
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
      style={{ maxWidth: 260, minWidth: 120 }}
      onSearch={(q) => {
        if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`);
      }}
    />
  );
}
