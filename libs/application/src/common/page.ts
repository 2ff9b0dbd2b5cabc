/** A page of a list: docs/api.md caps page sizes (default 20, at most 100). */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
