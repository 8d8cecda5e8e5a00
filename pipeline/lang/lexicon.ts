import type { Lexicon } from "../generated/reference.ts";
import type { CountryCode } from "../registry/types.ts";
import { phraseIndex, type PhraseIndex } from "./phrases.ts";
import { Vocabulary } from "./vocabulary.ts";

/**
 * The lexicon (reference/lexicon.json) compiled into the expressions the
 * extractor walks. Every word class is listed once, in the data; this file
 * only says how a class becomes a pattern. Compiling is done once per
 * lexicon object (a worker thread compiles the copy it was sent).
 *
 * Alternations keep the lexicon's order, so where two forms start at the
 * same place the one listed first is tried first: list a longer form before
 * a shorter one it begins with.
 */
export type { Lexicon };
export type MeetingType = Lexicon["meeting_types"][number]["type"];
export type MeetingFormat = NonNullable<Lexicon["meeting_triggers"][number]["format"]>;
export type TimeOfDay = Lexicon["time_of_day"][number]["time"];
export type AgreementKind = Lexicon["agreement_nouns"][number]["kind"];
export type StatusCue = Lexicon["agreement_status_cues"][number]["cue"];
/** Where a sentence opening places what it tells (`time_frames`): the visit's span, before or a counted number of days after the encounter told before it. */
export interface TimeFrame {
  readonly frame: Lexicon["time_frames"][number]["frame"];
  readonly days: number | null;
}

export interface Grammar {
  readonly lexicon: Lexicon;
  /**
   * Meeting markers per type, in the lexicon's order of types: a global expression, and the fewest words one of which
   * any match contains (`keyWords`: text with none of them has no match).
   */
  readonly triggers: readonly (readonly [MeetingType, RegExp, readonly string[]])[];
  /** Per type, the capitalised markers that open a sentence ("Tiếp A có B"): an expression anchored at its start (group 1 the marker), and its key words. */
  readonly openers: readonly (readonly [MeetingType, RegExp, readonly string[]])[];
  /**
   * Markers of more than one word written in lower case, capitalised inside a sentence after a word in lower case, as
   * pages write an event's name ("chủ trì Lễ đón và Hội đàm với B"): read as the markers (see events.ts). Global.
   */
  readonly titleCasedMarker: RegExp | null;
  /** The title-cased forms `titleCasedMarker` reads ("Hội đàm", "Lễ đón"). */
  readonly titleCasedForms: ReadonlySet<string>;
  /** The capitalised forms of the mutual markers that open a sentence only in the fronted shape ("Gặp B, A …"; `fronted`). */
  readonly frontedOpeners: ReadonlySet<string>;
  /** The markers that tell an encounter only after a joint subject of both sides ("A và B chủ trì cuộc tọa đàm"; `joint_subject`). */
  readonly jointSubjectMarkers: ReadonlySet<string>;
  /** The key words of the triggers and the openers, to find in one pass which a paragraph or sentence has. */
  readonly markerWords: Vocabulary;
  /** Format a trigger form implies (a call is by phone). */
  readonly triggerFormat: ReadonlyMap<string, MeetingFormat>;
  /** The markers (lower case) whose subject receives the counterpart ("tiếp", "lễ đón"): the host's. */
  readonly hostsMarkers: ReadonlySet<string>;
  /** The markers (lower case) whose subject is the guest who calls ("đến chào", "thăm xã giao"). */
  readonly visitsMarkers: ReadonlySet<string>;
  /**
   * A later clause of a sentence opened by words of sequence after a comma, a semicolon or a joiner (", sau đó …",
   * "và tiếp đó …"): the people it names before its marker are its own subject.
   */
  readonly clauseOpening: RegExp;
  /** Global: a clause made passive after a comma or a list word, maybe with words of sequence ("…, sau đó được C tiếp", "… rồi được C tiếp": `passive_words`). */
  readonly passiveOpening: RegExp;
  /** At the end of the words before a marker: a passive word and a title with no one named ("… rồi được Thủ tướng tiếp"): group 1 is the title, whose one holder on the other side is the host. */
  readonly passiveTitle: RegExp;
  /** Many countries' people (`many_sides`: "các nước", "các Bộ trưởng"), whole words, the first letter in either case. */
  readonly manySides: RegExp;
  /** Right after a marker, its counterparts many countries' people, maybe after a comitative word ("gặp các Bộ trưởng …", "hội đàm với các nước …"). */
  readonly manySidesAfter: RegExp;
  /** Global: a word of `comitative_words` ("cùng", "với"), whole. */
  readonly comitative: RegExp;
  /** The words between a companion's name and the mutual marker after it: a few lower-case words, no list word nor clause break ("tiến hành song phương"). */
  readonly companionTail: RegExp;
  /** The markers (lower case) of an encounter the two sides hold together (`subject` "mutual": "hội đàm", "điện đàm"), a forum's aside. */
  readonly mutualMarkers: ReadonlySet<string>;
  /** At the end of the words before a marker: a relative clause opened after a lower-case noun (`relative_words`: "… đầu tiên mà B tiếp đón"), no clause break after it. */
  readonly relativeClause: RegExp;
  /** Words between two markers of one sentence that tell of another occasion: a digit, a time of day, words of sequence ("sau đó"). */
  readonly newOccasion: RegExp;
  /** Meeting types, highest precedence first. */
  readonly typePrecedence: readonly MeetingType[];
  /** Before a marker: a plan, an invitation, a wish, praise of an earlier encounter. */
  readonly notHappened: RegExp;
  /** What a cue of `notHappened` (group 1, as written) makes of the marker: a plan's marker is told as planned, the others' are not read. */
  readonly notHappenedCue: ReadonlyMap<string, Lexicon["not_happened"][number]["cue"]>;
  /**
   * The plan words (lower case as written, and the opening forms): a sentence with none of them has no plan cue, so
   * `planned`, `plannedOpening` and `plannedAfter` need not run on it.
   */
  readonly planWords: Vocabulary;
  /** Up to a marker, run on its clause: a plan cue (group 1) with no word of having happened after it ("sẽ chủ trì lễ đón và hội đàm với"). */
  readonly planned: RegExp;
  /** The words of the wishes that reach a whole clause (`whole_clause`), looked for before `wished` is tried. */
  readonly wishWords: Vocabulary;
  /** A wish that reaches a whole clause, with no word of having happened after it: the text up to a marker is its clause. */
  readonly wished: RegExp;
  /** A sentence opened by a plan before a comma ("Theo kế hoạch, …"); group 1 the plan. Its reach ends at a held word or a semicolon. */
  readonly plannedOpening: RegExp;
  /** A sentence opened by a time gone by, before a comma ("Năm ngoái, …"; `not_happened`, background, opening). */
  readonly backgroundOpening: RegExp;
  /** A word of having happened (đã, vừa), or a semicolon: where an opening plan's reach ends. */
  readonly heldOrBreak: RegExp;
  /** Held words that also say the action is recent ("vừa"), lower case: before a marker, its encounter is of the days before publication. */
  readonly recentWords: readonly string[];
  /** Right after a marker: the rest of its noun phrase, a plan cue (group 1) and a verb of taking place ("… lần thứ 8 sẽ được tổ chức"). */
  readonly plannedAfter: RegExp;
  /** Right after a marker: the rest of its noun phrase, within its clause, and a verb of taking place ("… (ADMM+) diễn ra tại …"). */
  readonly takesPlace: RegExp;
  /** A container noun opening a sentence ("Cuộc gặp …", "Buổi tiếp …", "Lễ đón …"; `setting_words` of role container): the sentence speaks of an encounter by its noun. */
  readonly containerOpening: RegExp;
  /** Up to a marker, within its clause: praise, thanks or congratulations, whose object is an earlier encounter. */
  readonly praised: RegExp;
  /** Up to a marker: an invitation with no "đã" after it. */
  readonly invited: RegExp;
  /** A word that names whom an invitation is addressed to (`invitee_words`: "lời mời của A tới B"), as a whole word; null when no invitation cue lists any. */
  readonly inviteeWord: RegExp | null;
  /** Before a marker: another encounter spoken of as a time or a setting ("Trước buổi"); group 1 the preposition, 2 a verb of attending ("nhân dịp dự"), 3 the container. */
  readonly setting: RegExp;
  /** `setting` with a preposition that places the encounter within the occasion (`during`: "bên lề", "Tại"). */
  readonly duringSetting: RegExp;
  /** Of the setting's prepositions (group 1 of \`setting\`), those that tell the encounter took place ("Tại", "Sau", not "Trước"). */
  readonly settingTookPlace: RegExp;
  /** A sentence that continues the encounter before. */
  readonly sequenceOpener: RegExp;
  /** "hai Bộ trưởng … hội đàm": both sides as one subject. */
  readonly bothSides: RegExp;
  /** A joint subject opening a clause ("hai bên", "hai Bộ trưởng": `joint_subjects`), whatever follows it. */
  readonly jointOpening: RegExp;
  /** Right after a marker: "giữa hai Bộ trưởng" (`joint_subjects`), the two sides as its people. Group 1 is the subject word. */
  readonly jointBetween: RegExp;
  /** Of the joint subjects (group 2 of \`bothSides\`), those that name the two people, not the two sides as institutions. */
  readonly jointPersons: ReadonlySet<string>;
  /** A joint subject as written, in the lexicon's case or all in lower case ("hai bộ trưởng"), to its lexicon form. */
  readonly jointSubject: ReadonlyMap<string, string>;
  /** Joint subjects that name the two people by rank ("tướng lĩnh"), with the lowest rank order they cover. */
  readonly jointRanks: ReadonlyMap<string, number>;
  /** Each rank's order (`ranks`), by its form in lower case. */
  readonly rankOrder: ReadonlyMap<string, number>;
  readonly online: RegExp;
  /** \`online\`, global: every format word of a sentence. */
  readonly onlineAll: RegExp;
  /** A manner word at the end of a text, right before a format word (`format_manners`: "theo hình thức "). */
  readonly formatMannerAtEnd: RegExp;
  /**
   * The words of the meeting types that name an encounter as a noun (talks, calls, conferences, dialogues), whatever
   * their case (global): a format word next to one ("sau hội nghị trực tuyến") is that encounter's, not the sentence's.
   * So are the lexicon's `activity_nouns`, no encounter's ("trong cuộc họp báo trực tuyến").
   */
  readonly meetingNoun: RegExp;
  /** The clause before a name makes the person someone spoken of. */
  readonly absent: RegExp;
  /**
   * `absent` for the cues whose title may take a name in apposition after a comma ("của Bộ trưởng …, Đại tướng A, …"):
   * all but those of acting on someone's behalf, whose comma ends the phrase before the subject ("Thay mặt Bộ trưởng,
   * Thượng tướng A tiếp B").
   */
  readonly absentApposed: RegExp;
  /** The clause before a name makes the person the one greetings are passed to ("chuyển lời thăm hỏi tới "): absent when someone else of their side is there to take them, else the one met. */
  readonly absentRecipient: RegExp;
  /** The sentence before a name makes the person the one whose greetings are passed on ("chuyển lời thăm hỏi của Thủ tướng Nhật Bản, ngài "). */
  readonly absentSender: RegExp;
  /** The cues `absentSender` looks for: text with none of them names no sender. */
  readonly senderCues: Vocabulary;
  /** After a name: a verb of telling and a comma. */
  readonly narrator: RegExp;
  /** After a name: a verb of telling and, with no comma, a pronoun that stands for the teller ("A cho biết ông vừa hội đàm …"). */
  readonly narratorThenPronoun: RegExp;
  /** A pronoun that stands for a person named before (`honorifics`' `pronoun`), alone, not before a name: "ông vừa hội đàm". */
  readonly tellerPronoun: RegExp;
  /** A verb of speech said of the person named before it (`speech_verbs` with `after_name`: "A cho rằng …"), anywhere. */
  readonly speechVerb: RegExp;
  /** The verbs `narrator` looks for: text with none of them is no narrator's. */
  readonly narratingVerbs: Vocabulary;
  /**
   * Right after a date: a verb of telling, maybe after the date's day in brackets or inside them ("Hãng tin Kyodo hôm thứ
   * Năm (3/12) cho biết …") or after the source the report cites ("… ngày 12/3 dẫn hãng tin Kyodo cho biết …"): the date of
   * the report.
   */
  readonly reportedAfter: RegExp;
  /** Right after a word: a verb of saying (the word is a person's name). */
  readonly speechAfter: RegExp;
  /** A rank just before a name; group 1 is the rank. */
  readonly rankAtEnd: RegExp;
  /**
   * The last words of the ranks and honorifics, lower case: a text whose last word ends with none of them ends with
   * no rank and no honorific (`rankAtEnd`, `honorificAtEnd`), so neither expression need run on it.
   */
  readonly rankOrHonorificEnds: readonly string[];
  /** A rank as written, lower-cased → the rank as the lexicon writes it. */
  readonly rankForm: ReadonlyMap<string, string>;
  /**
   * A rank right after a name, in Chinese order ("… Ngô Xuân Lịch Đại tướng quân ngày 11 …"), maybe with a calqued
   * tail, and no capitalised word after it (which would make it the next person's); group 1 is the rank.
   */
  readonly rankAfterName: RegExp;
  /** A reporter's word at the end of a text ("(Phóng viên"): the name after it is the report's writer. */
  readonly reporterAtEnd: RegExp;
  /** A credit in brackets opened by a reporter's word, at the end of a text ("… điện (Phóng viên Lý Minh)"). */
  readonly reporterCreditAtEnd: RegExp;
  readonly honorificAtEnd: RegExp;
  /** Any title word (unanchored). */
  readonly titleWord: RegExp;
  /** Titles and nothing else ("Phó Tư lệnh", a prefix and a title): a post that names no body of its own. */
  readonly bareTitle: RegExp;
  /** A title (and the field of its post) right before the two sides as a subject: "Bộ trưởng Quốc phòng" of "Bộ trưởng Quốc phòng hai nước …" (group 1 the title). */
  readonly titleBeforeBothSides: RegExp;
  /** A title, a rank or an honorific followed by at most five words, at the end of a text. */
  readonly nameIntroAtEnd: RegExp;
  /** A title naming one office, followed by at most five words, at the end; group 1 is the title. */
  readonly holderTitleAtEnd: RegExp;
  /** Words where a title read back from a name ends (global). */
  readonly titleBoundary: RegExp;
  /** Words where a post in apposition after a name ends, with the spaces around them (for split). */
  readonly postBoundary: RegExp;
  readonly nameStopword: RegExp;
  /** The stop words and phrases that also stop a run shaped like a Vietnamese name (not the given names among them: Bình, Hải, Quốc). */
  readonly nameStopwordForVietnameseName: RegExp;
  /** A country other than Vietnam and Japan. */
  readonly foreignCountry: RegExp;
  /** Words by which an encounter's sentence says a term of office ends or begins there (`tenure_edges`), the words in group 1. */
  readonly tenureEdge: RegExp;
  /** Which end of a term each of those words (lower case) tells of. */
  readonly tenureEdgeOf: ReadonlyMap<string, "end" | "start">;
  /** Words that place what a sentence tells some years before the article's time (`relative_years`), in group 1; global. */
  readonly relativeYear: RegExp;
  /** How many years back each of those words (lower case) places it. */
  readonly yearsBack: ReadonlyMap<string, number>;
  /**
   * Those of the words that place it in an earlier year, whatever count stands before them ("năm ngoái", "hai năm
   * trước"): a sentence with one tells of another year than the article's.
   */
  readonly earlierYear: RegExp;
  /** Words that place what a sentence tells some months before the article's month (`relative_months`), in group 1. */
  readonly relativeMonth: RegExp;
  /** How many months back each of those words (lower case) places it. */
  readonly monthsBack: ReadonlyMap<string, number>;
  /** How the press writes each side's country (the gazetteer's first name of it): "Việt Nam", "Nhật Bản". */
  readonly sideName: Readonly<Record<CountryCode, string>>;
  /** A visit paid to one side's country, the country in group 1 (`visit_phrases`: "thăm chính thức Việt Nam"). */
  readonly visitTo: RegExp;
  /** A delegation of one side's country, in the clause of a marker (`delegation_words`: "Đoàn đại biểu quân sự cấp cao Việt Nam"). */
  readonly delegationOf: Readonly<Record<CountryCode, RegExp>>;
  /** A delegation, of whatever country ("lễ đón đoàn công tác"). */
  readonly delegation: RegExp;
  /** Oceans and regions that hold a country's name ("Ấn Độ Dương"), global: blanked before a post is read for its country. */
  readonly regionNames: RegExp;
  /** How the press writes places (the gazetteer's spellings, the phrases among the stop words): a word of a place's name is not a person's ("Nam" in "Việt Nam"). */
  readonly placeNames: PhraseIndex;
  /** A title word right at the end of a text ("… Bộ trưởng "). */
  readonly titleAtEnd: RegExp;
  readonly vnSurnames: ReadonlySet<string>;
  /** Alternation of time-of-day words (no group), for the date patterns. */
  readonly timeOfDaySource: string;
  readonly timeOfDay: Readonly<Record<string, TimeOfDay>>;
  readonly agreements: AgreementGrammar;
  /** A sentence opening that places it in the article's frame; group 1 is the phrase (look its frame up in `timeFrame`). */
  readonly timeFrameOpening: RegExp;
  /** `span_end_words` at the end of a text, with "ngày" after them: the day that follows ends a span ("kéo dài tới ngày 20/9"). */
  readonly spanEndBefore: RegExp;
  readonly timeFrame: ReadonlyMap<string, TimeFrame>;
  /** Words of a role's clause that place it in time: coming, present or past (case-insensitive). */
  readonly roleTime: { readonly coming: RegExp; readonly present: RegExp; readonly past: RegExp };
  /** A word that ties a year in its clause to an earlier event (case-insensitive). */
  readonly pastCue: RegExp;
  /** An approximate count's word right before the number (`approximate_counts`): "hơn 50 năm" is no exact anniversary. */
  readonly approximateCountAtEnd: RegExp;
  /**
   * A clause that is a title or rank alone, maybe after a word of `self_words`, then at most two lower-case words
   * ("bản thân Thứ trưởng đã", "Thượng tướng cũng"): group 1 is the title or rank.
   */
  readonly bareSubject: RegExp;
  /** The same title or rank alone opening a joint subject, "và" or "cùng" after it ("bản thân Thượng tướng và ông B đã điện đàm"), in group 1. */
  readonly bareJointSubject: RegExp;
  /** A word of a post held before (`former_words`) ending the text: "… nguyên " before "Thủ tướng Nhật Bản". */
  readonly formerAtEnd: RegExp;
  /** A word of a post held before (`former_words`) opening the text: ", nguyên Bộ trưởng Quốc phòng" after a name. */
  readonly formerOpening: RegExp;
  /** Tested on a sentence up to a month written without its day: only words of `month_openers` and punctuation, so the month governs the sentence ("Hồi tháng trước, …"). */
  readonly monthOpening: RegExp;
  /** Tested on the text from a marker to such a month: one of `month_openers` marked after_marker right before it ("… với B vào "). */
  readonly monthAfterMarker: RegExp;
  /** A word of taking up a post ("nhậm chức"), global. */
  readonly appointment: RegExp;

