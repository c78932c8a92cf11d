#pragma once
// The desk shell's main window. It only composes: the flight search screen in the centre, the
// menus and shortcuts that drive it, and a status bar with each supplier's status.

#include "backend/service/services.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QSettings;

namespace tripdesk {

class FlightSearchScreen;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` may be null (tests); otherwise window geometry and the language are kept there.
    explicit MainWindow(const Services &services, QSettings *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    FlightSearchScreen *searchScreen() const { return m_screen; }
    QLabel *statusLabel() const { return m_status; }

    // Work that can wait until the window is on screen.
    void loadDeferred();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // Sizes and places the window inside the available area of its screen.
    void fitToScreen(bool useDefaultSize);
    void showShortcuts();
    void showAbout();
    void setLanguage(const QString &code);

    Services m_services;
    QSettings *m_settings;
    FlightSearchScreen *m_screen;
    QLabel *m_status;
    QProgressBar *m_busy;
};

} // namespace tripdesk
