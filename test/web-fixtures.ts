/**
 * Web input written for the tests (no third-party text): portal pages in
 * the layout of Vietnamese news sites (menus, related links, comments,
 * footers), a windows-1258 encoder, a WARC builder, and a loopback HTTP
 * server (127.0.0.1 only, closed by the test) serving them with redirects,
 * errors, a slow answer and gzip.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { WARCRecord, WARCSerializer } from "warcio";

const DIR = new URL("./fixtures/web/", import.meta.url);
export const fixturePage = (name: string): Buffer => readFileSync(new URL(name, DIR));

/** A portal page around an article: menu, headline, date, paragraphs, related links, comments, footer. */
export function portalPage(o: { title: string; paragraphs: readonly string[]; published?: string; charset?: string; canonical?: string; site?: string }): string {
  const site = o.site ?? "Báo Thử Nghiệm";
  return `<!DOCTYPE html>
<html lang="vi"><head>
<meta ${o.charset && o.charset !== "utf-8" ? `http-equiv="Content-Type" content="text/html; charset=${o.charset}"` : 'charset="utf-8"'}>
<title>${o.title} - ${site}</title>
<meta property="og:title" content="${o.title}">
<meta property="og:site_name" content="${site}">
${o.published ? `<meta property="article:published_time" content="${o.published}">` : ""}
${o.canonical ? `<link rel="canonical" href="${o.canonical}">` : ""}
</head><body>
<div class="top"><nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/the-thao">Thể thao</a></li><li><a href="/giai-tri">Giải trí</a></li></ul></nav></div>
<div class="main"><article class="detail">
<h1>${o.title}</h1>
<div class="body">
${o.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</div></article>
<div class="box-related"><h3>Tin liên quan</h3><ul><li><a href="/r1">Xem lịch phát sóng tuần này</a></li><li><a href="/r2">Khuyến mãi cuối năm tại các siêu thị</a></li></ul></div>
<div class="comments"><h3>Ý kiến bạn đọc</h3><div class="cmt"><b>Bạn đọc</b><p>Cảm ơn tòa soạn.</p></div></div>
</div>
<footer><p>Cơ quan chủ quản: Công ty Thử Nghiệm. Giấy phép số 000/GP.</p><p>© ${site}</p></footer>
</body></html>`;
}

/** Vietnamese prose as windows-1258 bytes: base letters precomposed where the set has them, tone marks as its combining characters. */
export function encode1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const out = [...text.normalize("NFD")]
    .join("")
    .replace(/(\P{M})(\p{M}+)/gu, (_, base: string, marks: string) => (base + marks.replace(tones, "")).normalize("NFC") + (marks.match(tones) ?? []).join(""));
  return iconv.encode(out, "windows-1258");
}

/** Unrelated pages: Vietnamese news that is not about Japan and defence. */
export const UNRELATED_TOPICS: readonly { title: string; paragraphs: string[] }[] = [
  { title: "Giá lúa tăng nhẹ ở đồng bằng sông Cửu Long", paragraphs: ["Giá lúa tại nhiều tỉnh đồng bằng sông Cửu Long tăng nhẹ trong tuần qua do nhu cầu của các doanh nghiệp xuất khẩu tăng, theo ghi nhận của phóng viên tại các chợ đầu mối.", "Nông dân cho biết năm nay thời tiết thuận lợi nên năng suất cao hơn so với vụ trước, trong khi chi phí phân bón đã giảm được một phần.", "Các chuyên gia khuyến cáo người dân không nên ồ ạt mở rộng diện tích mà cần chú trọng chất lượng hạt gạo để giữ giá bán ổn định."] },
  { title: "Đội tuyển bóng đá nữ tập trung chuẩn bị cho giải khu vực", paragraphs: ["Đội tuyển bóng đá nữ quốc gia đã tập trung tại Hà Nội để chuẩn bị cho giải vô địch khu vực diễn ra vào tháng tới với nhiều gương mặt trẻ.", "Huấn luyện viên trưởng cho biết các cầu thủ đều có tinh thần tốt, nhiều người vừa trở lại sau chấn thương và cần thêm thời gian để lấy lại phong độ.", "Ban huấn luyện dự kiến tổ chức hai trận đấu tập với các câu lạc bộ trong nước trước khi chốt danh sách chính thức."] },
  { title: "Hà Nội có mưa rào và dông vào cuối tuần", paragraphs: ["Theo trung tâm dự báo khí tượng thủy văn, Hà Nội và các tỉnh phía bắc sẽ có mưa rào và dông rải rác vào cuối tuần, nhiệt độ giảm khoảng ba độ.", "Người dân được khuyến cáo đề phòng lốc, sét và gió giật mạnh trong cơn dông, nhất là khi tham gia giao thông vào buổi chiều tối.", "Từ đầu tuần sau, thời tiết dự kiến trở lại nắng nóng với nhiệt độ cao nhất có nơi trên ba mươi lăm độ."] },
  { title: "Du lịch Nhật Bản thu hút khách Việt dịp lễ hội hoa anh đào", paragraphs: ["Nhiều công ty lữ hành cho biết lượng khách Việt Nam đặt tour sang Nhật Bản ngắm hoa anh đào tăng mạnh so với cùng kỳ năm trước.", "Các tour phổ biến kéo dài năm đến bảy ngày, đi qua Tokyo, Kyoto và Osaka, với giá dao động tùy thời điểm và hãng hàng không.", "Các công ty khuyến cáo du khách nên đặt chỗ sớm vì mùa hoa chỉ kéo dài vài tuần và khách sạn thường kín phòng."] },
];

