#pragma once
// Dates as people type them at a desk or on a command line: "2026-12-24", "24/12/2026", "24.12",
// "24dec", "dec 24", "24" (the next 24th), "+30", "+2w", "tomorrow", "fri". Numbers are read day
// first, as in India and the UK. A pure function of the text and today's date at the origin, so
// the desk's date field and tripdesk-cli read a date the same way.

#include "backend/core/result.h"

#include <QDate>
#include <QStringView>

namespace tripdesk {

// Reads `text` (surrounding whitespace ignored) as a date, relative forms counted from `today`:
// - ISO "2026-12-24"; day first "24/12/2026", "24.12.2026", "24-12-2026", "24/12/26";
// - without a year "24/12", "24.12": the next such date on or after today;
// - month names in English, 3 letters or more, any case: "24dec", "24 dec", "dec 24",
//   "24 December 2026", "24dec26", "24th dec"; a weekday before a full date is ignored, so the
//   field's own "Thu 24 Dec 2026" reads back;
// - a day alone, "24": the next 24th on or after today;
// - "+30", "+3d", "+2w": days or weeks after today; "today", "tomorrow", "tmw";
// - a weekday, "fri" or "friday": the next one after today (today itself excluded).
// Fails with Error::invalidInput and a message that quotes the text and shows what works, or
// says why the date does not exist ("31/02"). Whether the date is too early or too late for a
// purpose is the caller's to say.
Result<QDate> parseTypedDate(QStringView text, QDate today);

} // namespace tripdesk
