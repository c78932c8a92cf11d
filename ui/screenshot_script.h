#pragma once
// Drives the main window through a scripted search and saves a picture of it, so the README's
// screenshot is made by the app itself (offscreen, with a fixed clock) and stays current.

#include <QObject>
#include <QString>

class QTimer;

namespace tripdesk {

class MainWindow;

class ScreenshotScript : public QObject
{
    Q_OBJECT

public:
    ScreenshotScript(MainWindow *window, QString path, QObject *parent = nullptr);

    // Fills the form (Mumbai to London and back, four weeks ahead), searches, waits for the
    // results, selects an offer and saves the window to `path` as PNG.
    void start();

Q_SIGNALS:
    void done(bool ok, const QString &message);

private:
    void capture();

    MainWindow *m_window;
    QString m_path;
    QTimer *m_timeout;
    bool m_finished = false;
};

} // namespace tripdesk