/** The relevant pages written for the tests: two meetings, each with its URL and date in the page's metadata. */
export const RELEVANT_PAGES: readonly { path: string; title: string; published: string; paragraphs: string[] }[] = [
  {
    path: "/quoc-phong/dien-dam-viet-nhat.html",
    title: "Bộ trưởng Quốc phòng Việt Nam điện đàm với Bộ trưởng Quốc phòng Nhật Bản",
    published: "2023-03-16T08:15:00+07:00",
    paragraphs: [
      "Chiều 15/3, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam, đã điện đàm với Bộ trưởng Quốc phòng Nhật Bản Hamada Yasukazu về hợp tác quốc phòng giữa hai nước.",
      "Hai Bộ trưởng đánh giá cao kết quả hợp tác quốc phòng song phương thời gian qua, nhất là trong các lĩnh vực đào tạo, gìn giữ hòa bình Liên hợp quốc và khắc phục hậu quả chiến tranh.",
      "Hai bên nhất trí tiếp tục duy trì các cơ chế đối thoại và trao đổi đoàn các cấp, góp phần làm sâu sắc hơn quan hệ Đối tác chiến lược sâu rộng Việt Nam - Nhật Bản.",
    ],
  },
  {
    path: "/quoc-phong/tiep-dai-su-nhat-ban.html",
    title: "Bộ trưởng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Nhật Bản",
    published: "2023-09-20T02:30:00Z",
    paragraphs: [
      "Sáng 19/9, tại trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam, đã tiếp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru đang ở thăm Việt Nam.",
      "Tại buổi tiếp, Đại tướng Phan Văn Giang chúc mừng Bộ trưởng Kihara Minoru nhận nhiệm vụ mới và đề nghị hai bên tiếp tục phối hợp chặt chẽ trong lĩnh vực an ninh hàng hải và công nghiệp quốc phòng.",
      "Bộ trưởng Kihara Minoru khẳng định Nhật Bản coi trọng quan hệ hợp tác quốc phòng với Việt Nam và mong muốn hai bên tăng cường trao đổi đoàn trong thời gian tới.",
    ],
  },
];

