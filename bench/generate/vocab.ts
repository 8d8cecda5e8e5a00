/**
 * Word lists and sentence templates for the synthetic corpus, in the style
 * of Vietnamese defence news (see raw/ and the dev corpus). Templates use
 * the syntax of template.ts; the slots are filled per meeting by article.ts:
 *
 *   $A / $B     the Vietnamese / Japanese participant, as mentioned in the body
 *   $AN / $BN   their names;  $AS / $BS  their short titles ("Bộ trưởng")
 *   $T          2–4 cooperation topics;  $T1  one topic
 *   $EV         a forum;  $DOC, $DOC2  agreements;  $N  a small ordinal
 *   $YR / $YY   the year of publication / the year before;  $ANNIV  years of relations
 *   $MEETP / $MEETC the meeting as a noun ("hội đàm", "buổi tiếp"), capitalised
 *   $MEETPREV   an earlier meeting;  $PARTNER  the partnership's name
 *   $JPORG, $BASE, $SHIP, $PORT, $CITY, $MONTH
 */

export const TOPICS: readonly string[] = [
  "gìn giữ hòa bình Liên hợp quốc",
  "khắc phục hậu quả chiến tranh",
  "rà phá bom mìn nhân đạo",
  "quân y",
  "đào tạo nguồn nhân lực",
  "đào tạo ngoại ngữ",
  "an ninh mạng",
  "an ninh biển",
  "công nghiệp quốc phòng",
  "chuyển giao trang bị và công nghệ quốc phòng",
  "hỗ trợ nhân đạo và cứu trợ thảm họa",
  "tìm kiếm cứu nạn",
  "giao lưu sĩ quan trẻ",
  "trao đổi đoàn các cấp",
  "tham vấn giữa các quân chủng",
  "hợp tác hải quân",
  "hợp tác không quân",
  "cảnh sát biển",
  "nâng cao năng lực",
  "khắc phục hậu quả chất độc da cam/dioxin",
  "nghiên cứu chiến lược",
  "lịch sử quân sự",
  "hậu cần - kỹ thuật",
  "y học quân sự",
  "ứng phó biến đổi khí hậu",
  "an ninh phi truyền thống",
  "chống khủng bố",
  "phòng, chống dịch bệnh",
  "diễn tập đa phương",
  "bảo đảm an toàn hàng hải",
  "phòng không",
  "đào tạo phi công",
  "xử lý vật liệu nổ",
  "bản đồ quân sự",
  "kỹ thuật công binh",
  "quản lý vùng trời",
  "thông tin liên lạc",
  "văn hóa, thể thao quân đội",
];

export const FORUMS: readonly string[] = [
  "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+)",
  "Đối thoại Shangri-La",
  "Diễn đàn Khu vực ASEAN (ARF)",
  "Hội nghị Quan chức Quốc phòng cấp cao Nhật Bản - ASEAN",
  "Hội nghị Bộ trưởng Quốc phòng ASEAN - Nhật Bản",
  "Hội nghị Tư lệnh Hải quân Tây Thái Bình Dương",
  "Đối thoại Tokyo về quốc phòng",
  "Hội nghị Quan chức Quốc phòng cấp cao ASEAN mở rộng (ADSOM+)",
  "Triển lãm Quốc phòng quốc tế Việt Nam",
  "Hội nghị Tham mưu trưởng Lục quân khu vực Thái Bình Dương",
];

export const DOCUMENTS: readonly string[] = [
  "Bản ghi nhớ về hợp tác và trao đổi quốc phòng song phương",
  "Tuyên bố Tầm nhìn chung về hợp tác quốc phòng Việt Nam - Nhật Bản hướng tới thập niên tiếp theo",
  "Thỏa thuận chuyển giao trang bị và công nghệ quốc phòng",
  "Bản ghi nhớ về hợp tác an ninh mạng",
  "Bản ghi nhớ về hợp tác trong lĩnh vực quân y",
  "Bản ghi nhớ về hợp tác gìn giữ hòa bình Liên hợp quốc",
  "Biên bản Đối thoại Chính sách quốc phòng",
  "Kế hoạch hợp tác quốc phòng giai đoạn tiếp theo",
  "Ý định thư về hợp tác hỗ trợ nhân đạo và cứu trợ thảm họa",
  "Bản ghi nhớ về hợp tác công nghiệp quốc phòng",
];

