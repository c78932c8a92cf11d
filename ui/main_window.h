#pragma once
// The desk shell's main window. It only composes: the flight search screen in the centre, the
// menus and shortcuts that drive it, and a status bar with each supplier's status. It can show
// before the backend exists: until attach() it says it is preparing, with the actions that need
// the search screen disabled, so the desk is on screen before its data is loaded.

#include "backend/service/services.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QIcon;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;

namespace tripdesk {

class FlightSearchScreen;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` may be null (tests); otherwise window geometry and the language are kept there.
    explicit MainWindow(QSettings *settings = nullptr, QWidget *parent = nullptr);
    // The same, attached at once.
    explicit MainWindow(const Services &services, QSettings *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the search screen over the services (they must outlive the window) and enables what
    // needs it. Once only.
    void attach(const Services &services);
    // The backend could not be built: says why in the window, in place of the screen.
    void showStartupFailure(const QString &message);
    bool isAttached() const { return m_screen != nullptr; }

    // Null until attach().
    FlightSearchScreen *searchScreen() const { return m_screen; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *warningLabel() const { return m_warning; }

    // Work that can wait until the window is on screen.
    void loadDeferred();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // An action that drives the search screen: disabled until attach().
    QAction *screenAction(QMenu *menu, const QString &text, std::function<void()> run,
                          const QIcon &icon = {});
    // Sizes and places the window inside the available area of its screen.
    void fitToScreen(bool useDefaultSize);
    void showShortcuts();
    void showAbout();
    void setLanguage(const QString &code);

    std::optional<Services> m_services;
    QSettings *m_settings;
    FlightSearchScreen *m_screen = nullptr;
    QLabel *m_placeholder;
    QLabel *m_status;
    QLabel *m_warning; // a supplier's standing problem, beside the status
    QProgressBar *m_busy;
    QList<QAction *> m_screenActions;
    QActionGroup *m_sortGroup = nullptr;
};

} // namespace tripdesk
