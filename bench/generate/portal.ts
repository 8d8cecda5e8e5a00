/**
 * Synthetic web input for the bench's web variant (measurement only): the
 * synthetic .txt articles wrapped in the page layouts of invented news
 * portals, and unrelated pages (other topics, other countries' defence news,
 * English pages) for them to be screened out among. Every page is a pure
 * function of the seed and its index; the prose is written here.
 */
import { parseDateline, type Dateline, type DatelineWords } from "../../pipeline/ingest/dateline.ts";
import { Rng } from "./prng.ts";

/** An article as its .txt file gives it: headline, date line, paragraphs. */
export interface TextArticle {
  readonly headline: string;
  readonly paragraphs: readonly string[];
  /** ISO date-time of publication (the year from the corpus folder, day and time from the date line). */
  readonly published: string | null;
}

/**
 * Headline, date line and body paragraphs of a synthetic .txt article of the given year. The date line is found by
 * the ingest stage's own reader (`parseDateline`), so the page carries every outlet's form of it ("Thứ Sáu, 5/4 -
 * 15:55", "20:01 | 28/06/2015", "28/06/2015 20:01 GMT+7"), as the .txt file gives it to the pipeline.
 */
export function readTextArticle(text: string, year: number, words: DatelineWords): TextArticle {
  // Outlets differ: a blank line between paragraphs, or none; each non-empty line is a block.
  const blocks = text.split("\n").map((b) => b.trim()).filter(Boolean);
  const headline = blocks[0] ?? "";
  let published: string | null = null;
  const rest: string[] = [];
  for (const b of blocks.slice(1)) {
    const d: Dateline | null = published === null ? parseDateline(b, words) : null;
    if (d && d.day !== null && !d.updated) published = `${d.year ?? year}-${pad(d.month)}-${pad(d.day)}T${d.time ?? "00:00"}:00+07:00`;
    else rest.push(b);
  }
  return { headline, paragraphs: rest, published };
}

interface Portal {
  readonly name: string;
  readonly host: string;
  readonly page: (a: { title: string; paragraphs: readonly string[]; published: string | null; url: string; site: string }) => string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Công nghệ", "Sức khỏe"];
const RELATED = ["Giá vàng trong nước đi ngang phiên đầu tuần", "Khai mạc hội chợ hàng Việt tại Cần Thơ", "Dự báo thời tiết ba ngày tới", "Lịch thi đấu vòng loại giải bóng chuyền", "Hướng dẫn nộp hồ sơ trực tuyến", "Phát hiện loài thực vật mới ở Tây Nguyên"];

/** Three portal layouts: og: tags and a <time>; JSON-LD NewsArticle; article:published_time with a date header line. */
const PORTALS: readonly Portal[] = [
  {
    name: "Báo Sông Hồng",
    host: "songhong.example.vn",
    page: (a) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(a.title)} | ${a.site}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="${a.site}"><meta property="og:url" content="${a.url}">
${a.published ? `<meta property="article:published_time" content="${a.published}">` : ""}<link rel="canonical" href="${a.url}"></head>
<body><header><nav><ul>${MENU.map((m) => `<li><a href="/${encodeURIComponent(m)}">${m}</a></li>`).join("")}</ul></nav></header>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a></div><article><h1 class="title">${esc(a.title)}</h1>
${a.published ? `<time datetime="${a.published}">${a.published.slice(0, 10)}</time>` : ""}<div class="content">${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}</div></article>
<aside class="related"><h3>Tin cùng chuyên mục</h3><ul>${RELATED.map((r, i) => `<li><a href="/tin/${i}.html">${r}</a></li>`).join("")}</ul></aside>
<section class="comments"><h4>Bình luận</h4><div class="c"><b>Độc giả</b><p>Bài viết rất bổ ích, cảm ơn tòa soạn.</p></div></section></main>
<footer><p>Cơ quan chủ quản: Công ty Truyền thông Sông Hồng (ví dụ). Giấy phép số 000/GP-BTTTT.</p></footer></body></html>`,
  },
  {
    name: "Tin Nhanh Phương Nam",
    host: "phuongnam.example.vn",
    page: (a) => `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${esc(a.title)}</title>
<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: a.title, url: a.url, ...(a.published ? { datePublished: a.published } : {}), publisher: { "@type": "Organization", name: a.site } })}</script></head>
<body><div id="top"><div class="logo">${a.site}</div><ul class="nav">${MENU.slice(0, 6).map((m) => `<li>${m}</li>`).join("")}</ul></div>
<div id="wrap"><div class="col-left"><h1>${esc(a.title)}</h1><div class="sapo">${esc(a.paragraphs[0] ?? "")}</div>
<div class="detail">${a.paragraphs.slice(1).map((p) => `<p>${esc(p)}</p>`).join("\n")}</div><div class="tags">Từ khóa: hợp tác, đối ngoại</div></div>
<div class="col-right"><div class="box"><h3>Đọc nhiều</h3>${RELATED.slice(2).map((r) => `<p><a href="#">${r}</a></p>`).join("")}</div><div class="ads">Quảng cáo</div></div></div>
<div id="footer">© ${a.site}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></body></html>`,
  },
  {
    name: "Cổng Thông tin Miền Trung",
    host: "mientrung.example.vn",
    page: (a) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(a.title)} - ${a.site}</title>
${a.published ? `<meta property="article:published_time" content="${a.published}">` : ""}<meta name="author" content="Phóng viên"></head>
<body><div class="menu-top">${MENU.map((m) => `<a href="#">${m}</a>`).join(" | ")}</div>
<div class="article-detail"><h2 class="article-title">${esc(a.title)}</h2><div class="date-header">Cập nhật lúc ${a.published ? `${a.published.slice(11, 16)} ngày ${a.published.slice(8, 10)}/${a.published.slice(5, 7)}/${a.published.slice(0, 4)}` : ""}</div>
<div class="article-body">${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}</div>
<div class="share">Chia sẻ: Facebook · Zalo · In bài</div></div>
<div class="other-news"><h4>Các tin khác</h4>${RELATED.map((r) => `<div><a href="#">${r}</a></div>`).join("")}</div>
<div class="footer">Bản quyền thuộc ${a.site}.</div></body></html>`,
  },
];