export const PLACES_VN: readonly string[] = [
  "tại trụ sở Bộ Quốc phòng ở Hà Nội",
  "tại Hà Nội",
  "tại trụ sở Bộ Quốc phòng",
  "tại thành phố Nha Trang, tỉnh Khánh Hòa",
  "tại thành phố Đà Nẵng",
  "tại Cảng quốc tế Cam Ranh",
  "tại Thành phố Hồ Chí Minh",
  "tại Học viện Quốc phòng",
  "tại Nhà khách Bộ Quốc phòng",
];

export const PLACES_JP: readonly string[] = [
  "tại trụ sở Bộ Quốc phòng Nhật Bản ở Tokyo",
  "tại thủ đô Tokyo",
  "tại thành phố Fukuoka",
  "tại căn cứ Yokosuka",
  "tại thành phố Osaka",
  "tại Văn phòng Thủ tướng ở thủ đô Tô-ki-ô",
];

export const PLACES_THIRD: readonly string[] = [
  "bên lề Đối thoại Shangri-La tại Singapore",
  "bên lề Hội nghị ADMM+ tại Bangkok",
  "bên lề Hội nghị ADMM+ tại Jakarta",
  "tại Vientiane, Lào",
  "bên lề Hội nghị ADMM+ tại Phnom Penh",
  "tại Clark, Philippines",
  "tại Kuala Lumpur, Malaysia",
];

export const PLACES_ONLINE: readonly string[] = ["bằng hình thức trực tuyến", "tại điểm cầu Hà Nội", "qua hình thức trực tuyến", "tại điểm cầu Bộ Quốc phòng"];

export const BASES: readonly string[] = ["Kisarazu", "Yokosuka", "Kure", "Maizuru", "Naha", "Sasebo", "Iruma", "Asaka"];
export const SHIPS: readonly string[] = ["Ise", "Kaga", "Izumo", "Suzutsuki", "Akizuki", "Kirisame", "Shimakaze", "Takanami"];
export const PORTS: readonly string[] = ["Cam Ranh", "Tiên Sa, Đà Nẵng", "Hải Phòng", "Nhà Rồng - Khánh Hội"];
export const CITIES: readonly string[] = ["Hà Nội", "Tokyo", "Đà Nẵng", "Nha Trang", "Thành phố Hồ Chí Minh", "Hải Phòng", "Yokohama"];

/** Authors of bylines: given names as printed ("Minh Tuấn", "Ngọc Sơn"). */
export const BYLINE_FIRST: readonly string[] = ["Minh", "Ngọc", "Hồng", "Thanh", "Quang", "Việt", "Hải", "Thu", "Anh", "Phương", "Đức", "Tuấn", "Hoàng", "Lan", "Bảo", "Trung", "Hữu", "Mạnh", "Xuân", "Thùy"];
export const BYLINE_LAST: readonly string[] = ["Tuấn", "Sơn", "Minh", "Tùng", "Quân", "Đức", "Hiền", "Anh", "Bằng", "Hà", "Long", "Nam", "Hưng", "Trang", "Dũng", "Khánh", "Thắng", "Linh", "Vy", "Phong"];
export const BYLINE_FAMILY: readonly string[] = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Khổng", "Đặng"];

/** Lead of the main meeting, by format. $WHEN, $PLACE, $AF / $BF (full mentions), $VERB, $N are filled by article.ts. */
export const LEADS: Readonly<Record<string, readonly string[]>> = {
  talks: [
    "$WHEN, $PLACE, $AF {đã |}$VERB $BF.",
    "$WHEN, $PLACE, $AF {đã |}$VERB $BF{, nhân dịp $BS $BN thăm chính thức Việt Nam| nhân dịp $BS $BN sang Việt Nam dự $EV}.",
    "$WHEN, $PLACE, $AF đã chủ trì lễ đón chính thức và hội đàm với $BF.",
  ],
  online: ["$WHEN, $AF {đã |}$VERB $BF.", "$WHEN, $PLACE, $AF đã có cuộc $VERB $BF."],
  reception: [
    // (No "nhân dịp kết thúc nhiệm kỳ": the guest's term ends on no date the generator knows, and the extractor reads
    // those words as the end of a post, which dates the year.)
    "$WHEN, $PLACE, $AF {đã |}$VERB $BF{, nhân dịp sang Việt Nam dự $EV| đang có chuyến thăm làm việc tại Việt Nam|}.",
    "$WHEN, $PLACE, $AF đã $VERB {đoàn đại biểu Bộ Quốc phòng Nhật Bản do $BF dẫn đầu|$BF}.",
  ],
  courtesy: [
    "$WHEN (giờ địa phương), {trong khuôn khổ chuyến thăm chính thức Nhật Bản|nhân dịp thăm chính thức Nhật Bản}, $AF đã $VERB $BF $PLACE.",
    "{Nhận lời mời của Bộ Quốc phòng Nhật Bản|Trong khuôn khổ chuyến thăm Nhật Bản}, $WHENL, $AF đã $VERB $BF.",
  ],
  dialogue: [
    "$WHEN, $PLACE, $AF và $BF đã đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản lần thứ $N.",
    "$WHEN, $PLACE, Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản lần thứ $N đã diễn ra dưới sự đồng chủ trì của $AF và $BF.",
  ],
  working: ["$WHEN, $PLACE, $AF đã {có buổi |}$VERB $BF.", "$WHEN, $AF đã $VERB $BF $PLACE."],
};

