/**
 * One error type for every host. A host refuses something with a code (the key of its message
 * table) and one Chinese sentence that the clerk sees as is; callers that need to tell cases apart
 * test `code`, never the text. The messages every host shares are defined here once; each host's
 * table adds its own (src/hosts/{excel,wps,memory}/messages.ts).
 */

export const COMMON_HOST_MESSAGES = {
  unknownSheet: (name: string) => `找不到名为“${name}”的工作表。`,
  hiddenSheet: (name: string) => `工作表“${name}”已隐藏，无法选中。`,
  badAddress: (ref: string) => `“${ref}”不是有效的单元格地址。`,
  badColumn: (col: string) => `“${col}”不是有效的列标。`,
  badRow: (row: number) => `“${row}”不是有效的行号。`,
  rangeTooLarge: (ref: string) => `区域“${ref}”太大，无法处理。`,
  settingNotJson: (key: string) => `设置“${key}”的值无法保存为 JSON。`,
} as const;

export type HostKind = "excel" | "wps" | "memory";

/** What any host throws: which host, which message (`code`), and the sentence for the clerk. */
export class HostError extends Error {
  constructor(
    readonly host: HostKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

type MessageTable = Record<string, (...args: never[]) => string>;

/** A host's error maker: `fail("badColumn", spec)` is a HostError with that code and sentence. */
export function errorsOf<M extends MessageTable>(host: HostKind, messages: M) {
  return <K extends keyof M & string>(code: K, ...args: Parameters<M[K]>): HostError => new HostError(host, code, (messages[code] as (...a: Parameters<M[K]>) => string)(...args));
}
