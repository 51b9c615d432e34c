/**
 * The router every transport goes through (IPC, HTTP host, tests): unknown methods are refused, input is
 * validated against the contract, domain failures become `{ ok: false }` with a Vietnamese message,
 * and nothing else escapes — a stack trace never reaches the clerk.
 */
import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type MethodOutput } from '../../shared/api/contract.ts';
import { DomainError, type ApiResult, type FieldIssue } from '../../shared/api/result.ts';
import type { HandlerContext } from './context.ts';
import { handlers as defaultHandlers, type Handlers } from './handlers.ts';

export type Router = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function sqliteConstraintMessage(error: unknown): string | null {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return null;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'Dữ liệu tham chiếu tới một bản ghi không tồn tại.';
  return 'Dữ liệu vi phạm ràng buộc của cơ sở dữ liệu; không có gì được ghi.';
}

export function createRouter(
  ctx: HandlerContext,
  options: { handlers?: Handlers; onInternalError?: (method: string, error: unknown) => void } = {},
): Router {
  const handlers = options.handlers ?? defaultHandlers;
  const report =
    options.onInternalError ?? ((method, error) => console.error(`[api] ${method} failed:`, error));

  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      // Only a short string is echoed back: String() of an arbitrary value can throw (null prototype) or be huge.
      const name = typeof method === 'string' && method.length <= 100 ? ` "${method}"` : '';
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Không có chức năng${name}.` } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      return {
        ok: false,
        error: { code: 'VALIDATION', message: issues[0]?.message ?? 'Dữ liệu nhập không hợp lệ.', issues },
      };
    }
    try {
      const handler = handlers[method] as (c: HandlerContext, i: unknown) => unknown;
      const value = await handler(ctx, parsed.data);
      return { ok: true, value: spec.output.parse(value) as MethodOutput<MethodName> };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
      }
      const constraint = sqliteConstraintMessage(error);
      if (constraint) return { ok: false, error: { code: 'CONFLICT', message: constraint } };
      report(method, error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Đã xảy ra lỗi không mong muốn; không có gì bị thay đổi. Hãy thử lại.',
        },
      };
    }
  };
}