/** The verb of a lead, by format. */
export const VERBS: Readonly<Record<string, readonly string[]>> = {
  talks: ["hội đàm với", "hội đàm song phương với", "có cuộc hội đàm với"],
  online: ["hội đàm trực tuyến với", "điện đàm trực tuyến với", "điện đàm với"],
  reception: ["tiếp", "tiếp xã giao", "tiếp thân mật", "tiếp xã giao"],
  courtesy: ["đến chào xã giao", "chào xã giao", "đến chào"],
  dialogue: ["đồng chủ trì Đối thoại với"],
  working: ["làm việc với", "hội kiến", "gặp"],
};

/** The meeting as a noun, by format ($MEETP, $MEETC). */
export const MEETING_NOUNS: Readonly<Record<string, readonly string[]>> = {
  talks: ["hội đàm", "buổi hội đàm"],
  online: ["điện đàm", "buổi điện đàm", "hội đàm trực tuyến"],
  reception: ["buổi tiếp", "buổi gặp"],
  courtesy: ["buổi chào xã giao", "buổi gặp"],
  dialogue: ["Đối thoại", "phiên Đối thoại"],
  working: ["buổi làm việc", "buổi gặp"],
};

/** How a further meeting of the same article is introduced. $DM: day/month. */
export const FOLLOW_UPS: readonly string[] = [
  "Trước đó, {sáng|chiều|} cùng ngày, $PLACE, $AF đã $VERB $BF.",
  "{Chiều|Sáng|Tối} cùng ngày, $PLACE, $AF {cũng |}đã $VERB $BF.",
  "Cũng trong ngày $DM, $AF đã $VERB $BF.",
  "{Trước đó|Sau đó}, ngày $DM, $PLACE, $AF đã $VERB $BF.",
  "{Trước $MEETP|Sau $MEETP}, $AF đã $VERB $BF.",
];

