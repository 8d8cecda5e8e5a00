/**
 * How each outlet prints an article: the lead's prefix ("(Bqp.vn) - ",
 * "VOV.VN - ", "QĐND - "), the date line (or none), where the byline goes,
 * and the site furniture around it (hotlines, "Tin liên quan" lists, portal
 * footers), as in raw/ and the dev corpus.
 */
import type { Para } from "./article.ts";
import { dayMonth, dayMonthYear, pad, weekday, type Ymd } from "./dates.ts";
import type { Rng } from "./prng.ts";
import { expand } from "./template.ts";
import { TOPICS } from "./vocab.ts";

/** One printing of an article: what an outlet needs to render it. */
export interface Edition {
  readonly headline: string;
  readonly sapo: string;
  /** Lead first. */
  readonly paragraphs: readonly Para[];
  readonly pub: Ymd;
  readonly time: string;
  readonly byline: string;
  /** Index into OUTLETS. */
  readonly outlet: number;
  /** "Theo VOV": a reprint crediting its source, or null. */
  readonly credit: string | null;
}

export interface Outlet {
  readonly id: string;
  /** As a credit names it ("Theo VOV"). */
  readonly name: string;
  render(e: Edition, rng: Rng): string;
}

const RELATED = [
  "{Việt Nam - Nhật Bản|Việt Nam và Nhật Bản} {thúc đẩy|tăng cường} hợp tác $T",
  "{Tàu hộ vệ|Tàu huấn luyện} Nhật Bản thăm {Đà Nẵng|Cam Ranh|Hải Phòng}",
  "Tăng cường hợp tác quốc phòng Việt Nam - {Ấn Độ|Hàn Quốc|Australia|Lào|Campuchia}",
  "Đoàn đại biểu quân sự cấp cao Việt Nam {lên đường thăm|kết thúc chuyến thăm} Nhật Bản",
  "Thứ trưởng {Bộ Quốc phòng |}tiếp Đại sứ {Nhật Bản|Australia|Hàn Quốc}",
  "{Nhật Bản - Việt Nam|Việt Nam - Nhật Bản}: {Đối tác tin cậy trong giai đoạn mới|50 năm đồng hành|Hợp tác vì hòa bình}",
  "Hội thảo về $T tại {Hà Nội|Tokyo|Nha Trang}",
];

function related(rng: Rng, n: number): string[] {
  const t = () => rng.pick(TOPICS);
  return Array.from({ length: n }, () => expand(rng.pick(RELATED), rng, { T: t }));
}

/** Lines of an edition's body, the prefix glued to the first. */
function body(e: Edition, prefix: string, withSapo: boolean): string[] {
  const lines = e.paragraphs.map((p) => p.text);
  if (withSapo) return [`${prefix}${e.sapo}`, ...lines];
  return [`${prefix}${lines[0] ?? ""}`, ...lines.slice(1)];
}

function credit(e: Edition): string[] {
  return e.credit ? [e.credit] : [];
}

function join(lines: readonly string[], rng: Rng, sep = "\n\n"): string {
  return lines.join(sep) + (rng.chance(0.8) ? "\n" : "");
}

