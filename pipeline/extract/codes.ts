import type { MeetingFormat, MeetingType } from "./events.ts";

/**
 * Event codes of the older event datasets, so users of GDELT and ICEWS
 * (CAMEO) or POLECAT (PLOVER) can join: a meeting in a country that is
 * neither side's is "meet at a third location"; a reception is a hosted
 * visit; a call is a telephone discussion; a signing is a formal agreement.
 */
export interface EventCodes {
  readonly cameo_code: string;
  readonly plover_event: string;
  readonly plover_mode: string | null;
}

export function eventCodes(type: MeetingType, format: MeetingFormat, country: string | null): EventCodes {
  const thirdCountry = format === "in_person" && country !== null && country !== "VN" && country !== "JP";
  if (type === "signing") return { cameo_code: "057", plover_event: "AGREE", plover_mode: null };
  if (format !== "in_person") return { cameo_code: "041", plover_event: "CONSULT", plover_mode: "phone" };
  if (type === "conference") return { cameo_code: thirdCountry ? "044" : "040", plover_event: "CONSULT", plover_mode: "multilateral" };
  if (thirdCountry) return { cameo_code: "044", plover_event: "CONSULT", plover_mode: "third-party" };
  if (type === "reception") return { cameo_code: "043", plover_event: "CONSULT", plover_mode: "visit" };
  return { cameo_code: "040", plover_event: "CONSULT", plover_mode: "visit" };
}
