#include "ui/screenshot_script.h"

#include "ui/flight_results_model.h"
#include "ui/flight_search_screen.h"
#include "ui/main_window.h"
#include "ui/results_pane.h"
#include "ui/search_form_controller.h"

#include <QImage>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

namespace tripdesk {

ScreenshotScript::ScreenshotScript(MainWindow *window, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(180 * 1000);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (!m_finished) {
            m_finished = true;
            Q_EMIT done(false, tr("The search did not finish in time."));
        }
    });
}

void ScreenshotScript::start()
{
    FlightSearchScreen *screen = m_window->searchScreen();
    SearchFormController *form = screen->formController();
    form->setTripType(SearchFormController::TripType::RoundTrip);
    form->setOrigin(0, QStringLiteral("BOM"));
    form->setDestination(0, QStringLiteral("LON"));
    form->setDate(0, form->today().addDays(28));
    form->setReturnDate(form->today().addDays(42));
    connect(screen, &FlightSearchScreen::searchFinished, this, [this] {
        // Let the list settle and paint before grabbing.
        QTimer::singleShot(500, this, &ScreenshotScript::capture);
    });
    m_timeout->start();
    screen->search();
    if (!screen->currentReply()) {
        m_finished = true;
        Q_EMIT done(false, form->errorMessage());
    }
}

void ScreenshotScript::capture()
{
    if (m_finished)
        return;
    m_finished = true;
    FlightSearchScreen *screen = m_window->searchScreen();
    // Show a connection in the details when one ranks near the top: it shows the layover.
    FlightResultsModel *model = screen->resultsModel();
    QTableView *view = screen->results()->view();
    int row = 0;
    for (int r = 0; r < std::min(model->rowCount(), 8); ++r) {
        if (model->offerAtRow(r)->maxStops() > 0) {
            row = r;
            break;
        }
    }
    if (model->rowCount() > 0)
        view->setCurrentIndex(model->index(row, 0));
    view->setFocus();
    const QImage image = m_window->grab().toImage();
    const bool saved = image.save(m_path, "PNG");
    Q_EMIT done(saved, saved ? QString() : tr("Could not write %1.").arg(m_path));
}

} // namespace tripdesk
