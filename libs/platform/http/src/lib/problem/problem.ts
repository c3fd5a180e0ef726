import type { FieldError } from '@vwu/platform-problems';

/** Where problem types are documented: libs/platform/http/README.md, one anchor per code. */
export const PROBLEM_TYPE_BASE = 'https://vwu.vn/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

// Raised anywhere (a use case too), rendered here: the edge's users import them from this lib.
export { counted, ProblemError, type FieldError } from '@vwu/platform-problems';

/** An RFC 9457 problem, with the stable `code` clients switch on. */
export interface ProblemDetails {
  /** `https://vwu.vn/problems/<code>` */
  readonly type: string;
  /** Vietnamese first, then English; the same for every occurrence of a status. */
  readonly title: string;
  readonly status: number;
  /** This occurrence, for people; never a submitted value, never internals. */
  readonly detail: string;
  readonly code: string;
  /** The request path (without its query string) that met the problem. */
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Yêu cầu không hợp lệ — Bad request',
  401: 'Chưa xác thực — Unauthenticated',
  403: 'Không có quyền — Forbidden',
  404: 'Không tìm thấy — Not found',
  405: 'Phương thức không được hỗ trợ — Method not allowed',
  406: 'Định dạng trả về không được hỗ trợ — Not acceptable',
  409: 'Xung đột dữ liệu — Conflict',
  410: 'Không còn tồn tại — Gone',
  413: 'Dữ liệu gửi lên quá lớn — Content too large',
  415: 'Định dạng dữ liệu không được hỗ trợ — Unsupported media type',
  422: 'Dữ liệu không hợp lệ — Invalid input',
  429: 'Quá nhiều yêu cầu — Too many requests',
  500: 'Lỗi hệ thống — Internal error',
  502: 'Lỗi cổng kết nối — Bad gateway',
  503: 'Dịch vụ tạm thời không khả dụng — Service unavailable',
  504: 'Hết thời gian chờ — Gateway timeout',
};

export function problemTitle(status: number): string {
  return TITLES[status] ?? (status < 500 ? TITLES[400] : TITLES[500]) ?? '';
}

export function problemType(code: string): string {
  return `${PROBLEM_TYPE_BASE}${code}`;
}