/** A web archive of ≥ 50 records: warcinfo, request/response pairs for the relevant and unrelated pages, 404s, images, a metadata record. Gzip per record. */
export async function buildWarc(host: string, options: { unrelated?: number; gzip?: boolean } = {}): Promise<Buffer> {
  const date = "2023-09-20T03:00:00Z";
  const parts: Uint8Array[] = [];
  const add = async (r: WARCRecord) => parts.push(await WARCSerializer.serialize(r, { gzip: options.gzip ?? true }));
  const body = (bytes: Uint8Array | string) => (async function* () {
    yield typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  })();
  await add(WARCRecord.createWARCInfo({ filename: "test.warc.gz", warcVersion: "WARC/1.1" }, { software: "hoidam tests", format: "WARC File Format 1.1" }));
  const response = async (path: string, html: Uint8Array | string, status = "200 OK", type = "text/html; charset=utf-8") => {
    const url = `http://${host}${path}`;
    await add(WARCRecord.create({ url, date, type: "request", warcVersion: "WARC/1.1", statusline: `GET ${path} HTTP/1.1`, httpHeaders: { Host: host } }, body("")));
    await add(WARCRecord.create({ url, date, type: "response", warcVersion: "WARC/1.1", statusline: `HTTP/1.1 ${status}`, httpHeaders: { "Content-Type": type } }, body(html)));
  };
  for (const p of RELEVANT_PAGES) await response(p.path, portalPage({ ...p, canonical: `https://${host}${p.path}` }));
  const n = options.unrelated ?? 16;
  for (let i = 0; i < n; i++) {
    const t = UNRELATED_TOPICS[i % UNRELATED_TOPICS.length]!;
    await response(`/tin/${i}.html`, portalPage({ title: `${t.title} (${i})`, paragraphs: t.paragraphs.map((p) => `${p} Bản tin số ${i}.`), published: "2023-09-19T07:00:00+07:00" }));
  }
  await response("/tin/english.html", fixturePage("english-defence.html"));
  for (let i = 0; i < 3; i++) await response(`/mat/${i}.html`, "<html><body>Không tìm thấy trang</body></html>", "404 Not Found");
  for (let i = 0; i < 3; i++) await response(`/anh/${i}.jpg`, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), "200 OK", "image/jpeg");
  await add(WARCRecord.create({ url: `http://${host}/`, date, type: "metadata", warcVersion: "WARC/1.1", warcHeaders: { "Content-Type": "application/warc-fields" } }, body("outlinks: 3\r\n")));
  return Buffer.concat(parts);
}

/** The loopback server: fixture pages and the misbehaviours a collector meets. Records every request. */
export interface FixtureServer {
  readonly origin: string;
  readonly requests: { path: string; userAgent: string | undefined; at: number }[];
  /** The most requests the server had in hand at once. */
  maxInFlight(): number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer["requests"] = [];
  const counts = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const talks = fixturePage("portal-talks.html");
  const cp1258 = encode1258(portalPage({ ...RELEVANT_PAGES[0]!, charset: "windows-1258" }));
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, userAgent: req.headers["user-agent"], at: Date.now() });
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    res.on("close", () => inFlight--);
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const html = (bytes: Buffer | string, type = "text/html; charset=utf-8") => {
      res.writeHead(200, { "content-type": type });
      res.end(bytes);
    };
    switch (path) {
      case "/robots.txt":
        res.writeHead(200, { "content-type": "text/plain" });
        return res.end("User-agent: *\nDisallow: /private/\n");
      case "/tin/hoi-dam.html":
        return html(talks);
      case "/tin/cp1258.html":
        return html(cp1258, "text/html"); // the charset is in the page's <meta> only
      case "/cu/hoi-dam":
        res.writeHead(301, { location: "/tin/hoi-dam.html" });
        return res.end();
      case "/tin/gzip.html":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
        return res.end(gzipSync(portalPage(RELEVANT_PAGES[1]!)));
      case "/tin/flaky.html": // a 503 first, then the page
        if (n === 1) {
          res.writeHead(503, { "retry-after": "0" });
          return res.end("busy");
        }
        return html(portalPage(RELEVANT_PAGES[1]!));
      case "/tin/busy.html": // a 429 first, then the page
        if (n === 1) {
          res.writeHead(429, { "retry-after": "0" });
          return res.end("slow down");
        }
        return html(portalPage(UNRELATED_TOPICS[0]!));
      case "/tin/loi.html":
        res.writeHead(500);
        return res.end("internal error");
      case "/tin/cham.html": {
        const timer = setTimeout(() => html(talks), 2000);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "/private/bi-mat.html":
        return html(talks);
      case "/anh/logo.png":
        res.writeHead(200, { "content-type": "image/png" });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      default:
        res.writeHead(404, { "content-type": "text/html" });
        return res.end("<html><body>Không tìm thấy</body></html>");
    }
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