/** Body sentences. A paragraph is one to three of them. */
export const SENTENCES: readonly string[] = [
  "{Đây là|Đây là lần} {chuyến thăm|hoạt động} {đầu tiên|quan trọng} của $B {tới Việt Nam |}{trên cương vị mới|kể từ khi nhậm chức|trong năm $YR}{, diễn ra|} {đúng vào dịp|trong bối cảnh} {hai nước kỷ niệm $ANNIV năm thiết lập quan hệ ngoại giao|quan hệ hai nước đang phát triển tốt đẹp|tình hình khu vực có nhiều diễn biến phức tạp}.",
  "$MEETC {nhằm|với mục đích} {tiếp tục thúc đẩy|cụ thể hóa|đánh giá kết quả} {các hoạt động hợp tác quốc phòng|hợp tác quốc phòng song phương|các nội dung hợp tác} giữa Việt Nam và Nhật Bản{ thời gian qua| trong năm $YR|}{, đồng thời|; qua đó} {trao đổi về|bàn phương hướng hợp tác trong} {tình hình khu vực và thế giới cùng quan tâm|thời gian tới|các lĩnh vực $T}.",
  "{Tại $MEETP|Phát biểu tại $MEETP|Mở đầu $MEETP}, $A {hoan nghênh|nhiệt liệt chào mừng} $B {sang thăm và làm việc tại Việt Nam|đã dành thời gian cho $MEETP|nhân dịp sang dự $EV}{; khẳng định|, khẳng định|, nhấn mạnh} Việt Nam {luôn coi trọng|đánh giá cao|mong muốn củng cố} $PARTNER với Nhật Bản.",
  "$A {đánh giá cao|ghi nhận|bày tỏ vui mừng trước} {những kết quả hợp tác|các bước phát triển|sự phát triển tích cực} {mà hai bên đạt được|của quan hệ quốc phòng hai nước} {thời gian qua|trong những năm gần đây|kể từ $MEETPREV}, {nhất là|đặc biệt là|trong đó có} {trong các lĩnh vực |}$T.",
  "{Theo|Theo đánh giá của} $AS $AN, {quan hệ hợp tác quốc phòng|hợp tác quốc phòng song phương} Việt Nam - Nhật Bản {có những bước phát triển vượt bậc|ngày càng đi vào thực chất, có chiều sâu|đạt nhiều kết quả quan trọng}, {góp phần|đóng góp} {củng cố lòng tin|làm sâu sắc thêm} {giữa hai nước, hai quân đội|$PARTNER}.",
  "$A {cảm ơn|chân thành cảm ơn} {Chính phủ|phía|Bộ Quốc phòng} Nhật Bản {đã hỗ trợ|đã giúp đỡ|đã dành sự quan tâm, giúp đỡ} Việt Nam {trong lĩnh vực $T1|trong công tác $T1|về $T1}{, nhất là|, đặc biệt là|; đồng thời đề nghị tiếp tục hỗ trợ} {trang thiết bị|đào tạo nguồn nhân lực|chia sẻ kinh nghiệm|nâng cao năng lực} {cho các lực lượng chức năng|cho Quân đội nhân dân Việt Nam|}.",
  "$A {đề nghị|mong muốn} hai bên {tiếp tục |}{triển khai hiệu quả|thực hiện tốt|cụ thể hóa} $DOC{, đẩy mạnh| và mở rộng|; tăng cường} hợp tác {trong các lĩnh vực|về} $T.",
  "{Đồng thời|Bên cạnh đó|Ngoài ra}, $AS $AN {đề nghị|mong muốn|đề xuất} {phía Nhật Bản|hai bên} {duy trì hiệu quả|tăng cường} {các cơ chế đối thoại, tham vấn|cơ chế Đối thoại Chính sách quốc phòng|trao đổi đoàn các cấp, nhất là đoàn cấp cao|tham vấn sĩ quan tham mưu giữa các quân chủng}{ và phối hợp chặt chẽ tại các diễn đàn đa phương như $EV|, $T1|}.",
  "$B {bày tỏ|cho biết|khẳng định} {Nhật Bản|Bộ Quốc phòng Nhật Bản|Chính phủ Nhật Bản} {luôn coi trọng|đánh giá cao vai trò của Việt Nam|coi Việt Nam là đối tác quan trọng} {trong ASEAN và khu vực|trong quan hệ với các nước Đông Nam Á|}{, mong muốn| và sẵn sàng| và mong muốn} {tăng cường hợp tác|chia sẻ kinh nghiệm|thúc đẩy hợp tác} {trong các lĩnh vực|về} $T.",
  "{Nhất trí với|Đồng tình với|Cảm ơn} {ý kiến|đề xuất|những đánh giá} của $AS $AN, $B {khẳng định|cho rằng|nhấn mạnh} {hai bên cần|Nhật Bản sẽ} {phối hợp chặt chẽ|tích cực} {triển khai các nội dung đã thống nhất|hợp tác trong lĩnh vực $T1|thúc đẩy các hoạt động hợp tác quốc phòng} {ngay trong năm $YR|trong thời gian tới|theo hướng thực chất, hiệu quả}.",
  "$BS $BN {chúc mừng|đánh giá cao} {Việt Nam|Quân đội nhân dân Việt Nam} {đã tổ chức thành công|đã hoàn thành tốt vai trò|có nhiều đóng góp} {trong|tại} {$EV|hoạt động gìn giữ hòa bình Liên hợp quốc|công tác phòng, chống thiên tai}{ và tin tưởng| và mong muốn|; bày tỏ mong muốn} {hai bên sẽ phối hợp chặt chẽ hơn nữa|quan hệ hai nước tiếp tục phát triển lên tầm cao mới|Việt Nam tiếp tục đóng góp tích cực cho hòa bình, ổn định ở khu vực}.",
  "{Theo|Theo đánh giá của} $BS $BN, {trong thời gian qua|thời gian gần đây} {đã xuất hiện một số hành động|tình hình an ninh khu vực có những diễn biến} {gây căng thẳng, làm phức tạp tình hình|khó lường} {tại Biển Đông cũng như biển Hoa Đông|ở khu vực|}; {Nhật Bản kiên quyết phản đối|Nhật Bản phản đối} {các hành động đơn phương làm thay đổi hiện trạng|mọi hành động đơn phương}.",
  "{Tại $MEETP|Trong $MEETP}, hai bên {đã |}{cùng nhau |}{trao đổi về|thông báo cho nhau về|chia sẻ quan điểm về} {tình hình khu vực, quốc tế|tình hình mỗi nước|các vấn đề an ninh khu vực và quốc tế cùng quan tâm}{; đánh giá cao|, đánh giá cao} {kết quả hợp tác quốc phòng song phương|những bước phát triển của quan hệ hai nước} {thời gian qua|kể từ $MEETPREV|trong năm $YY}.",
  "Hai bên {nhất trí|thống nhất} {tiếp tục |}{tăng cường|đẩy mạnh|mở rộng} hợp tác {trong các lĩnh vực|về} $T{, trong đó ưu tiên| và coi trọng| trên cơ sở} {$T1|trao đổi đoàn các cấp|giao lưu, tiếp xúc các cấp}.",
  "Hai bên {khẳng định|cho rằng|nhấn mạnh} việc {duy trì hòa bình, ổn định|bảo đảm an ninh, an toàn và tự do hàng hải, hàng không} {ở Biển Đông|trong khu vực} {có ý nghĩa quan trọng|là lợi ích chung} {với mọi quốc gia|của các nước trong và ngoài khu vực}; các tranh chấp cần được giải quyết bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế{, trong đó có Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982)|}.",
  "{Hai bên|Hai Bộ Quốc phòng} {cũng |}{nhất trí|thống nhất} {sớm ký kết|thúc đẩy đàm phán để sớm ký kết|triển khai} “$DOC”{ và “$DOC2”|}{ trong năm $YR| trong thời gian tới|}.",
  "{Về hợp tác đa phương|Trên bình diện đa phương}, hai bên {nhất trí|thống nhất} {tiếp tục phối hợp chặt chẽ|hỗ trợ lẫn nhau} {tại|trong khuôn khổ} {$EV|các diễn đàn do ASEAN chủ trì|Liên hợp quốc}, {trong đó có|nhất là} {nhóm chuyên gia về $T1|việc đồng chủ trì Nhóm chuyên gia về $T1 chu kỳ $N|hoạt động $T1}.",
  "Hai bên {nhất trí|thống nhất} {Đối thoại Chính sách quốc phòng|Đối thoại} lần tiếp theo sẽ được tổ chức tại {Nhật Bản|Việt Nam|Tokyo|Hà Nội} vào {năm tới|cuối năm $YR|thời điểm thích hợp}.",
  "{Kết thúc $MEETP|Sau $MEETP|Cũng tại $MEETP}, {hai bên|hai đồng chủ trì|trước sự chứng kiến của $AS $AN và $BS $BN, đại diện hai bên} đã ký {và trao đổi |}$DOC.",
  "{Nhân dịp này|Dịp này|Cũng tại $MEETP}, $A {trân trọng mời|mời|chuyển lời mời của lãnh đạo Bộ Quốc phòng Việt Nam mời} $B {thăm Việt Nam|sang thăm chính thức Việt Nam|tham dự $EV tại Việt Nam} {vào thời gian thích hợp|trong năm $YR|vào dịp cuối năm}{; $BS $BN vui vẻ nhận lời| và được $BS $BN vui vẻ nhận lời|}.",
  "$A {nhờ|đề nghị} $B chuyển lời thăm hỏi {trân trọng |}của {lãnh đạo Bộ Quốc phòng Việt Nam|Đảng, Nhà nước và Quân đội Việt Nam|Bộ trưởng Bộ Quốc phòng Việt Nam} tới {lãnh đạo Bộ Quốc phòng Nhật Bản|Thủ tướng Nhật Bản|Bộ trưởng Bộ Quốc phòng Nhật Bản}.",
  "{Theo chương trình|Trong thời gian ở Việt Nam|Trong thời gian ở Nhật Bản}, đoàn {sẽ|đã} {thăm một số đơn vị của $JPORG|thăm và làm việc với một số cơ quan, đơn vị|thăm Học viện Quốc phòng|thăm Bộ Tư lệnh Hải quân|thăm căn cứ $BASE|thăm Đại sứ quán Việt Nam tại Nhật Bản}{ và dự $EV|}.",
  "{Trong bối cảnh|Trước bối cảnh} {tình hình thế giới, khu vực có nhiều biến động|các thách thức an ninh phi truyền thống ngày càng gia tăng|đại dịch COVID-19 còn diễn biến phức tạp}, hai bên {nhất trí|thống nhất} {sẽ |}{tăng cường chia sẻ thông tin|phối hợp chặt chẽ|tăng cường tham vấn} {về $T1|trong các vấn đề cùng quan tâm|để ứng phó hiệu quả}.",
  "{Việt Nam và Nhật Bản|Hai nước} thiết lập quan hệ ngoại giao năm 1973{, nâng lên| và nâng cấp lên} {quan hệ Đối tác chiến lược năm 2009|quan hệ Đối tác chiến lược sâu rộng vì hòa bình và thịnh vượng ở châu Á năm 2014|quan hệ Đối tác chiến lược toàn diện năm 2023}. {Hợp tác quốc phòng|Quốc phòng} {được coi là|là} {một trụ cột|một trong những trụ cột quan trọng} {trong quan hệ hai nước|của quan hệ Việt Nam - Nhật Bản}.",
  "{Năm $YR|Năm nay}, {hai nước|Việt Nam và Nhật Bản} {tổ chức nhiều hoạt động|triển khai nhiều chương trình} {hợp tác quốc phòng|giao lưu quốc phòng}, {trong đó có|bao gồm} {chuyến thăm của tàu $SHIP tới cảng $PORT|chương trình giao lưu sĩ quan trẻ lần thứ $N|khóa tập huấn về $T1|hội thảo về $T1 tại $CITY}.",
  "$BS $BN {thông báo|chia sẻ} {về|một số nội dung về} {chính sách quốc phòng của Nhật Bản|Chiến lược An ninh quốc gia của Nhật Bản|tình hình an ninh khu vực Đông Bắc Á|kế hoạch hợp tác với các nước ASEAN}{, trong đó| và} {nhấn mạnh|khẳng định} {Nhật Bản coi trọng quan hệ với Việt Nam|vai trò trung tâm của ASEAN|tầm quan trọng của một khu vực Ấn Độ Dương - Thái Bình Dương tự do và rộng mở}.",
  "$AS $AN {thông báo về|chia sẻ về|cho biết về} {tình hình kinh tế - xã hội của Việt Nam|công tác quốc phòng của Việt Nam|chính sách quốc phòng “bốn không” của Việt Nam|kết quả công tác phòng, chống dịch COVID-19 của Quân đội}{; khẳng định|, khẳng định} Việt Nam {nhất quán thực hiện đường lối đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa quan hệ|luôn là bạn, là đối tác tin cậy và thành viên có trách nhiệm của cộng đồng quốc tế|chủ trương giải quyết tranh chấp bằng biện pháp hòa bình}.",
  "“{Các văn kiện này sẽ mở ra những lĩnh vực hợp tác mới|Đây là dấu mốc quan trọng trong quan hệ quốc phòng hai nước|Hợp tác quốc phòng là trụ cột quan trọng trong quan hệ hai nước}, {phù hợp với nhu cầu thực tế của hai nước|vì lợi ích của nhân dân hai nước|vì hòa bình, ổn định của khu vực}”, $B {nói|phát biểu} {với báo giới |tại buổi họp báo |}{sau cuộc gặp|sau $MEETP}.",
  "{Tháng $MONTH vừa qua|Trước đó|Năm $YY}, {hai bên|Bộ Quốc phòng hai nước} đã {tổ chức thành công|phối hợp tổ chức} {hội thảo trực tuyến về $T1|hội nghị trực tuyến trao đổi chuyên môn về $T1|chương trình tập huấn về $T1|khóa huấn luyện chung về $T1}{ với sự tham gia của các nước ASEAN|, thu hút nhiều chuyên gia tham gia|}.",
  "$A {khẳng định|nhấn mạnh}, {Việt Nam|Bộ Quốc phòng Việt Nam} {sẵn sàng|mong muốn} cùng {Bộ Quốc phòng Nhật Bản|phía Nhật Bản} {tiếp tục triển khai kế hoạch hợp tác năm $YR|triển khai các nội dung hai bên đã thống nhất|mở rộng hợp tác sang các lĩnh vực mới} {như|gồm} $T.",
  "{Hai bên|Hai đoàn|Các đại biểu} {cũng |}{dành thời gian|đã} {thảo luận|trao đổi} về {các thách thức an ninh phi truyền thống|tình hình bán đảo Triều Tiên|tình hình Biển Đông|vai trò của ASEAN trong cấu trúc an ninh khu vực}{, với nhận thức chung rằng cần| và nhất trí cần} {tăng cường hợp tác quốc tế|nâng cao năng lực của các nước trong khu vực|chia sẻ kinh nghiệm, trao đổi thông tin}.",
];

