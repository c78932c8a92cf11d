// tripdesk-stand-ins: the Duffel and Sabre stand-ins of the tests, started by hand, so a person
// can try the adapters with tripdesk-cli or the desk against servers that speak the vendors'
// shapes over the sandbox's inventory, and inject faults into them (POST /_faults). Never part
// of the product; it listens on 127.0.0.1 only.

#include "backend/core/clock.h"
#include "backend/reference/reference_data.h"
#include "tests/fakes/duffel_stand_in.h"
#include "tests/fakes/sabre_stand_in.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace tripdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tripdesk-stand-ins"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts the Duffel and Sabre stand-ins on 127.0.0.1 and prints the environment that "
        "points tripdesk-cli and the desk at them."));
    parser.addHelpOption();
    const QCommandLineOption duffelPort(QStringLiteral("duffel-port"),
                                        QStringLiteral("Port for Duffel (default: any free)."),
                                        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption sabrePort(QStringLiteral("sabre-port"),
                                       QStringLiteral("Port for Sabre (default: any free)."),
                                       QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOptions({duffelPort, sabrePort});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = true;
    const quint16 wantDuffel = quint16(parser.value(duffelPort).toUShort(&ok));
    const quint16 wantSabre = ok ? quint16(parser.value(sabrePort).toUShort(&ok)) : 0;
    if (!ok) {
        err << "tripdesk-stand-ins: a port is a number from 0 to 65535\n";
        return 2;
    }
    auto reference = ReferenceData::loadBundled();
    if (!reference) {
        err << "tripdesk-stand-ins: " << reference.error().message << '\n';
        return 1;
    }
    SystemClock clock;
    DuffelStandIn duffel(*reference, clock, DuffelStandIn::Options{});
    SabreStandIn sabre(*reference, SabreStandIn::Options{});
    if (duffel.listenLocal(wantDuffel) == 0 || sabre.listen(wantSabre) == 0) {
        err << "tripdesk-stand-ins: a port is taken; choose others with --duffel-port and "
               "--sabre-port\n";
        return 1;
    }
    const DuffelStandIn::Options duffelOptions;
    const SabreStandIn::Options &s = sabre.options();
    out << "Duffel stand-in at " << duffel.url().toString() << "\n"
        << "Sabre stand-in at " << sabre.url().toString() << "\n\n"
        << "export TRIPDESK_DUFFEL_URL=" << duffel.url().toString()
        << " TRIPDESK_DUFFEL_TOKEN=" << duffelOptions.accessToken << "\n"
        << "export TRIPDESK_SABRE_URL=" << sabre.url().toString()
        << " TRIPDESK_SABRE_KEY=V1:" << s.account.user << ':' << s.account.group << ':'
        << s.account.domain << " TRIPDESK_SABRE_SECRET=" << s.account.password << "\n\n"
        << "Faults, for example the next two calls answered 503:\n"
        << "  curl -X POST " << duffel.url().toString()
        << "/_faults -d '{\"fault\":\"status\",\"status\":503,\"count\":2}'\n"
        << "  curl -X POST " << sabre.url().toString()
        << "/_faults -d '{\"kind\":\"status\",\"status\":503,\"count\":2}'\n"
        << "Ctrl+C stops them.\n";
    out.flush();
    return app.exec();
}
