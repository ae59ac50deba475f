// The list pages' paging: twenty a page, the page number kept by the page, the total from the API.
export const PAGE_SIZE = 20;

export const paging = (page: number, setPage: (p: number) => void, total: number | undefined) => ({
  current: page,
  pageSize: PAGE_SIZE,
  total: total ?? 0,
  onChange: setPage,
  showSizeChanger: false,
});
