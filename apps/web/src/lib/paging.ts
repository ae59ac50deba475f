// The list pages' paging: twenty a page, the page number kept by the page, the total from the API.
export const PAGE_SIZE = 20;

export const paging = (
  page: number,
  setPage: (p: number) => void,
  total: number | undefined,
  /** a search counted only up to its cap: the total says "more than", and asks to narrow it */
  capped?: { label: (total: number) => string },
) => ({
  current: page,
  pageSize: PAGE_SIZE,
  total: total ?? 0,
  onChange: setPage,
  showSizeChanger: false,
  ...(capped ? { showTotal: capped.label } : {}),
});
