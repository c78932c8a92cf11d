<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AppEnvironment</name>
    <message>
        <source>TRIPDESK_NOW=“%1” is not a time; write it as 2026-11-26T09:00:00Z.</source>
        <translation>TRIPDESK_NOW=“%1” मान्य समय नहीं है; इसे 2026-11-26T09:00:00Z के रूप में लिखें।</translation>
    </message>
    <message>
        <source>--%1 was given more than once (“%2” and “%3”); give it once.</source>
        <translation>--%1 एक से अधिक बार दिया गया (“%2” और “%3”); इसे एक ही बार दें।</translation>
    </message>
    <message>
        <source>--data-dir needs a folder; leave it out to use %1.</source>
        <translation>--data-dir को एक फ़ोल्डर चाहिए; %1 का उपयोग करने के लिए इसे छोड़ दें।</translation>
    </message>
    <message>
        <source>%1=“%2” is neither on nor off.</source>
        <translation>%1=“%2” न on है न off।</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The data folder “%1” could not be created; check that you may write there or choose another folder.</source>
        <translation>डेटा फ़ोल्डर “%1” नहीं बनाया जा सका; जाँचें कि आपको वहाँ लिखने की अनुमति है, या कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>CircuitBreaker</name>
    <message numerus="yes">
        <source>%1 failed several times in a row, so TripDesk is not asking it for now. It will be tried again in %n second(s).</source>
        <translation>
            <numerusform>%1 लगातार कई बार विफल रहा, इसलिए TripDesk अभी उससे नहीं पूछ रहा। %n सेकंड में उसे फिर आज़माया जाएगा।</numerusform>
            <numerusform>%1 लगातार कई बार विफल रहा, इसलिए TripDesk अभी उससे नहीं पूछ रहा। %n सेकंड में उसे फिर आज़माया जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed several times in a row and TripDesk is checking whether it is back. Try again in a moment.</source>
        <translation>%1 लगातार कई बार विफल रहा और TripDesk जाँच रहा है कि वह फिर से चालू है या नहीं। थोड़ी देर में दोबारा कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>city</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>airport</source>
        <translation>हवाई अड्डा</translation>
    </message>
    <message>
        <source>%1 (all airports: %2), %3</source>
        <translation>%1 (सभी हवाई अड्डे: %2), %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Find airports and cities by IATA code, city, airport name or country; the place you most likely mean comes first.</source>
        <translation>IATA कोड, शहर, हवाई अड्डे के नाम या देश से हवाई अड्डे और शहर खोजें; आप जिस जगह को सबसे ज़्यादा संभावना से ढूँढ रहे हैं, वह सबसे पहले आती है।</translation>
    </message>
    <message>
        <source>Show at most N places (default %1, at most %2).</source>
        <translation>अधिकतम N जगहें दिखाएँ (डिफ़ॉल्ट %1, अधिकतम %2)।</translation>
    </message>
    <message>
        <source>What to look for, e.g. “mumb”, “new york”.</source>
        <translation>क्या खोजना है, जैसे “mumb”, “new york”।</translation>
    </message>
    <message>
        <source>%1 See “tripdesk-cli airports --help”.</source>
        <translation>%1 “tripdesk-cli airports --help” देखें।</translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli airports QUERY [--limit N] [--json] [--data-dir DIR]</source>
        <translation>उपयोग: tripdesk-cli airports QUERY [--limit N] [--json] [--data-dir DIR]</translation>
    </message>
    <message>
        <source>say what to look for, e.g. “tripdesk-cli airports mumbai”.</source>
        <translation>बताएँ कि क्या खोजना है, जैसे “tripdesk-cli airports mumbai”।</translation>
    </message>
    <message>
        <source>No airport or city matches “%1”; try fewer letters or the city name.</source>
        <translation>“%1” से मेल खाता कोई हवाई अड्डा या शहर नहीं मिला; कम अक्षर या शहर का नाम आज़माएँ।</translation>
    </message>
    <message>
        <source>Folder of the local store (default: %1).</source>
        <translation>लोकल स्टोर का फ़ोल्डर (डिफ़ॉल्ट: %1)।</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>तालिका की जगह JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>यह सहायता दिखाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, not “%2”.</source>
        <translation>--%1 के लिए पूर्ण संख्या चाहिए, “%2” नहीं।</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4.</source>
        <translation>--%1 का मान %2 और %3 के बीच होना चाहिए, %4 नहीं।</translation>
    </message>
    <message>
        <source>no command given; see “tripdesk-cli --help”.</source>
        <translation>कोई कमांड नहीं दिया गया; “tripdesk-cli --help” देखें।</translation>
    </message>
    <message>
        <source>unknown command “%1”; see “tripdesk-cli --help”.</source>
        <translation>अज्ञात कमांड “%1”; “tripdesk-cli --help” देखें।</translation>
    </message>
    <message>
        <source>“flights” needs a subcommand; see “tripdesk-cli flights --help”.</source>
        <translation>“flights” के साथ सबकमांड ज़रूरी है; “tripdesk-cli flights --help” देखें।</translation>
    </message>
    <message>
        <source>unknown command “flights %1”; see “tripdesk-cli flights --help”.</source>
        <translation>अज्ञात कमांड “flights %1”; “tripdesk-cli flights --help” देखें।</translation>
    </message>
    <message>
        <source>see “tripdesk-cli flights search --help”.</source>
        <translation>“tripdesk-cli flights search --help” देखें।</translation>
    </message>
    <message>
        <source>Search flights in every enabled supplier and list the offers, best first unless --sort says otherwise. Times are local to each airport.</source>
        <translation>सभी चालू सप्लायरों में उड़ानें खोजें और ऑफ़र की सूची दिखाएँ; जब तक --sort कुछ और न कहे, सबसे अच्छे ऑफ़र पहले आते हैं। समय हर हवाई अड्डे के स्थानीय समय में हैं।</translation>
    </message>
    <message>
        <source>Origin airport or city code, e.g. DEL.</source>
        <translation>प्रस्थान के हवाई अड्डे या शहर का कोड, जैसे DEL।</translation>
    </message>
    <message>
        <source>Destination airport or city code, e.g. BOM.</source>
        <translation>गंतव्य हवाई अड्डे या शहर का कोड, जैसे BOM।</translation>
    </message>
    <message>
        <source>One flight of a multi-city trip; repeat it for each flight, in order. Replaces --from/--to/--date.</source>
        <translation>मल्टी-सिटी यात्रा की एक उड़ान; हर उड़ान के लिए क्रम से दोहराएँ। यह --from/--to/--date की जगह लेता है।</translation>
    </message>
    <message>
        <source>Adults, 12 years and over (default 1).</source>
        <translation>वयस्क, 12 वर्ष और उससे ज़्यादा (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>Children, 2 to 11 years (default 0).</source>
        <translation>बच्चे, 2 से 11 वर्ष (डिफ़ॉल्ट 0)।</translation>
    </message>
    <message>
        <source>Infants under 2, on an adult’s lap (default 0).</source>
        <translation>2 वर्ष से कम के शिशु, वयस्क की गोद में (डिफ़ॉल्ट 0)।</translation>
    </message>
    <message>
        <source>economy, premium_economy, business or first (default economy).</source>
        <translation>economy, premium_economy, business या first (डिफ़ॉल्ट economy)।</translation>
    </message>
    <message>
        <source>0 for direct flights only, 1 or 2 (default 2).</source>
        <translation>केवल सीधी उड़ानों के लिए 0, या 1 या 2 (डिफ़ॉल्ट 2)।</translation>
    </message>
    <message>
        <source>best, price, duration or departure (default best).</source>
        <translation>best, price, duration या departure (डिफ़ॉल्ट best)।</translation>
    </message>
    <message>
        <source>Show at most N offers; 0 shows all (default %1).</source>
        <translation>अधिकतम N ऑफ़र दिखाएँ; 0 देने पर सभी दिखते हैं (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>ISO 4217 currency of the prices (default USD).</source>
        <translation>कीमतों की ISO 4217 मुद्रा (डिफ़ॉल्ट USD)।</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; %2</source>
        <translation>अनपेक्षित आर्ग्युमेंट “%1”; %2</translation>
    </message>
    <message>
        <source>--slice cannot be combined with --from, --to, --date or --return.</source>
        <translation>--slice को --from, --to, --date या --return के साथ नहीं दिया जा सकता।</translation>
    </message>
    <message>
        <source>“%1” is not a flight; write --slice FROM:TO:YYYY-MM-DD.</source>
        <translation>“%1” मान्य उड़ान नहीं है; --slice FROM:TO:YYYY-MM-DD लिखें।</translation>
    </message>
    <message>
        <source>missing --%1; %2</source>
        <translation>--%1 नहीं दिया गया; %2</translation>
    </message>
    <message>
        <source>“%1” is not a cabin; use economy, premium_economy, business or first.</source>
        <translation>“%1” मान्य केबिन श्रेणी नहीं है; economy, premium_economy, business या first इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>“%1” is not a sort order; use best, price, duration or departure.</source>
        <translation>“%1” मान्य क्रम नहीं है; best, price, duration या departure इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>no supplier answered; try again later.</source>
        <translation>किसी सप्लायर ने जवाब नहीं दिया; बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>unknown airport “%1”; try “tripdesk-cli airports %1” to find its code.</source>
        <translation>अज्ञात हवाई अड्डा “%1”; इसका कोड जानने के लिए “tripdesk-cli airports %1” आज़माएँ।</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>duration: hours and minutes</comment>
        <translation>%1 घं %2 मि</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>सीधी</translation>
    </message>
    <message>
        <source>1 stop: %1</source>
        <translation>1 स्टॉप: %1</translation>
    </message>
    <message>
        <source>%1 stops: %2</source>
        <translation>%1 स्टॉप: %2</translation>
    </message>
    <message>
        <source>adults: %1</source>
        <translation>वयस्क: %1</translation>
    </message>
    <message>
        <source>children: %1</source>
        <translation>बच्चे: %1</translation>
    </message>
    <message>
        <source>infants: %1</source>
        <translation>शिशु: %1</translation>
    </message>
    <message>
        <source>best first</source>
        <translation>सबसे अच्छे पहले</translation>
    </message>
    <message>
        <source>cheapest first</source>
        <translation>सबसे सस्ते पहले</translation>
    </message>
    <message>
        <source>fastest first</source>
        <translation>सबसे तेज़ पहले</translation>
    </message>
    <message>
        <source>earliest first</source>
        <translation>जल्दी प्रस्थान वाले पहले</translation>
    </message>
    <message>
        <source>%1: no answer (%2)</source>
        <translation>%1: कोई जवाब नहीं (%2)</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: रद्द</translation>
    </message>
    <message>
        <source>%1: still searching</source>
        <translation>%1: खोज अभी जारी है</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2, %3 को</translation>
    </message>
    <message>
        <source>No flights found. Try another date, allow more stops, or search from the whole city.</source>
        <translation>कोई उड़ान नहीं मिली। कोई दूसरी तारीख आज़माएँ, ज़्यादा स्टॉप की अनुमति दें, या पूरे शहर से खोजें।</translation>
    </message>
    <message>
        <source>Offers: %1 of %2, %3.</source>
        <translation>ऑफ़र: %2 में से %1, %3।</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>प्रस्थान</translation>
    </message>
    <message>
        <source>Arrives</source>
        <translation>आगमन</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>स्टॉप</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>उड़ानें</translation>
    </message>
    <message>
        <source>Fare</source>
        <translation>किराया</translation>
    </message>
    <message>
        <source>, seats left: %1</source>
        <translation>, बची सीटें: %1</translation>
    </message>
    <message>
        <source>--%1 must be %2 or more, not %3.</source>
        <translation>--%1 कम से कम %2 होना चाहिए, %3 नहीं।</translation>
    </message>
    <message>
        <source>Departure date, local to the origin: 2026-12-24, 24/12, 24dec, 24, +30, +2w, tomorrow or fri.</source>
        <translation>प्रस्थान की तारीख, प्रस्थान की जगह के स्थानीय समय में: 2026-12-24, 24/12, 24dec, 24, +30, +2w, tomorrow या fri।</translation>
    </message>
    <message>
        <source>Return date, written as for --date: makes it a round trip.</source>
        <translation>वापसी की तारीख, --date की तरह लिखी हुई: इससे यात्रा राउंड ट्रिप बन जाती है।</translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli flights search --from CODE --to CODE --date DATE [--return DATE] [options]
       tripdesk-cli flights search --slice FROM:TO:YYYY-MM-DD --slice … [options]</source>
        <translation>उपयोग: tripdesk-cli flights search --from CODE --to CODE --date DATE [--return DATE] [options]
      tripdesk-cli flights search --slice FROM:TO:YYYY-MM-DD --slice … [options]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
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
        <translation>उपयोग: tripdesk-cli COMMAND [options]

कमांड लाइन से उड़ानें खोजें और हवाई अड्डे ढूँढें।

कमांड:
  airports QUERY      कोड, नाम, शहर या देश से हवाई अड्डे और शहर खोजें
  flights search      उड़ानें खोजें (एक तरफ़ा, राउंड ट्रिप या मल्टी-सिटी)
  suppliers           सप्लायर खातों की सूची देखें, जोड़ें, चालू, बंद करें या हटाएँ

हर कमांड --data-dir DIR (लोकल स्टोर का फ़ोल्डर), मशीन के पढ़ने लायक आउटपुट के लिए
--json और --help स्वीकार करता है।

एग्ज़िट स्टेटस: सफल होने पर 0, चलते समय कुछ विफल होने पर 1, उपयोग या जाँच की
त्रुटि पर 2। त्रुटियाँ स्टैंडर्ड एरर पर एक पंक्ति में आती हैं।

एनवायरनमेंट:
  TRIPDESK_LANG=hi                    संदेशों की भाषा (डिफ़ॉल्ट: सिस्टम की भाषा)
  TRIPDESK_NOW=2026-11-26T09:00:00Z   तय मौजूदा समय, दोहराए जा सकने वाले परीक्षणों के लिए
  TRIPDESK_DATA_DIR=DIR               --data-dir न दिए जाने पर डेटा फ़ोल्डर
  TRIPDESK_CURRENCY=INR               --currency न दिए जाने पर सैंडबॉक्स की मुद्रा
  TRIPDESK_SANDBOX=off                बिल्ट-इन सैंडबॉक्स सप्लायर को छोड़ दें
  TRIPDESK_&lt;SUPPLIER&gt;_URL, _KEY       नेटवर्क सप्लायर का बेस URL और कुंजी (अभी कोई नहीं)
  QT_LOGGING_RULES=&quot;tripdesk.*=true&quot;  स्टैंडर्ड एरर पर डायग्नॉस्टिक संदेश

उदाहरण:
  tripdesk-cli airports mumb
  tripdesk-cli flights search --from DEL --to BOM --date 2026-12-24 --sort price
</translation>
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
        <translation>उपयोग: tripdesk-cli suppliers SUBCOMMAND [options]

Duffel और Sabre पर एजेंसी के अपने खाते। नाम, होस्ट और Sabre का यूज़र, PCC और
डोमेन लोकल स्टोर में रखे जाते हैं; टोकन या पासवर्ड सिर्फ़ सिस्टम कीचेन में।

सबकमांड:
  list                  खातों की सूची (स्क्रिप्ट के लिए --json)
  add                   खाता जोड़ें; उसका सीक्रेट स्टैंडर्ड इनपुट से या
                        TRIPDESK_DUFFEL_TOKEN / TRIPDESK_SABRE_SECRET से पढ़ा जाता है
  enable ACCOUNT        खाते (नाम या id से) को खोजों में इस्तेमाल करें
  disable ACCOUNT       खाता रखें पर उसे खोजों से बाहर रखें
  remove ACCOUNT        खाता और उसका सीक्रेट मिटाएँ

उदाहरण:
  tripdesk-cli suppliers add --name &quot;Duffel test&quot; --supplier duffel &lt; token.txt
  TRIPDESK_SABRE_SECRET=… tripdesk-cli suppliers add --name &quot;Sabre cert&quot; \
      --supplier sabre --preset test --user 123456 --group AB12 --domain AA
</translation>
    </message>
    <message>
        <source>see “tripdesk-cli suppliers %1 --help”.</source>
        <translation>“tripdesk-cli suppliers %1 --help” देखें।</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>user %1, PCC %2, domain %3</source>
        <translation>यूज़र %1, PCC %2, डोमेन %3</translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli suppliers list [--json]</source>
        <translation>उपयोग: tripdesk-cli suppliers list [--json]</translation>
    </message>
    <message>
        <source>“suppliers list” takes no arguments; %1</source>
        <translation>“suppliers list” कोई आर्ग्युमेंट नहीं लेता; %1</translation>
    </message>
    <message>
        <source>No supplier accounts yet; add one with “tripdesk-cli suppliers add”.</source>
        <translation>अभी कोई सप्लायर खाता नहीं है; “tripdesk-cli suppliers add” से एक जोड़ें।</translation>
    </message>
    <message>
        <source>--%1 is refused: a secret on the command line is seen by other users of this computer and kept in the shell’s history. Give it on standard input or in %2 (Duffel) or %3 (Sabre).</source>
        <translation>--%1 स्वीकार नहीं है: कमांड लाइन पर दिया गया सीक्रेट इस कंप्यूटर के दूसरे यूज़र देख सकते हैं और वह शेल की हिस्ट्री में रह जाता है। इसे स्टैंडर्ड इनपुट पर या %2 (Duffel) या %3 (Sabre) में दें।</translation>
    </message>
    <message>
        <source>A name for the account, unique.</source>
        <translation>खाते का नाम, जो दोहराया न गया हो।</translation>
    </message>
    <message>
        <source>The supplier: duffel or sabre.</source>
        <translation>सप्लायर: duffel या sabre।</translation>
    </message>
    <message>
        <source>The base URL of its API.</source>
        <translation>उसके API का बेस URL।</translation>
    </message>
    <message>
        <source>The vendor’s own host instead of --url: test or production.</source>
        <translation>--url की जगह वेंडर का अपना होस्ट: test या production।</translation>
    </message>
    <message>
        <source>Sabre: the EPR user ID.</source>
        <translation>Sabre: EPR यूज़र ID।</translation>
    </message>
    <message>
        <source>Sabre: the pseudo city code (PCC).</source>
        <translation>Sabre: स्यूडो सिटी कोड (PCC)।</translation>
    </message>
    <message>
        <source>Sabre: the domain, e.g. AA.</source>
        <translation>Sabre: डोमेन, जैसे AA।</translation>
    </message>
    <message>
        <source>Add it switched off, to enable it later.</source>
        <translation>इसे बंद हालत में जोड़ें, बाद में चालू करने के लिए।</translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli suppliers add --name NAME --supplier duffel|sabre [--url URL | --preset test|production] [--user USER --group PCC --domain DOMAIN] &lt; secret

The secret (Duffel’s access token, Sabre’s password) is read from TRIPDESK_DUFFEL_TOKEN or TRIPDESK_SABRE_SECRET when set, otherwise from standard input; never from an option.</source>
        <translation>उपयोग: tripdesk-cli suppliers add --name NAME --supplier duffel|sabre [--url URL | --preset test|production] [--user USER --group PCC --domain DOMAIN] &lt; secret

सीक्रेट (Duffel का एक्सेस टोकन, Sabre का पासवर्ड) TRIPDESK_DUFFEL_TOKEN या TRIPDESK_SABRE_SECRET सेट होने पर उनसे पढ़ा जाता है, वरना स्टैंडर्ड इनपुट से; किसी ऑप्शन से कभी नहीं।</translation>
    </message>
    <message>
        <source>“suppliers add” takes only options; the secret goes on standard input. %1</source>
        <translation>“suppliers add” सिर्फ़ ऑप्शन लेता है; सीक्रेट स्टैंडर्ड इनपुट पर दें। %1</translation>
    </message>
    <message>
        <source>--supplier “%1” is unknown; choose duffel or sabre.</source>
        <translation>--supplier “%1” अज्ञात है; duffel या sabre चुनें।</translation>
    </message>
    <message>
        <source>say which supplier with --supplier duffel or --supplier sabre.</source>
        <translation>--supplier duffel या --supplier sabre से बताएँ कि कौन-सा सप्लायर।</translation>
    </message>
    <message>
        <source>give --url or --preset, not both.</source>
        <translation>--url या --preset दें, दोनों नहीं।</translation>
    </message>
    <message>
        <source>--preset “%1” is unknown; choose test or production.</source>
        <translation>--preset “%1” अज्ञात है; test या production चुनें।</translation>
    </message>
    <message>
        <source>say which Sabre host with --preset test (certification), --preset production or --url URL.</source>
        <translation>--preset test (सर्टिफ़िकेशन), --preset production या --url URL से बताएँ कि कौन-सा Sabre होस्ट।</translation>
    </message>
    <message>
        <source>Duffel access token: </source>
        <translation>Duffel एक्सेस टोकन: </translation>
    </message>
    <message>
        <source>Sabre password: </source>
        <translation>Sabre पासवर्ड: </translation>
    </message>
    <message>
        <source>no access token given; pipe it on standard input or set TRIPDESK_DUFFEL_TOKEN.</source>
        <translation>कोई एक्सेस टोकन नहीं दिया गया; इसे स्टैंडर्ड इनपुट पर भेजें या TRIPDESK_DUFFEL_TOKEN सेट करें।</translation>
    </message>
    <message>
        <source>no password given; pipe it on standard input or set TRIPDESK_SABRE_SECRET.</source>
        <translation>कोई पासवर्ड नहीं दिया गया; इसे स्टैंडर्ड इनपुट पर भेजें या TRIPDESK_SABRE_SECRET सेट करें।</translation>
    </message>
    <message>
        <source>Added “%1” (%2, %3); its secret is in the system keychain.</source>
        <translation>“%1” (%2, %3) जोड़ा गया; उसका सीक्रेट सिस्टम कीचेन में है।</translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli suppliers %1 ACCOUNT (its name or id)</source>
        <translation>उपयोग: tripdesk-cli suppliers %1 ACCOUNT (उसका नाम या id)</translation>
    </message>
    <message>
        <source>“suppliers %1” needs one account, by name or id (quote a name with spaces); %2</source>
        <translation>“suppliers %1” को नाम या id से एक खाता चाहिए (स्पेस वाले नाम को उद्धरण चिह्नों में लिखें); %2</translation>
    </message>
    <message>
        <source>“%1” is enabled.</source>
        <translation>“%1” चालू है।</translation>
    </message>
    <message>
        <source>“%1” is disabled.</source>
        <translation>“%1” बंद है।</translation>
    </message>
    <message>
        <source>Removed “%1” and its secret.</source>
        <translation>“%1” और उसका सीक्रेट हटा दिया गया।</translation>
    </message>
    <message>
        <source>“suppliers” needs a subcommand; see “tripdesk-cli suppliers --help”.</source>
        <translation>“suppliers” को एक सबकमांड चाहिए; “tripdesk-cli suppliers --help” देखें।</translation>
    </message>
    <message>
        <source>unknown command “suppliers %1”; see “tripdesk-cli suppliers --help”.</source>
        <translation>अज्ञात कमांड “suppliers %1”; “tripdesk-cli suppliers --help” देखें।</translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli flights SUBCOMMAND [options]

Subcommands:
  search   search flights; see “tripdesk-cli flights search --help”
  price    check an offer&apos;s price now; see “tripdesk-cli flights price --help”
</source>
        <translation>उपयोग: tripdesk-cli flights SUBCOMMAND [options]

उप-कमांड:
  search   उड़ानें खोजें; देखें “tripdesk-cli flights search --help”
  price    किसी ऑफ़र की कीमत अभी जाँचें; देखें “tripdesk-cli flights price --help”
</translation>
    </message>
    <message>
        <source>Ask only this supplier (sandbox, duffel, sabre …); repeat it for several.</source>
        <translation>केवल इस आपूर्तिकर्ता से पूछें (sandbox, duffel, sabre …); कई के लिए इसे दोहराएँ।</translation>
    </message>
    <message>
        <source>Rank and show prices with N checked bags for each traveller, the airline&apos;s bag charges included (default 0).</source>
        <translation>हर यात्री के N चेक्ड बैग सहित कीमतें क्रम से दिखाएँ, एयरलाइन के बैग शुल्क सहित (डिफ़ॉल्ट 0)।</translation>
    </message>
    <message>
        <source>--supplier needs a name; %1</source>
        <translation>--supplier को एक नाम चाहिए; %1</translation>
    </message>
    <message>
        <source>warning: %1 The offers shown were found %2 ago and may have changed.</source>
        <translation>चेतावनी: %1 दिखाए गए ऑफ़र %2 पहले मिले थे और बदल चुके हो सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n घंटे</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>No supplier answered: these offers were found %1 ago and may have changed.</source>
        <translation>किसी आपूर्तिकर्ता ने जवाब नहीं दिया: ये ऑफ़र %1 पहले मिले थे और बदल चुके हो सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Prices include %n checked bags per traveller.</source>
        <translation>
            <numerusform>कीमतों में हर यात्री के %n चेक्ड बैग शामिल हैं।</numerusform>
            <numerusform>कीमतों में हर यात्री के %n चेक्ड बैग शामिल हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + bags</source>
        <translation>%1 + बैग</translation>
    </message>
    <message numerus="yes">
        <source> (%n more fares)</source>
        <translation>
            <numerusform> (%n और किराये)</numerusform>
            <numerusform> (%n और किराये)</numerusform>
        </translation>
    </message>
    <message>
        <source>see “tripdesk-cli flights price --help”.</source>
        <translation>देखें “tripdesk-cli flights price --help”।</translation>
    </message>
    <message>
        <source>Offer %1 from %2</source>
        <translation>%2 से ऑफ़र %1</translation>
    </message>
    <message>
        <source>Price: %1 (was %2)</source>
        <translation>कीमत: %1 (पहले %2)</translation>
    </message>
    <message>
        <source>Price: %1, unchanged</source>
        <translation>कीमत: %1, अपरिवर्तित</translation>
    </message>
    <message>
        <source>Fare: %1</source>
        <translation>किराया: %1</translation>
    </message>
    <message>
        <source>Checked bags per passenger: %1</source>
        <translation>प्रति यात्री चेक्ड बैग: %1</translation>
    </message>
    <message>
        <source>The flights or their times have changed.</source>
        <translation>उड़ानें या उनके समय बदल गए हैं।</translation>
    </message>
    <message>
        <source>The fare&apos;s change or refund terms have changed.</source>
        <translation>किराये की बदलाव या रिफ़ंड की शर्तें बदल गई हैं।</translation>
    </message>
    <message>
        <source>Can be held until %1 UTC.</source>
        <translation>%1 UTC तक रोका जा सकता है।</translation>
    </message>
    <message>
        <source>Must be paid when booked.</source>
        <translation>बुकिंग के समय भुगतान करना होगा।</translation>
    </message>
    <message>
        <source>For sale: %1, %2 each (service %3)</source>
        <translation>बिक्री के लिए: %1, हर एक %2 (सेवा %3)</translation>
    </message>
    <message>
        <source>An offer id a recent “flights search” listed.</source>
        <translation>किसी हाल की “flights search” में दिखाया गया ऑफ़र आईडी।</translation>
    </message>
    <message>
        <source>Usage: tripdesk-cli flights price OFFER_ID [--json]

Asks the supplier that sold the offer for its price, terms and extras now, and says what changed since the search.</source>
        <translation>उपयोग: tripdesk-cli flights price OFFER_ID [--json]

ऑफ़र बेचने वाले आपूर्तिकर्ता से उसकी अभी की कीमत, शर्तें और अतिरिक्त सेवाएँ पूछता है, और बताता है कि खोज के बाद क्या बदला।</translation>
    </message>
    <message>
        <source>give one offer id; %1</source>
        <translation>एक ऑफ़र आईडी दें; %1</translation>
    </message>
    <message>
        <source>%1: no answer (%2); resting after repeated failures, tried again after %3 UTC</source>
        <translation>%1: कोई जवाब नहीं (%2); बार-बार विफल होने के बाद रुका हुआ, %3 UTC के बाद फिर कोशिश होगी</translation>
    </message>
    <message>
        <source>checked bag</source>
        <translation>चेक्ड बैग</translation>
    </message>
    <message>
        <source>cabin bag</source>
        <translation>केबिन बैग</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>अतिरिक्त सेवा</translation>
    </message>
    <message>
        <source>%1: answered in %2 ms, fares: %3, %4 more not shown (narrow the search to see them)</source>
        <translation>%1: %2 ms में जवाब, किराए: %3, %4 और नहीं दिखाए गए (उन्हें देखने के लिए खोज सीमित करें)</translation>
    </message>
    <message>
        <source>%1: answered in %2 ms, fares: %3, %4 unreadable and left out</source>
        <translation>%1: %2 ms में जवाब, किराए: %3, %4 पढ़े नहीं जा सके और छोड़ दिए गए</translation>
    </message>
    <message>
        <source>%1: answered in %2 ms, fares: %3</source>
        <translation>%1: %2 ms में जवाब, किराए: %3</translation>
    </message>
</context>
<context>
    <name>DuffelSupplier</name>
    <message>
        <source>Duffel</source>
        <translation>डफ़ल</translation>
    </message>
    <message>
        <source>Duffel (%1)</source>
        <translation>डफ़ल (%1)</translation>
    </message>
    <message>
        <source>The Duffel account “%1” has no access token; add one in the supplier account.</source>
        <translation>Duffel खाते “%1” में कोई एक्सेस टोकन नहीं है; सप्लायर खाते में एक टोकन जोड़ें।</translation>
    </message>
    <message>
        <source>The request to Duffel was cancelled.</source>
        <translation>Duffel को भेजा गया अनुरोध रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Duffel rejected the access token of the account “%1”; check or replace the token in the supplier account.</source>
        <translation>Duffel ने खाते “%1” का एक्सेस टोकन अस्वीकार कर दिया; सप्लायर खाते में टोकन जाँचें या बदलें।</translation>
    </message>
    <message>
        <source>This Duffel offer is for %1 travellers, not %2; search again for these travellers.</source>
        <translation>यह Duffel ऑफ़र %1 यात्रियों के लिए है, %2 के लिए नहीं; इन यात्रियों के लिए फिर से खोजें।</translation>
    </message>
    <message>
        <source>Duffel does not know this offer; search again.</source>
        <translation>Duffel इस ऑफ़र को नहीं पहचानता; फिर से खोजें।</translation>
    </message>
    <message>
        <source>Duffel does not know this booking; check the reference.</source>
        <translation>Duffel इस बुकिंग को नहीं पहचानता; संदर्भ जाँचें।</translation>
    </message>
    <message>
        <source>Duffel is still booking with the airline.</source>
        <translation>Duffel अभी एयरलाइन के साथ बुकिंग कर रहा है।</translation>
    </message>
    <message>
        <source>Duffel did not confirm the booking and lists no order for it yet; check the account’s orders before booking again.</source>
        <translation>Duffel ने बुकिंग की पुष्टि नहीं की और अभी उसका कोई ऑर्डर नहीं दिखाता; फिर से बुक करने से पहले खाते के ऑर्डर जाँचें।</translation>
    </message>
    <message>
        <source>Duffel has no booking made as “%1”.</source>
        <translation>Duffel के पास “%1” नाम से की गई कोई बुकिंग नहीं है।</translation>
    </message>
    <message>
        <source>Duffel did not confirm the payment of %1 and the booking still awaits it; check the booking before paying again.</source>
        <translation>Duffel ने %1 के भुगतान की पुष्टि नहीं की और बुकिंग अब भी उसकी प्रतीक्षा में है; फिर से भुगतान करने से पहले बुकिंग जाँचें।</translation>
    </message>
</context>
<context>
    <name>DuffelWire</name>
    <message>
        <source>Duffel did not accept the request; check the details and try again.</source>
        <translation>Duffel ने अनुरोध स्वीकार नहीं किया; विवरण जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Duffel did not accept the value of “%1”; correct it and try again.</source>
        <translation>Duffel ने “%1” का मान स्वीकार नहीं किया; उसे ठीक करें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>This offer is no longer available; search again.</source>
        <translation>यह ऑफ़र अब उपलब्ध नहीं है; फिर से खोजें।</translation>
    </message>
    <message>
        <source>Duffel did not accept the account’s access token; check the token in the supplier account.</source>
        <translation>Duffel ने खाते का एक्सेस टोकन स्वीकार नहीं किया; सप्लायर खाते में टोकन जाँचें।</translation>
    </message>
    <message>
        <source>The Duffel access token may not do this; use a token with the needed permissions.</source>
        <translation>Duffel एक्सेस टोकन को यह करने की अनुमति नहीं है; ज़रूरी अनुमतियों वाला टोकन इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Duffel is receiving too many requests from this account; wait a moment and try again.</source>
        <translation>Duffel को इस खाते से बहुत अधिक अनुरोध मिल रहे हैं; थोड़ी देर रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Duffel does not know this offer or booking; search again or check the reference.</source>
        <translation>Duffel को यह ऑफ़र या बुकिंग ज्ञात नहीं है; फिर से खोजें या संदर्भ जाँचें।</translation>
    </message>
    <message>
        <source>Duffel cannot do this in the booking’s current state; refresh the booking to see where it stands.</source>
        <translation>बुकिंग की मौजूदा स्थिति में Duffel यह नहीं कर सकता; बुकिंग की स्थिति देखने के लिए उसे रीफ़्रेश करें।</translation>
    </message>
    <message>
        <source>Duffel is not answering right now; try again in a few minutes.</source>
        <translation>Duffel अभी उत्तर नहीं दे रहा है; कुछ मिनट बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Duffel had an internal problem with this request; try again later, and tell Duffel’s support if it keeps happening.</source>
        <translation>इस अनुरोध में Duffel को आंतरिक समस्या हुई; बाद में फिर से कोशिश करें, और बार-बार होने पर Duffel सपोर्ट को बताएँ।</translation>
    </message>
    <message>
        <source>The price of this offer has changed; check the price again before booking.</source>
        <translation>इस ऑफ़र की कीमत बदल गई है; बुक करने से पहले कीमत फिर से जाँचें।</translation>
    </message>
    <message>
        <source>The Duffel account’s balance is too low to pay for this; top it up and try again.</source>
        <translation>Duffel खाते में इसके भुगतान के लिए पर्याप्त बैलेंस नहीं है; बैलेंस बढ़ाएँ और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Duffel no longer accepts the API version TripDesk speaks; update TripDesk.</source>
        <translation>Duffel अब TripDesk के API संस्करण को स्वीकार नहीं करता; TripDesk अपडेट करें।</translation>
    </message>
    <message>
        <source>The airline could not complete this request; try again, or choose another offer.</source>
        <translation>एयरलाइन यह अनुरोध पूरा नहीं कर सकी; फिर से कोशिश करें, या कोई दूसरा ऑफ़र चुनें।</translation>
    </message>
    <message>
        <source>Duffel could not complete this request; check the details and try again.</source>
        <translation>Duffel यह अनुरोध पूरा नहीं कर सका; विवरण जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Duffel sent a reply that could not be read; try again in a moment.</source>
        <translation>Duffel ने ऐसा उत्तर भेजा जो पढ़ा नहीं जा सका; थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>ExchangeRates</name>
    <message>
        <source>“%1” is not an exchange rate from %2 to %3; write a positive decimal such as 83.25, with at most six decimals.</source>
        <translation>“%1” %2 से %3 की विनिमय दर नहीं है; 83.25 जैसी धनात्मक दशमलव संख्या लिखें, अधिकतम छह दशमलव अंकों के साथ।</translation>
    </message>
</context>
<context>
    <name>FlightFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;मि</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;घं %2&#xa0;मि</translation>
    </message>
    <message>
        <source>+%1</source>
        <comment>arrives N days later</comment>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <comment>arrives N days earlier (date line)</comment>
        <translation>−%1</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>सीधी उड़ान</translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation>1 स्टॉप</translation>
    </message>
    <message numerus="yes">
        <source>%n stops</source>
        <translation>
            <numerusform>%n स्टॉप</numerusform>
            <numerusform>%n स्टॉप</numerusform>
        </translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>इकोनॉमी</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>प्रीमियम इकोनॉमी</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>बिज़नेस</translation>
    </message>
    <message>
        <source>First</source>
        <translation>फ़र्स्ट</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>रात</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>सुबह</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>दोपहर</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>शाम</translation>
    </message>
    <message>
        <source>00–06</source>
        <translation>00–06</translation>
    </message>
    <message>
        <source>06–12</source>
        <translation>06–12</translation>
    </message>
    <message>
        <source>12–18</source>
        <translation>12–18</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>fare brand</comment>
        <translation>बेसिक</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>fare brand</comment>
        <translation>स्टैंडर्ड</translation>
    </message>
    <message>
        <source>Flex</source>
        <comment>fare brand</comment>
        <translation>फ़्लेक्स</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>fare brand</comment>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Classic</source>
        <comment>fare brand</comment>
        <translation>क्लासिक</translation>
    </message>
    <message>
        <source>Saver</source>
        <comment>fare brand</comment>
        <translation>सेवर</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>fare brand</comment>
        <translation>वैल्यू</translation>
    </message>
    <message>
        <source>Plus</source>
        <comment>fare brand</comment>
        <translation>प्लस</translation>
    </message>
    <message>
        <source>Comfort</source>
        <comment>fare brand</comment>
        <translation>कम्फ़र्ट</translation>
    </message>
    <message>
        <source>Premium</source>
        <comment>fare brand</comment>
        <translation>प्रीमियम</translation>
    </message>
    <message>
        <source>Basic economy</source>
        <comment>fare brand</comment>
        <translation>बेसिक इकोनॉमी</translation>
    </message>
    <message>
        <source>Economy light</source>
        <comment>fare brand</comment>
        <translation>इकोनॉमी लाइट</translation>
    </message>
    <message>
        <source>Economy flex</source>
        <comment>fare brand</comment>
        <translation>इकोनॉमी फ़्लेक्स</translation>
    </message>
    <message>
        <source>Main cabin</source>
        <comment>fare brand</comment>
        <translation>मेन केबिन</translation>
    </message>
</context>
<context>
    <name>FlightRecord</name>
    <message>
        <source>A saved offer could not be read; search again.</source>
        <translation>सहेजा गया ऑफ़र पढ़ा नहीं जा सका; फिर से खोजें।</translation>
    </message>
</context>
<context>
    <name>FlightSearch</name>
    <message>
        <source>Choose where and when to fly.</source>
        <translation>चुनें कि कहाँ और कब जाना है।</translation>
    </message>
    <message>
        <source>A trip can have at most %1 flights; split it into several searches.</source>
        <translation>एक यात्रा में अधिकतम %1 उड़ानें हो सकती हैं; इसे कई खोजों में बाँटें।</translation>
    </message>
    <message>
        <source>Unknown airport “%1”; search for the city or airport name to find its code.</source>
        <translation>अज्ञात हवाई अड्डा “%1”; इसका कोड जानने के लिए शहर या हवाई अड्डे का नाम खोजें।</translation>
    </message>
    <message>
        <source>The origin and the destination are both %1; choose a different destination.</source>
        <translation>प्रस्थान और गंतव्य दोनों %1 हैं; कोई दूसरा गंतव्य चुनें।</translation>
    </message>
    <message>
        <source>%1 and %2 are the same place; choose a different destination.</source>
        <translation>%1 और %2 एक ही जगह हैं; कोई दूसरा गंतव्य चुनें।</translation>
    </message>
    <message>
        <source>Choose a departure date.</source>
        <translation>प्रस्थान की तारीख चुनें।</translation>
    </message>
    <message>
        <source>Choose a return date.</source>
        <translation>वापसी की तारीख चुनें।</translation>
    </message>
    <message>
        <source>The date %1 is in the past; choose today (%2) or a later date.</source>
        <translation>तारीख %1 बीत चुकी है; आज (%2) या उसके बाद की तारीख चुनें।</translation>
    </message>
    <message>
        <source>The date %1 is too far ahead; flights are sold until %2.</source>
        <translation>तारीख %1 बहुत आगे की है; उड़ानें केवल %2 तक बुक की जा सकती हैं।</translation>
    </message>
    <message>
        <source>The return date %1 is before the departure date %2.</source>
        <translation>वापसी की तारीख %1, प्रस्थान की तारीख %2 से पहले है।</translation>
    </message>
    <message>
        <source>Flight %1 on %2 departs before flight %3 on %4; put the flights in date order.</source>
        <translation>%2 की उड़ान %1, %4 की उड़ान %3 से पहले प्रस्थान करती है; उड़ानों को तारीख के क्रम में रखें।</translation>
    </message>
    <message>
        <source>The number of passengers cannot be negative.</source>
        <translation>यात्रियों की संख्या ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>At least one adult must travel; children and infants fly with an adult.</source>
        <translation>कम से कम एक वयस्क का यात्रा करना ज़रूरी है; बच्चे और शिशु किसी वयस्क के साथ ही यात्रा करते हैं।</translation>
    </message>
    <message>
        <source>The maximum number of stops must be 0 (direct only), 1 or 2, not %1.</source>
        <translation>स्टॉप की अधिकतम संख्या 0 (केवल सीधी उड़ान), 1 या 2 होनी चाहिए, %1 नहीं।</translation>
    </message>
    <message>
        <source>A saved search could not be read.</source>
        <translation>सहेजी गई खोज पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Choose where flight %1 departs from.</source>
        <translation>चुनें कि उड़ान %1 कहाँ से प्रस्थान करेगी।</translation>
    </message>
    <message>
        <source>Choose where you are flying from.</source>
        <translation>चुनें कि आप कहाँ से जा रहे हैं।</translation>
    </message>
    <message>
        <source>Choose where flight %1 goes to.</source>
        <translation>चुनें कि उड़ान %1 कहाँ जाएगी।</translation>
    </message>
    <message>
        <source>Choose where you are flying to.</source>
        <translation>चुनें कि आप कहाँ जा रहे हैं।</translation>
    </message>
    <message>
        <source>Choose a date for flight %1.</source>
        <translation>उड़ान %1 की तारीख चुनें।</translation>
    </message>
    <message>
        <source>At most %1 passengers can travel on one booking, not %2; split the group into several searches.</source>
        <translation>एक बुकिंग पर अधिकतम %1 यात्री यात्रा कर सकते हैं, %2 नहीं; समूह को कई खोजों में बाँटें।</translation>
    </message>
    <message>
        <source>Each infant sits on an adult’s lap, so there cannot be more infants (%1) than adults (%2); add an adult or remove an infant.</source>
        <translation>हर शिशु किसी वयस्क की गोद में बैठता है, इसलिए शिशु (%1) वयस्कों (%2) से अधिक नहीं हो सकते; एक वयस्क जोड़ें या एक शिशु हटाएँ।</translation>
    </message>
    <message>
        <source>No flight supplier is set up; turn the sandbox on or configure a supplier account.</source>
        <translation>कोई उड़ान सप्लायर सेट नहीं है; सैंडबॉक्स चालू करें या सप्लायर खाता कॉन्फ़िगर करें।</translation>
    </message>
    <message>
        <source>The supplier %1 of this offer is not set up here; search again.</source>
        <translation>इस ऑफ़र का आपूर्तिकर्ता %1 यहाँ सेट नहीं है; फिर से खोजें।</translation>
    </message>
    <message>
        <source>There is no supplier “%1” here; the suppliers are: %2.</source>
        <translation>यहाँ कोई आपूर्तिकर्ता “%1” नहीं है; आपूर्तिकर्ता हैं: %2।</translation>
    </message>
    <message>
        <source>Offers are not kept here; search again.</source>
        <translation>यहाँ ऑफ़र सहेजे नहीं जाते; फिर से खोजें।</translation>
    </message>
</context>
<context>
    <name>FlightSupplier</name>
    <message>
        <source>%1 does not support this; choose an offer from another supplier.</source>
        <translation>%1 इसका समर्थन नहीं करता; किसी दूसरे आपूर्तिकर्ता का ऑफ़र चुनें।</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>%1 refused the connection. Check the supplier&apos;s address in its account, or try again later.</source>
        <translation>%1 ने कनेक्शन अस्वीकार कर दिया। उसके खाते में सप्लायर का पता जाँचें, या बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 could not be found on the network. Check the internet connection and the supplier&apos;s address.</source>
        <translation>%1 नेटवर्क पर नहीं मिला। इंटरनेट कनेक्शन और सप्लायर का पता जाँचें।</translation>
    </message>
    <message>
        <source>TripDesk could not open a secure connection to %1, so nothing was sent. Check the computer&apos;s date and time and the supplier&apos;s address.</source>
        <translation>TripDesk %1 से सुरक्षित कनेक्शन नहीं खोल सका, इसलिए कुछ भी नहीं भेजा गया। कंप्यूटर की तारीख़ और समय तथा सप्लायर का पता जाँचें।</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>%1 को भेजा गया अनुरोध रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>%1 redirected the request too often or to an insecure address. Check the supplier&apos;s address.</source>
        <translation>%1 ने अनुरोध को बहुत बार या किसी असुरक्षित पते पर भेज दिया। सप्लायर का पता जाँचें।</translation>
    </message>
    <message>
        <source>The proxy server did not let TripDesk reach %1. Check the proxy settings.</source>
        <translation>प्रॉक्सी सर्वर ने TripDesk को %1 तक पहुँचने नहीं दिया। प्रॉक्सी सेटिंग जाँचें।</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before its answer arrived, so it is not known whether the request was carried out.</source>
        <translation>%1 का जवाब आने से पहले ही कनेक्शन टूट गया, इसलिए पता नहीं कि अनुरोध पूरा हुआ या नहीं।</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. Check the internet connection and try again.</source>
        <translation>%1 से कनेक्शन टूट गया। इंटरनेट कनेक्शन जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 did not answer in time, so it is not known whether the request was carried out.</source>
        <translation>%1 ने समय पर जवाब नहीं दिया, इसलिए पता नहीं कि अनुरोध पूरा हुआ या नहीं।</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again in a moment.</source>
        <translation>%1 ने समय पर जवाब नहीं दिया। थोड़ी देर में दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 is taking only so many requests at a time, and this one would have waited too long. Try again in a moment.</source>
        <translation>%1 एक समय में सीमित अनुरोध ही लेता है, और इस अनुरोध को बहुत देर रुकना पड़ता। थोड़ी देर में दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The request to %1 ended without an answer.</source>
        <translation>%1 को भेजा गया अनुरोध बिना जवाब के ख़त्म हो गया।</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not a valid amount of %2.</source>
        <translation>“%1”, %2 की मान्य राशि नहीं है।</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined without an exchange rate.</source>
        <translation>%1 और %2 की राशियाँ विनिमय दर के बिना जोड़ी नहीं जा सकतीं।</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>राशि बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>“%1” is not a currency TripDesk knows; use an ISO 4217 code such as USD, EUR or INR.</source>
        <translation>“%1” ऐसी मुद्रा नहीं है जिसे TripDesk जानता हो; USD, EUR या INR जैसा ISO 4217 कोड इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>OfferCache</name>
    <message>
        <source>A saved offer could not be read; search again.</source>
        <translation>सहेजा गया ऑफ़र पढ़ा नहीं जा सका; फिर से खोजें।</translation>
    </message>
    <message>
        <source>No offer “%1” was found by a recent search here; search again and use an id it lists.</source>
        <translation>यहाँ किसी हाल की खोज में ऑफ़र “%1” नहीं मिला; फिर से खोजें और उसमें दिखाया गया आईडी इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The offer “%1” expired at %2 UTC; search again for current prices.</source>
        <translation>ऑफ़र “%1” की अवधि %2 UTC पर समाप्त हो गई; मौजूदा कीमतों के लिए फिर से खोजें।</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>%1 (%2)</source>
        <comment>city (airport code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (all airports)</source>
        <translation>%1 (सभी हवाई अड्डे)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>सभी चुनें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>एक बढ़ाएँ(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>एक घटाएँ(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>संस्करण की जानकारी दिखाता है।</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>कमांड लाइन विकल्पों की सहायता दिखाता है।</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt के अपने विकल्पों सहित सहायता दिखाता है।</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>अज्ञात विकल्प “%1”।</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>अज्ञात विकल्प: %1।</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1” के बाद मान नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>“%1” के बाद अनपेक्षित मान।</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[विकल्प]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>उपयोग: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>विकल्प:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>आर्ग्युमेंट:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें(&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Could not read the airport data file %1. Reinstall TripDesk to restore it.</source>
        <translation>हवाई अड्डों की डेटा फ़ाइल %1 पढ़ी नहीं जा सकी। इसे वापस लाने के लिए TripDesk फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The airport and airline data is damaged (%1, line %2). Reinstall TripDesk to restore it.</source>
        <translation>हवाई अड्डों और एयरलाइंस का डेटा खराब है (%1, पंक्ति %2)। इसे ठीक करने के लिए TripDesk फिर से इंस्टॉल करें।</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>अनुरोध रद्द कर दिया गया।</translation>
    </message>
</context>
<context>
    <name>ResultRowText</name>
    <message>
        <source>%1 – %2</source>
        <comment>departure – arrival, local times</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>times, then a day marker such as +1</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>connection with a change of airport</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stops · via airports</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>arrival time (day marker)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2, departs %3, arrives %4, %5, %6, %7.</source>
        <translation>%1 से %2, प्रस्थान %3, आगमन %4, %5, %6, %7।</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <comment>stops via airports</comment>
        <translation>%2 होते हुए %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>price, then one sentence per flight</comment>
        <translation>%1। %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>airlines · flight numbers</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 + bags</source>
        <comment>price of a fare without the checked bags asked for</comment>
        <translation>%1 + बैग</translation>
    </message>
    <message>
        <source>%1 without checked bags; the airline&apos;s bag price is not known</source>
        <translation>%1 चेक्ड बैग के बिना; एयरलाइन का बैग शुल्क ज्ञात नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n checked bags each</source>
        <translation>
            <numerusform>%1, हर यात्री के %n चेक्ड बैग सहित</numerusform>
            <numerusform>%1, हर यात्री के %n चेक्ड बैग सहित</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, cheapest of %n fare options</source>
        <translation>
            <numerusform>%1, %n किराया विकल्पों में सबसे सस्ता</numerusform>
            <numerusform>%1, %n किराया विकल्पों में सबसे सस्ता</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SabreSupplier</name>
    <message>
        <source>The Sabre account has no %1; add it in the supplier settings.</source>
        <translation>Sabre खाते में %1 नहीं है; इसे सप्लायर सेटिंग्स में जोड़ें।</translation>
    </message>
    <message>
        <source>user ID</source>
        <translation>यूज़र ID</translation>
    </message>
    <message>
        <source>group (PCC)</source>
        <translation>ग्रुप (PCC)</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>डोमेन</translation>
    </message>
    <message>
        <source>password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Sabre no longer accepts this account’s sign-in; test the account in the supplier settings.</source>
        <translation>Sabre अब इस खाते का साइन-इन स्वीकार नहीं करता; सप्लायर सेटिंग्स में खाते की जाँच करें।</translation>
    </message>
    <message>
        <source>Sabre did not accept the account’s user, group (PCC), domain or password; check them in the supplier settings.</source>
        <translation>Sabre ने खाते का यूज़र, ग्रुप (PCC), डोमेन या पासवर्ड स्वीकार नहीं किया; इन्हें सप्लायर सेटिंग्स में जाँचें।</translation>
    </message>
    <message>
        <source>This Sabre account may not use this service (%1); ask Sabre to enable it.</source>
        <translation>यह Sabre खाता इस सेवा का उपयोग नहीं कर सकता (%1); Sabre से इसे चालू करने के लिए कहें।</translation>
    </message>
    <message>
        <source>Sabre refused the request (%1); check the trip and the travellers’ details.</source>
        <translation>Sabre ने अनुरोध अस्वीकार कर दिया (%1); यात्रा और यात्रियों का विवरण जाँचें।</translation>
    </message>
    <message>
        <source>Sabre no longer has this offer; search again.</source>
        <translation>Sabre के पास अब यह ऑफ़र नहीं है; फिर से खोजें।</translation>
    </message>
    <message>
        <source>Sabre has no such booking; check the booking reference.</source>
        <translation>Sabre में ऐसी कोई बुकिंग नहीं है; बुकिंग रेफ़रेंस जाँचें।</translation>
    </message>
    <message>
        <source>Sabre is receiving too many requests from this account; try again in a minute.</source>
        <translation>Sabre को इस खाते से बहुत ज़्यादा अनुरोध मिल रहे हैं; एक मिनट बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Sabre is not answering properly right now (%1); try again shortly.</source>
        <translation>Sabre अभी ठीक से जवाब नहीं दे रहा (%1); थोड़ी देर बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Sabre could not search this trip (%1).</source>
        <translation>Sabre इस यात्रा को नहीं खोज सका (%1)।</translation>
    </message>
    <message>
        <source>Sabre could not confirm this fare (%1); choose another offer.</source>
        <translation>Sabre इस किराये की पुष्टि नहीं कर सका (%1); कोई दूसरा ऑफ़र चुनें।</translation>
    </message>
    <message>
        <source>Sabre could not make the booking (%1); choose another offer or try again.</source>
        <translation>Sabre बुकिंग नहीं कर सका (%1); कोई दूसरा ऑफ़र चुनें या फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Sabre could not cancel the booking (%1).</source>
        <translation>Sabre बुकिंग रद्द नहीं कर सका (%1)।</translation>
    </message>
    <message>
        <source>Sabre could not complete the request (%1).</source>
        <translation>Sabre अनुरोध पूरा नहीं कर सका (%1)।</translation>
    </message>
    <message>
        <source>Sabre sent a reply TripDesk could not read; try again, and report it if it keeps happening.</source>
        <translation>Sabre ने ऐसा जवाब भेजा जिसे TripDesk पढ़ नहीं सका; फिर कोशिश करें, और बार-बार ऐसा हो तो इसकी सूचना दें।</translation>
    </message>
    <message>
        <source>This is not a Sabre offer TripDesk can read; search again.</source>
        <translation>यह ऐसा Sabre ऑफ़र नहीं है जिसे TripDesk पढ़ सके; फिर से खोजें।</translation>
    </message>
    <message>
        <source>Traveller %1 needs %2 for a Sabre booking.</source>
        <translation>Sabre बुकिंग के लिए यात्री %1 का %2 ज़रूरी है।</translation>
    </message>
    <message>
        <source>a given name</source>
        <translation>पहला नाम</translation>
    </message>
    <message>
        <source>a family name</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>जन्म की तारीख</translation>
    </message>
    <message>
        <source>Sabre bookings are made on hold and ticketed from the agency’s Sabre PCC; hold this offer instead.</source>
        <translation>Sabre की बुकिंग होल्ड पर बनती हैं और उनके टिकट एजेंसी के Sabre PCC से जारी होते हैं; इसके बजाय यह ऑफ़र होल्ड करें।</translation>
    </message>
    <message>
        <source>Sabre’s answer was lost, so it is not known whether the booking was made. Before booking again, look in the PCC’s queue for a booking with the remark “%1”.</source>
        <translation>Sabre का जवाब खो गया, इसलिए पता नहीं कि बुकिंग बनी या नहीं। दोबारा बुक करने से पहले PCC की कतार में “%1” टिप्पणी वाली बुकिंग देखें।</translation>
    </message>
    <message>
        <source>Sabre bookings are ticketed from the agency’s Sabre PCC; issue the ticket there before the booking’s deadline.</source>
        <translation>Sabre बुकिंग के टिकट एजेंसी के Sabre PCC से जारी होते हैं; बुकिंग की समय-सीमा से पहले वहीं टिकट जारी करें।</translation>
    </message>
    <message>
        <source>Sabre cannot look a booking up by TripDesk’s reference; look in the PCC’s queue for a booking with the remark “%1”.</source>
        <translation>Sabre में TripDesk के रेफ़रेंस से बुकिंग नहीं खोजी जा सकती; PCC की कतार में “%1” टिप्पणी वाली बुकिंग देखें।</translation>
    </message>
    <message>
        <source>This is not a Sabre cancellation quote; quote the cancellation again.</source>
        <translation>यह Sabre का रद्दीकरण कोटेशन नहीं है; रद्दीकरण का कोटेशन फिर से लें।</translation>
    </message>
</context>
<context>
    <name>SandboxInventory</name>
    <message>
        <source>There are no seats to sell.</source>
        <translation>बेचने के लिए कोई सीट नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>There are no longer %n seat(s) at this fare on flight %1 on %2. Search again to see what is left.</source>
        <translation>
            <numerusform>%2 की उड़ान %1 में इस किराये पर अब %n सीट उपलब्ध नहीं है। क्या बचा है, यह देखने के लिए फिर से खोजें।</numerusform>
            <numerusform>%2 की उड़ान %1 में इस किराये पर अब %n सीटें उपलब्ध नहीं हैं। क्या बचा है, यह देखने के लिए फिर से खोजें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxOrders</name>
    <message>
        <source>A name can be at most %1 characters long.</source>
        <translation>नाम अधिकतम %1 अक्षरों का हो सकता है।</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>जन्म तिथि दर्ज करें।</translation>
    </message>
    <message>
        <source>The date of birth cannot be after the first flight.</source>
        <translation>जन्म तिथि पहली उड़ान के बाद की नहीं हो सकती।</translation>
    </message>
    <message>
        <source>An adult is 12 or older on the day of the first flight; book this passenger as a child or an infant.</source>
        <translation>पहली उड़ान के दिन वयस्क की उम्र 12 वर्ष या उससे अधिक होती है; इस यात्री को बच्चे या शिशु के रूप में बुक करें।</translation>
    </message>
    <message>
        <source>A child is 2 to 11 years old on the day of the first flight.</source>
        <translation>पहली उड़ान के दिन बच्चे की उम्र 2 से 11 वर्ष होती है।</translation>
    </message>
    <message>
        <source>An infant is under 2 on the day of the first flight; book this passenger as a child.</source>
        <translation>पहली उड़ान के दिन शिशु की उम्र 2 वर्ष से कम होती है; इस यात्री को बच्चे के रूप में बुक करें।</translation>
    </message>
    <message>
        <source>An order needs at least one adult.</source>
        <translation>ऑर्डर में कम से कम एक वयस्क होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>One order takes at most %1 passengers.</source>
        <translation>एक ऑर्डर में अधिकतम %1 यात्री हो सकते हैं।</translation>
    </message>
    <message>
        <source>Each infant travels on an adult&apos;s lap: add an adult or remove an infant.</source>
        <translation>हर शिशु किसी वयस्क की गोद में यात्रा करता है: एक वयस्क जोड़ें या एक शिशु हटाएँ।</translation>
    </message>
    <message>
        <source>This passenger is not on the offer; use the passenger ids the offer gives.</source>
        <translation>यह यात्री ऑफ़र में नहीं है; ऑफ़र में दिए गए यात्री आईडी इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>This passenger is on the offer as another type (adult, child or infant).</source>
        <translation>यह यात्री ऑफ़र में किसी दूसरे प्रकार (वयस्क, बच्चा या शिशु) के रूप में है।</translation>
    </message>
    <message>
        <source>Two passengers have the same id.</source>
        <translation>दो यात्रियों की आईडी एक ही है।</translation>
    </message>
    <message>
        <source>Enter the given name as in the passport.</source>
        <translation>पासपोर्ट के अनुसार पहला नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the family name as in the passport.</source>
        <translation>पासपोर्ट के अनुसार उपनाम दर्ज करें।</translation>
    </message>
    <message>
        <source>This is not an infant on this order.</source>
        <translation>यह इस ऑर्डर का कोई शिशु नहीं है।</translation>
    </message>
    <message>
        <source>This infant is already on another adult&apos;s lap.</source>
        <translation>यह शिशु पहले से किसी दूसरे वयस्क की गोद में है।</translation>
    </message>
    <message>
        <source>This service is not sold with the offer.</source>
        <translation>यह सेवा इस ऑफ़र के साथ नहीं बिकती।</translation>
    </message>
    <message>
        <source>This service is chosen twice.</source>
        <translation>यह सेवा दो बार चुनी गई है।</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 of this service.</source>
        <translation>यह सेवा 1 से %1 तक चुनें।</translation>
    </message>
    <message>
        <source>This service is for another passenger.</source>
        <translation>यह सेवा किसी दूसरे यात्री के लिए है।</translation>
    </message>
    <message>
        <source>Seat %1 is taken or cannot be chosen; choose another.</source>
        <translation>सीट %1 पहले से ली जा चुकी है या चुनी नहीं जा सकती; कोई दूसरी सीट चुनें।</translation>
    </message>
    <message>
        <source>Say which passenger takes this seat.</source>
        <translation>बताएँ कि यह सीट कौन-सा यात्री लेगा।</translation>
    </message>
    <message>
        <source>This passenger is not on the order.</source>
        <translation>यह यात्री इस ऑर्डर में नहीं है।</translation>
    </message>
    <message>
        <source>An infant sits on an adult&apos;s lap and takes no seat.</source>
        <translation>शिशु किसी वयस्क की गोद में बैठता है और उसकी अपनी सीट नहीं होती।</translation>
    </message>
    <message>
        <source>Exit row seats are not for children or for passengers travelling with an infant; choose another seat.</source>
        <translation>एग्ज़िट पंक्ति की सीटें बच्चों या शिशु के साथ यात्रा करने वालों के लिए नहीं हैं; कोई दूसरी सीट चुनें।</translation>
    </message>
    <message>
        <source>This passenger already has a seat on this flight.</source>
        <translation>इस यात्री के पास इस उड़ान में पहले से एक सीट है।</translation>
    </message>
    <message>
        <source>The price is now %1 with the services chosen. Check it again before booking.</source>
        <translation>चुनी गई सेवाओं के साथ कीमत अब %1 है। बुक करने से पहले इसे फिर से जाँचें।</translation>
    </message>
    <message>
        <source>The hold on this order lapsed at %1 UTC and its seats were given back. Search again to book these flights.</source>
        <translation>इस ऑर्डर की होल्ड %1 UTC पर समाप्त हो गई और इसकी सीटें लौटा दी गईं। इन उड़ानों को बुक करने के लिए फिर से खोजें।</translation>
    </message>
    <message>
        <source>This order is already cancelled.</source>
        <translation>यह ऑर्डर पहले ही रद्द हो चुका है।</translation>
    </message>
    <message>
        <source>The sandbox can book only with a data folder to keep its orders in; start TripDesk with one.</source>
        <translation>सैंडबॉक्स केवल तभी बुक कर सकता है जब ऑर्डर रखने के लिए डेटा फ़ोल्डर हो; TripDesk को डेटा फ़ोल्डर के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>No sandbox order has the id “%1”.</source>
        <translation>किसी सैंडबॉक्स ऑर्डर की आईडी “%1” नहीं है।</translation>
    </message>
    <message>
        <source>The sandbox could not make a booking reference. Try again.</source>
        <translation>सैंडबॉक्स बुकिंग रेफ़रेंस नहीं बना सका। फिर से कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <source>This offer cannot be held: its first flight leaves within %n day(s). Pay for it now instead.</source>
        <translation>
            <numerusform>यह ऑफ़र होल्ड नहीं किया जा सकता: इसकी पहली उड़ान %n दिन के भीतर रवाना होती है। अभी भुगतान करें।</numerusform>
            <numerusform>यह ऑफ़र होल्ड नहीं किया जा सकता: इसकी पहली उड़ान %n दिनों के भीतर रवाना होती है। अभी भुगतान करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>An order was already made with this reference (%1); look it up instead of booking again.</source>
        <translation>इस रेफ़रेंस से पहले ही एक ऑर्डर बन चुका है (%1); दोबारा बुक करने की बजाय उसे खोजें।</translation>
    </message>
    <message>
        <source>This order is already paid for.</source>
        <translation>इस ऑर्डर का भुगतान पहले ही हो चुका है।</translation>
    </message>
    <message>
        <source>This order costs %1; pay exactly that.</source>
        <translation>इस ऑर्डर की कीमत %1 है; ठीक इतना ही भुगतान करें।</translation>
    </message>
    <message>
        <source>No sandbox order was made with the reference “%1”.</source>
        <translation>रेफ़रेंस “%1” से कोई सैंडबॉक्स ऑर्डर नहीं बना।</translation>
    </message>
    <message>
        <source>The first flight has left; this order can no longer be cancelled.</source>
        <translation>पहली उड़ान रवाना हो चुकी है; यह ऑर्डर अब रद्द नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>This cancellation is not known. Ask for a new quote.</source>
        <translation>यह रद्दीकरण ज्ञात नहीं है। नया कोटेशन माँगें।</translation>
    </message>
    <message>
        <source>This cancellation was already confirmed.</source>
        <translation>इस रद्दीकरण की पुष्टि पहले ही हो चुकी है।</translation>
    </message>
    <message>
        <source>This cancellation quote expired at %1 UTC. Ask for a new one.</source>
        <translation>रद्दीकरण का यह कोटेशन %1 UTC पर समाप्त हो गया। नया कोटेशन माँगें।</translation>
    </message>
</context>
<context>
    <name>SandboxSeatMap</name>
    <message>
        <source>Exit row seat</source>
        <translation>एग्ज़िट पंक्ति की सीट</translation>
    </message>
    <message>
        <source>Extra legroom seat</source>
        <translation>ज़्यादा लेगरूम वाली सीट</translation>
    </message>
    <message>
        <source>Preferred seat</source>
        <translation>पसंदीदा सीट</translation>
    </message>
    <message>
        <source>Exit row seats are not for children or for passengers travelling with an infant.</source>
        <translation>एग्ज़िट पंक्ति की सीटें बच्चों या शिशु के साथ यात्रा करने वालों के लिए नहीं हैं।</translation>
    </message>
</context>
<context>
    <name>SandboxSupplier</name>
    <message>
        <source>This offer is not known. Search again.</source>
        <translation>यह ऑफ़र पहचाना नहीं गया। फिर से खोजें।</translation>
    </message>
    <message>
        <source>Search for one to six flights.</source>
        <translation>एक से छह उड़ानों तक की खोज करें।</translation>
    </message>
    <message>
        <source>Check the number of passengers: at least one adult, and no more infants than adults.</source>
        <translation>यात्रियों की संख्या जाँचें: कम से कम एक वयस्क हो, और शिशु वयस्कों से ज़्यादा न हों।</translation>
    </message>
    <message>
        <source>Choose a departure date.</source>
        <translation>प्रस्थान की तारीख चुनें।</translation>
    </message>
    <message>
        <source>Sandbox inventory</source>
        <translation>सैंडबॉक्स इन्वेंटरी</translation>
    </message>
    <message>
        <source>This offer is no longer available. Search again to see what is left.</source>
        <translation>यह ऑफ़र अब उपलब्ध नहीं है। क्या बचा है, यह देखने के लिए फिर से खोजें।</translation>
    </message>
    <message>
        <source>A booking needs at least one adult.</source>
        <translation>बुकिंग में कम से कम एक वयस्क होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>The sandbox can search but not sell. %1</source>
        <translation>सैंडबॉक्स खोज सकता है पर बेच नहीं सकता। %1</translation>
    </message>
    <message>
        <source>The sandbox can search but not sell: its sales file “%1” cannot be used. %2</source>
        <translation>सैंडबॉक्स खोज सकता है पर बेच नहीं सकता: उसकी बिक्री फ़ाइल “%1” इस्तेमाल नहीं की जा सकती। %2</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 did not answer within %2 s; try again later.</source>
        <translation>%1 ने %2 सेकंड में जवाब नहीं दिया; बाद में फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available, so supplier credentials can be neither read nor saved; start your desktop’s keyring (such as GNOME Keyring or KWallet), unlock it and try again. TripDesk never keeps credentials anywhere else.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है, इसलिए सप्लायर के क्रेडेंशियल न पढ़े जा सकते हैं न सहेजे; अपने डेस्कटॉप की कीरिंग (जैसे GNOME Keyring या KWallet) शुरू करें, उसे अनलॉक करें और फिर से कोशिश करें। TripDesk क्रेडेंशियल कहीं और कभी नहीं रखता।</translation>
    </message>
    <message>
        <source>The system keychain refused access; unlock it, allow TripDesk to use it and try again.</source>
        <translation>सिस्टम कीचेन ने पहुँच से इनकार किया; उसे अनलॉक करें, TripDesk को इस्तेमाल की अनुमति दें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The system keychain holds no credential for this account; remove the account and add it again with its credentials.</source>
        <translation>सिस्टम कीचेन में इस खाते का कोई क्रेडेंशियल नहीं है; खाता हटाएँ और उसके क्रेडेंशियल के साथ फिर से जोड़ें।</translation>
    </message>
    <message>
        <source>A credential was asked for without saying whose it is.</source>
        <translation>क्रेडेंशियल माँगा गया, पर यह नहीं बताया गया कि किसका है।</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The data folder “%1” could not be created.</source>
        <translation>डेटा फ़ोल्डर “%1” नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>The local database is read-only. Check that you may write to the data folder, or choose another one with --data-dir.</source>
        <translation>स्थानीय डेटाबेस केवल पढ़ने योग्य है। जाँचें कि आप डेटा फ़ोल्डर में लिख सकते हैं, या --data-dir से कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The disk holding the local database is full. Free some space, then try again; nothing was lost.</source>
        <translation>स्थानीय डेटाबेस वाली डिस्क भर गई है। कुछ जगह खाली करें, फिर दोबारा कोशिश करें; कुछ भी नहीं खोया है।</translation>
    </message>
    <message>
        <source>The local database is busy in another TripDesk window or command. Try again in a moment.</source>
        <translation>स्थानीय डेटाबेस किसी दूसरी TripDesk विंडो या कमांड में व्यस्त है। थोड़ी देर में दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The local database is damaged. Keep a copy of it, move it aside and restart to rebuild it.</source>
        <translation>स्थानीय डेटाबेस क्षतिग्रस्त है। उसकी एक प्रति रखें, उसे हटाकर अलग रखें और दोबारा बनाने के लिए फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The local database could not be updated: %1. Try again; if it keeps failing, check the disk.</source>
        <translation>स्थानीय डेटाबेस अपडेट नहीं हो सका: %1। दोबारा कोशिश करें; बार-बार विफल हो तो डिस्क जाँचें।</translation>
    </message>
    <message>
        <source>The local database “%1” is damaged. Keep a copy of it, move it aside and restart to rebuild it.</source>
        <translation>स्थानीय डेटाबेस “%1” क्षतिग्रस्त है। उसकी एक प्रति रखें, उसे हटाकर अलग रखें और दोबारा बनाने के लिए फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>The local database “%1” was written by a newer version of TripDesk. Update TripDesk to open it.</source>
        <translation>स्थानीय डेटाबेस “%1” TripDesk के नए संस्करण से लिखा गया है। इसे खोलने के लिए TripDesk अपडेट करें।</translation>
    </message>
</context>
<context>
    <name>SupplierAccounts</name>
    <message>
        <source>Give the supplier’s base URL, or choose its test or production host.</source>
        <translation>सप्लायर का बेस URL दें, या उसका test या production होस्ट चुनें।</translation>
    </message>
    <message>
        <source>“%1” is not a web address; write it as https://api.example.com.</source>
        <translation>“%1” वेब पता नहीं है; इसे https://api.example.com की तरह लिखें।</translation>
    </message>
    <message>
        <source>Leave credentials out of the URL; they are kept in the system keychain.</source>
        <translation>URL में क्रेडेंशियल न डालें; वे सिस्टम कीचेन में रखे जाते हैं।</translation>
    </message>
    <message>
        <source>The base URL must start with https://, so that credentials travel encrypted; http:// is accepted only for this computer (localhost).</source>
        <translation>बेस URL https:// से शुरू होना चाहिए, ताकि क्रेडेंशियल एन्क्रिप्ट होकर जाएँ; http:// सिर्फ़ इसी कंप्यूटर (localhost) के लिए स्वीकार है।</translation>
    </message>
    <message>
        <source>The base URL ends at its host or path; leave out “?…” and “#…”.</source>
        <translation>बेस URL अपने होस्ट या पाथ पर ख़त्म होता है; “?…” और “#…” हटा दें।</translation>
    </message>
    <message>
        <source>“%1” may hold only letters, digits, “.”, “-” and “_”.</source>
        <translation>“%1” में सिर्फ़ अक्षर, अंक, “.”, “-” और “_” हो सकते हैं।</translation>
    </message>
    <message>
        <source>Give the account a name, such as “Duffel live”.</source>
        <translation>खाते को एक नाम दें, जैसे “Duffel live”।</translation>
    </message>
    <message>
        <source>The account name is too long; keep it to %1 characters.</source>
        <translation>खाते का नाम बहुत लंबा है; इसे %1 अक्षरों तक रखें।</translation>
    </message>
    <message>
        <source>An account named “%1” already exists; choose another name.</source>
        <translation>“%1” नाम का खाता पहले से है; कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Choose the supplier: duffel or sabre.</source>
        <translation>सप्लायर चुनें: duffel या sabre।</translation>
    </message>
    <message>
        <source>“%1” is not a supplier TripDesk works with; choose duffel or sabre.</source>
        <translation>“%1” ऐसा सप्लायर नहीं है जिसके साथ TripDesk काम करता है; duffel या sabre चुनें।</translation>
    </message>
    <message>
        <source>A Sabre account needs its EPR user ID.</source>
        <translation>Sabre खाते को उसकी EPR यूज़र ID चाहिए।</translation>
    </message>
    <message>
        <source>A Sabre account needs its pseudo city code (PCC), such as “AB12”.</source>
        <translation>Sabre खाते को उसका स्यूडो सिटी कोड (PCC) चाहिए, जैसे “AB12”।</translation>
    </message>
    <message>
        <source>A Sabre account needs its domain, such as “AA”.</source>
        <translation>Sabre खाते को उसका डोमेन चाहिए, जैसे “AA”।</translation>
    </message>
    <message>
        <source>A Duffel account signs in with its access token alone; leave out the user, PCC and domain.</source>
        <translation>Duffel खाता सिर्फ़ अपने एक्सेस टोकन से साइन इन करता है; यूज़र, PCC और डोमेन न दें।</translation>
    </message>
    <message>
        <source>A Duffel account needs its access token.</source>
        <translation>Duffel खाते को उसका एक्सेस टोकन चाहिए।</translation>
    </message>
    <message>
        <source>A Sabre account needs its password.</source>
        <translation>Sabre खाते को उसका पासवर्ड चाहिए।</translation>
    </message>
    <message>
        <source>The secret must be a single line of at most %1 characters.</source>
        <translation>सीक्रेट एक ही पंक्ति का और ज़्यादा से ज़्यादा %1 अक्षरों का होना चाहिए।</translation>
    </message>
    <message>
        <source>No supplier account has the name or id “%1”.</source>
        <translation>किसी सप्लायर खाते का नाम या id “%1” नहीं है।</translation>
    </message>
</context>
<context>
    <name>SupplierEndpoints</name>
    <message>
        <source>%1 is set but %2 is not; set both, or unset %1.</source>
        <translation>%1 सेट है पर %2 नहीं; दोनों सेट करें, या %1 हटाएँ।</translation>
    </message>
    <message>
        <source>The %1 credentials are set but %2 is not; set it, for example to %3.</source>
        <translation>%1 के क्रेडेंशियल सेट हैं पर %2 नहीं; इसे सेट करें, उदाहरण के लिए %3।</translation>
    </message>
    <message>
        <source>%1 must be an https:// address (http:// only for this computer); it is “%2”.</source>
        <translation>%1 एक https:// पता होना चाहिए (http:// केवल इसी कंप्यूटर के लिए); यह “%2” है।</translation>
    </message>
    <message>
        <source>%1 names a supplier TripDesk has no adapter for; the ones it speaks are: %2. Unset it.</source>
        <translation>%1 ऐसे आपूर्तिकर्ता का नाम है जिसके लिए TripDesk में एडैप्टर नहीं है; जिनसे यह बात करता है: %2। इसे हटाएँ।</translation>
    </message>
    <message>
        <source>%1 must read V1:user:group:domain, for example V1:7971:ABCD:AA.</source>
        <translation>%1 का रूप V1:user:group:domain होना चाहिए, उदाहरण के लिए V1:7971:ABCD:AA।</translation>
    </message>
</context>
<context>
    <name>TypedDate</name>
    <message>
        <source>24/12/2026, 24 Dec, +30 or tomorrow</source>
        <translation>24/12/2026, 24 Dec, +30 या tomorrow</translation>
    </message>
    <message>
        <source>“%1” is not a date; type one such as %2.</source>
        <translation>“%1” तारीख नहीं है; %2 जैसी कोई तारीख लिखें।</translation>
    </message>
    <message>
        <source>“%1” is not a valid date: there is no month %2. Type the day first, as in %3.</source>
        <translation>“%1” मान्य तारीख नहीं है: महीना %2 होता ही नहीं। पहले दिन लिखें, जैसे %3।</translation>
    </message>
    <message>
        <source>“%1” is not a valid date: no month has a day %2.</source>
        <translation>“%1” मान्य तारीख नहीं है: किसी भी महीने में %2 तारीख नहीं होती।</translation>
    </message>
    <message>
        <source>“%1” is not a valid date: %2 %3 has no day %4.</source>
        <translation>“%1” मान्य तारीख नहीं है: %2 %3 में %4 तारीख नहीं है।</translation>
    </message>
    <message>
        <source>“%1” is not a valid date: %2 has no day %3.</source>
        <translation>“%1” मान्य तारीख नहीं है: %2 में %3 तारीख नहीं होती।</translation>
    </message>
    <message>
        <source>Today’s date is not known, so no date can be read.</source>
        <translation>आज की तारीख मालूम नहीं है, इसलिए कोई तारीख पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Type a date, such as %1.</source>
        <translation>कोई तारीख लिखें, जैसे %1।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TripDesk</source>
        <translation>TripDesk</translation>
    </message>
    <message>
        <source>TripDesk: flight search for travel agents.</source>
        <translation>TripDesk: ट्रैवल एजेंटों के लिए उड़ान खोज।</translation>
    </message>
    <message>
        <source>Folder of the local store.</source>
        <translation>लोकल स्टोर का फ़ोल्डर।</translation>
    </message>
    <message>
        <source>Currency the sandbox quotes in (ISO 4217, e.g. INR).</source>
        <translation>वह मुद्रा जिसमें सैंडबॉक्स कीमतें बताता है (ISO 4217, जैसे INR)।</translation>
    </message>
    <message>
        <source>Interface language: hi or en.</source>
        <translation>इंटरफ़ेस की भाषा: hi या en।</translation>
    </message>
    <message>
        <source>Run a sample search, save the window as PNG and quit.</source>
        <translation>एक नमूना खोज चलाएँ, विंडो को PNG के रूप में सहेजें और बंद करें।</translation>
    </message>
    <message>
        <source>Build the backend and the window, then quit.</source>
        <translation>बैकएंड और विंडो तैयार करें, फिर बंद करें।</translation>
    </message>
    <message>
        <source>TripDesk speaks %1; “%2” is not one of them.</source>
        <translation>TripDesk ये भाषाएँ जानता है: %1; “%2” इनमें से नहीं है।</translation>
    </message>
</context>
<context>
    <name>tripdesk::DateField</name>
    <message>
        <source>24/12, 24dec, +30…</source>
        <translation>जैसे 24/12, 24dec, +30…</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>कैलेंडर खोलें</translation>
    </message>
    <message>
        <source>Open the calendar (F4)</source>
        <translation>कैलेंडर खोलें (F4)</translation>
    </message>
    <message>
        <source>%1 is outside the dates on sale; choose one from %2 (today) to %3.</source>
        <translation>%1 बिक्री वाली तारीखों से बाहर है; %2 (आज) से %3 तक की कोई तारीख चुनें।</translation>
    </message>
    <message>
        <source>Type a date such as 24/12, 24dec, +30 or tomorrow. Up and Down change the day, Page Up and Page Down the month; F4 opens the calendar.</source>
        <translation>24/12, 24dec, +30 या tomorrow जैसी तारीख लिखें। Up और Down से दिन बदलता है, Page Up और Page Down से महीना; F4 से कैलेंडर खुलता है।</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>%1 के लिए कैलेंडर</translation>
    </message>
</context>
<context>
    <name>tripdesk::FacetPanel</name>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>सभी फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Clear all filters (Ctrl+Shift+F)</source>
        <translation>सभी फ़िल्टर हटाएँ (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>स्टॉप</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>सीधी उड़ान</translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation>1 स्टॉप</translation>
    </message>
    <message>
        <source>2 or more stops</source>
        <translation>2 या ज़्यादा स्टॉप</translation>
    </message>
    <message>
        <source>Airlines</source>
        <translation>एयरलाइंस</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>प्रस्थान का समय</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day window name, hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>आगमन का समय</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>न्यूनतम कीमत</translation>
    </message>
    <message>
        <source>Highest price</source>
        <translation>अधिकतम कीमत</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Departure from %1</source>
        <translation>%1 से प्रस्थान</translation>
    </message>
    <message>
        <source>Arrival in %1</source>
        <translation>%1 में आगमन</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code, amount</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 flight, from %1</source>
        <translation>1 उड़ान, %1 से शुरू</translation>
    </message>
    <message numerus="yes">
        <source>%n flights, from %1</source>
        <translation>
            <numerusform>%n उड़ान, %1 से शुरू</numerusform>
            <numerusform>%n उड़ानें, %1 से शुरू</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>facet value: its count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>airline name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 </source>
        <comment>currency code before an amount</comment>
        <translation>%1 </translation>
    </message>
    <message>
        <source>With the other filters: %1 to %2</source>
        <translation>बाकी फ़िल्टरों के साथ: %1 से %2</translation>
    </message>
    <message>
        <source>Filters apply once flights are found.</source>
        <translation>उड़ानें मिलने पर फ़िल्टर लागू होंगे।</translation>
    </message>
    <message>
        <source>Showing %1 of 1 flight</source>
        <translation>दिखाई गई उड़ान: 1 में से %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n flights</source>
        <translation>
            <numerusform>दिखाई गई उड़ान: %n में से %1</numerusform>
            <numerusform>दिखाई गई उड़ानें: %n में से %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll filters</source>
        <translation>फ़िल्टर स्क्रॉल करें</translation>
    </message>
    <message>
        <source>No flights with the other filters</source>
        <translation>बाकी फ़िल्टरों के साथ कोई उड़ान नहीं</translation>
    </message>
    <message>
        <source>No flights found</source>
        <translation>कोई उड़ान नहीं मिली</translation>
    </message>
    <message>
        <source>Outbound arrival</source>
        <translation>जाने की उड़ान का आगमन</translation>
    </message>
    <message>
        <source>Outbound departure</source>
        <translation>जाने की उड़ान का प्रस्थान</translation>
    </message>
    <message>
        <source>Return arrival</source>
        <translation>वापसी की उड़ान का आगमन</translation>
    </message>
    <message>
        <source>Return departure</source>
        <translation>वापसी की उड़ान का प्रस्थान</translation>
    </message>
    <message>
        <source>Flight %1 arrival</source>
        <translation>उड़ान %1 का आगमन</translation>
    </message>
    <message>
        <source>Flight %1 departure</source>
        <translation>उड़ान %1 का प्रस्थान</translation>
    </message>
    <message>
        <source>Arrival in %1, its local time</source>
        <translation>%1 में आगमन, वहाँ के स्थानीय समय में</translation>
    </message>
    <message>
        <source>Departure from %1, its local time</source>
        <translation>%1 से प्रस्थान, वहाँ के स्थानीय समय में</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time filter&apos;s title: a day window</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Bags</source>
        <translation>बैग(&amp;B)</translation>
    </message>
    <message>
        <source>Fare only</source>
        <translation>केवल किराया</translation>
    </message>
    <message>
        <source>With 1 checked bag</source>
        <translation>1 चेक्ड बैग सहित</translation>
    </message>
    <message>
        <source>With 2 checked bags</source>
        <translation>2 चेक्ड बैग सहित</translation>
    </message>
    <message>
        <source>Prices include checked bags</source>
        <translation>कीमतों में चेक्ड बैग शामिल</translation>
    </message>
    <message>
        <source>Show each flight at its cheapest fare with this many checked bags for every traveller, the airline&apos;s bag charges included</source>
        <translation>हर उड़ान को उसके सबसे सस्ते किराये पर दिखाएँ, हर यात्री के इतने चेक्ड बैग के साथ, एयरलाइन के बैग शुल्क सहित</translation>
    </message>
</context>
<context>
    <name>tripdesk::FareOptionsPanel</name>
    <message>
        <source>terms not stated</source>
        <translation>शर्तें नहीं बताई गईं</translation>
    </message>
    <message>
        <source>refundable</source>
        <translation>रिफ़ंड योग्य</translation>
    </message>
    <message>
        <source>changeable</source>
        <translation>बदलाव योग्य</translation>
    </message>
    <message>
        <source>no changes or refunds</source>
        <translation>न बदलाव, न रिफ़ंड</translation>
    </message>
    <message>
        <source>no checked bag</source>
        <translation>कोई चेक्ड बैग नहीं</translation>
    </message>
    <message>
        <source>1 checked bag</source>
        <translation>1 चेक्ड बैग</translation>
    </message>
    <message numerus="yes">
        <source>%n checked bags</source>
        <translation>
            <numerusform>%n चेक्ड बैग</numerusform>
            <numerusform>%n चेक्ड बैग</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;price</source>
        <translation>कीमत जाँचें(&amp;P)</translation>
    </message>
    <message>
        <source>Fare &amp;option</source>
        <translation>किराया विकल्प(&amp;O)</translation>
    </message>
    <message>
        <source>Fare option</source>
        <translation>किराया विकल्प</translation>
    </message>
    <message>
        <source>Check this fare&apos;s price now</source>
        <translation>इस किराये की कीमत अभी जाँचें</translation>
    </message>
    <message>
        <source>Ask the supplier for this fare&apos;s price and terms now</source>
        <translation>आपूर्तिकर्ता से इस किराये की कीमत और शर्तें अभी पूछें</translation>
    </message>
    <message>
        <source>Price check</source>
        <translation>कीमत जाँच</translation>
    </message>
    <message>
        <source>Checking the price with the supplier…</source>
        <translation>आपूर्तिकर्ता से कीमत जाँची जा रही है…</translation>
    </message>
    <message>
        <source>The price is now %1 (it was %2).</source>
        <translation>कीमत अब %1 है (पहले %2 थी)।</translation>
    </message>
    <message>
        <source>The price is confirmed: %1.</source>
        <translation>कीमत की पुष्टि हुई: %1।</translation>
    </message>
    <message>
        <source>The flights or their times have changed; read the details again.</source>
        <translation>उड़ानें या उनके समय बदल गए हैं; विवरण फिर से पढ़ें।</translation>
    </message>
    <message>
        <source>The fare is now %1.</source>
        <translation>किराया अब %1 है।</translation>
    </message>
    <message>
        <source>Bags now: %1.</source>
        <translation>अब बैग: %1।</translation>
    </message>
    <message>
        <source>Fare terms now: %1.</source>
        <translation>अब किराये की शर्तें: %1।</translation>
    </message>
    <message>
        <source>It can be held and paid later, until %1.</source>
        <translation>इसे रोककर %1 तक बाद में भुगतान किया जा सकता है।</translation>
    </message>
    <message>
        <source>It must be paid when booked.</source>
        <translation>बुकिंग के समय ही भुगतान करना होगा।</translation>
    </message>
</context>
<context>
    <name>tripdesk::FlightResultsModel</name>
    <message>
        <source>Depart – arrive</source>
        <translation>प्रस्थान – आगमन</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>रूट</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>स्टॉप</translation>
    </message>
    <message>
        <source>Airlines</source>
        <translation>एयरलाइंस</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
</context>
<context>
    <name>tripdesk::FlightSearchForm</name>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>One-way</source>
        <translation>एक तरफ़ा</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>राउंड ट्रिप</translation>
    </message>
    <message>
        <source>Multi-city</source>
        <translation>मल्टी-सिटी</translation>
    </message>
    <message>
        <source>Trip type</source>
        <translation>यात्रा का प्रकार</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>वयस्क</translation>
    </message>
    <message>
        <source>Children, 2 to 11 years</source>
        <translation>बच्चे, 2 से 11 वर्ष</translation>
    </message>
    <message>
        <source>Children aged 2 to 11</source>
        <translation>2 से 11 वर्ष के बच्चे</translation>
    </message>
    <message>
        <source>Infants under 2, on an adult’s lap</source>
        <translation>2 वर्ष से कम के शिशु, वयस्क की गोद में</translation>
    </message>
    <message>
        <source>Infants under 2 travel on an adult’s lap: one per adult</source>
        <translation>2 वर्ष से कम के शिशु वयस्क की गोद में यात्रा करते हैं: हर वयस्क के साथ एक</translation>
    </message>
    <message>
        <source>Cabin</source>
        <translation>केबिन श्रेणी</translation>
    </message>
    <message>
        <source>Any number of stops</source>
        <translation>कितने भी स्टॉप</translation>
    </message>
    <message>
        <source>Direct only</source>
        <translation>केवल सीधी उड़ान</translation>
    </message>
    <message>
        <source>1 stop at most</source>
        <translation>अधिकतम 1 स्टॉप</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>स्टॉप</translation>
    </message>
    <message>
        <source>Recent searches…</source>
        <translation>हाल की खोजें…</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>हाल की खोजें</translation>
    </message>
    <message>
        <source>Search flights</source>
        <translation>उड़ानें खोजें</translation>
    </message>
    <message>
        <source>Search flights (Return or Ctrl+Return)</source>
        <translation>उड़ानें खोजें (Return या Ctrl+Return)</translation>
    </message>
    <message>
        <source>Search form error</source>
        <translation>खोज फ़ॉर्म में त्रुटि</translation>
    </message>
    <message>
        <source>Tri&amp;p</source>
        <translation>यात्रा(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Adults</source>
        <translation>वयस्क(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>बच्चे(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Infants</source>
        <translation>शिशु(&amp;I)</translation>
    </message>
    <message>
        <source>Ca&amp;bin</source>
        <translation>श्रेणी(&amp;B)</translation>
    </message>
    <message>
        <source>St&amp;ops</source>
        <translation>स्टॉप(&amp;O)</translation>
    </message>
    <message>
        <source>R&amp;ecent searches</source>
        <translation>हाल की खोजें(&amp;E)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 ⇄ %2</source>
        <comment>round trip</comment>
        <translation>%1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 passenger</source>
        <translation>1 यात्री</translation>
    </message>
    <message numerus="yes">
        <source>%n passengers</source>
        <translation>
            <numerusform>%n यात्री</numerusform>
            <numerusform>%n यात्री</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <comment>route · dates · passengers · cabin</comment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>tripdesk::FlightSearchScreen</name>
    <message>
        <source>%1: searching…</source>
        <translation>%1: खोज जारी है…</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: विफल — %2</translation>
    </message>
    <message>
        <source>%1: no answer in time</source>
        <translation>%1: समय पर जवाब नहीं मिला</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: रद्द</translation>
    </message>
    <message numerus="yes">
        <source>; %n more not shown, narrow the search to see them</source>
        <translation>
            <numerusform>; %n और नहीं दिखाया गया, उसे देखने के लिए खोज सीमित करें</numerusform>
            <numerusform>; %n और नहीं दिखाए गए, उन्हें देखने के लिए खोज सीमित करें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers in other currencies are listed last: no exchange rate to %1</source>
        <translation>
            <numerusform>दूसरी मुद्रा में %n ऑफ़र सबसे आख़िर में है: %1 की विनिमय दर नहीं है</numerusform>
            <numerusform>दूसरी मुद्राओं में %n ऑफ़र सबसे आख़िर में हैं: %1 की विनिमय दर नहीं है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offers are listed last: their airlines&apos; bag charges are not known</source>
        <translation>
            <numerusform>%n ऑफ़र अंत में दिखाए गए हैं: उनकी एयरलाइनों के बैग शुल्क ज्ञात नहीं हैं</numerusform>
            <numerusform>%n ऑफ़र अंत में दिखाए गए हैं: उनकी एयरलाइनों के बैग शुल्क ज्ञात नहीं हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unreadable offers left out</source>
        <translation>
            <numerusform>; %n अपठनीय ऑफ़र छोड़ दिए गए</numerusform>
            <numerusform>; %n अपठनीय ऑफ़र छोड़ दिए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; paused after repeated failures until %2</source>
        <translation>%1; बार-बार विफल होने के बाद %2 तक रुका हुआ</translation>
    </message>
    <message>
        <source>%1: 1 fare in %2 ms</source>
        <translation>%1: %2 ms में 1 किराया</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n fares in %2 ms</source>
        <translation>
            <numerusform>%1: %2 ms में %n किराया</numerusform>
            <numerusform>%1: %2 ms में %n किराए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tripdesk::MainWindow</name>
    <message>
        <source>TripDesk — Flights</source>
        <translation>TripDesk — उड़ानें</translation>
    </message>
    <message>
        <source>Supplier status</source>
        <translation>सप्लायर की स्थिति</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>खोज जारी है</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New search</source>
        <translation>नई खोज(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>खोज(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Search flights</source>
        <translation>उड़ानें खोजें(&amp;S)</translation>
    </message>
    <message>
        <source>Go to &amp;From</source>
        <translation>“कहाँ से” पर जाएँ(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;wap from and to</source>
        <translation>प्रस्थान और गंतव्य की अदला-बदली(&amp;W)</translation>
    </message>
    <message>
        <source>S&amp;ort results</source>
        <translation>नतीजों का क्रम(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Best</source>
        <translation>सबसे अच्छी(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Cheapest</source>
        <translation>सबसे सस्ती(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fastest</source>
        <translation>सबसे तेज़(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Earliest departure</source>
        <translation>सबसे पहले प्रस्थान(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>फ़िल्टर हटाएँ(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>विवरण दिखाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>अगला पैनल(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>पिछला पैनल(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About TripDesk</source>
        <translation>TripDesk के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>Return, Ctrl+Return</source>
        <translation>Return, Ctrl+Return</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Go to the From field</source>
        <translation>“कहाँ से” फ़ील्ड पर जाएँ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Swap from and to</source>
        <translation>प्रस्थान और गंतव्य की अदला-बदली करें</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+रेखांकित अक्षर</translation>
    </message>
    <message>
        <source>Go to that field</source>
        <translation>उस फ़ील्ड पर जाएँ</translation>
    </message>
    <message>
        <source>Down, Return, Tab</source>
        <translation>Down, Return, Tab</translation>
    </message>
    <message>
        <source>Open, pick from and leave the airport list</source>
        <translation>हवाई अड्डों की सूची खोलें, उसमें से चुनें और सूची से बाहर निकलें</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation>Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>Sort by best, cheapest, fastest, earliest</source>
        <translation>सबसे अच्छी, सबसे सस्ती, सबसे तेज़ या सबसे जल्दी के क्रम में लगाएँ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation>F6, Shift+F6</translation>
    </message>
    <message>
        <source>Next or previous pane: form, filters, results, details</source>
        <translation>अगला या पिछला पैनल: फ़ॉर्म, फ़िल्टर, नतीजे, विवरण</translation>
    </message>
    <message>
        <source>Arrows, Return</source>
        <translation>ऐरो कुंजियाँ, Return</translation>
    </message>
    <message>
        <source>Move through the results; open the details</source>
        <translation>नतीजों में ऊपर-नीचे जाएँ; विवरण खोलें</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Go to the details</source>
        <translation>विवरण पर जाएँ</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New search</source>
        <translation>नई खोज</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>About TripDesk</source>
        <translation>TripDesk के बारे में</translation>
    </message>
    <message>
        <source>TripDesk %1 searches flights across suppliers, from the keyboard or the command line. Airport data: OpenFlights (Open Database License).</source>
        <translation>TripDesk %1 कई सप्लायरों में उड़ानें खोजता है, कीबोर्ड से या कमांड लाइन से। हवाई अड्डों का डेटा: OpenFlights (Open Database License)।</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>TripDesk will use the new language the next time it starts.</source>
        <translation>अगली बार शुरू होने पर TripDesk नई भाषा इस्तेमाल करेगा।</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>ऊपर/नीचे ऐरो, Page Up, Page Down</translation>
    </message>
    <message>
        <source>In a date: a day or a month later or earlier</source>
        <translation>तारीख में: एक दिन या एक महीना आगे या पीछे</translation>
    </message>
    <message>
        <source>F4, Alt+Down</source>
        <translation>F4, Alt+Down</translation>
    </message>
    <message>
        <source>In a date: open the calendar</source>
        <translation>तारीख में: कैलेंडर खोलें</translation>
    </message>
    <message>
        <source>Preparing flight search…</source>
        <translation>उड़ान खोज तैयार हो रही है…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>तैयारी हो रही है…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>काम चल रहा है</translation>
    </message>
    <message>
        <source>Supplier warning</source>
        <translation>सप्लायर चेतावनी</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>tripdesk::OfferDetailsView</name>
    <message>
        <source>1 adult</source>
        <translation>1 वयस्क</translation>
    </message>
    <message numerus="yes">
        <source>%n adults</source>
        <translation>
            <numerusform>%n वयस्क</numerusform>
            <numerusform>%n वयस्क</numerusform>
        </translation>
    </message>
    <message>
        <source>1 child</source>
        <translation>1 बच्चा</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>%n बच्चा</numerusform>
            <numerusform>%n बच्चे</numerusform>
        </translation>
    </message>
    <message>
        <source>1 infant</source>
        <translation>1 शिशु</translation>
    </message>
    <message numerus="yes">
        <source>%n infants</source>
        <translation>
            <numerusform>%n शिशु</numerusform>
            <numerusform>%n शिशु</numerusform>
        </translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>उड़ान</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>जाने की उड़ान</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी की उड़ान</translation>
    </message>
    <message>
        <source>Flight %1 of %2</source>
        <translation>उड़ान %1 (कुल %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>airport name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not refundable</source>
        <translation>रिफ़ंड नहीं होगा</translation>
    </message>
    <message>
        <source>Refundable, with a %1 penalty</source>
        <translation>रिफ़ंड योग्य, %1 जुर्माने के साथ</translation>
    </message>
    <message>
        <source>Refundable without penalty</source>
        <translation>बिना जुर्माने के रिफ़ंड योग्य</translation>
    </message>
    <message>
        <source>Changes not allowed</source>
        <translation>बदलाव की अनुमति नहीं</translation>
    </message>
    <message>
        <source>Changes allowed, for a %1 fee</source>
        <translation>बदलाव की अनुमति है, %1 शुल्क पर</translation>
    </message>
    <message>
        <source>Changes allowed free of charge</source>
        <translation>बदलाव मुफ़्त में किए जा सकते हैं</translation>
    </message>
    <message>
        <source>1 checked bag per passenger</source>
        <translation>प्रति यात्री 1 चेक-इन बैग</translation>
    </message>
    <message numerus="yes">
        <source>%n checked bags per passenger</source>
        <translation>
            <numerusform>प्रति यात्री %n चेक-इन बैग</numerusform>
            <numerusform>प्रति यात्री %n चेक-इन बैग</numerusform>
        </translation>
    </message>
    <message>
        <source>No checked bag included</source>
        <translation>चेक-इन बैग शामिल नहीं</translation>
    </message>
    <message>
        <source>1 cabin bag per passenger</source>
        <translation>प्रति यात्री 1 केबिन बैग</translation>
    </message>
    <message numerus="yes">
        <source>%n cabin bags per passenger</source>
        <translation>
            <numerusform>प्रति यात्री %n केबिन बैग</numerusform>
            <numerusform>प्रति यात्री %n केबिन बैग</numerusform>
        </translation>
    </message>
    <message>
        <source>No cabin bag included</source>
        <translation>केबिन बैग शामिल नहीं</translation>
    </message>
    <message>
        <source>Flight details</source>
        <translation>उड़ान का विवरण</translation>
    </message>
    <message>
        <source>Select a flight to see its segments, layovers, baggage and fare conditions.</source>
        <translation>किसी उड़ान के हिस्से, ठहराव, सामान और किराये की शर्तें देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>Total for %1</source>
        <translation>%1 के लिए कुल</translation>
    </message>
    <message>
        <source>%1 fare</source>
        <translation>%1 किराया</translation>
    </message>
    <message>
        <source>1 seat left at this fare</source>
        <translation>इस किराये पर 1 सीट बची है</translation>
    </message>
    <message numerus="yes">
        <source>%n seats left at this fare</source>
        <translation>
            <numerusform>इस किराये पर %n सीट बची है</numerusform>
            <numerusform>इस किराये पर %n सीटें बची हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 · %3 · %4</source>
        <comment>route · duration · stops</comment>
        <translation>%1 → %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, day marker</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>cabin (booking class letter)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Operated by %1</source>
        <translation>%1 द्वारा संचालित</translation>
    </message>
    <message>
        <source>%1 layover in %2</source>
        <comment>duration, city</comment>
        <translation>%2 में %1 का ठहराव</translation>
    </message>
    <message>
        <source>Change of airport: you arrive at %1 and leave from %2.</source>
        <translation>हवाई अड्डा बदलना होगा: आप %1 पर पहुँचेंगे और %2 से रवाना होंगे।</translation>
    </message>
    <message>
        <source>Baggage</source>
        <translation>सामान</translation>
    </message>
    <message>
        <source>Fare conditions</source>
        <translation>किराये की शर्तें</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Taxes and fees</source>
        <translation>टैक्स और शुल्क</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>Offer from %1</source>
        <translation>%1 का ऑफ़र</translation>
    </message>
    <message>
        <source>Price held until %1 UTC</source>
        <translation>कीमत %1 UTC तक तय है</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>airline name, flight number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scroll flight details</source>
        <translation>उड़ान का विवरण स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll flight details sideways</source>
        <translation>उड़ान का विवरण दाएँ-बाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>passengers × price each</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>fare %1, taxes and fees %2 each</source>
        <comment>for one passenger</comment>
        <translation>प्रति यात्री किराया %1, टैक्स और शुल्क %2</translation>
    </message>
    <message>
        <source>Overnight layover: you wait at %1 through the night.</source>
        <translation>रात भर का ठहराव: आप रात भर %1 पर इंतज़ार करेंगे।</translation>
    </message>
    <message>
        <source>Long layover: %1 between flights.</source>
        <translation>लंबा ठहराव: उड़ानों के बीच %1।</translation>
    </message>
    <message numerus="yes">
        <source>%n fare options for these flights</source>
        <translation>
            <numerusform>इन उड़ानों के लिए %n किराया विकल्प</numerusform>
            <numerusform>इन उड़ानों के लिए %n किराया विकल्प</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tripdesk::PlaceCompletionModel</name>
    <message>
        <source>%1 (%2) — all airports, %3</source>
        <comment>city (code) — all airports, country</comment>
        <translation>%1 (%2) — सभी हवाई अड्डे, %3</translation>
    </message>
    <message>
        <source>%1 (%2) — %3, %4</source>
        <comment>city (code) — airport name, country</comment>
        <translation>%1 (%2) — %3, %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>city (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tripdesk::PlaceLineEdit</name>
    <message>
        <source>City, airport or code</source>
        <translation>शहर, हवाई अड्डा या कोड</translation>
    </message>
    <message>
        <source>Matching airports and cities</source>
        <translation>मेल खाते हवाई अड्डे और शहर</translation>
    </message>
</context>
<context>
    <name>tripdesk::ResultsPane</name>
    <message>
        <source>Flights</source>
        <translation>उड़ानें</translation>
    </message>
    <message>
        <source>1 flight</source>
        <translation>1 उड़ान</translation>
    </message>
    <message numerus="yes">
        <source>%n flights</source>
        <translation>
            <numerusform>%n उड़ान</numerusform>
            <numerusform>%n उड़ानें</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 1 flight</source>
        <translation>1 में से %1 उड़ान</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flights</source>
        <translation>
            <numerusform>%n में से %1 उड़ान</numerusform>
            <numerusform>%n में से %1 उड़ानें</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where from, where to and a date, then press Return to search.</source>
        <translation>कहाँ से, कहाँ तक और तारीख चुनें, फिर खोजने के लिए Return दबाएँ।</translation>
    </message>
    <message>
        <source>Searching for flights…</source>
        <translation>उड़ानें खोजी जा रही हैं…</translation>
    </message>
    <message>
        <source>No flights found. Try other dates, a nearby airport or allow more stops.</source>
        <translation>कोई उड़ान नहीं मिली। दूसरी तारीखें या पास का कोई हवाई अड्डा आज़माएँ, या ज़्यादा स्टॉप की अनुमति दें।</translation>
    </message>
    <message>
        <source>No flights match the filters. Clear the filters (Ctrl+Shift+F) to see every flight found.</source>
        <translation>कोई उड़ान फ़िल्टर से मेल नहीं खाती। मिली हुई सभी उड़ानें देखने के लिए फ़िल्टर हटाएँ (Ctrl+Shift+F)।</translation>
    </message>
    <message>
        <source>Scroll flights</source>
        <translation>उड़ानें स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll flights sideways</source>
        <translation>उड़ानें दाएँ-बाएँ स्क्रॉल करें</translation>
    </message>
</context>
<context>
    <name>tripdesk::ScreenshotScript</name>
    <message>
        <source>The search did not finish in time.</source>
        <translation>खोज समय पर पूरी नहीं हुई।</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 में लिखा नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>tripdesk::SliceRowsEditor</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>कहाँ से(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>कहाँ तक(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Depart</source>
        <translation>प्रस्थान(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>वापसी(&amp;R)</translation>
    </message>
    <message>
        <source>Add fli&amp;ght</source>
        <translation>उड़ान जोड़ें(&amp;G)</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>वापसी की तारीख</translation>
    </message>
    <message>
        <source>Add a flight to the trip</source>
        <translation>यात्रा में एक उड़ान जोड़ें</translation>
    </message>
    <message>
        <source>From</source>
        <translation>कहाँ से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>कहाँ तक</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>प्रस्थान की तारीख</translation>
    </message>
    <message>
        <source>Flight %1 from</source>
        <translation>उड़ान %1: कहाँ से</translation>
    </message>
    <message>
        <source>Flight %1 to</source>
        <translation>उड़ान %1: कहाँ तक</translation>
    </message>
    <message>
        <source>Flight %1 date</source>
        <translation>उड़ान %1: तारीख</translation>
    </message>
    <message>
        <source>Swap from and to (Ctrl+Shift+S)</source>
        <translation>प्रस्थान और गंतव्य की अदला-बदली करें (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Swap from and to</source>
        <translation>प्रस्थान और गंतव्य की अदला-बदली करें</translation>
    </message>
    <message>
        <source>Remove flight %1</source>
        <translation>उड़ान %1 हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>तारीख(&amp;D)</translation>
    </message>
    <message>
        <source>Clear From</source>
        <translation>‘कहाँ से’ मिटाएँ</translation>
    </message>
    <message>
        <source>Clear To</source>
        <translation>‘कहाँ तक’ मिटाएँ</translation>
    </message>
    <message>
        <source>Clear flight %1 from</source>
        <translation>उड़ान %1: ‘कहाँ से’ मिटाएँ</translation>
    </message>
    <message>
        <source>Clear flight %1 to</source>
        <translation>उड़ान %1: ‘कहाँ तक’ मिटाएँ</translation>
    </message>
</context>
<context>
    <name>tripdesk::SortTabs</name>
    <message>
        <source>Sort flights by</source>
        <translation>उड़ानों का क्रम</translation>
    </message>
    <message>
        <source>Best: a blend of price, duration, stops and departure time (Ctrl+1)</source>
        <translation>सबसे अच्छी: कीमत, अवधि, स्टॉप और प्रस्थान समय का संतुलन (Ctrl+1)</translation>
    </message>
    <message>
        <source>Cheapest first (Ctrl+2)</source>
        <translation>सबसे सस्ती उड़ानें पहले (Ctrl+2)</translation>
    </message>
    <message>
        <source>Fastest first (Ctrl+3)</source>
        <translation>सबसे तेज़ उड़ानें पहले (Ctrl+3)</translation>
    </message>
    <message>
        <source>Earliest departure first (Ctrl+4)</source>
        <translation>जल्दी प्रस्थान वाली उड़ानें पहले (Ctrl+4)</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>सबसे अच्छी</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>सबसे सस्ती</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>सबसे तेज़</translation>
    </message>
    <message>
        <source>Earliest</source>
        <translation>सबसे जल्दी</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>sort order · its top value</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>tab&apos;s whole text, then its hint</comment>
        <translation>%1
%2</translation>
    </message>
</context>
</TS>
