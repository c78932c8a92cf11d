#include "app/cli_terminal.h"

#include <QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace tripdesk::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Turns the terminal's echo off for as long as it lives.
class NoEcho
{
public:
    NoEcho()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) != 0;
        if (m_ok)
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~NoEcho()
    {
        if (!m_ok)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

QString withoutLineEnd(QByteArray bytes)
{
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace

QString readSecretFromStdin(const QString &prompt)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    if (!stdinIsTerminal())
        return withoutLineEnd(in.readAll());
    const QByteArray question = prompt.toUtf8();
    std::fwrite(question.constData(), 1, size_t(question.size()), stderr);
    std::fflush(stderr);
    QByteArray line;
    {
        NoEcho quiet;
        line = in.readLine();
    }
    std::fputc('\n', stderr); // the Enter the person typed was not echoed either
    return withoutLineEnd(line);
}

} // namespace tripdesk::cli