  /** A word by which a sentence says which side or role a person has (case-insensitive). */
  readonly sideCue: RegExp;
  /** A word by which an encounter speaks of its counterpart as the guest ("vị khách"; case-insensitive). */
  readonly guestWord: RegExp;
  /** Words that speak of the country hosting an encounter ("nước chủ nhà"): see `host_country_words`. */
  readonly hostCountry: RegExp;
  /** The name of a unit where an encounter is, after a `seat` word of `unit_words` ("tại trụ sở Bộ Tư lệnh Vùng 2 Hải quân (…)"), in group 1. */
  readonly unitSeat: RegExp;
  /** A `met` word of `unit_words` opening the text after a marker: the unit as the counterpart ("làm việc với đơn vị"). */
  readonly unitMet: RegExp;
  /** A `command` phrase of `unit_words` opening a unit's name ("Bộ Tư lệnh …"), its first word in group 1: the head's post drops it. */
  readonly unitCommand: RegExp;
  /** The words before a marker are only a word standing for someone named before ("Buổi chiều, ông …"), after a comma or at the start, with adverbs after it. */
  readonly subjectAnaphor: RegExp;
  /** The words before a host's marker are such a word made passive, its agent named after it ("Chiều 5/11, ông được B tiếp"), in one clause. */
  readonly passiveAnaphor: RegExp;
  /** Right after a marker: a personal word standing for someone named before (`subject_anaphors` of `as_object`), no name after it ("B tiếp ông tại …"). */
  readonly objectAnaphor: RegExp;
  /** At the start of a list item after its comma: the words that join it to the item before (`list_joiners`), maybe none. */
  readonly listJoiner: RegExp;
  /** Global: any word of `list_joiners`, as a whole word. */
  readonly listWords: RegExp;
  /** Anywhere: a verb of attending a forum (`setting_words` of role `verb`: "dự", "tham dự"), as a whole word. */
  readonly attending: RegExp;
  /** Anywhere: a word telling one side's people met the other side each in turn (`in_turn_words`), as a whole word. */
  readonly inTurn: RegExp;
  /** The markers written with a plural word of number ("có các cuộc gặp"), which tell encounters one by one (see `in_turn_words`). */
  readonly pluralMarkers: ReadonlySet<string>;
  /** Anywhere, any case: a word of leading a delegation (`leading_words`), as a whole word. */
  readonly leads: RegExp;
  /** Each leading word, any case, global (see extract/delegation.ts). */
  readonly leadingWord: RegExp;
  /** Whether a leading word found is a noun, naming the person after it ("Trưởng đoàn là B"). */
  readonly leadingNoun: RegExp;
  /** Anywhere: a word of inviting (`invitation_words`), as a whole word. */
  readonly invites: RegExp;
  /** A whole short setting (one to three words, then its comma) that ends with a word of `pointing_back_words` ("Nhân dịp này,"). */
  readonly pointsBack: RegExp;
  /** Words telling that a sentence's people spoke at the conference whose word follows (`speaking_words`, lower case). */
  readonly speakingWords: readonly string[];
  /** The common nouns of a conference (its markers of one or two words, lower case: "hội nghị", "diễn đàn"): what a speaker speaks at, whatever word told the conference. */
  readonly conferenceNouns: readonly string[];
  /** Nouns of a conference's sessions (`session_nouns`), lower case: speaking at one, or told at one, is attending it. */
  readonly sessionNouns: readonly string[];
  /** "có" and a word of number (`marker_quantifiers`) opening a marker, before its noun: "có cuộc gặp", "có các cuộc gặp". */
  readonly hasBeforeNoun: RegExp;
  /** A word of number that makes its noun plural (`marker_quantifiers` with `plural`: "các", "những"), anywhere. */
  readonly pluralWord: RegExp;
  /** Words by which a sentence's people take part in an online encounter from afar (`remote_attendance_words`). */
  readonly remoteAttendance: RegExp;
  /** At the start of a clause after its comma: a word that opens a clause of time subordinate to the one before (`time_subordinators`). */
  readonly timeSubordinator: RegExp;
  /** At the start of a clause after its comma: a word by which the clause tells of the thing named before the comma (`antecedent_links`). */
  readonly antecedentLink: RegExp;
  /** After an encounter's marker: a word that opens a clause of what its subject did next (`later_action_openers`), as a whole word. */
  readonly laterAction: RegExp;
  /** A sentence's opening that says whose account it is, up to its comma ("Theo Thứ trưởng,"; `attribution_openers`). */
  readonly attribution: RegExp;
  /** At the start of a clause after its comma: a word that opens a relative clause or an apposition (`relative_openers`). */
  readonly relativeOpener: RegExp;
  /** Words of organisations' names that may stand in a title before its country ("Lực lượng", "Phòng vệ"), as an alternation source (case-sensitive). */
  readonly organisationSource: string;
  /** Source of the `locatives` alternation (no group): the words that make a country after them a place. */
  readonly locativeSource: string;
  /** A locative and Vietnam's or Japan's name after it ("tại Nhật Bản"), global: the country as a place, not a party. */
  readonly placedCountry: RegExp;
  /**
   * A locative that places what its clause tells at the place named next, and the spaces after it (global; `locatives`
   * with a `venue`): "tại Hà Nội", "tới Tokyo"; a `port` one only before a port word ("cập quân cảng Yokosuka").
   */
  readonly venuePreposition: RegExp;
  /**
   * Up to a marker: words by which the sentence's people attend it ("Cùng dự lễ đón có …", "A và B cùng dự lễ đón"),
   * a container word allowed between ("Tham dự buổi tiếp có …"). Tested on the sentence up to its marker.
   */
  readonly attendsBefore: RegExp;
  /** After a marker: words by which others attend it ("Lễ đón có sự tham dự của …"). */
  readonly attendsAfter: RegExp;
  /** A sentence with no marker that opens by listing attendees ("Cùng dự có …", "Tham dự buổi lễ có …"). */
  readonly attendeesOpening: RegExp;
  /** Words one of which a paragraph with such a sentence holds ("Cùng dự", "Tham dự"): others are passed over. */
  readonly attendeesOpeningWords: Vocabulary;
  /** Words one of which every attendance form holds (in either case of its first letter): a sentence with none of them tells of no attendance. */
  readonly attendanceWords: readonly string[];
  /** A word that makes an article about defence or security (case-insensitive). */
  readonly scopeWord: RegExp;
  /** Office kinds that are defence or military posts. */
  readonly defenceKinds: ReadonlySet<string>;
}