/** Photo captions; $CREDIT is a photo credit. */
export const CAPTIONS: readonly string[] = [
  "$A {và|hội đàm với|tiếp} $B{ tại $MEETP|}. Ảnh: $CREDIT",
  "Quang cảnh {$MEETP|buổi tiếp|hội đàm|buổi điện đàm}.",
  "Toàn cảnh $MEETP.",
  "$A và $B chụp ảnh {chung|lưu niệm} với các đại biểu.",
  "$A {tiếp|hội đàm với} $B. (Ảnh: $CREDIT)",
];

export const PHOTO_CREDITS: readonly string[] = ["TTXVN", "Bộ Quốc phòng", "QĐND", "VOV", "Bộ Quốc phòng Nhật Bản", "Vietnam+"];

/** Headlines; $HV a headline verb. */
export const HEADLINES: readonly string[] = [
  "$AS $AN $HV $BS {Quốc phòng |}Nhật Bản",
  "$AS $AN $HV $BS $BN",
  "{Việt Nam - Nhật Bản|Việt Nam và Nhật Bản} {thúc đẩy|tăng cường|mở rộng|làm sâu sắc} hợp tác {quốc phòng|$T1}",
  "{Tiếp tục |}{thúc đẩy|tăng cường} hợp tác quốc phòng Việt Nam - Nhật Bản",
  "$AR $AN $HV $BS $BN",
  "{Thúc đẩy|Tăng cường} hợp tác {quốc phòng|$T1} giữa Việt Nam và Nhật Bản",
];

