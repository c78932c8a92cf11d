#pragma once
// What both executables read from the environment, read by one set of rules so the desk and
// the command line agree.

#include "backend/core/clock.h"
#include "backend/core/result.h"

#include <QCommandLineParser>

#include <memory>

namespace tripdesk {

// The clock: the system's, or TRIPDESK_NOW (ISO 8601, UTC when no offset; a bare date means its
// midnight UTC) as a fixed clock, a testing aid that makes "today" reproducible. An unreadable
// value is an InvalidInput error that names the variable.
Result<std::unique_ptr<Clock>> clockFromEnvironment();

// Refuses an option given twice ("--from DEL … --from NYC") and an empty `dataDir` folder,
// rather than silently taking one of them; the error is an InvalidInput with the message.
Result<void> checkOptionValues(const QCommandLineParser &parser,
                               const QList<QCommandLineOption> &singleValued,
                               const QCommandLineOption &dataDir);

} // namespace tripdesk
