import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeHtml, normalizeCharset, repairMojibake, sniffMetaCharset } from "../src/html/encoding.js";

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));
const enc = (s: string, charset: string): Uint8Array => new Uint8Array(iconv.encode(s, charset));

describe("normalizeCharset", () => {
  it("maps labels to WHATWG names", () => {
    expect(normalizeCharset("ISO-8859-1")).toBe("windows-1252");
    expect(normalizeCharset("latin1")).toBe("windows-1252");
    expect(normalizeCharset("US-ASCII")).toBe("windows-1252");
    expect(normalizeCharset('"utf8"')).toBe("utf-8");
    expect(normalizeCharset("gb2312")).toBe("gb18030");
    expect(normalizeCharset("GBK")).toBe("gb18030");
    expect(normalizeCharset("Shift-JIS")).toBe("shift_jis");
    expect(normalizeCharset("windows-31j")).toBe("shift_jis");
    expect(normalizeCharset("EUC-JP")).toBe("euc-jp");
    expect(normalizeCharset("big5")).toBe("big5");
    expect(normalizeCharset("koi8-r")).toBe("koi8-r");
    expect(normalizeCharset("cp1251")).toBe("windows-1251");
    expect(normalizeCharset("iso-8859-9")).toBe("windows-1254");
    expect(normalizeCharset("tis-620")).toBe("windows-874");
  });
  it("rejects unknown labels", () => {
    expect(normalizeCharset("klingon")).toBeUndefined();
    expect(normalizeCharset("")).toBeUndefined();
    expect(normalizeCharset(undefined)).toBeUndefined();
  });
});

describe("decodeHtml", () => {
  it("uses the Content-Type charset", () => {
    const bytes = enc("<p>Caf\u00e9 \u201cquoted\u201d \u20ac5 \u2013 ok\u2122</p>", "windows-1252");
    const r = decodeHtml(bytes, "text/html; charset=ISO-8859-1");
    expect(r).toEqual({
      text: "<p>Caf\u00e9 \u201cquoted\u201d \u20ac5 \u2013 ok\u2122</p>",
      charset: "windows-1252",
      source: "header",
    });
  });

  it("decodes windows-1252 0x80–0x9F as the Windows characters, not C1 controls", () => {
    const r = decodeHtml(
      new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x80, 0x85, 0x96]),
      "text/html; charset=latin1",
    );
    expect(r.text).toBe("\u201cA\u201d \u20ac\u2026\u2013");
  });

  it("decodes Shift_JIS, EUC-JP, GBK, Big5 and KOI8-R from the header", () => {
    const jp = "<p>\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9</p>";
    expect(decodeHtml(enc(jp, "shift_jis"), 'text/html; charset="Shift_JIS"').text).toBe(jp);
    expect(decodeHtml(enc(jp, "euc-jp"), "text/html;charset=euc-jp").text).toBe(jp);
    const zh = "\u4e2d\u6587\u65b0\u95fb";
    expect(decodeHtml(enc(zh, "gbk"), "text/html; charset=gb2312")).toMatchObject({
      text: zh,
      charset: "gb18030",
    });
    const tw = "\u4e2d\u6587\u65b0\u805e";
    expect(decodeHtml(enc(tw, "big5"), "text/html; charset=big5").text).toBe(tw);
    const ru = "\u041d\u043e\u0432\u043e\u0441\u0442\u0438";
    expect(decodeHtml(enc(ru, "koi8-r"), "text/html; charset=koi8-r").text).toBe(ru);
  });

  it("lets a BOM win over the header", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Caf\u00e9")]);
    expect(decodeHtml(bytes, "text/html; charset=iso-8859-1")).toEqual({
      text: "Caf\u00e9",
      charset: "utf-8",
      source: "bom",
    });
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from("h\u00e9", "utf16le")]);
    expect(decodeHtml(le)).toEqual({ text: "h\u00e9", charset: "utf-16le", source: "bom" });
  });

  it("reads <meta charset> and <meta http-equiv> when the header has none", () => {
    const a = enc(
      '<html><head><meta charset="windows-1251"><title>\u041c\u0438\u0440</title>',
      "windows-1251",
    );
    expect(decodeHtml(a, "text/html")).toMatchObject({ charset: "windows-1251", source: "meta" });
    expect(decodeHtml(a, "text/html").text).toContain("\u041c\u0438\u0440");
    const b = enc(
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>\u65e5\u672c</p>',
      "shift_jis",
    );
    expect(decodeHtml(b)).toMatchObject({ charset: "shift_jis", source: "meta" });
    expect(decodeHtml(b).text).toContain("\u65e5\u672c");
  });

  it("ignores a meta inside a comment and unknown header labels", () => {
    const bytes = enc(
      '<!-- <meta charset="koi8-r"> --><meta charset=iso-8859-2><p>\u0141\u00f3d\u017a</p>',
      "iso-8859-2",
    );
    expect(sniffMetaCharset(bytes)).toBe("iso-8859-2");
    expect(decodeHtml(bytes, "text/html; charset=bogus")).toMatchObject({
      source: "meta",
      charset: "iso-8859-2",
    });
    expect(decodeHtml(bytes).text).toContain("\u0141\u00f3d\u017a");
  });

  it("reads the XML declaration of XHTML when there is no meta", () => {
    const bytes = enc(
      '<?xml version="1.0" encoding="ISO-8859-15"?><html><p>\u20ac 5</p></html>',
      "iso-8859-15",
    );
    expect(decodeHtml(bytes, "application/xhtml+xml")).toMatchObject({
      charset: "iso-8859-15",
      source: "meta",
    });
    expect(decodeHtml(bytes).text).toContain("\u20ac 5");
  });

  it("treats a meta UTF-16 label as UTF-8", () => {
    expect(sniffMetaCharset(utf8('<meta charset="utf-16">'))).toBe("utf-8");
  });

  it("detects UTF-8, falls back to windows-1252, and defaults for ASCII", () => {
    expect(decodeHtml(utf8("<p>na\u00efve \u2014 caf\u00e9</p>"))).toEqual({
      text: "<p>na\u00efve \u2014 caf\u00e9</p>",
      charset: "utf-8",
      source: "detected",
    });
    expect(decodeHtml(enc("<p>na\u00efve \u2014</p>", "windows-1252"))).toEqual({
      text: "<p>na\u00efve \u2014</p>",
      charset: "windows-1252",
      source: "detected",
    });
    expect(decodeHtml(utf8("<p>plain</p>"))).toEqual({
      text: "<p>plain</p>",
      charset: "utf-8",
      source: "default",
    });
    expect(decodeHtml(new Uint8Array())).toEqual({ text: "", charset: "utf-8", source: "default" });
  });
});

