// Times of the audit schedule in the agency's time zone ("08.30"), whatever the server's zone.
import { AUDIT_TIME_ZONE } from "./constants";

const time = new Intl.DateTimeFormat("id-ID", { hour: "2-digit", minute: "2-digit", timeZone: AUDIT_TIME_ZONE });
const dayFormat = new Intl.DateTimeFormat("id-ID", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: AUDIT_TIME_ZONE });

export const formatTime = (at: Date) => time.format(at);
export const formatSlotDay = (at: Date) => dayFormat.format(at);
/** "08:30" for a time input. */
export const timeInputValue = (at: Date) => formatTime(at).replace(".", ":");
