/**
 * HTTPS integration: a local https server with a throwaway self-signed
 * certificate made by the openssl CLI at test time (skipped without openssl).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FetchOptions, fetchPages } from "../src/fetch/index.js";
import { collect, html, startServer, type TestServer } from "./fixtures/fetch/server.js";

const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

describe.skipIf(!hasOpenssl)("https", () => {
  let dir: string;
  let cert: string;
  let plain: TestServer;
  let secure: TestServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "newsclean-tls-"));
    const made = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
      ],
      { encoding: "utf8" },
    );
    if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
    cert = readFileSync(join(dir, "cert.pem"), "utf8");
    const key = readFileSync(join(dir, "key.pem"), "utf8");
    plain = await startServer({ "/insecure": (_q, r) => html(r, "<p>plain http</p>") });
    secure = await startServer(
      {
        "/page": (_q, r) => html(r, "<p>over tls</p>"),
        "/downgrade": (_q, r) => {
          r.writeHead(301, { location: plain.url("/insecure") });
          r.end();
        },
        "/upgrade-ok": (_q, r) => {
          r.writeHead(302, { location: "/page" });
          r.end();
        },
      },
      { key, cert },
    );
  });

  afterAll(async () => {
    await Promise.all([plain?.close(), secure?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const opts = (): FetchOptions => ({ allowPrivate: true, robots: false, delay: 0, retries: 0, ca: cert });

  it("fetches over TLS when the CA is trusted", async () => {
    const [page] = await collect(fetchPages([secure.url("/page")], opts()));
    expect(page).toMatchObject({ status: 200, html: "<p>over tls</p>" });
    const [viaRedirect] = await collect(fetchPages([secure.url("/upgrade-ok")], opts()));
    expect(viaRedirect).toMatchObject({ status: 200, finalUrl: secure.url("/page") });
  });

  it("refuses an https → http redirect and never contacts the http server", async () => {
    const [page] = await collect(fetchPages([secure.url("/downgrade")], opts()));
    expect(page).toMatchObject({
      status: 301,
      reason: "insecure redirect",
      finalUrl: secure.url("/downgrade"),
    });
    expect(page?.error).toBe(`insecure redirect: https → http refused (${plain.url("/insecure")})`);
    expect(plain.log).toHaveLength(0);
  });

  it("reports an untrusted certificate as a TLS error without retrying", async () => {
    const { ca: _ca, ...untrusting } = opts();
    const [page] = await collect(fetchPages([secure.url("/page")], { ...untrusting, retries: 2 }));
    expect(page).toMatchObject({ status: 0, reason: "tls error", attempts: 1 });
  });
});