export interface AgreementGrammar {
  /** Source of the noun alternation, group 1 the noun (compile with the flags you need). */
  readonly nounSource: string;
  /** The nouns in lower case: a text whose lower case has none of them names no document. */
  readonly nounWords: Vocabulary;
  readonly kindOf: (noun: string) => AgreementKind;
  /** A generic word for a document and the quoted name right after it (`document_words`): group 1 is the name. */
  readonly quotedDocument: RegExp;
  /** A generic word for a document and a capitalised name after it (group 1, to the clause's end): "văn kiện Tầm nhìn chung …". */
  readonly namedDocument: RegExp;
  /** The generic words for a document, in lower case (a quick test before `quotedDocument`). */
  readonly documentWords: Vocabulary;
  readonly unnamedBefore: RegExp;
  readonly titleEnd: RegExp;
  readonly multilateral: RegExp;
  /** The forms of `multilateral` as an alternation, to build on. */
  readonly multilateralSource: string;
  /** A count a translation writes before a document's name (`document_counters`: "một phần", 一份) and the space after it, at the start. */
  readonly counterAtStart: RegExp;
  /** Many parties as those who sign or adopt a document (`many_signers`), either case. */
  readonly manySigners: RegExp;
  /** At the end of the clause before a title: a word of membership (`membership_words`: "là thành viên tích cực của"), at most three words from it: a document with members has many parties. */
  readonly membership: RegExp;
  /** The two sides as a subject: "hai Bộ trưởng", "hai bên", "2 nước" (`joint_subjects` after "hai"). */
  readonly twoSides: RegExp;
  /** Every status cue (global; group 1 the form), a longer form before a shorter one it begins with. */
  readonly cues: RegExp;
  /** What a cue's form (lower case) cues. */
  readonly cueOf: (form: string) => ReadonlySet<StatusCue>;
  /** Whether a cue's form counts only right before the title. */
  readonly adjacentOnly: (form: string) => boolean;
  /** Whether a cue's form is a verb of carrying out or looking back on a document, whose clause's signing verb is an earlier signing (`refers_back`). */
  readonly refersBack: (form: string) => boolean;
  /** Whether a past cue's form points back to the time told last before it ("khi đó": `points_back`). */
  readonly pointsBackInTime: (form: string) => boolean;
  /** The generic words of a title (global, any case): what is left names the document's subject. */
  readonly generic: RegExp;
  /** Vietnam named as a party: its name, or its short name joined to Japan's ("Việt - Nhật"; `party_words`). */
  readonly vietnam: RegExp;
  /** A party's name that ends with Vietnam's name or its abbreviation ("Cảnh sát biển VN"). */
  readonly vietnamAtEnd: RegExp;
  /** Japan named anywhere: its short name, which its full name begins with ("Nhật"). */
  readonly japan: RegExp;
  /** A side and a multilateral body joined as parties: "Nhật Bản và ASEAN", "ASEAN - Nhật Bản". */
  readonly pairedWithMany: RegExp;
  /** A third country as a party: "Nhật Bản và Philippines ký …", "… ký với Ấn Độ", each maybe an institution of it ("giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ"). */
  readonly pairedWithOther: RegExp;
  /**
   * Two signers named as a subject, one organisation of each side whose name ends with its country, joined by a
   * `party_words` joiner ("Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Nhật Bản"): groups 1 and 2.
   */
  readonly signers: RegExp;
  /** The words of a clause that speak of the two parties the sentence before names (`pair` party words: "hai lực lượng"). */
  readonly pair: RegExp;
}

/** Word edges: a letter or a combining mark may not touch the form. */
/** Meeting types, highest precedence first. */
export function typePrecedence(lexicon: Lexicon): MeetingType[] {
  return [...lexicon.meeting_types].sort((a, b) => a.precedence - b.precedence).map((t) => t.type);
}

/**
 * An honorific that is also a pronoun (`honorifics`' `pronoun`: "ông", "bà") standing alone, not as the honorific of a
 * name after it ("ông vừa hội đàm", not "ông Tanaka"): in a told clause, the teller.
 */
function tellerPronoun(lx: Lexicon): string {
  return `(?:${alt(lx.honorifics.filter((h) => h.pronoun).map((h) => h.form))})(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`;
}
const L = "(?<![\\p{L}\\p{M}])";
const R = "(?![\\p{L}\\p{M}])";
/** The meeting types whose markers also name an encounter as a noun ("hội nghị", "hội đàm", "cuộc gọi"). */
const NOUN_TYPES: ReadonlySet<string> = new Set(["talks", "call", "conference", "dialogue"]);
/** The looser edges the encounter patterns were written with (a combining mark may touch). */
const LE = "(?<!\\p{L})";
const RE = "(?!\\p{L})";
const compiled = new WeakMap<Lexicon, Map<string, Grammar>>();

/**
 * The grammar of a lexicon, compiled once per lexicon object and lists of
 * places. `foreignCountries`: how the press writes the countries other
 * than Vietnam and Japan (from the gazetteer); a person introduced beside one
 * belongs to neither side. `placeNames`: how it writes every place of the
 * gazetteer, whose words are no one's name where they name the place.
 */
export function grammarOf(lexicon: Lexicon, sideNames: Readonly<Record<CountryCode, string>>, foreignCountries: readonly string[], placeNames: readonly string[] = []): Grammar {
  let byCountries = compiled.get(lexicon);
  if (!byCountries) compiled.set(lexicon, (byCountries = new Map()));
  const key = `${sideNames.VN}\u0002${sideNames.JP}\u0001${foreignCountries.join("\u0000")}\u0001${placeNames.join("\u0000")}`;
  let g = byCountries.get(key);
  if (!g) byCountries.set(key, (g = compile(lexicon, sideNames, foreignCountries, placeNames)));
  return g;
}

