#pragma once
// tripdesk-cli: parses a command line, runs the command through the backend's service facades
// and prints a table for people or JSON for scripts. Exit codes: 0 success, 1 a runtime failure
// (the store, a supplier), 2 a usage or validation error; every error is one line on stderr.

#include "backend/core/clock.h"
#include "backend/core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

#include "backend/service/services.h"

namespace tripdesk {
class Backend;
}

namespace tripdesk::cli {

enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What every command shares: the backend (built on demand, after the options are checked), the
// clock, and an owner for work that runs on the event loop.
class Cli
{
public:
    explicit Cli(QStringList arguments);
    ~Cli();
    Cli(const Cli &) = delete;
    Cli &operator=(const Cli &) = delete;

    // Runs the command. Returns its exit code when it finished at once, or nullopt when it goes
    // on in the event loop and will call QCoreApplication::exit() with its code.
    std::optional<int> start();

    // Builds the backend from the environment and the options (`dataDir` and `currency` empty
    // when not given) and hands out its services. On failure prints the error and sets
    // `exitCode`; returns nullptr.
    const Services *services(const QString &dataDir, const QString &currency, int &exitCode);
    QObject *jobs() { return &m_jobs; }

private:
    std::optional<int> startFlights(const QStringList &arguments);

    QStringList m_arguments;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Backend> m_backend;
    QObject m_jobs; // declared last: running searches go before the backend they use
};

// Output: stdout for results, stderr for one-line errors prefixed with "tripdesk-cli: ".
void printOut(const QString &text);
void printError(const QString &message);
// Prints `message` and returns ExitUsage, for the many "bad input" exits.
int usageError(const QString &message);
// The exit code for an error from the backend: 2 for what the user can fix in the command
// line, 1 otherwise.
int exitCodeFor(const Error &error);

// Options every command takes.
QCommandLineOption dataDirOption();
QCommandLineOption jsonOption();
QCommandLineOption helpOption();

// Parses a whole number for `option` within [min, max] (no upper bound when max is omitted:
// the service states the real limit); prints the error when it fails.
std::optional<int> parseCount(const QString &option, const QString &text, int min,
                              std::optional<int> max = std::nullopt);
// tripdesk::checkOptionValues for a command: prints the error and returns the exit code.
std::optional<int> checkOptionValues(const QCommandLineParser &parser,
                                     const QList<QCommandLineOption> &singleValued,
                                     const QCommandLineOption &dataDir);
// Parses a date as parseTypedDate reads it ("2026-12-24", "24/12", "24dec", "+30", "tomorrow"),
// relative forms counted from `today`; prints the error when it fails.
std::optional<QDate> parseDate(const QString &text, QDate today);

// Commands.
std::optional<int> runAirports(Cli &cli, const QStringList &arguments);
std::optional<int> runFlightsSearch(Cli &cli, const QStringList &arguments);
std::optional<int> runFlightsPrice(Cli &cli, const QStringList &arguments);
std::optional<int> runSuppliers(Cli &cli, const QStringList &arguments);

} // namespace tripdesk::cli