export const DIALOGUE_HEADLINES: readonly string[] = [
  "Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản lần thứ $N",
  "Việt Nam - Nhật Bản tổ chức Đối thoại Chính sách quốc phòng lần thứ $N",
  "$AR $AN đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản lần thứ $N",
];

export const HEADLINE_VERBS: Readonly<Record<string, readonly string[]>> = {
  talks: ["hội đàm với"],
  online: ["điện đàm với", "hội đàm trực tuyến với"],
  reception: ["tiếp"],
  courtesy: ["chào xã giao", "gặp"],
  dialogue: ["đối thoại với"],
  working: ["làm việc với", "gặp"],
};

/** Sapo (summary line under the headline) of some outlets. */
export const SAPOS: readonly string[] = [
  "Hai bên nhất trí thúc đẩy hợp tác quốc phòng ngày càng thực chất, hiệu quả{, theo các nội dung đã thống nhất|}.",
  "{Hai bên|Hai đoàn} nhất trí {tăng cường|mở rộng} hợp tác trong các lĩnh vực $T.",
  "$AS $AN và $BS $BN đã trao đổi về {hợp tác quốc phòng song phương|tình hình khu vực} và {các vấn đề cùng quan tâm|phương hướng hợp tác thời gian tới}.",
  "Hợp tác quốc phòng {được coi là|là} một trụ cột {quan trọng |}trong quan hệ Việt Nam - Nhật Bản.",
];