/** A form as a regular-expression source: special characters escaped, any run of spaces matching one or more. */
export function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const alt = (forms: readonly string[]) => forms.map(escapeForm).join("|");

/**
 * An escaped form read only where no letter stands right before it, looked back for once the form is read:
 * `${form}(?<!\p{L}${form})`. An alternation of these matches where `(?<!\p{L})(?:form|…)` does (each alternative
 * looks back past its own form, so for each it asks about the character before the place tried, as a lookbehind
 * before the alternation does), and it opens with its words: the engine skips ahead to where one of them can start,
 * instead of trying a lookahead and a lookbehind at every place (see `boundedAlt`).
 */
const unpreceded = (escaped: string) => `${escaped}(?<!\\p{L}${escaped})`;
/** `(?<!\p{L})(?:${alt(forms)})` as an alternation that opens with its words (see `unpreceded`). */
const boundedAlt = (forms: readonly string[]) => forms.map((f) => unpreceded(escapeForm(f))).join("|");

/** A title boundary as an expression: its form, unless the word before or after makes it part of another ("hậu cần", "nhân đạo"). */
function boundaryForm(b: { form: string; not_preceded_by?: readonly string[]; not_followed_by?: readonly string[] }): string {
  const before = b.not_preceded_by?.length ? `(?<!(?<![\\p{L}\\p{M}])(?:${alt(b.not_preceded_by)})\\s)` : "";
  const after = b.not_followed_by?.length ? `(?!\\s+(?:${alt(b.not_followed_by)})(?![\\p{L}\\p{M}]))` : "";
  return `${before}${escapeForm(b.form)}${after}`;
}
const forms = (entries: readonly { form: string }[]) => entries.map((e) => e.form);
/** The forms, and each with its words after the first in lower case ("Chuẩn Đô đốc", "Chuẩn đô đốc"). */
const lowerTails = (forms: readonly string[]) => [...new Set(forms.flatMap((f) => [f, f.replace(/(?<=\s)\S+/gu, (w) => w.toLowerCase())]))];
/** Both cases of the first letter: "Tại" and "tại". */
const eitherCase = (forms: readonly string[]) => forms.flatMap((f) => [f.charAt(0).toUpperCase() + f.slice(1), f.charAt(0).toLowerCase() + f.slice(1)]).filter((f, i, a) => a.indexOf(f) === i);
const startsLower = (f: string) => f.charAt(0) !== f.charAt(0).toUpperCase();
/**
 * The forms that contain no other form of the list: a text has one of the forms exactly when it has one of these
 * ("tiếp xã giao" has "tiếp"), so a quick test for any of them looks for fewer words. (Measured on the extract stage:
 * `includes` of each such word is faster here than one expression of them.)
 */
export function keyWords(forms: readonly string[]): string[] {
  return [...new Set(forms)].filter((f, _, all) => !all.some((g) => g !== f && f.includes(g)));
}

/**
 * A lookahead for the words a match of one of the forms starts with ("" when a form starts with no word). Put before
 * an expression that opens with a lookbehind edge, it spares the lookbehind at every position where no form can
 * start: the same matches, several times faster on running text.
 */
export function leadingWords(forms: readonly string[]): string {
  const heads = forms.map((f) => /^[\p{L}\p{M}\d]+/u.exec(f)?.[0] ?? "");
  if (!heads.length || heads.some((h) => !h)) return "";
  // Their first letters as a class first: a class is tested faster than an alternation of words.
  const firsts = [...new Set(heads.map((h) => [...h][0]!))].sort().map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
  return `(?=[${firsts}])(?=${[...new Set(heads)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeForm).join("|")})`;
}

/** Whether a marker is also read capitalised at the start of a sentence (see triggerSource). */
function openerVariant(t: Lexicon["meeting_triggers"][number]): boolean {
  return startsLower(t.form) && (t.subject !== "mutual" || t.fronted === true);
}

/**
 * Whether a marker is also read title-cased inside a sentence ("Hội đàm", "Lễ đón": see `titleCasedMarker`): a common
 * noun or verb of two or three words, all in lower case (not a forum's name, whose capitals are its own).
 */
function titleCasedForm(t: Lexicon["meeting_triggers"][number]): boolean {
  const words = t.form.split(" ");
  return words.length >= 2 && words.length <= 3 && words.every(startsLower);
}

/**
 * The locatives with a `venue`, in either case, and the spaces after them; a `port` one only before a port word of
 * place_fillers ("thăm cảng …", "cập quân cảng …"). (The words first, and then the lookbehind, which looks back past
 * the word just read for a letter before it: an expression that opens with its words lets the engine skip ahead to
 * where one can start, about three times faster on the articles than a lookahead and a lookbehind before them. It
 * reads the same while no such word ends with another.)
 */
