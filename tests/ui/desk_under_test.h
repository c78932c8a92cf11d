#pragma once
// The desk over the real backend for offscreen tests: the sandbox supplier, a fixed clock
// (2 December 2026, 09:00 UTC), a temporary store, and one search an agent would run.

#include "backend/core/clock.h"
#include "backend/service/backend.h"
#include "ui/flight_results_model.h"
#include "ui/flight_search_screen.h"
#include "ui/main_window.h"
#include "ui/search_form_controller.h"

#include <QApplication>
#include <QFile>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tripdesk {

class DeskUnderTest
{
public:
    // Empty when the backend was built; otherwise why not.
    QString build()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()));
        Result<std::unique_ptr<Backend>> created =
            BackendBuilder().setDataDir(m_dir.path()).setClock(m_clock.get()).build();
        if (!created.ok())
            return created.error().message;
        m_backend = std::move(created).value();
        return {};
    }

    // The look the desk starts with: Fusion and the desk's style sheet.
    static bool applyDeskStyle()
    {
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QFile qss(QStringLiteral(":/styles/desk.qss"));
        if (!qss.open(QIODevice::ReadOnly))
            return false;
        qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
        return true;
    }

    MainWindow *open(QSize size = QSize(1280, 800))
    {
        m_window = std::make_unique<MainWindow>(m_backend->services());
        m_window->resize(size);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        // As the desk starts: the recent searches and the supplier's schedule after showing.
        m_window->loadDeferred();
        return m_window.get();
    }
    void close() { m_window.reset(); }
    MainWindow *window() const { return m_window.get(); }
    FlightSearchScreen *screen() const { return m_window->searchScreen(); }

    // New York to London and back, four and six weeks ahead. Empty when results came.
    QString searchRoundTrip()
    {
        FlightSearchScreen *s = screen();
        SearchFormController *form = s->formController();
        form->setTripType(SearchFormController::TripType::RoundTrip);
        form->setOrigin(0, QStringLiteral("NYC"));
        form->setDestination(0, QStringLiteral("LON"));
        form->setDate(0, form->today().addDays(28));
        form->setReturnDate(form->today().addDays(42));
        s->search();
        if (!s->currentReply())
            return form->errorMessage();
        // The sandbox builds its schedule at the first search, which can take a while.
        if (!QTest::qWaitFor([s] { return !s->isSearching(); }, 60000))
            return QStringLiteral("the search did not finish");
        if (s->resultsModel()->rowCount() == 0)
            return QStringLiteral("no flights found");
        return {};
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tripdesk