/** An article's page on one of the portals (by index), with its URL. */
export function portalPage(article: TextArticle, index: number): { html: string; url: string } {
  const portal = PORTALS[index % PORTALS.length]!;
  const url = `https://${portal.host}/quoc-phong/bai-${index}.html`;
  return { url, html: portal.page({ title: article.headline, paragraphs: article.paragraphs, published: article.published, url, site: portal.name }) };
}

// Unrelated pages: topics with sentence parts combined at random, so that no two pages are alike.
const TOPICS: readonly { readonly title: readonly string[]; readonly sentences: readonly string[] }[] = [
  {
    title: ["Giá rau xanh tăng sau đợt mưa lớn", "Thị trường nông sản cuối tuần", "Nông dân thu hoạch vụ lúa sớm"],
    sentences: [
      "Giá nhiều loại rau tại các chợ đầu mối tăng từ mười đến hai mươi phần trăm so với tuần trước.",
      "Thương lái cho biết nguồn hàng từ các vùng trồng rau giảm vì mưa kéo dài nhiều ngày.",
      "Sở Công Thương khuyến cáo người dân không nên tích trữ hàng hóa khi giá biến động ngắn hạn.",
      "Năng suất lúa vụ này được đánh giá cao hơn vụ trước nhờ thời tiết thuận lợi.",
    ],
  },
  {
    title: ["Câu lạc bộ bóng đá thủ đô thắng trận thứ ba liên tiếp", "Giải bóng chuyền nữ khởi tranh", "Vận động viên điền kinh giành huy chương vàng"],
    sentences: [
      "Đội chủ nhà chơi lấn lướt trong hiệp một và ghi bàn mở tỷ số ở phút thứ hai mươi.",
      "Huấn luyện viên trưởng hài lòng với tinh thần thi đấu của các cầu thủ trẻ.",
      "Ban tổ chức cho biết giải năm nay có mười hai đội tham dự, tăng hai đội so với mùa trước.",
      "Khán giả đến sân đông hơn dự kiến dù thời tiết không thuận lợi.",
    ],
  },
  {
    title: ["Hàn Quốc và Mỹ bắt đầu tập trận chung", "Philippines tăng cường tuần tra trên biển", "Australia công bố kế hoạch mua sắm quốc phòng mới"],
    sentences: [
      "Cuộc tập trận kéo dài mười ngày với sự tham gia của hàng nghìn binh sĩ và nhiều tàu chiến.",
      "Bộ Quốc phòng nước này cho biết các hoạt động nhằm nâng cao khả năng phối hợp tác chiến.",
      "Giới phân tích nhận định ngân sách quốc phòng của khu vực tiếp tục tăng trong năm tới.",
      "Quan chức hải quân khẳng định lực lượng sẽ duy trì hiện diện thường xuyên tại vùng biển phía tây.",
    ],
  },
  {
    title: ["Nắng nóng gay gắt ở Bắc Bộ", "Không khí lạnh tràn về các tỉnh phía bắc", "Dự báo mưa lớn ở Nam Trung Bộ"],
    sentences: [
      "Nhiệt độ cao nhất tại nhiều nơi vượt ba mươi tám độ, độ ẩm thấp nhất chỉ khoảng năm mươi phần trăm.",
      "Cơ quan khí tượng khuyến cáo người dân hạn chế ra ngoài vào buổi trưa.",
      "Đợt mưa có thể gây ngập úng cục bộ tại các khu vực trũng thấp và đô thị.",
      "Từ cuối tuần, thời tiết dự kiến dịu mát hơn với mưa rào rải rác.",
    ],
  },
  {
    title: ["Triển lãm tranh sơn mài mở cửa tại bảo tàng", "Liên hoan phim ngắn thu hút khán giả trẻ", "Lễ hội ẩm thực đường phố cuối tuần"],
    sentences: [
      "Triển lãm giới thiệu hơn sáu mươi tác phẩm của các họa sĩ thuộc nhiều thế hệ.",
      "Ban tổ chức cho biết sự kiện mở cửa miễn phí cho khách tham quan đến hết tháng.",
      "Nhiều gian hàng giới thiệu món ăn truyền thống của các vùng miền.",
      "Khách tham quan có thể trò chuyện trực tiếp với nghệ nhân tại khu trình diễn.",
    ],
  },
];
/** Closing sentences any unrelated page may carry. */
const CLOSINGS = [
  "Thông tin chi tiết sẽ tiếp tục được cập nhật trong các bản tin sau.",
  "Người dân có thể theo dõi thông báo chính thức trên trang thông tin của địa phương.",
  "Phóng viên sẽ tiếp tục ghi nhận diễn biến tại hiện trường trong những ngày tới.",
  "Ý kiến đóng góp của bạn đọc xin gửi về tòa soạn qua hộp thư điện tử.",
];
const ENGLISH = [
  "The city council approved a new budget for public transport on Tuesday.",
  "Analysts expect exports to recover in the second half of the year.",
  "The festival drew large crowds despite the rain.",
  "Officials said the new bridge would open to traffic next spring.",
];

/** An unrelated page: a Vietnamese page on another topic, or (one in ten) an English one. */
export function unrelatedPage(seed: number, index: number): { html: string; url: string } {
  const rng = new Rng(seed * 7919 + index);
  const english = rng.chance(0.1);
  const topic = rng.pick(TOPICS);
  const title = english ? `City news ${index}` : `${rng.pick(topic.title)} (${index})`;
  const paragraphs = english ? rng.sample(ENGLISH, 4) : [...rng.sample(topic.sentences, 4).map((s, i) => (i === 0 ? `${s} Bản tin số ${index}.` : s)), rng.pick(CLOSINGS)];
  const day = rng.int(1, 28);
  const month = rng.int(1, 12);
  const published = `${rng.int(2012, 2025)}-${pad(month)}-${pad(day)}T0${rng.int(6, 9)}:00:00+07:00`;
  const portal = PORTALS[index % PORTALS.length]!;
  const url = `https://${portal.host}/tin/${index}.html`;
  return { url, html: portal.page({ title, paragraphs, published, url, site: portal.name }) };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
