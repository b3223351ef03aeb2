/**
 * Fetch failures. Every failure becomes a FetchError whose `reason` is a short
 * stable category ("body timeout", "HTTP 503", "blocked address"…) used for
 * retry decisions and the CLI summary; `message` is the page's `error` string
 * (`reason: detail` unless a message is given).
 */

export class FetchError extends Error {
  readonly reason: string;
  readonly retryable: boolean;
  /** HTTP status when the failure happened after the response headers. */
  readonly status: number;

  constructor(
    reason: string,
    detail?: string,
    opts: { retryable?: boolean; status?: number; message?: string } = {},
  ) {
    super(opts.message ?? (detail ? `${reason}: ${detail}` : reason));
    this.name = "FetchError";
    this.reason = reason;
    this.retryable = opts.retryable ?? false;
    this.status = opts.status ?? 0;
  }
}

function codeOf(err: unknown): string {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e && typeof e === "object"; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return "";
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Map an undici / Node / zlib error to a FetchError. */
export function toFetchError(
  err: unknown,
  ctx: { deadlineHit: boolean; aborted: boolean; timeout: number },
): FetchError {
  if (err instanceof FetchError) return err;
  if (err instanceof Error && err.cause instanceof FetchError) return err.cause;
  if (ctx.aborted) return new FetchError("aborted");
  if (ctx.deadlineHit) {
    return new FetchError("deadline exceeded", `no complete response within ${ctx.timeout} ms`, {
      retryable: true,
    });
  }
  const code = codeOf(err);
  const msg = messageOf(err);
  switch (code) {
    case "UND_ERR_CONNECT_TIMEOUT":
    case "ETIMEDOUT":
      return new FetchError("connect timeout", msg, { retryable: true });
    case "UND_ERR_HEADERS_TIMEOUT":
      return new FetchError("headers timeout", msg, { retryable: true });
    case "UND_ERR_BODY_TIMEOUT":
      return new FetchError("body timeout", msg, { retryable: true });
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
    case "UND_ERR_CLOSED":
      return new FetchError("connection reset", msg, { retryable: true });
    case "ECONNREFUSED":
      return new FetchError("connection refused", msg, { retryable: true });
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return new FetchError("unreachable", msg, { retryable: true });
    case "ENOTFOUND":
    case "ENODATA":
      return new FetchError("dns not found", msg);
    case "EAI_AGAIN":
      return new FetchError("dns error", msg, { retryable: true });
    case "UND_ERR_RES_CONTENT_LENGTH_MISMATCH":
      return new FetchError("truncated body", msg, { retryable: true });
    case "Z_DATA_ERROR":
    case "Z_BUF_ERROR":
    case "ERR_BROTLI_DECOMPRESSION_FAILED":
    case "ERR__ERROR_FORMAT_PADDING_1":
      return new FetchError("decompression error", msg);
  }
  if (code.startsWith("HPE_")) return new FetchError("bad response", msg);
  if (code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL") || /CERT|SELF_SIGNED/.test(code)) {
    return new FetchError("tls error", msg);
  }
  if (code.startsWith("ERR_BROTLI") || code.startsWith("Z_"))
    return new FetchError("decompression error", msg);
  if (/^E[A-Z]+$/.test(code)) return new FetchError("network error", `${code} ${msg}`, { retryable: true });
  return new FetchError("error", msg);
}
