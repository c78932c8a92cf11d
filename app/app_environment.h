#pragma once
// What both executables read from the environment, read once by one set of rules so the desk
// and the command line agree, and how it configures the backend.
//
//   TRIPDESK_NOW=2026-11-26T09:00:00Z   a fixed clock (UTC when no offset; a bare date means its
//                                       midnight UTC), a testing aid that makes "today" fixed
//   TRIPDESK_DATA_DIR=DIR               the data folder when --data-dir is not given
//   TRIPDESK_CURRENCY=INR               the sandbox's currency when --currency is not given
//   TRIPDESK_SANDBOX=off                leaves the built-in sandbox supplier out
//   TRIPDESK_LANG=hi                    the language of messages
//   TRIPDESK_<NAME>_URL, _KEY, _SECRET, _TOKEN
//                                       a supplier's or gateway's base URL and credentials

#include "backend/core/clock.h"
#include "backend/core/result.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <map>
#include <memory>

namespace tripdesk {

class BackendBuilder;

// A supplier's or gateway's endpoint from TRIPDESK_<NAME>_* variables.
struct ServiceEndpoint {
    QString url;
    QString key;
    QString secret;
    QString token;
};

struct AppEnvironment {
    std::unique_ptr<Clock> clock; // never null after reading
    QString dataDir;              // empty: not set
    QString currency;             // empty: not set
    QString language;             // empty: not set
    bool sandboxEnabled = true;
    // By lower-case name ("duffel", "sabre", "stripe"); secrets are not logged or echoed.
    std::map<QString, ServiceEndpoint> endpoints;
};

// Reads and checks the variables. An unreadable value is an InvalidInput error that names the
// variable and says what to write.
Result<AppEnvironment> readAppEnvironment(
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// Configures `builder` from the environment and what the command line gave (an empty value:
// not given); the command line wins over the environment. Endpoints no adapter speaks yet are
// refused with an error that names them, rather than silently ignored.
Result<void> configureBackend(BackendBuilder &builder, const AppEnvironment &environment,
                              const QString &dataDirOption, const QString &currencyOption);

// Refuses an option given twice ("--from DEL … --from NYC") and an empty `dataDir` folder,
// rather than silently taking one of them; the error is an InvalidInput with the message.
Result<void> checkOptionValues(const QCommandLineParser &parser,
                               const QList<QCommandLineOption> &singleValued,
                               const QCommandLineOption &dataDir);

} // namespace tripdesk
