// The floor for the desk's start-up benchmark: a bare Qt Widgets window of the desk's size that
// quits as soon as it has painted once. `tripdesk --quit-after-first-paint` quits at the same
// moment, so the ratio of the two is the cost of everything TripDesk adds before its
// first paint (see scripts/bench_startup.sh).

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace {

class QuitOnFirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto *label = new QLabel(QStringLiteral("Hello"), &window);
    window.setCentralWidget(label);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1280, 760);
    QuitOnFirstPaint quit;
    app.installEventFilter(&quit); // as the desk watches: any widget's first paint
    window.show();
    return QApplication::exec();
}
