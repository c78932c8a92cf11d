#pragma once
// Reading a secret from standard input, the one place tripdesk-cli takes secrets from besides
// the environment. At a terminal the person is asked, and what they type is not echoed; from a
// pipe the whole input is read.

#include <QString>

namespace tripdesk::cli {

// The secret given on standard input, without its line ending; empty when none was given.
// `prompt` is written to standard error, and only when standard input is a terminal.
QString readSecretFromStdin(const QString &prompt);

} // namespace tripdesk::cli
