/**
 * Years an article names without writing them: "kỷ niệm 50 năm thiết lập
 * quan hệ ngoại giao" is 2023 for Vietnam and Japan, whose diplomatic
 * relations date from 21 September 1973 (Ministry of Foreign Affairs of
 * Japan, "Japan-Viet Nam Relations (Basic Data)"; Bộ Ngoại giao Việt Nam,
 * "Quan hệ Việt Nam – Nhật Bản").
 */
const RELATIONS_ESTABLISHED = 1973;

const ANNIVERSARY = /kỷ niệm\s+(\d{1,3})\s+năm\s+(?:ngày\s+)?(?:thiết lập|lập)\s+quan hệ ngoại giao/giu;

export function anniversaryYears(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(ANNIVERSARY)) years.add(RELATIONS_ESTABLISHED + Number(m[1]));
  return [...years].sort();
}