function venuePreposition(lx: Lexicon): RegExp {
  const place = eitherCase(lx.locatives.filter((l) => l.venue === "place").map((l) => l.form));
  const port = eitherCase(lx.locatives.filter((l) => l.venue === "port").map((l) => l.form));
  const portWords = eitherCase(lx.place_fillers.filter((f) => f.port).map((f) => f.form)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const words = [...place.map(escapeForm), ...(port.length && portWords.length ? [`(?:${alt(port)})(?=\\s+(?:${alt(portWords)})\\s)`] : [])];
  return words.length ? new RegExp(`(?:${words.join("|")})(?<!\\p{L}(?:${alt([...place, ...port])}))\\s+`, "gu") : /(?!)/gu;
}

/** The form with its first letter in upper case. */
function capitalised(form: string): string {
  return form.charAt(0).toUpperCase() + form.slice(1);
}

/**
 * The meeting markers, with each written "có", a container noun and its noun ("có cuộc gặp", "có buổi làm việc") also
 * written with a word of number between (`marker_quantifiers`: "có các cuộc gặp", "có những buổi làm việc"): the same
 * marker, its attributes and all.
 */
export function withQuantifiers(lx: Lexicon): Lexicon["meeting_triggers"] {
  return quantified(lx).map(({ trigger }) => trigger);
}

/** The markers of `withQuantifiers`, each with whether its word of number is plural (`marker_quantifiers`' `plural`). */
function quantified(lx: Lexicon): { trigger: Lexicon["meeting_triggers"][number]; plural: boolean }[] {
  const containers = new Set(lx.setting_words.filter((w) => w.role === "container" && !/\s/u.test(w.form)).map((w) => w.form));
  // (And a verb of attending and its noun, "dự hội nghị", with a word of number that is not plural between: "dự một
  // diễn đàn" is one forum attended; "dự các hội nghị" tells of many, none in particular.)
  const attending = lx.setting_words.filter((w) => w.role === "verb").map((w) => w.form);
  const single = lx.marker_quantifiers.filter((q) => !q.plural);
  return lx.meeting_triggers.flatMap((t) => {
    const verb = attending.find((v) => t.form.startsWith(`${v} `));
    if (verb) return [{ trigger: t, plural: false }, ...single.map((q) => ({ trigger: { ...t, form: `${verb} ${q.form} ${t.form.slice(verb.length + 1)}` }, plural: false }))];
    const m = /^có (\S+) (.+)$/u.exec(t.form);
    if (!m || !containers.has(m[1]!)) return [{ trigger: t, plural: false }];
    return [{ trigger: t, plural: false }, ...lx.marker_quantifiers.map((q) => ({ trigger: { ...t, form: `có ${q.form} ${m[1]} ${m[2]}` }, plural: q.plural === true }))];
  });
}

/** The words a marker may be asked to stand before: documents' names (`agreement_nouns`) and the posts, ranks and honorifics written before a name. */
type Followers = { readonly documents: readonly string[]; readonly posts: readonly string[] };

function triggerSource(t: Lexicon["meeting_triggers"][number], after: Followers, form: string = t.form): string {
  let s = escapeForm(form);
  const followers = [...(t.followed_by ?? []), ...(t.followed_by_agreement_noun ? after.documents : []), ...(t.followed_by_post ? after.posts : [])];
  if (followers.length) s += `(?= (?:${alt(followers)})${RE})`;
  if (t.not_followed_by?.length) s += `(?! (?:${alt(t.not_followed_by)})${RE})`;
  if (t.not_preceded_by?.length) s += `(?<!(?:${alt(t.not_preceded_by)}) ${escapeForm(t.form)})`;
  return s;
}

function compile(lexicon: Lexicon, sideNames: Readonly<Record<CountryCode, string>>, foreignCountries: readonly string[], placeNames: readonly string[]): Grammar {
  const quantifiedTriggers = quantified(lexicon);
  const lx: Lexicon = { ...lexicon, meeting_triggers: quantifiedTriggers.map(({ trigger }) => trigger) };
  // The two sides as one subject, in the lexicon's case or all in lower case, as pages write titles ("hai bộ trưởng").
  const jointForms = [...new Set(lx.joint_subjects.flatMap((j) => [j.form, j.form.toLowerCase()]))];
  /** The countries other than the sides, group 1 (`foreignCountry`, and the parties of documents build on it). */
  const foreign = `(${alt(foreignCountries)})(?!\\p{L})`;
  // The documents a bare verb may take ("ký Bản ghi nhớ", "ký thỏa thuận"): `agreement_nouns`, either case of the first letter.
  const documentNouns = [...new Set(lx.agreement_nouns.flatMap((n) => [n.form, n.form.charAt(0).toLowerCase() + n.form.slice(1)]))];
  // The words that open a name's post before it ("cuộc gặp Bộ trưởng Quốc phòng Nhật Bản B", "cuộc gặp ông B"), also
  // with the words after the first in lower case, as pages write them too ("Chuẩn đô đốc", "Tổng tham mưu trưởng").
  const postWords = lowerTails([...forms(lx.titles), ...forms(lx.ranks), ...lx.honorifics.filter((h) => !h.generic_rank).map((h) => h.form)]);
  const followers: Followers = { documents: documentNouns, posts: postWords };
  const typeOrder = [...new Set(lx.meeting_triggers.map((t) => t.type))];
  const triggers = typeOrder.map((type) => {
    const of = lx.meeting_triggers.filter((t) => t.type === type);
    // (Its key words include the title-cased forms of its markers of several words: see `titleCasedMarker`.)
    const titled = of.filter(titleCasedForm).map((t) => capitalised(t.form));
    return [type, new RegExp(`${leadingWords(forms(of))}${LE}(${of.map((t) => triggerSource(t, followers)).join("|")})${RE}`, "gu"), keyWords([...forms(of), ...titled])] as const;
  });
  // A host's or a visitor's marker written in lower case is capitalised when it opens the sentence, which then tells
  // the encounter ("Tiếp Thứ trưởng A có …", "Lễ đón được tổ chức … do B chủ trì"). A mutual one opening the sentence
  // ("Hội đàm diễn ra …") is mostly the encounter told before, and is read only in the fronted shape ("Gặp B, A …",
  // `fronted`; see events.ts). One expression per type, anchored at
  // the sentence's start (so it costs one attempt a sentence).
  const openers = typeOrder.flatMap((type) => {
    const of = lx.meeting_triggers.filter((t) => t.type === type && openerVariant(t));
    return of.length ? [[type, new RegExp(`^[\\s"“(]*(${of.map((t) => triggerSource(t, followers, capitalised(t.form))).join("|")})${RE}`, "u"), keyWords(of.map((t) => capitalised(t.form)))] as const] : [];
  });
  const titleCased = [...new Set(lx.meeting_triggers.filter(titleCasedForm).map((t) => capitalised(t.form)))].sort((a, b) => b.length - a.length);
  // Verbs among the triggers (lower case) also end posts and are what a joint subject does.
  const verbTriggers = lx.meeting_triggers.filter((t) => startsLower(t.form));
  const verbSource = verbTriggers.map((t) => triggerSource(t, followers)).join("|");

  const cue = <C extends string>(entries: readonly { form: string; cue: C }[], ...cues: C[]) => entries.filter((e) => cues.includes(e.cue)).map((e) => e.form);
  // Cues of what did not happen, each with the words it must or must not be followed by; the opening ones ("Theo kế
  // hoạch, …") count only at the start of a sentence.
  const inClause = lx.not_happened.filter((e) => !e.opening);
  // (With `bounded`, the form is read only where no letter stands right before it: see `unpreceded`.)
  const cueSource = (e: Lexicon["not_happened"][number], bounded = false) =>
    (e.not_preceded_by?.length ? `(?<!(?:${alt(eitherCase(e.not_preceded_by))})\\s+)` : "") + (bounded ? unpreceded(escapeForm(e.form)) : escapeForm(e.form)) + (e.followed_by?.length ? `(?=\\s+(?:${alt(e.followed_by)})${RE})` : "") + (e.not_followed_by?.length ? `(?!\\s+(?:${alt(e.not_followed_by)})${RE})` : "");
  const plans = inClause.filter((e) => e.cue === "plan");
  // (Each cue looks back for a letter before it once read, rather than a lookahead and a lookbehind tried everywhere.)
  const planSource = `(${plans.map((e) => cueSource(e, true)).join("|")})${RE}`;
  const openingPlans = lx.not_happened.filter((e) => e.opening && e.cue === "plan");
  const clauseWishes = inClause.filter((e) => e.cue === "wish" && e.whole_clause);
  const inviteeWords = [...new Set(inClause.filter((e) => e.cue === "invitation").flatMap((e) => e.invitee_words ?? []))];
  const heldSource = `${LE}(?:${alt(forms(lx.held_words))})${RE}`;
  const prepositions = eitherCase(lx.setting_words.filter((w) => w.role === "preposition").map((w) => w.form));
  const containers = lx.setting_words.filter((w) => w.role === "container").map((w) => w.form);
  const settingVerbs = lx.setting_words.filter((w) => w.role === "verb").map((w) => w.form);
  // A journey before the attending verb: "sang Jakarta dự", "đến thành phố Viêng Chăn tham dự" (the place's words capitalised).
  const journeys = lx.setting_words.filter((w) => w.role === "journey").map((w) => w.form);
  const journey = journeys.length ? `(?:(?:${alt(journeys)})\\s+(?:(?:${alt(eitherCase(forms(lx.place_fillers)))})\\s+)?\\p{Lu}[\\p{L}\\p{M}]*(?:[\\s-]\\p{Lu}[\\p{L}\\p{M}]*){0,3}\\s+)?` : "";
  // After a setting's preposition: the attending verb (a journey before it) and the container, up to the marker.
  const settingTail = `\\s+(${journey}(?:${alt(settingVerbs)})\\s+)?((?:${alt(containers)})\\s+)?$`;
  const absentPlain = lx.absent_cues.filter((c) => !c.to?.length);
  const absentTo = lx.absent_cues.filter((c) => c.to?.length);
  const absentFrom = lx.absent_cues.filter((c) => c.from?.length);
  // (A sender's title runs up to the word that introduces the one the greetings go to: "của Thủ tướng A tới Bộ trưởng B".)
  const notTo = `(?!(?:${alt([...new Set(absentTo.flatMap((c) => c.to!))])})${R})`;
  const titles = forms(lx.titles);
  const honorifics = lx.honorifics.filter((h) => !h.generic_rank);
  const ranks = forms(lx.ranks);
  const generalRanks = lx.ranks.filter((r) => r.order >= 5).map((r) => r.form);
  // (A word that joins the halves of a name is no end between them: after a capitalised word and up to two more in lower
  // case, before a capitalised word that opens no post: "Viện Chiến lược và Lịch sử …", "Ủy ban Quốc phòng và An ninh …".)
  const joining = (form: string) => `${escapeForm(form)}(?!(?<=\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Ll}[\\p{L}\\p{M}]*){0,2}\\s+${escapeForm(form)})\\s+(?!(?:${alt(postWords)})${R})\\p{Lu})`;
  const boundary = (scope: "title_before_name" | "post_after_name") => [...lx.clause_boundaries.filter((c) => c.ends.includes(scope)).map((c) => (c.joins_names ? joining(c.form) : escapeForm(c.form))), verbSource].join("|");
  const boundaryWords = (scope: "title_before_name" | "post_after_name") => [...lx.clause_boundaries.filter((c) => c.ends.includes(scope)).map((c) => c.form), ...verbTriggers.map((t) => t.form)];

  // (Nor past the word that introduces the one greetings go to: "của Thủ tướng A tới Bộ trưởng B" makes A the sender, not B.)
  const titleGap = `(?:(?!(?:${verbSource})${RE})${notTo}[\\p{L}\\p{M}-]+\\s+){0,14}`;
  /** The clause before a name, ending in one of `cues` and the title it governs: someone spoken of. */
  const absentSource = (cues: typeof absentPlain) =>
    `${L}(${cues.flatMap((c) => eitherCase([c.form]).map((f) => `${c.not_after?.length ? `(?<!(?:${alt(eitherCase(c.not_after))})\\s+)` : ""}${escapeForm(f)}${c.not_before?.length ? `(?!\\s+(?:${alt(c.not_before)})${R})` : ""}`)).join("|")})\\s+(?![^]*${L}do\\s)(${titleGap})$`;
  // (A form marked after_count stands for one form per count word: "năm sau" for "một năm sau", "ba năm sau", ….)
  const st = lx.agreement_status_cues.flatMap((c) => (c.after_count ? lx.count_words.map((w) => ({ ...c, form: `${w.form} ${c.form}` })) : [c]));
  const cueForms = [...new Set(st.map((c) => c.form))].sort((a, b) => b.length - a.length);
  const cuesOf = new Map<string, Set<StatusCue>>();
  const adjacentCues = new Set(st.filter((c) => c.adjacent).map((c) => c.form.toLowerCase()));
  const refersBackCues = new Set(st.filter((c) => c.refers_back).map((c) => c.form.toLowerCase()));
  const pointsBackCues = new Set(st.filter((c) => c.points_back).map((c) => c.form.toLowerCase()));
  for (const c of st) (cuesOf.get(c.form.toLowerCase()) ?? cuesOf.set(c.form.toLowerCase(), new Set()).get(c.form.toLowerCase())!).add(c.cue);
  const longestFirst = (fs: readonly string[]) => [...fs].sort((a, b) => b.length - a.length);
  // (Not a unit's name: "Sư đoàn", "Không đoàn".)
  // Between the two sides as a subject and its verb: the field of their posts ("hai Bộ trưởng Quốc phòng", "hai Tư lệnh
  // Hải quân": `scope_words`, either case, maybe after "Bộ") and the two countries named ("Bộ trưởng Quốc phòng hai nước
  // Việt Nam và Nhật Bản", "hai nước Việt - Nhật": each side by its name or `party_words` short form, joined by a joiner).
  const fieldOfPost = `(?:\\s+(?:Bộ\\s+)?(?:${alt(eitherCase(forms(lx.scope_words)))})${R})`;
  const sideForms = (side: CountryCode) => [sideNames[side], ...lx.party_words.filter((w) => w.role === "short_side" && w.country === side).map((w) => w.form)];
  const joiners = lx.party_words.filter((w) => w.role === "joiner").map((w) => w.form);
  const pairOf = (a: CountryCode, b: CountryCode) => `(?:${alt(sideForms(a))})\\s*(?:${alt(joiners)})\\s*(?:${alt(sideForms(b))})${R}`;
  const bothNamed = `(?:\\s+(?:${pairOf("VN", "JP")}|${pairOf("JP", "VN")}))`;
  const delegationWord = `${L}(?:${lx.delegation_words.map((w) => `${w.not_preceded_by?.length ? `(?<!${L}(?:${alt(eitherCase(w.not_preceded_by))})\\s+)` : ""}(?:${alt(eitherCase([w.form]))})`).join("|")})${R}`;
  const nouns = lx.agreement_nouns;
  // (A cue reaches past any number of `cue_reach_words` besides its two words: "đề xuất tổ chức một cuộc hội đàm".)
  const reach = `(?:\\s+(?:${alt(forms(lx.cue_reach_words))})${R})*`;
  const attendance = (at: "before" | "after") => lx.attendance_cues.filter((c) => c.at === at).map((c) => c.form);
  const listOpeners = attendance("before").filter((f) => f.includes(" "));
  // (A verb of one word opens a list only before a container word, "Dự lễ có …", "Dự buổi tiếp có …": not "Dự kiến có …".)
  const verbOpeners = attendance("before").filter((f) => !f.includes(" "));
  const opener = `${alt(eitherCase(listOpeners))}|(?:${alt(eitherCase(verbOpeners))})(?=\\s+(?:${alt(containers)})${R})`;
  const roleTime = (time: Lexicon["role_time_words"][number]["time"]) => new RegExp(`${L}(?:${alt(lx.role_time_words.filter((w) => w.time === time).map((w) => w.form))})${R}`, "iu");

  return {
    lexicon: lx,
    triggers,
    openers,
    jointSubjectMarkers: new Set(lx.meeting_triggers.filter((t) => t.joint_subject).map((t) => t.form)),
    titleCasedForms: new Set(titleCased),
    titleCasedMarker: titleCased.length ? new RegExp(`${leadingWords(titleCased)}(?<=\\p{Ll}[\\p{L}\\p{M}]*\\s+)(?:${alt(titleCased)})${RE}`, "gu") : null,
    frontedOpeners: new Set(lx.meeting_triggers.filter((t) => t.subject === "mutual" && t.fronted && openerVariant(t)).map((t) => capitalised(t.form))),
    markerWords: new Vocabulary([...triggers, ...openers].flatMap(([, , words]) => words)),
    triggerFormat: new Map(lx.meeting_triggers.filter((t) => t.format).flatMap((t) => [[t.form, t.format!] as const, ...(openerVariant(t) ? [[capitalised(t.form), t.format!] as const] : [])])),
    hostsMarkers: new Set(lx.meeting_triggers.filter((t) => t.subject === "hosts").map((t) => t.form.toLowerCase())),
    visitsMarkers: new Set(lx.meeting_triggers.filter((t) => t.subject === "visits").map((t) => t.form.toLowerCase())),
    passiveOpening: new RegExp(`(?:[,;]|${L}(?:${alt(forms(lx.list_joiners))}))\\s+(?:(?:${alt(forms(lx.sequence_openers))})\\s+)?(?:${alt(forms(lx.passive_words))})${R}`, "giu"),
    passiveTitle: new RegExp(`${L}(?:${alt(forms(lx.passive_words))})\\s+(${alt(titles)})(?:\\s+[\\p{L}\\p{M}]+){0,4}?\\s*$`, "u"),
    manySides: new RegExp(`${L}(?:${alt(longestFirst(eitherCase(forms(lx.many_sides))))})${R}`, "u"),
    // (Or their title first, after "giữa": "cuộc gặp không chính thức giữa Bộ trưởng Quốc phòng các nước ASEAN với …".)
    manySidesAfter: new RegExp(`^\\s+(?:(?:${alt(forms(lx.comitative_words))})\\s+|giữa\\s+(?:${alt(titles)})(?:\\s+[\\p{L}\\p{M}]+){0,2}?\\s+)?(?:${alt(longestFirst(eitherCase(forms(lx.many_sides))))})${R}`, "u"),
    comitative: new RegExp(`${L}(?:${alt(forms(lx.comitative_words))})${R}`, "gu"),
    companionTail: new RegExp(`^(?:\\s+(?!(?:${alt(forms(lx.list_joiners))})${R})[\\p{Ll}\\p{M}]+){0,5}\\s+$`, "u"),
    mutualMarkers: new Set(lx.meeting_triggers.filter((t) => t.subject === "mutual" && t.type !== "conference").map((t) => t.form.toLowerCase())),
    relativeClause: new RegExp(`(?<=\\p{Ll}\\s+)(?:${lx.relative_words.map((w) => `${escapeForm(w.form)}${w.not_followed_by?.length ? `(?!\\s+(?:${alt(w.not_followed_by)})${R})` : ""}`).join("|")})\\s[^,;.]*$`, "u"),
    clauseOpening: new RegExp(`(?:[,;]|${L}(?:${alt(forms(lx.list_joiners))}))\\s+(?:${alt(forms(lx.sequence_openers))})${R}`, "giu"),
    newOccasion: new RegExp(`\\d|${L}(?:${alt([...forms(lx.time_of_day), ...forms(lx.sequence_openers)])})${R}`, "iu"),
    typePrecedence: typePrecedence(lx),
    notHappened: new RegExp(`${leadingWords(forms(inClause))}${LE}(${inClause.map((e) => cueSource(e)).join("|")})(?:${reach}\\s+\\p{L}+){0,2}${reach}\\s*[“"]?$`, "u"),
    notHappenedCue: new Map(inClause.map((e) => [e.form, e.cue])),
    planWords: new Vocabulary(keyWords([...forms(plans), ...forms(openingPlans)])),
    planned: new RegExp(`${planSource}(?![^;:]*?${heldSource})[^;:]*$`, "u"),
    wishWords: new Vocabulary(keyWords(forms(clauseWishes))),
    wished: new RegExp(`(?:${clauseWishes.map((e) => cueSource(e, true)).join("|")})${RE}(?![^;:]*?${heldSource})[^;:]*$`, "u"),
    plannedOpening: new RegExp(`^[\\s"“(]*(${alt(forms(openingPlans))})\\s*,`, "u"),
    backgroundOpening: new RegExp(`^[\\s"“(]*(?:${alt(forms(lx.not_happened.filter((e) => e.opening && e.cue === "background")))})\\s*,`, "u"),
    heldOrBreak: new RegExp(`${heldSource}|;`, "u"),
    recentWords: lx.held_words.filter((w) => w.recent).map((w) => w.form.toLowerCase()),
    plannedAfter: new RegExp(`^(?:(?!${heldSource})[^,;:])*?(?:,\\s*)?${planSource}(?:\\s+[^\\s,;:]+){0,6}?\\s+(?:${alt(forms(lx.occurrence_verbs))})${RE}`, "u"),
    containerOpening: new RegExp(`^[\\s"“(]*(?:${alt(eitherCase(containers))})\\s`, "u"),
    takesPlace: new RegExp(`^[^,;:]*?\\s(?:${alt(forms(lx.occurrence_verbs))})${RE}`, "u"),
    praised: new RegExp(`(?:${boundedAlt(cue(inClause, "background"))})${RE}[^,;.:]*$`, "u"),
    invited: new RegExp(`(?:${boundedAlt(cue(inClause, "invitation"))})(?![^,;]*${LE}đã${RE})[^,;.]*$`, "u"),
    inviteeWord: inviteeWords.length ? new RegExp(`${L}(?:${alt(inviteeWords)})${R}`, "u") : null,
    setting: new RegExp(`(${boundedAlt(prepositions)})${settingTail}`, "u"),
    duringSetting: new RegExp(`(${boundedAlt(eitherCase(lx.setting_words.filter((w) => w.role === "preposition" && w.during).map((w) => w.form)))})${settingTail}`, "u"),
    settingTookPlace: new RegExp(`^(?:${alt(eitherCase(lx.setting_words.filter((w) => w.role === "preposition" && w.took_place).map((w) => w.form)))})$`, "u"),
    sequenceOpener: new RegExp(`^(?:${alt(forms(lx.sequence_openers))})`, "u"),
    jointPersons: new Set(lx.joint_subjects.filter((j) => j.persons).flatMap((j) => [j.form, j.form.toLowerCase()])),
    jointRanks: new Map(lx.joint_subjects.flatMap((j) => (j.lowest_rank !== undefined ? [[j.form, j.lowest_rank] as const, [j.form.toLowerCase(), j.lowest_rank] as const] : []))),
    jointSubject: new Map(lx.joint_subjects.flatMap((j) => [[j.form, j.form] as const, [j.form.toLowerCase(), j.form] as const])),
    rankOrder: new Map(lx.ranks.map((r) => [r.form.toLowerCase(), r.order])),
    jointOpening: new RegExp(`^\\s*(?:[Hh]ai|2)\\s+(?:${alt(jointForms)})${R}`, "u"),
    bothSides: new RegExp(`${L}([Hh]ai|2) (${alt(jointForms)})${fieldOfPost}?(?: nước)?${bothNamed}?\\s+(?:(?:${alt(forms(lx.held_words))})\\s+){0,2}(?:tiến hành\\s+|có cuộc\\s+|có buổi\\s+|cùng\\s+)?(${[verbSource, alt(forms(lx.joint_verbs))].join("|")})${R}`, "u"),
    jointBetween: new RegExp(`^\\s+giữa\\s+(?:[Hh]ai|2)\\s+(${alt(jointForms)})${R}`, "u"),
    online: new RegExp(`${leadingWords(lx.format_words.filter((w) => w.format === "online").map((w) => w.form))}${LE}(${alt(lx.format_words.filter((w) => w.format === "online").map((w) => w.form))})${RE}`, "u"),
    formatMannerAtEnd: new RegExp(`${L}(?:${alt(forms(lx.format_manners))})\\s+$`, "u"),
    onlineAll: new RegExp(`${leadingWords(lx.format_words.filter((w) => w.format === "online").map((w) => w.form))}${LE}(${alt(lx.format_words.filter((w) => w.format === "online").map((w) => w.form))})${RE}`, "gu"),
    meetingNoun: new RegExp(`${LE}(?:${alt([...lx.meeting_triggers.filter((t) => NOUN_TYPES.has(t.type)).map((t) => t.form), ...forms(lx.activity_nouns)])})${RE}`, "giu"),
    // The cue's scope runs over the title between it and the name, however long, up to a meeting verb.
    absent: new RegExp(absentSource(absentPlain), "u"),
    absentApposed: new RegExp(absentSource(absentPlain.filter((c) => c.cue !== "on_behalf")), "u"),
    absentRecipient: new RegExp(`${L}(${alt(forms(absentTo))})[^.]*${L}(${alt([...new Set(absentTo.flatMap((c) => c.to!))])})\\s+(${titleGap})$`, "u"),
    // The senders, after the cue in the same sentence: named right after a title ("của Thủ tướng Nhật Bản C"), or after
    // commas, in a list of titled people ("của Thủ tướng C, Bộ trưởng Quốc phòng D") or the name apposed to the title
    // with an honorific ("của Thủ tướng Nhật Bản, ngài C"): each part after a comma opens with a title or an honorific.
    absentSender: new RegExp(
      `${leadingWords(forms(absentFrom))}${L}(?:${alt(forms(absentFrom))})${R}[^.;:!?]*?${L}(?:${alt([...new Set(absentFrom.flatMap((c) => c.from!))])})\\s+(?:${titleGap}|(?:${alt(titles)})(?:\\s+${notTo}[\\p{L}\\p{M}-]+){0,10}(?:,\\s*(?:${alt([...titles, ...eitherCase(forms(honorifics))])})(?:\\s+${notTo}[\\p{L}\\p{M}-]+){0,10}){0,3}?,\\s*(?:${alt([...titles, ...eitherCase(forms(honorifics))])})(?:\\s+${notTo}[\\p{L}\\p{M}-]+){0,10}?\\s+)$`,
      "u",
    ),
    senderCues: new Vocabulary(keyWords(forms(absentFrom))),
    narrator: new RegExp(`^[^.;]{0,160}?${L}(${alt(lx.speech_verbs.filter((v) => v.narrates).map((v) => v.form))})\\s*,`, "u"),
    narratorThenPronoun: new RegExp(`^[^.;]{0,160}?${L}(${alt(lx.speech_verbs.filter((v) => v.narrates).map((v) => v.form))})(?=\\s+(?:(?:${alt(forms(lx.speech_complementizers))})\\s+)?${tellerPronoun(lx)})`, "u"),
    tellerPronoun: new RegExp(`${L}${tellerPronoun(lx)}`, "u"),
    narratingVerbs: new Vocabulary(lx.speech_verbs.filter((v) => v.narrates).map((v) => v.form)),
    // (Maybe after the source the report cites: "Tờ X ngày 12/3 dẫn hãng tin Kyodo cho biết …", `citing_words`.)
    reportedAfter: new RegExp(`^\\s*\\)?\\s*(?:\\([^()\\n]{1,20}\\)\\s*)?(?:${L}(?:${alt(forms(lx.citing_words))})\\s+[^,.;:!?()\\n]{1,60}?\\s+)?(?:${alt(lx.speech_verbs.filter((v) => v.narrates).map((v) => v.form))})${R}`, "u"),
    speechVerb: new RegExp(`${L}(?:${alt(lx.speech_verbs.filter((v) => v.after_name).map((v) => v.form))})${R}`, "u"),
    speechAfter: new RegExp(`^\\s*,?\\s*(${alt(lx.speech_verbs.filter((v) => v.after_name).map((v) => v.form))})(?!\\p{L})`, "u"),
    // Ranks are written capitalised or not ("Đại tướng", "đại tướng", "chuẩn đô đốc"): matched in any case, published in the lexicon's form.
    rankAtEnd: new RegExp(`(${alt(ranks)})\\s*$`, "iu"),
    rankOrHonorificEnds: [...new Set([...ranks, ...forms(honorifics)].map((f) => f.toLowerCase().split(/\s+/).at(-1)!))],
    rankForm: new Map(ranks.map((r) => [r.toLowerCase(), r])),
    rankAfterName: new RegExp(`^\\s+(${alt(eitherCase(ranks))})(?:\\s+(?:${alt(forms(lx.calqued_rank_tails))}))?${R}(?!\\s+\\p{Lu})`, "u"),
    reporterAtEnd: new RegExp(`${L}(?:${alt(eitherCase(forms(lx.reporter_words)))})\\s*$`, "u"),
    reporterCreditAtEnd: new RegExp(`\\(\\s*(?:${alt(eitherCase(forms(lx.reporter_words)))})${R}[^()]*\\)\\s*$`, "u"),
    honorificAtEnd: new RegExp(`${leadingWords(eitherCase(forms(honorifics)))}(?<!\\p{L})(${alt(eitherCase(forms(honorifics)))})\\s*$`, "u"),
    titleWord: new RegExp(`(${alt(titles)})`, "u"),
    bareTitle: new RegExp(`^(?:${alt(titles)})(?:\\s+(?:${alt(titles)}))*$`, "u"),
    titleBeforeBothSides: new RegExp(`${L}(${alt(titles)})${fieldOfPost}?\\s+$`, "u"),
    nameIntroAtEnd: new RegExp(`(?:${alt([...lx.titles.filter((t) => t.introduces_name).map((t) => t.form), ...generalRanks, ...eitherCase(forms(lx.honorifics))])})(?:\\s+[\\p{L}]+){0,5}\\s*$`, "u"),
    holderTitleAtEnd: new RegExp(`(${alt(lx.titles.filter((t) => t.holder_lookup).map((t) => t.form))})(?:\\s+[\\p{L}]+){0,5}\\s*$`, "u"),
    titleBoundary: new RegExp(`${leadingWords(boundaryWords("title_before_name"))}(?<!\\p{L})(${boundary("title_before_name")})(?!\\p{L})`, "gu"),
    // (With the setting word before a marker: "…, Chỉ huy trưởng biên đội tại lễ đón" holds no "tại".)
    postBoundary: new RegExp(`\\s+(?:(?:${alt(prepositions)})\\s+)?(${boundary("post_after_name")})(?![\\p{L}\\p{M}])`, "u"),
    foreignCountry: new RegExp(foreign, "u"),
    sideName: sideNames,
    visitTo: new RegExp(`${L}(?:${alt(longestFirst(forms(lx.visit_phrases)))}) (${alt([sideNames.JP, sideNames.VN])})${R}`, "u"),
    delegationOf: { VN: new RegExp(`${delegationWord}[^,;.]{0,60}${escapeForm(sideNames.VN)}`, "u"), JP: new RegExp(`${delegationWord}[^,;.]{0,60}${escapeForm(sideNames.JP)}`, "u") },
    delegation: new RegExp(delegationWord, "u"),
    regionNames: new RegExp(`(?<!\\p{L})(?:${alt(forms(lx.region_names).sort((a, b) => b.length - a.length))})(?!\\p{L})`, "gu"),
    // The gazetteer's places and the phrases among the stop words (regions, seas, countries it does not list).
    placeNames: phraseIndex([...placeNames, ...forms(lx.name_stopwords).filter((f) => f.includes(" "))]),
    titleAtEnd: new RegExp(`(?:${alt(titles)})\\s*$`, "u"),
    nameStopword: new RegExp(`${leadingWords(forms(lx.name_stopwords))}(?<!\\p{L})(${alt(forms(lx.name_stopwords))})(?!\\p{L})`, "u"),
    nameStopwordForVietnameseName: new RegExp(`${leadingWords(forms(lx.name_stopwords.filter((w) => !w.given_name)))}(?<!\\p{L})(${alt(forms(lx.name_stopwords.filter((w) => !w.given_name)))})(?!\\p{L})`, "u"),
    vnSurnames: new Set(forms(lx.vn_surnames)),
    timeOfDaySource: `(?:${alt(forms(lx.time_of_day))})`,
    timeOfDay: Object.fromEntries(lx.time_of_day.map((t) => [t.form, t.time])),
    // (Longest first: "Trước đó một ngày" before "Trước đó".)
    spanEndBefore: new RegExp(`${L}(?:${alt(forms(lx.span_end_words))})(?:\\s+ngày)?\\s*$`, "iu"),
    timeFrameOpening: new RegExp(`^\\s*(${alt(eitherCase(forms(lx.time_frames)).sort((a, b) => b.length - a.length))})${R}`, "u"),
    roleTime: { coming: roleTime("coming"), present: roleTime("present"), past: roleTime("past") },
    timeFrame: new Map(lx.time_frames.flatMap((t) => eitherCase([t.form]).map((f) => [f.toLowerCase(), { frame: t.frame, days: t.days ?? null }] as const))),
    pastCue: new RegExp(`${leadingWords(forms(lx.past_cues))}${L}(${alt(forms(lx.past_cues))})${R}`, "iu"),
    approximateCountAtEnd: new RegExp(`${L}(?:${alt(forms(lx.approximate_counts))})\\s+$`, "iu"),
    // (Case-sensitive, the words in either case of their first letter: with "i", \\p{Ll} would take a name's words too,
    // "Chuẩn Đô đốc Kato Ken" read as a rank alone.)
    bareSubject: new RegExp(`^\\s*(?:(?:${alt(eitherCase(forms(lx.self_words)))})\\s+)?(${alt(eitherCase([...titles, ...ranks]))})(?:\\s+\\p{Ll}+){0,2}\\s*$`, "u"),
    bareJointSubject: new RegExp(`^\\s*(?:(?:${alt(forms(lx.self_words))})\\s+)?(${alt([...titles, ...ranks])})\\s+(?:và|cùng)\\s+`, "iu"),
    formerAtEnd: new RegExp(`${L}(?:${alt(forms(lx.former_words))})\\s+$`, "iu"),
    formerOpening: new RegExp(`^(?:${alt(forms(lx.former_words))})\\s+`, "iu"),
    monthOpening: new RegExp(`^(?:[\\s,;:"“(]|${L}(?:${alt(forms(lx.month_openers).sort((a, b) => b.length - a.length))})${R})*$`, "iu"),
    monthAfterMarker: new RegExp(`${L}(?:${alt(forms(lx.month_openers.filter((o) => o.after_marker)))})\\s+$`, "iu"),
    tenureEdge: new RegExp(`${leadingWords(forms(lx.tenure_edges))}${L}(${alt(forms(lx.tenure_edges))})${R}`, "iu"),
    tenureEdgeOf: new Map(lx.tenure_edges.map((e) => [e.form.toLowerCase(), e.edge])),
    relativeYear: new RegExp(`${L}(${lx.relative_years.map((r) => `${r.not_after?.length ? `(?<!(?:${alt(r.not_after)}|\\d+)\\s+)` : ""}${escapeForm(r.form)}`).join("|")})${R}`, "giu"),
    yearsBack: new Map(lx.relative_years.map((r) => [r.form.toLowerCase(), r.years_back])),
    earlierYear: new RegExp(`${L}(?:${alt(lx.relative_years.filter((r) => r.years_back > 0).map((r) => r.form))})${R}`, "iu"),
    relativeMonth: new RegExp(`${L}(${alt(forms(lx.relative_months))})${R}`, "iu"),
    monthsBack: new Map(lx.relative_months.map((r) => [r.form.toLowerCase(), r.months_back])),
    appointment: new RegExp(`${leadingWords(forms(lx.appointment_words))}${L}(${alt(forms(lx.appointment_words))})${R}`, "giu"),

    attendsBefore: new RegExp(`${L}(${alt(attendance("before"))})\\s+(?:(?:${alt(containers)})\\s+)?$`, "iu"),
    attendsAfter: new RegExp(`${leadingWords(attendance("after"))}${L}(${alt(attendance("after"))})${R}`, "iu"),
    attendanceWords: keyWords(eitherCase(lx.attendance_cues.map((c) => c.form))),
    // (A form of one word opens other words at the start of a sentence, "Dự kiến", "Dự án": only longer forms open a list.)
    attendeesOpening: new RegExp(`^[\\s"“(]*(?:${opener})(?:\\s+[\\p{L}\\p{M}]+){0,5}?\\s+(?:còn\\s+)?có${R}`, "u"),
    // (A verb of one word with each container word: "dự" alone is in most paragraphs.)
    attendeesOpeningWords: new Vocabulary(keyWords(eitherCase([...listOpeners, ...verbOpeners.flatMap((v) => containers.map((c) => `${v} ${c}`))]))),
    sideCue: new RegExp(`${leadingWords(forms(lx.side_cues))}${L}(${alt(forms(lx.side_cues))})${R}`, "iu"),
    organisationSource: alt(forms(lx.organisation_words)),
    locativeSource: alt(forms(lx.locatives)),
    venuePreposition: venuePreposition(lx),
    placedCountry: new RegExp(`${L}(?:${alt(forms(lx.locatives))})\\s+(?:${alt([sideNames.VN, sideNames.JP])})${R}`, "gu"),
    subjectAnaphor: new RegExp(`(?:^|,)\\s*(?:${alt(eitherCase(forms(lx.subject_anaphors)))})(?:\\s+(?:${alt(forms(lx.subject_adverbs))}))*\\s*$`, "u"),
    passiveAnaphor: new RegExp(`(?:^|,)\\s*(?:${alt(eitherCase(forms(lx.subject_anaphors)))})(?:\\s+(?:${alt(forms(lx.subject_adverbs))}))*\\s+(?:${alt(forms(lx.passive_words))})${R}[^,;]*$`, "u"),
    objectAnaphor: new RegExp(`^\\s+(?:${alt(forms(lx.subject_anaphors.filter((a) => a.as_object)))})${R}(?![^\\S\\n]*\\p{Lu})`, "u"),
    listJoiner: new RegExp(`^\\s*(?:${alt(forms(lx.list_joiners))})?\\s*`, "u"),
    attending: new RegExp(`${LE}(?:${alt(settingVerbs)})${RE}`, "u"),
    pluralMarkers: new Set(quantifiedTriggers.filter((q) => q.plural).map((q) => q.trigger.form)),
    inTurn: new RegExp(`${LE}(?:${alt(forms(lx.in_turn_words))})${RE}`, "u"),
    leads: new RegExp(`${L}(?:${alt(forms(lx.leading_words))})${R}`, "iu"),
    leadingWord: new RegExp(`${L}(?:${alt(forms(lx.leading_words))})${R}`, "giu"),
    leadingNoun: new RegExp(`^(?:${alt(lx.leading_words.filter((w) => w.noun).map((w) => w.form))})$`, "iu"),
    invites: new RegExp(`${L}(?:${alt(forms(lx.invitation_words))})${R}`, "u"),
    pointsBack: new RegExp(`^(?:\\S+\\s+){1,3}(?:${alt(forms(lx.pointing_back_words))})\\s*,$`, "u"),
    speakingWords: forms(lx.speaking_words).map((f) => f.toLowerCase()),
    hasBeforeNoun: new RegExp(`^có\\s+(?:(?:${alt(forms(lx.marker_quantifiers))})\\s+)?`, "u"),
    pluralWord: new RegExp(`${L}(?:${alt(forms(lx.marker_quantifiers.filter((q) => q.plural)))})${R}`, "iu"),
    conferenceNouns: [...new Set(lx.meeting_triggers.filter((t) => t.type === "conference" && t.form.split(" ").length <= 2).map((t) => t.form.toLowerCase()))],
    sessionNouns: forms(lx.session_nouns).map((f) => f.toLowerCase()),
    remoteAttendance: new RegExp(`${L}(?:${alt(forms(lx.remote_attendance_words))})${R}`, "iu"),
    timeSubordinator: new RegExp(`^\\s*(?:${alt(forms(lx.time_subordinators))})${R}`, "u"),
    antecedentLink: new RegExp(`^\\s*(?:${alt(forms(lx.antecedent_links))})${R}`, "u"),
    laterAction: new RegExp(`${L}(?:${alt(forms(lx.later_action_openers))})${R}`, "iu"),
    attribution: new RegExp(`^\\s*(?:${alt(forms(lx.attribution_openers))})\\s+[^,.;:]{1,60},`, "u"),
    listWords: new RegExp(`${L}(?:${alt(forms(lx.list_joiners))})${R}`, "gu"),
    relativeOpener: new RegExp(`^\\s*(?:${alt(forms(lx.relative_openers))})\\s`, "u"),
    guestWord: new RegExp(`${leadingWords(forms(lx.guest_words))}${L}(${alt(forms(lx.guest_words))})${R}`, "iu"),
    hostCountry: new RegExp(`${L}(?:${alt(forms(lx.host_country_words))})${R}`, "iu"),
    // (The name runs from a capital to the first bracket, comma, semicolon or full stop; the seat word in either case.)
    unitSeat: new RegExp(`${L}(?:${alt(eitherCase(lx.unit_words.filter((w) => w.role === "seat").map((w) => w.form)))})\\s+(\\p{Lu}[^,;.()\\n]*?)\\s*(?=[,;.(]|$)`, "u"),
    unitMet: new RegExp(`^\\s*(?:${alt(lx.unit_words.filter((w) => w.role === "met").map((w) => w.form))})${R}`, "iu"),
    unitCommand: new RegExp(`^(?=(?:${alt(lx.unit_words.filter((w) => w.role === "command").map((w) => w.form))})${R})(\\S+\\s+)`, "u"),
    scopeWord: new RegExp(`${leadingWords(forms(lx.scope_words))}${L}(${alt(forms(lx.scope_words))})${R}`, "iu"),
    defenceKinds: new Set(lx.defence_office_kinds.map((k) => k.kind)),
    agreements: {
      nounSource: `${leadingWords(forms(nouns))}${L}(${alt(forms(nouns))})${R}`,
      nounWords: new Vocabulary(forms(nouns).map((f) => f.toLowerCase())),
      kindOf: (noun) => nouns.find((n) => n.form.toLowerCase() === noun.toLowerCase())?.kind ?? "other",
      documentWords: new Vocabulary(forms(lx.document_words).map((f) => f.toLowerCase())),
      namedDocument: new RegExp(`${L}(?:${alt(eitherCase(forms(lx.document_words)))})\\s+(\\p{Lu}[^,;:.()“”"«»]{2,200})`, "gu"),
      quotedDocument: new RegExp(`${L}(?:${alt(forms(lx.document_words))})\\s*[“"«]([^“”"«»]{3,200})[”"»]`, "giu"),
      unnamedBefore: new RegExp(`${leadingWords(forms(lx.agreement_determiners))}${L}(${alt(forms(lx.agreement_determiners))})\\s+$`, "iu"),
      // A joiner before another document, or before a verb of agreeing ("… và nhất trí thúc đẩy …"), starts a new clause.
      titleEnd: new RegExp(`\\s*(?:[,.;:()"“”《》!?]|\\s(?:${lx.title_boundaries.map(boundaryForm).join("|")})${R}|\\s(?:${alt(forms(lx.list_joiners))})\\s+(?=(?:${alt(forms(nouns))})|(?:${alt(forms(lx.agreement_status_cues.filter((c) => c.cue === "agree")))})${R}))`, "iu"),
      multilateral: new RegExp(`${leadingWords(forms(lx.multilateral))}${L}(${alt(forms(lx.multilateral))})${R}`, "u"),
      multilateralSource: alt(forms(lx.multilateral)),
      counterAtStart: new RegExp(`^(?:${alt(longestFirst(forms(lx.document_counters)))})${R}\\s*`, "iu"),
      manySigners: new RegExp(`${L}(?:${alt(longestFirst(eitherCase(forms(lx.many_signers))))})${R}`, "u"),
      membership: new RegExp(`${L}(?:${alt(forms(lx.membership_words))})${R}(?:\\s+[\\p{L}\\p{M}]+){0,3}\\s*$`, "iu"),
      twoSides: new RegExp(`${L}(?:[Hh]ai|2)\\s+(?:${alt(jointForms)})${R}`, "u"),
      cues: new RegExp(`${leadingWords(cueForms)}${L}(${alt(cueForms)})${R}`, "giu"),
      cueOf: (form) => cuesOf.get(form.toLowerCase()) ?? new Set(),
      adjacentOnly: (form) => adjacentCues.has(form.toLowerCase()),
      refersBack: (form) => refersBackCues.has(form.toLowerCase()),
      pointsBackInTime: (form) => pointsBackCues.has(form.toLowerCase()),
      generic: new RegExp(`${leadingWords(forms(lx.agreement_generic_words))}${L}(?:${alt(longestFirst(forms(lx.agreement_generic_words)))})${R}`, "giu"),
      ...partyPatterns(lx, sideNames, foreign),
    },
  };
}

/** How a clause names the parties of a document (`party_words`, the sides' names, `foreign`: the gazetteer's other countries as an expression). */
function partyPatterns(lx: Lexicon, sideNames: Readonly<Record<CountryCode, string>>, foreign: string) {
  const words = (role: string) => lx.party_words.filter((w) => w.role === role).map((w) => w.form);
  const short = (c: CountryCode) => escapeForm(lx.party_words.find((w) => w.role === "short_side" && w.country === c)!.form);
  const joiner = `(?:${alt(words("joiner"))})`;
  const afterSide = `(?:${alt([...words("joiner"), ...words("preposition")])})`;
  const of = `(?:(?:${alt(words("institution"))})\\s+)?`;
  // (A side's abbreviation, "VN", is its whole name: as a whole word, in capitals.)
  const abbreviated = (c: CountryCode, name: string) => {
    const a = lx.party_words.filter((w) => w.role === "abbreviation" && w.country === c).map((w) => w.form);
    return a.length ? `(?:${name}|(?<![\\p{L}\\p{M}])(?:${alt(a)})(?![\\p{L}\\p{M}]))` : name;
  };
  const [vn, jp] = [abbreviated("VN", escapeForm(sideNames.VN)), abbreviated("JP", escapeForm(sideNames.JP))];
  const side = `(?:${jp}|${short("JP")}|${vn})`;
  const signer = `(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+[\\p{L}\\p{M}]+){0,7}?\\s+(?:${vn}|${jp}))`;
  const many = `(?:${alt(forms(lx.multilateral))})`;
  return {
    vietnam: new RegExp(`${vn}|${short("VN")}(?=\\s*${joiner}\\s*${short("JP")})`, "u"),
    vietnamAtEnd: new RegExp(`${vn}$`, "u"),
    japan: new RegExp(short("JP"), "u"),
    pairedWithMany: new RegExp(`${L}(?:${many}\\s*${joiner}\\s*${side}|${side}\\s*${joiner}\\s*${many})${R}`, "u"),
    signers: new RegExp(`${L}${signer}\\s*${joiner}\\s*${signer}${R}`, "u"),
    pair: new RegExp(`${L}(?:${alt(words("pair"))})${R}`, "u"),
    pairedWithOther: new RegExp(`${L}(?:${alt(words("preposition"))})\\s+${of}${foreign}|${foreign}\\s*${joiner}\\s*${of}(?:${short("JP")}|${vn})|(?:${jp}|${short("JP")}|${vn})\\s*${afterSide}\\s*${of}${foreign}`, "u"),
  };
}