/** Sentences a reprint may add (the outlet's own closing remark). */
export const EXTRA_SENTENCES: readonly string[] = [
  "{Theo|Theo kế hoạch,} {chuyến thăm|hoạt động} {kéo dài đến hết ngày $DM|sẽ kết thúc vào cuối tuần này}{, đoàn sẽ thăm một số đơn vị quân đội|}.",
  "Hợp tác quốc phòng {được xác định là|là} {một trụ cột quan trọng|một nội dung quan trọng} trong quan hệ {Đối tác chiến lược|hai nước} Việt Nam - Nhật Bản{ thời gian qua|}.",
  "{Cùng dự|Tham dự} {buổi tiếp|hội đàm|sự kiện} có đại diện {lãnh đạo một số cơ quan, đơn vị chức năng|Cục Đối ngoại, Bộ Quốc phòng|Đại sứ quán Nhật Bản tại Việt Nam}.",
  "{Buổi tiếp|Cuộc hội đàm} diễn ra {trong không khí hữu nghị, thẳng thắn|trong không khí thân mật, cởi mở} và {kéo dài khoảng $MIN phút|đạt nhiều kết quả tốt đẹp}.",
];

/** Synonym edits a reprint applies: [from, to]. */
export const EDITS: readonly (readonly [string, string])[] = [
  ["nhất trí", "thống nhất"],
  ["thống nhất", "nhất trí"],
  ["Hai bên", "Hai phía"],
  ["hai bên", "hai phía"],
  ["đánh giá cao", "ghi nhận"],
  ["tăng cường", "đẩy mạnh"],
  ["đẩy mạnh", "tăng cường"],
  ["khẳng định", "nhấn mạnh"],
  ["mong muốn", "mong"],
  ["thời gian tới", "thời gian sắp tới"],
  ["Tại hội đàm", "Trong cuộc hội đàm"],
  ["quan hệ hai nước", "quan hệ song phương"],
  ["Nhân dịp này", "Dịp này"],
];