describe("repairMojibake", () => {
  /** What a UTF-8 string looks like after being read as windows-1252. */
  const garble = (s: string): string => iconv.decode(Buffer.from(s, "utf8"), "windows-1252");

  it("repairs quotes, dashes, ellipses and accented letters with offsets into the input", () => {
    const input = "Itâ€™s a â€œtestâ€\u009d â€” cafÃ© rÃ©sumÃ©â€¦";
    const r = repairMojibake(input);
    expect(r.text).toBe("It\u2019s a \u201ctest\u201d \u2014 caf\u00e9 r\u00e9sum\u00e9\u2026");
    expect(r.repairs.length).toBe(8);
    for (const rep of r.repairs) expect(input.slice(rep.start, rep.end)).toBe(rep.actual);
    expect(r.repairs[0]).toEqual({ start: 2, end: 5, actual: "â€™", expected: "\u2019" });
  });

  it("round-trips text garbled by a real windows-1252 decoder", () => {
    const original =
      "Se\u00f1or M\u00fcller\u2019s \u201cna\u00efve\u201d caf\u00e9 \u2013 \u00a35 \u00b0C \u20ac10\u2122 \u00c9cole";
    // iconv-lite maps the five undefined windows-1252 bytes to U+FFFD; browsers keep them as C1 controls.
    const read = [...Buffer.from(original, "utf8")]
      .map((b) =>
        [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)
          ? String.fromCharCode(b)
          : iconv.decode(Buffer.from([b]), "windows-1252"),
      )
      .join("");
    expect(repairMojibake(read).text).toBe(original);
    expect(repairMojibake(garble("d\u00e9j\u00e0 vu")).text).toBe("d\u00e9j\u00e0 vu");
  });

  it("repairs latin-1 reads (C1 controls) and the NBSP forms", () => {
    expect(repairMojibake("it\u00e2\u0080\u0099s").text).toBe("it\u2019s");
    expect(repairMojibake("10\u00c2\u00a0km").text).toBe("10\u00a0km");
    expect(repairMojibake("end.\u00c2 Next").text).toBe("end. Next");
    expect(repairMojibake("\u00ef\u00bb\u00bfHello")).toEqual({
      text: "Hello",
      repairs: [{ start: 0, end: 3, actual: "\u00ef\u00bb\u00bf", expected: "" }],
    });
  });

  it("repairs a closing quote whose 0x9D byte was stripped", () => {
    expect(repairMojibake("â€œHelloâ€ she said.").text).toBe("\u201cHello\u201d she said.");
  });

  it("leaves real text alone", () => {
    for (const s of [
      "ROM\u00c2NIA \u0218I C\u00c2 mare",
      "IRM\u00c3\u201d said",
      "S\u00c3O PAULO",
      "Caf\u00e9 \u2014 \u201cquoted\u201d",
      "a \u00e2\u20ac b",
      "",
    ]) {
      expect(repairMojibake(s)).toEqual({ text: s, repairs: [] });
    }
  });

  it("undoes any windows-1252 misreading of text built from the repaired alphabet (property)", () => {
    const cp1252 = (b: number): string =>
      [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)
        ? String.fromCharCode(b)
        : iconv.decode(Buffer.from([b]), "windows-1252");
    const misread = (s: string): string => [...Buffer.from(s, "utf8")].map(cp1252).join("");
    const special = [
      ..."\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u20ac\u2122\u00a0\u00a9\u00ae\u00b0\u00a3\u00bd",
      ..."\u00e9\u00e8\u00e0\u00e7\u00f1\u00fc\u00f6\u00e4\u00df\u00c9\u00c0\u00c7\u00dc\u0153\u0161\u017e",
    ];
    const alphabet = fc.constantFrom(...special, ..."abc XYZ.,;!?'\"-0123456789\n");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const original = chars.join("");
        const garbled = misread(original);
        const r = repairMojibake(garbled);
        expect(r.text).toBe(original);
        // The repairs, applied to the input at their offsets, give the output.
        let rebuilt = "";
        let last = 0;
        for (const rep of r.repairs) {
          expect(garbled.slice(rep.start, rep.end)).toBe(rep.actual);
          rebuilt += garbled.slice(last, rep.start) + rep.expected;
          last = rep.end;
        }
        expect(rebuilt + garbled.slice(last)).toBe(original);
      }),
      { numRuns: 300 },
    );
  });

  it("is the identity on text without mojibake lead characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (s) => {
        fc.pre(!/[\u00c2\u00c3\u00c5\u00e2\u00ef]/.test(s));
        expect(repairMojibake(s)).toEqual({ text: s, repairs: [] });
      }),
      { numRuns: 300 },
    );
  });
});