export const OUTLETS: readonly Outlet[] = [
  {
    id: "bqp",
    name: "Bộ Quốc phòng",
    render: (e, rng) =>
      join(
        [
          e.headline,
          `${e.time} | ${dayMonthYear(e.pub, true)}`,
          ...body(e, "(Bqp.vn) - ", false),
          ...credit(e),
          ...(rng.chance(0.5) ? ["File đính kèm:"] : []),
          e.byline,
          "CỔNG THÔNG TIN ĐIỆN TỬ BỘ QUỐC PHÒNG NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Địa chỉ: Số 7, Nguyễn Tri Phương, Ba Đình, Hà Nội",
          ...(rng.chance(0.5) ? ["*Tel: +84-69.553215 * Email: info@mod.gov.vn", "Website: bqp.vn, mod.gov.vn *"] : []),
          "® Ghi rõ nguồn bqp.vn hoặc mod.gov.vn khi phát hành lại thông tin từ Cổng TTĐT BQP.",
        ],
        rng,
      ),
  },
  {
    id: "qdnd",
    name: "QĐND",
    render: (e, rng) =>
      join(
        [
          e.headline,
          `${weekday(e.pub)}, ${rng.chance(0.5) ? dayMonth(e.pub) : dayMonthYear(e.pub)} - ${e.time}`,
          rng.chance(0.2) ? `${e.byline} (từ Tô-ki-ô)` : e.byline,
          ...body(e, rng.pick(["QĐND - ", "QĐND Online - "]), false),
          ...credit(e),
          "Tin liên quan:",
          ...related(rng, rng.int(1, 3)).map((t) => `- ${t}`),
        ],
        rng,
      ),
  },
  {
    id: "vov",
    name: "VOV",
    render: (e, rng) => {
      const top = rng.chance(0.5);
      return join(
        [
          e.headline,
          ...body(e, "VOV.VN - ", true).slice(0, 1),
          ...(top ? [`${e.byline}/VOV.VN ${weekday(e.pub)}, ${e.time}, ${dayMonthYear(e.pub, true)}`] : []),
          ...body(e, "", false),
          ...(top ? [] : [`${e.byline}/VOV.VN`]),
          ...credit(e),
          "Tin liên quan",
          ...related(rng, rng.int(1, 3)),
          `Đường dây nóng: 0961.${rng.int(100, 999)}.${rng.int(100, 999)}`,
        ],
        rng,
      );
    },
  },
  {
    id: "cand",
    name: "CAND",
    render: (e, rng) => join([e.headline, `${dayMonthYear(e.pub, true)} ${e.time}`, ...body(e, "CAND.com.vn - ", false), ...credit(e), ...(rng.chance(0.5) ? [e.byline] : [])], rng),
  },
  {
    id: "tpo",
    name: "Tiền Phong",
    render: (e, rng) =>
      join([e.headline, ...body(e, "TPO - ", true).slice(0, 1), e.byline, ...body(e, "", false), ...credit(e), "Xem thêm:", ...related(rng, rng.int(1, 3)).map((t) => `>> ${t}`)], rng),
  },
  {
    id: "baotintuc",
    name: "Báo Tin tức",
    render: (e, rng) => join([e.headline, ...body(e, "(Báo Tin tức) - ", false), ...credit(e), "Bài viết được quan tâm", ...related(rng, rng.int(0, 2))], rng),
  },
  {
    id: "tgvn",
    name: "Thế giới và Việt Nam",
    render: (e, rng) => join([e.headline, ...body(e, "TGVN. ", true).slice(0, 1), ...body(e, "", false), e.byline, ...credit(e), "Bài liên quan", ...related(rng, 1)], rng),
  },
  {
    id: "kinhtedothi",
    name: "Kinh tế & Đô thị",
    render: (e, rng) =>
      join([e.headline, e.byline, "Chia sẻ Zalo", ...body(e, "Kinhtedothi - ", false), ...credit(e), "Tin đọc nhiều", "Kinh tế đô thị cuối tuần"], rng),
  },
  {
    id: "soha",
    name: "Soha",
    render: (e, rng) =>
      join(
        [e.headline, `${e.byline} |`, ...body(e, "", false), ...credit(e), "Đường dây nóng: 0943 113 999", "Soha\nBáo lỗi cho Soha", "*Vui lòng nhập đủ thông tin email hoặc số điện thoại"],
        rng,
      ),
  },
  {
    id: "vietnamplus",
    name: "Vietnam+",
    render: (e, rng) => {
      const tight = rng.chance(0.5);
      const lines = [e.headline, ...body(e, "", false), ...credit(e), rng.chance(0.5) ? "(TTXVN/Vietnam+)" : `${e.byline}/Tokyo (Vietnam+)`];
      return tight ? join(lines, rng, "\n") : join(lines, rng);
    },
  },
  {
    id: "plo",
    name: "PLO",
    render: (e, rng) => join([e.headline, `${dayMonthYear(e.pub, true)} ${e.time} GMT+7`, ...body(e, "(PLO)- ", false), ...credit(e), e.byline], rng),
  },
  {
    id: "nhandan",
    name: "Nhân Dân",
    render: (e, rng) =>
      join(
        [e.headline, `${weekday(e.pub)}, ${pad(e.pub.d)}-${pad(e.pub.m)}-${e.pub.y}, ${e.time}`, ...body(e, "NDO - ", false), e.byline, ...credit(e), "Tin liên quan", ...related(rng, rng.int(1, 2))],
        rng,
      ),
  },
  {
    id: "vnexpress",
    name: "VnExpress",
    render: (e, rng) => join([e.headline, e.sapo, e.byline, ...body(e, "", false), ...credit(e), e.byline], rng),
  },
];
