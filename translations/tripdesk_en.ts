<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppEnvironment</name>
    <message>
        <source>TRIPDESK_NOW=“%1” is not a time; write it as 2026-11-26T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once (“%2” and “%3”); give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder; leave it out to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=“%2” is neither on nor off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The data folder “%1” could not be created; check that you may write there or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircuitBreaker</name>
    <message numerus="yes">
        <source>%1 failed several times in a row, so TripDesk is not asking it for now. It will be tried again in %n second(s).</source>
        <translation>
            <numerusform>%1 failed several times in a row, so TripDesk is not asking it for now. It will be tried again in %n second.</numerusform>
            <numerusform>%1 failed several times in a row, so TripDesk is not asking it for now. It will be tried again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed several times in a row and TripDesk is checking whether it is back. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all airports: %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find airports and cities by IATA code, city, airport name or country; the place you most likely mean comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N places (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for, e.g. “mumb”, “new york”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See “tripdesk-cli airports --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli airports QUERY [--limit N] [--json] [--data-dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to look for, e.g. “tripdesk-cli airports mumbai”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No airport or city matches “%1”; try fewer letters or the city name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local store (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see “tripdesk-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; see “tripdesk-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“flights” needs a subcommand; see “tripdesk-cli flights --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “flights %1”; see “tripdesk-cli flights --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see “tripdesk-cli flights search --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flights in every enabled supplier and list the offers, best first unless --sort says otherwise. Times are local to each airport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin airport or city code, e.g. DEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination airport or city code, e.g. BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One flight of a multi-city trip; repeat it for each flight, in order. Replaces --from/--to/--date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults, 12 years and over (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children, 2 to 11 years (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infants under 2, on an adult’s lap (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economy, premium_economy, business or first (default economy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for direct flights only, 1 or 2 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best, price, duration or departure (default best).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N offers; 0 shows all (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency of the prices (default USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slice cannot be combined with --from, --to, --date or --return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a flight; write --slice FROM:TO:YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a cabin; use economy, premium_economy, business or first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a sort order; use best, price, duration or departure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no supplier answered; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown airport “%1”; try “tripdesk-cli airports %1” to find its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>duration: hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>children: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheapest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fastest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earliest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: still searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flights found. Try another date, allow more stops, or search from the whole city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers: %1 of %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, seats left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be %2 or more, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date, local to the origin: 2026-12-24, 24/12, 24dec, 24, +30, +2w, tomorrow or fri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return date, written as for --date: makes it a round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli flights search --from CODE --to CODE --date DATE [--return DATE] [options]
       tripdesk-cli flights search --slice FROM:TO:YYYY-MM-DD --slice … [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli COMMAND [options]

Search flights and look up airports from the command line.

Commands:
  airports QUERY      find airports and cities by code, name, city or country
  flights search      search flights (one-way, round trip or multi-city)
  suppliers           list, add, enable, disable or remove supplier accounts

Every command takes --data-dir DIR (the folder of the local store), --json for
machine-readable output and --help.

Exit status: 0 on success, 1 when something failed at run time, 2 for a usage or
validation error. Errors are one line on standard error.

Environment:
  TRIPDESK_LANG=hi                    the language of messages (default: the system&apos;s)
  TRIPDESK_NOW=2026-11-26T09:00:00Z   a fixed current time, for reproducible tests
  TRIPDESK_DATA_DIR=DIR               the data folder when --data-dir is not given
  TRIPDESK_CURRENCY=INR               the sandbox&apos;s currency when --currency is not given
  TRIPDESK_SANDBOX=off                leave the built-in sandbox supplier out
  TRIPDESK_&lt;SUPPLIER&gt;_URL, _KEY       a network supplier&apos;s base URL and key (none yet)
  QT_LOGGING_RULES=&quot;tripdesk.*=true&quot;  diagnostics on standard error

Examples:
  tripdesk-cli airports mumb
  tripdesk-cli flights search --from DEL --to BOM --date 2026-12-24 --sort price
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli suppliers SUBCOMMAND [options]

The agency’s own accounts at Duffel and Sabre. Names, hosts and Sabre’s user, PCC and
domain are kept in the local store; the token or password only in the system keychain.

Subcommands:
  list                  list the accounts (--json for scripts)
  add                   add an account; its secret is read from standard input or
                        from TRIPDESK_DUFFEL_TOKEN / TRIPDESK_SABRE_SECRET
  enable ACCOUNT        use the account (by name or id) in searches
  disable ACCOUNT       keep the account but leave it out of searches
  remove ACCOUNT        delete the account and its secret

Examples:
  tripdesk-cli suppliers add --name &quot;Duffel test&quot; --supplier duffel &lt; token.txt
  TRIPDESK_SABRE_SECRET=… tripdesk-cli suppliers add --name &quot;Sabre cert&quot; \
      --supplier sabre --preset test --user 123456 --group AB12 --domain AA
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see “tripdesk-cli suppliers %1 --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1, PCC %2, domain %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli suppliers list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“suppliers list” takes no arguments; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier accounts yet; add one with “tripdesk-cli suppliers add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is refused: a secret on the command line is seen by other users of this computer and kept in the shell’s history. Give it on standard input or in %2 (Duffel) or %3 (Sabre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel access token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the account, unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier: duffel or sabre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of its API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor’s own host instead of --url: test or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre: the EPR user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre: the pseudo city code (PCC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre: the domain, e.g. AA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it switched off, to enable it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli suppliers add --name NAME --supplier duffel|sabre [--url URL | --preset test|production] [--user USER --group PCC --domain DOMAIN] &lt; secret

The secret (Duffel’s access token, Sabre’s password) is read from TRIPDESK_DUFFEL_TOKEN or TRIPDESK_SABRE_SECRET when set, otherwise from standard input; never from an option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“suppliers add” takes only options; the secret goes on standard input. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--supplier “%1” is unknown; choose duffel or sabre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which supplier with --supplier duffel or --supplier sabre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --url or --preset, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset “%1” is unknown; choose test or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which Sabre host with --preset test (certification), --preset production or --url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token given; pipe it on standard input or set TRIPDESK_DUFFEL_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given; pipe it on standard input or set TRIPDESK_SABRE_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” (%2, %3); its secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli suppliers %1 ACCOUNT (its name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“suppliers %1” needs one account, by name or id (quote a name with spaces); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1” and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“suppliers” needs a subcommand; see “tripdesk-cli suppliers --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “suppliers %1”; see “tripdesk-cli suppliers --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli flights SUBCOMMAND [options]

Subcommands:
  search   search flights; see “tripdesk-cli flights search --help”
  price    check an offer&apos;s price now; see “tripdesk-cli flights price --help”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only this supplier (sandbox, duffel, sabre …); repeat it for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank and show prices with N checked bags for each traveller, the airline&apos;s bag charges included (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--supplier needs a name; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 The offers shown were found %2 ago and may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier answered: these offers were found %1 ago and may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prices include %n checked bags per traveller.</source>
        <translation>
            <numerusform>Prices include %n checked bag per traveller.</numerusform>
            <numerusform>Prices include %n checked bags per traveller.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n more fares)</source>
        <translation>
            <numerusform> (%n more fare)</numerusform>
            <numerusform> (%n more fares)</numerusform>
        </translation>
    </message>
    <message>
        <source>see “tripdesk-cli flights price --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked bags per passenger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flights or their times have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fare&apos;s change or refund terms have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be held until %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be paid when booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sale: %1, %2 each (service %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer id a recent “flights search” listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli flights price OFFER_ID [--json]

Asks the supplier that sold the offer for its price, terms and extras now, and says what changed since the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one offer id; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer (%2); resting after repeated failures, tried again after %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cabin bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered in %2 ms, fares: %3, %4 more not shown (narrow the search to see them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered in %2 ms, fares: %3, %4 unreadable and left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answered in %2 ms, fares: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuffelSupplier</name>
    <message>
        <source>Duffel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Duffel account “%1” has no access token; add one in the supplier account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to Duffel was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel rejected the access token of the account “%1”; check or replace the token in the supplier account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Duffel offer is for %1 travellers, not %2; search again for these travellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel does not know this offer; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel does not know this booking; check the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel is still booking with the airline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel did not confirm the booking and lists no order for it yet; check the account’s orders before booking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel has no booking made as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel did not confirm the payment of %1 and the booking still awaits it; check the booking before paying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuffelWire</name>
    <message>
        <source>Duffel did not accept the request; check the details and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel did not accept the value of “%1”; correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is no longer available; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel did not accept the account’s access token; check the token in the supplier account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Duffel access token may not do this; use a token with the needed permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel is receiving too many requests from this account; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel does not know this offer or booking; search again or check the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel cannot do this in the booking’s current state; refresh the booking to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel is not answering right now; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel had an internal problem with this request; try again later, and tell Duffel’s support if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of this offer has changed; check the price again before booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Duffel account’s balance is too low to pay for this; top it up and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel no longer accepts the API version TripDesk speaks; update TripDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The airline could not complete this request; try again, or choose another offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel could not complete this request; check the details and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel sent a reply that could not be read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>“%1” is not an exchange rate from %2 to %3; write a positive decimal such as 83.25, with at most six decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlightFormat</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>arrives N days later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1</source>
        <comment>arrives N days earlier (date line)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stops</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00–06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>06–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12–18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18–24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flex</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saver</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic economy</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy light</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy flex</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main cabin</source>
        <comment>fare brand</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlightRecord</name>
    <message>
        <source>A saved offer could not be read; search again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlightSearch</name>
    <message>
        <source>Choose where and when to fly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trip can have at most %1 flights; split it into several searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown airport “%1”; search for the city or airport name to find its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin and the destination are both %1; choose a different destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same place; choose a different destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a departure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a return date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the past; choose today (%2) or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is too far ahead; flights are sold until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date %1 is before the departure date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1 on %2 departs before flight %3 on %4; put the flights in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of passengers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one adult must travel; children and infants fly with an adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of stops must be 0 (direct only), 1 or 2, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where flight %1 departs from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are flying from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where flight %1 goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you are flying to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date for flight %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 passengers can travel on one booking, not %2; split the group into several searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each infant sits on an adult’s lap, so there cannot be more infants (%1) than adults (%2); add an adult or remove an infant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flight supplier is set up; turn the sandbox on or configure a supplier account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier %1 of this offer is not set up here; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supplier “%1” here; the suppliers are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers are not kept here; search again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlightSupplier</name>
    <message>
        <source>%1 does not support this; choose an offer from another supplier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>%1 refused the connection. Check the supplier&apos;s address in its account, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found on the network. Check the internet connection and the supplier&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TripDesk could not open a secure connection to %1, so nothing was sent. Check the computer&apos;s date and time and the supplier&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request too often or to an insecure address. Check the supplier&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server did not let TripDesk reach %1. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost before its answer arrived, so it is not known whether the request was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time, so it is not known whether the request was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taking only so many requests at a time, and this one would have waited too long. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not a valid amount of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined without an exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency TripDesk knows; use an ISO 4217 code such as USD, EUR or INR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferCache</name>
    <message>
        <source>A saved offer could not be read; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer “%1” was found by a recent search here; search again and use an id it lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer “%1” expired at %2 UTC; search again for current prices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>%1 (%2)</source>
        <comment>city (airport code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all airports)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Could not read the airport data file %1. Reinstall TripDesk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The airport and airline data is damaged (%1, line %2). Reinstall TripDesk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultRowText</name>
    <message>
        <source>%1 – %2</source>
        <comment>departure – arrival, local times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>times, then a day marker such as +1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>connection with a change of airport</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stops · via airports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>arrival time (day marker)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, departs %3, arrives %4, %5, %6, %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>stops via airports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>price, then one sentence per flight</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>airlines · flight numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + bags</source>
        <comment>price of a fare without the checked bags asked for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without checked bags; the airline&apos;s bag price is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n checked bags each</source>
        <translation>
            <numerusform>%1 with %n checked bag each</numerusform>
            <numerusform>%1 with %n checked bags each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, cheapest of %n fare options</source>
        <translation>
            <numerusform>%1, cheapest of %n fare options</numerusform>
            <numerusform>%1, cheapest of %n fare options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SabreSupplier</name>
    <message>
        <source>The Sabre account has no %1; add it in the supplier settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group (PCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre no longer accepts this account’s sign-in; test the account in the supplier settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre did not accept the account’s user, group (PCC), domain or password; check them in the supplier settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Sabre account may not use this service (%1); ask Sabre to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre refused the request (%1); check the trip and the travellers’ details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre no longer has this offer; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre has no such booking; check the booking reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre is receiving too many requests from this account; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre is not answering properly right now (%1); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre could not search this trip (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre could not confirm this fare (%1); choose another offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre could not make the booking (%1); choose another offer or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre could not cancel the booking (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre could not complete the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre sent a reply TripDesk could not read; try again, and report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Sabre offer TripDesk can read; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller %1 needs %2 for a Sabre booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre bookings are made on hold and ticketed from the agency’s Sabre PCC; hold this offer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre’s answer was lost, so it is not known whether the booking was made. Before booking again, look in the PCC’s queue for a booking with the remark “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre bookings are ticketed from the agency’s Sabre PCC; issue the ticket there before the booking’s deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabre cannot look a booking up by TripDesk’s reference; look in the PCC’s queue for a booking with the remark “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Sabre cancellation quote; quote the cancellation again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxInventory</name>
    <message>
        <source>There are no seats to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are no longer %n seat(s) at this fare on flight %1 on %2. Search again to see what is left.</source>
        <translation>
            <numerusform>There is no longer %n seat at this fare on flight %1 on %2. Search again to see what is left.</numerusform>
            <numerusform>There are no longer %n seats at this fare on flight %1 on %2. Search again to see what is left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxOrders</name>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be after the first flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adult is 12 or older on the day of the first flight; book this passenger as a child or an infant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child is 2 to 11 years old on the day of the first flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An infant is under 2 on the day of the first flight; book this passenger as a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order takes at most %1 passengers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each infant travels on an adult&apos;s lap: add an adult or remove an infant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passenger is not on the offer; use the passenger ids the offer gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passenger is on the offer as another type (adult, child or infant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two passengers have the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the given name as in the passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the family name as in the passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an infant on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This infant is already on another adult&apos;s lap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is not sold with the offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and %1 of this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service is for another passenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1 is taken or cannot be chosen; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which passenger takes this seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passenger is not on the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An infant sits on an adult&apos;s lap and takes no seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit row seats are not for children or for passengers travelling with an infant; choose another seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passenger already has a seat on this flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is now %1 with the services chosen. Check it again before booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold on this order lapsed at %1 UTC and its seats were given back. Search again to book these flights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox can book only with a data folder to keep its orders in; start TripDesk with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox order has the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not make a booking reference. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This offer cannot be held: its first flight leaves within %n day(s). Pay for it now instead.</source>
        <translation>
            <numerusform>This offer cannot be held: its first flight leaves within %n day. Pay for it now instead.</numerusform>
            <numerusform>This offer cannot be held: its first flight leaves within %n days. Pay for it now instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>An order was already made with this reference (%1); look it up instead of booking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already paid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order costs %1; pay exactly that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox order was made with the reference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first flight has left; this order can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cancellation is not known. Ask for a new quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cancellation was already confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cancellation quote expired at %1 UTC. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxSeatMap</name>
    <message>
        <source>Exit row seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra legroom seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit row seats are not for children or for passengers travelling with an infant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxSupplier</name>
    <message>
        <source>This offer is not known. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for one to six flights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number of passengers: at least one adult, and no more infants than adults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a departure date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is no longer available. Search again to see what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking needs at least one adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox can search but not sell. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox can search but not sell: its sales file “%1” cannot be used. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 did not answer within %2 s; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available, so supplier credentials can be neither read nor saved; start your desktop’s keyring (such as GNOME Keyring or KWallet), unlock it and try again. TripDesk never keeps credentials anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access; unlock it, allow TripDesk to use it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain holds no credential for this account; remove the account and add it again with its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential was asked for without saying whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The data folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is read-only. Check that you may write to the data folder, or choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the local database is full. Free some space, then try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is busy in another TripDesk window or command. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is damaged. Keep a copy of it, move it aside and restart to rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be updated: %1. Try again; if it keeps failing, check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database “%1” is damaged. Keep a copy of it, move it aside and restart to rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database “%1” was written by a newer version of TripDesk. Update TripDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierAccounts</name>
    <message>
        <source>Give the supplier’s base URL, or choose its test or production host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address; write it as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave credentials out of the URL; they are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://, so that credentials travel encrypted; http:// is accepted only for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL ends at its host or path; leave out “?…” and “#…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may hold only letters, digits, “.”, “-” and “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name, such as “Duffel live”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is too long; keep it to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the supplier: duffel or sabre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a supplier TripDesk works with; choose duffel or sabre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sabre account needs its EPR user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sabre account needs its pseudo city code (PCC), such as “AB12”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sabre account needs its domain, such as “AA”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Duffel account signs in with its access token alone; leave out the user, PCC and domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Duffel account needs its access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sabre account needs its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret must be a single line of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supplier account has the name or id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplierEndpoints</name>
    <message>
        <source>%1 is set but %2 is not; set both, or unset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 credentials are set but %2 is not; set it, for example to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an https:// address (http:// only for this computer); it is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a supplier TripDesk has no adapter for; the ones it speaks are: %2. Unset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must read V1:user:group:domain, for example V1:7971:ABCD:AA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>24/12/2026, 24 Dec, +30 or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; type one such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date: there is no month %2. Type the day first, as in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date: no month has a day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date: %2 %3 has no day %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid date: %2 has no day %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today’s date is not known, so no date can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TripDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TripDesk: flight search for travel agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the sandbox quotes in (ISO 4217, e.g. INR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: hi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a sample search, save the window as PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the backend and the window, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TripDesk speaks %1; “%2” is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::DateField</name>
    <message>
        <source>24/12, 24dec, +30…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the dates on sale; choose one from %2 (today) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date such as 24/12, 24dec, +30 or tomorrow. Up and Down change the day, Page Up and Page Down the month; F4 opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::FacetPanel</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 or more stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day window name, hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 flight, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flights, from %1</source>
        <translation>
            <numerusform>%n flight, from %1</numerusform>
            <numerusform>%n flights, from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>facet value: its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>airline name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 </source>
        <comment>currency code before an amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the other filters: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters apply once flights are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of 1 flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n flights</source>
        <translation>
            <numerusform>Showing %1 of %n flight</numerusform>
            <numerusform>Showing %1 of %n flights</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flights with the other filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flights found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1 arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1 departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in %1, its local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure from %1, its local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time filter&apos;s title: a day window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 1 checked bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 2 checked bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include checked bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each flight at its cheapest fare with this many checked bags for every traveller, the airline&apos;s bag charges included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::FareOptionsPanel</name>
    <message>
        <source>terms not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes or refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checked bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checked bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checked bags</source>
        <translation>
            <numerusform>%n checked bag</numerusform>
            <numerusform>%n checked bags</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare &amp;option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this fare&apos;s price now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the supplier for this fare&apos;s price and terms now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the price with the supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is now %1 (it was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is confirmed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flights or their times have changed; read the details again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fare is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bags now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare terms now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be held and paid later, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must be paid when booked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::FlightResultsModel</name>
    <message>
        <source>Depart – arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::FlightSearchForm</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children, 2 to 11 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children aged 2 to 11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infants under 2, on an adult’s lap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infants under 2 travel on an adult’s lap: one per adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number of stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stop at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent searches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flights (Return or Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search form error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Infants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⇄ %2</source>
        <comment>round trip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passengers</source>
        <translation>
            <numerusform>%n passenger</numerusform>
            <numerusform>%n passengers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>route · dates · passengers · cabin</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::FlightSearchScreen</name>
    <message>
        <source>%1: searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n more not shown, narrow the search to see them</source>
        <translation>
            <numerusform>; %n more not shown, narrow the search to see it</numerusform>
            <numerusform>; %n more not shown, narrow the search to see them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers in other currencies are listed last: no exchange rate to %1</source>
        <translation>
            <numerusform>%n offer in another currency is listed last: no exchange rate to %1</numerusform>
            <numerusform>%n offers in other currencies are listed last: no exchange rate to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers are listed last: their airlines&apos; bag charges are not known</source>
        <translation>
            <numerusform>%n offer is listed last: its airline&apos;s bag charges are not known</numerusform>
            <numerusform>%n offers are listed last: their airlines&apos; bag charges are not known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable offers left out</source>
        <translation>
            <numerusform>; %n unreadable offer left out</numerusform>
            <numerusform>; %n unreadable offers left out</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; paused after repeated failures until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 fare in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fares in %2 ms</source>
        <translation>
            <numerusform>%1: %n fare in %2 ms</numerusform>
            <numerusform>%1: %n fares in %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tripdesk::MainWindow</name>
    <message>
        <source>TripDesk — Flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap from and to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earliest departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TripDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return, Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the From field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap from and to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to that field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down, Return, Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, pick from and leave the airport list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by best, cheapest, fastest, earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous pane: form, filters, results, details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows, Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the results; open the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TripDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TripDesk %1 searches flights across suppliers, from the keyboard or the command line. Airport data: OpenFlights (Open Database License).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TripDesk will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a date: a day or a month later or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4, Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a date: open the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing flight search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::OfferDetailsView</name>
    <message>
        <source>1 adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n adults</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message>
        <source>1 child</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message>
        <source>1 infant</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n infants</source>
        <translation>
            <numerusform>%n infant</numerusform>
            <numerusform>%n infants</numerusform>
        </translation>
    </message>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>airport name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refundable, with a %1 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refundable without penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes allowed, for a %1 fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes allowed free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checked bag per passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checked bags per passenger</source>
        <translation>
            <numerusform>%n checked bag per passenger</numerusform>
            <numerusform>%n checked bags per passenger</numerusform>
        </translation>
    </message>
    <message>
        <source>No checked bag included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cabin bag per passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cabin bags per passenger</source>
        <translation>
            <numerusform>%n cabin bag per passenger</numerusform>
            <numerusform>%n cabin bags per passenger</numerusform>
        </translation>
    </message>
    <message>
        <source>No cabin bag included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flight to see its segments, layovers, baggage and fare conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seat left at this fare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seats left at this fare</source>
        <translation>
            <numerusform>%n seat left at this fare</numerusform>
            <numerusform>%n seats left at this fare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 · %3 · %4</source>
        <comment>route · duration · stops</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, day marker</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>cabin (booking class letter)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layover in %2</source>
        <comment>duration, city</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of airport: you arrive at %1 and leave from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fare conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price held until %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>airline name, flight number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll flight details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll flight details sideways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>passengers × price each</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fare %1, taxes and fees %2 each</source>
        <comment>for one passenger</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overnight layover: you wait at %1 through the night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long layover: %1 between flights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fare options for these flights</source>
        <translation>
            <numerusform>%n fare option for these flights</numerusform>
            <numerusform>%n fare options for these flights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tripdesk::PlaceCompletionModel</name>
    <message>
        <source>%1 (%2) — all airports, %3</source>
        <comment>city (code) — all airports, country</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4</source>
        <comment>city (code) — airport name, country</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>city (code)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::PlaceLineEdit</name>
    <message>
        <source>City, airport or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching airports and cities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::ResultsPane</name>
    <message>
        <source>Flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flights</source>
        <translation>
            <numerusform>%n flight</numerusform>
            <numerusform>%n flights</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flights</source>
        <translation>
            <numerusform>%1 of %n flight</numerusform>
            <numerusform>%1 of %n flights</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where from, where to and a date, then press Return to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for flights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flights found. Try other dates, a nearby airport or allow more stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flights match the filters. Clear the filters (Ctrl+Shift+F) to see every flight found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll flights sideways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::ScreenshotScript</name>
    <message>
        <source>The search did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::SliceRowsEditor</name>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fli&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a flight to the trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1 to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap from and to (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap from and to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove flight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear flight %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear flight %1 to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tripdesk::SortTabs</name>
    <message>
        <source>Sort flights by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: a blend of price, duration, stops and departure time (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest first (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest first (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest departure first (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sort order · its top value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>tab&apos;s whole text, then its hint</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