/** Calques of machine translation through Chinese: [from, to], applied in order. */
export const CALQUES: readonly (readonly [RegExp, string])[] = [
  [/Bộ trưởng Bộ Quốc phòng Nhật Bản/g, "Nhật Bản Phòng vệ Đại thần"],
  [/Bộ trưởng Bộ Quốc phòng Việt Nam/g, "Việt Nam Quốc phòng bộ trưởng"],
  [/Bộ trưởng Bộ Quốc phòng/g, "Quốc phòng bộ trưởng"],
  [/Thứ trưởng Bộ Quốc phòng Nhật Bản/g, "Nhật Bản Phòng vệ tỉnh thứ trưởng"],
  [/Thứ trưởng Bộ Quốc phòng/g, "Quốc phòng bộ thứ trưởng"],
  [/Đại sứ Nhật Bản tại Việt Nam/g, "Nhật Bản trú Việt Nam đại sứ"],
  [/Ủy viên Bộ Chính trị/g, "Bộ Chính trị ủy viên"],
  [/Phó Bí thư Quân ủy Trung ương/g, "Trung ương Quân ủy phó thư ký"],
  [/hợp tác quốc phòng/g, "quốc phòng hợp tác"],
  [/tình hình khu vực/g, "khu vực tình hình"],
  [/Quân đội nhân dân Việt Nam/g, "Việt Nam nhân dân quân đội"],
  [/bày tỏ/g, "biểu thị"],
  [/mong muốn/g, "mong đợi"],
  [/sẵn sàng/g, "nguyện ý"],
  [/phía Nhật Bản/g, "Nhật phương"],
  [/phía Việt Nam/g, "Việt phương"],
  [/Biển Đông/g, "biển Nam Trung Quốc (Biển Đông)"],
  [/Việt Nam - Nhật Bản/g, "Việt-Nhật"],
  [/hai bên/g, "song phương"],
  [/Hai bên/g, "Song phương"],
  [/Liên hợp quốc/g, "Liên Hợp Quốc"],
  [/Tại hội đàm/g, "Trong phiên họp"],
  [/đánh giá cao/g, "đánh giá rất cao"],
  [/khẳng định/g, "biểu thị rằng"],
  [/thời gian tới/g, "tới đây thời gian"],
];

export const GARBLED_SOURCES: readonly (readonly [string, string])[] = [
  ["Tân Hoa Xã", "(Biên tập: $EDITOR) Nguồn: Tân Hoa Xã"],
  ["Nhân Dân Nhật báo mạng", "(Trách nhiệm biên tập: $EDITOR) Nhân Dân Nhật báo mạng"],
  ["Thông tấn xã Việt Nam", "(Nguồn: Kyodo News)"],
];

export const GARBLED_EDITORS: readonly string[] = ["Lý Minh", "Trương Hồng", "Vương Lệ", "Trần Cương", "Lưu Dương"];

export const GARBLED_HEADLINES: readonly string[] = [
  "Việt Nam, Nhật Bản Bộ trưởng Quốc phòng {hội đàm|hội kiến} thảo luận hợp tác",
  "Nhật Bản Phòng vệ {tướng|Đại thần} $BP thăm Việt Nam, hai nước {ký quốc phòng trang bị chuyển giao hiệp định|tăng cường quốc phòng hợp tác}",
  "Việt Nam và Nhật Bản tăng cường {hợp tác quốc phòng|quốc phòng hợp tác}",
  "$AP cùng $BP tiến hành hội đàm, {thảo luận|bàn về} song phương quốc phòng hợp tác",
];
