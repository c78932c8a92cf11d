#include "backend/suppliers/sandbox/airline_profiles.h"

#include <QByteArrayView>

#include <array>

namespace tripdesk::sandbox {

namespace {

constexpr Alliance S = Alliance::Star;
constexpr Alliance O = Alliance::Oneworld;
constexpr Alliance T = Alliance::SkyTeam;
constexpr Alliance N = Alliance::None;
constexpr CarrierModel Net = CarrierModel::Network;
constexpr CarrierModel Lcc = CarrierModel::LowCost;

// Network sizes approximate each group's daily departures, regional partners included.
constexpr AirlineProfile kProfiles[] = {
    // North America
    {"AA", "American", O, Net, 5400, 112, 3, "DFW CLT ORD MIA PHX PHL DCA LAX JFK",
     "77W 772 789 788", "321 738 7M8 320", "E75 CR9", true, true},
    {"DL", "Delta", T, Net, 4600, 112, 3, "ATL MSP DTW SLC JFK LAX SEA BOS LGA", "359 339 333 764",
     "321 739 738 320 221", "E75 CR9", true, false},
    {"UA", "United", S, Net, 4300, 112, 5, "ORD EWR IAH DEN SFO IAD LAX", "77W 772 789 788 78X",
     "7M9 739 738 320", "E75 CR7", true, false},
    {"WN", "Southwest", N, Lcc, 3900, 88, 0, "DAL MDW BWI DEN LAS PHX HOU OAK BNA MCO", "",
     "7M8 73H", "", false, false},
    {"B6", "JetBlue", N, Net, 950, 92, 0, "JFK BOS FLL MCO", "", "321 320 221", "", false, false},
    {"AS", "Alaska", O, Net, 1200, 102, 0, "SEA PDX ANC SFO LAX", "", "7M9 739 738", "E75", false,
     false},
    // Part of Alaska's group and of oneworld; island hops, the West Coast, Asia and the
    // South Pacific from Honolulu.
    {"HA", "Hawaiian", O, Net, 250, 102, 15, "HNL", "789 332", "32Q", "", false, false},
    {"NK", "Spirit", N, Lcc, 700, 70, 0, "FLL LAS MCO DTW", "", "32N 321 320", "", false, false},
    {"F9", "Frontier", N, Lcc, 450, 70, 0, "DEN LAS MCO", "", "32N 321", "", false, false},
    {"AC", "Air Canada", S, Net, 1100, 108, 5, "YYZ YUL YVR YYC", "77W 789 788 333",
     "321 320 7M8 223", "DH4 E75 CR9", true, false},
    {"WS", "WestJet", N, Net, 650, 96, 3, "YYC YYZ YVR", "789", "7M8 73H", "DH4", true, false},
    {"AM", "Aerom", T, Net, 600, 92, 6, "MEX MTY GDL", "789 788", "7M8 738", "E90", true, false},
    {"Y4", "Volaris", N, Lcc, 500, 65, 0, "MEX GDL TIJ CUN", "", "32N 321 320", "", false, false},
    {"CM", "Copa", S, Net, 360, 98, 8, "PTY", "", "7M9 739 738", "", false, false},
    {"AV", "Avianca", S, Net, 560, 92, 4, "BOG MDE SAL", "788", "32N 320", "AT7", false, false},
    {"LA", "LATAM", N, Net, 1500, 90, 6, "SCL LIM GRU BSB BOG", "77W 789 788", "321 32N 320", "",
     true, false},
    {"G3", "Gol", N, Lcc, 800, 72, 0, "GRU CGH GIG BSB", "", "7M8 738", "", false, false},
    {"AD", "Azul", N, Net, 900, 82, 3, "VCP CNF REC", "339 332", "32N E95", "AT7", false, false},
    {"AR", "Aerolineas", T, Net, 330, 82, 5, "AEP EZE COR", "332", "7M8 738", "", false, false},
    {"H2", "Sky Airline", N, Lcc, 160, 62, 0, "SCL LIM", "", "32N 320", "", false, false},
    // Europe
    {"BA", "British Airways", O, Net, 800, 122, 19, "LHR LGW", "388 77W 772 351 789 788 78X",
     "32N 321 320 319", "E90", true, true},
    {"LH", "Lufthansa", S, Net, 1150, 122, 8, "FRA MUC", "388 359 333 789", "32N 321 320 319",
     "CR9 E95", true, true},
    {"AF", "Air France", T, Net, 950, 118, 9, "CDG ORY", "77W 359 772 789", "321 320 319 223",
     "E75 E90", true, true},
    {"KL", "KLM", T, Net, 700, 118, 10, "AMS", "77W 772 78X 789 333", "739 73H 32N", "E95 E90",
     true, false},
    {"IB", "Iberia", O, Net, 480, 104, 8, "MAD BCN", "359 333 332", "32N 321 320", "CR9 AT7", true,
     false},
    {"AY", "Finnair", O, Net, 350, 108, 6, "HEL", "359 333", "321 320 319", "AT7 E90", true, false},
    {"SK", "SAS|Scandinavian", T, Net, 800, 112, 2, "CPH ARN OSL", "359 333", "32N 320 7M8",
     "CR9 AT7", true, false},
    {"LX", "Swiss", S, Net, 420, 128, 7, "ZRH GVA", "77W 333", "321 320 223 221", "", true, true},
    {"OS", "Austrian", S, Net, 300, 112, 3, "VIE", "772 763 789", "321 320", "E95 DH4", true,
     false},
    {"SN", "Brussels", S, Net, 220, 112, 4, "BRU", "333", "320 319", "", false, false},
    {"TP", "TAP", S, Net, 360, 98, 11, "LIS OPO", "339 332", "32N 321 320", "E95 AT7", false,
     false},
    {"AZ", "ITA|Alitalia", N, Net, 320, 108, 6, "FCO LIN MXP", "359 339 332", "32N 320 221", "",
     true, false},
    {"LO", "LOT", S, Net, 300, 94, 3, "WAW", "789 788", "7M8 738", "E95 E75 DH4", true, false},
    {"EI", "Aer Lingus", N, Net, 300, 98, 8, "DUB", "333 32Q", "32N 320", "AT7", false, false},
    {"FR", "Ryanair", N, Lcc, 3300, 52, 0,
     "STN DUB BGY CRL MAD BCN PMI BVA MAN WMI AGP LIS OPO NAP CTA PMO BLQ VIE BUD KRK", "",
     "7M8 73H", "", false, false},
    {"U2", "easyJet", N, Lcc, 1800, 62, 0, "LGW LTN GVA MXP BER AMS CDG MAN BRS NCE ORY LIS NAP",
     "", "32N 321 320", "", false, false},
    {"W6", "Wizz", N, Lcc, 950, 52, 0, "BUD WAW OTP KRK VIE LTN SOF KTW GDN BEG", "", "32Q 321 32N",
     "", false, false},
    {"VY", "Vueling", N, Lcc, 650, 62, 0, "BCN FCO ORY", "", "32N 320 321", "", false, false},
    {"PC", "Pegasus", N, Lcc, 620, 56, 0, "SAW ADB AYT ESB", "", "32N 738 7M8", "", false, false},
    {"TK", "Turkish", S, Net, 1500, 96, 10, "IST ESB", "77W 359 333 789 332", "32Q 321 7M8 738", "",
     false, false},
    {"SU", "Aeroflot", N, Net, 900, 78, 2, "SVO LED", "77W 333", "32N 321 320 738", "SU9", false,
     false},
    {"S7", "S7", N, Net, 420, 72, 0, "OVB DME", "", "32N 320 738", "E70", false, false},
    {"DY", "Norwegian", N, Lcc, 460, 66, 0, "OSL ARN CPH HEL", "", "7M8 73H", "", false, false},
    {"A3", "Aegean", S, Net, 220, 96, 0, "ATH", "", "32N 320 321", "DH4", false, false},
    {"BT", "Baltic", N, Net, 200, 82, 0, "RIX", "", "223", "", false, false},
    {"VS", "Virgin Atlantic", T, Net, 90, 118, 100, "LHR MAN", "351 789 339", "", "", true, false},
    {"EW", "Eurowings", N, Lcc, 450, 72, 0, "DUS CGN HAM STR", "", "320 319", "", false, false},
    {"HV", "Transavia", N, Lcc, 360, 62, 0, "AMS ORY EIN", "", "7M8 73H", "", false, false},
    {"LS", "Jet2", N, Lcc, 320, 66, 0, "MAN LBA BHX EMA NCL", "", "32N 73H", "", false, false},
    // Middle East and Africa
    {"EK", "Emirates", N, Net, 420, 112, 55, "DXB", "388 77W", "", "", true, true},
    {"QR", "Qatar", O, Net, 460, 112, 45, "DOH", "388 77W 351 359 789 788 333", "32N 320 7M8", "",
     false, true},
    {"EY", "Etihad", N, Net, 280, 110, 40, "AUH", "388 77W 78X 789 351", "32N 321", "", false,
     true},
    {"FZ", "flydubai", N, Lcc, 330, 72, 0, "DXB", "", "7M8 73H", "", false, false},
    {"G9", "Air Arabia", N, Lcc, 260, 56, 0, "SHJ CMN RAK", "", "32N 320", "", false, false},
    {"SV", "Saudi", T, Net, 560, 88, 10, "JED RUH DMM", "77W 789 333", "32N 321 320", "", false,
     true},
    {"XY", "Nas", N, Lcc, 220, 56, 0, "RUH JED", "", "32N 320", "", false, false},
    {"GF", "Gulf Air", N, Net, 120, 96, 15, "BAH", "789", "32N 320", "", false, false},
    {"WY", "Oman", O, Net, 130, 96, 10, "MCT", "789 788", "7M8 738", "", false, false},
    {"KU", "Kuwait", N, Net, 80, 96, 15, "KWI", "77W 339", "32N 320", "", false, true},
    {"RJ", "Royal Jordanian", O, Net, 100, 100, 10, "AMM", "789 788", "32N 320", "E95", false,
     false},
    {"MS", "Egypt", S, Net, 260, 82, 8, "CAI", "77W 333 789", "32N 738", "223", false, false},
    {"ET", "Ethiopian", S, Net, 460, 92, 25, "ADD", "359 77W 789 788", "7M8 738", "DH4", false,
     false},
    {"KQ", "Kenya", T, Net, 150, 100, 10, "NBO", "788", "738", "E90", false, false},
    {"SA", "South African", S, Net, 120, 96, 15, "JNB CPT", "359 333", "32N 320", "", false, false},
    {"AT", "Royal Air Maroc", O, Net, 260, 92, 8, "CMN", "789 788", "7M8 738", "AT7", false, false},
    {"TU", "Tunisair", N, Net, 100, 82, 0, "TUN", "", "32N 320", "", false, false},
    {"AH", "Alg", N, Net, 150, 78, 5, "ALG", "332", "738", "AT7", false, false},
    {"WB", "Rwand", N, Net, 50, 100, 0, "KGL", "", "738", "DH4", false, false},
    {"TC", "Tanzania", N, Net, 50, 92, 0, "DAR", "", "223", "DH4", false, false},
    {"MK", "Mauritius", N, Net, 40, 100, 30, "MRU", "359", "32N", "AT7", false, false},
    // South Asia
    {"AI", "Air India", S, Net, 1150, 78, 8, "DEL BOM BLR", "77W 359 789 788", "32N 321 320", "",
     true, true},
    {"6E", "IndiGo", N, Lcc, 2100, 48, 0, "DEL BOM BLR HYD CCU MAA", "", "32Q 32N 321", "AT7",
     false, false},
    {"IX", "Air India Express", N, Lcc, 420, 48, 0, "COK CCJ TRV BLR DEL", "", "7M8 738 32N", "",
     false, false},
    {"QP", "Akasa", N, Lcc, 170, 48, 0, "BOM BLR", "", "7M8", "", false, false},
    {"SG", "SpiceJet", N, Lcc, 150, 46, 0, "DEL BOM", "", "738", "DH4", false, false},
    {"UL", "SriLankan", O, Net, 80, 86, 10, "CMB", "333 332", "32N 320", "", false, false},
    {"BG", "Biman", N, Net, 80, 72, 10, "DAC", "788", "738", "DH4", false, false},
    {"PK", "Pakistan", N, Net, 90, 72, 20, "KHI ISB LHE", "77W", "320", "AT7", false, false},
    // East and South-East Asia
    {"SQ", "Singapore", S, Net, 360, 116, 50, "SIN", "388 359 77W 78X", "7M8", "", true, true},
    {"TR", "Scoot", N, Lcc, 200, 62, 15, "SIN", "789 788", "32N 320", "E90", false, false},
    {"CX", "Cathay", O, Net, 300, 116, 45, "HKG", "77W 351 359 333", "32N 321", "", true, true},
    {"UO", "Hong Kong Express|HK Express", N, Lcc, 120, 62, 0, "HKG", "", "32N 320", "", false,
     false},
    {"MH", "Malaysia", O, Net, 350, 82, 10, "KUL", "333 359", "7M8 738", "AT7", false, false},
    {"AK", "AirAsia", N, Lcc, 500, 46, 0, "KUL BKI PEN", "", "32N 320", "", false, false},
    {"D7", "AirAsia", N, Lcc, 40, 50, 50, "KUL", "333", "", "", false, false},
    {"FD", "AirAsia", N, Lcc, 300, 46, 0, "DMK HKT", "", "32N 320", "", false, false},
    {"TG", "Thai Airways", S, Net, 250, 92, 15, "BKK", "77W 359 789 333", "32N 320", "", false,
     false},
    {"VN", "Vietnam", T, Net, 400, 76, 8, "SGN HAN", "789 78X 359", "32N 321", "AT7", false, false},
    {"VJ", "Vietjet|VietJet", N, Lcc, 450, 46, 0, "SGN HAN", "333", "32Q 321 32N", "", false,
     false},
    {"GA", "Garuda", T, Net, 250, 82, 6, "CGK DPS", "77W 333 339", "738", "AT7", false, false},
    {"JT", "Lion", N, Lcc, 600, 46, 0, "CGK SUB UPG", "", "739 738 7M8", "AT7", false, false},
    {"QZ", "AirAsia", N, Lcc, 150, 46, 0, "CGK DPS", "", "320", "", false, false},
    {"PR", "Philippine", N, Net, 250, 76, 10, "MNL CEB", "359 77W 333", "32N 321 320", "DH4", true,
     false},
    {"5J", "Cebu", N, Lcc, 350, 46, 0, "MNL CEB CRK", "", "32N 320 321", "AT7", false, false},
    {"BR", "EVA", S, Net, 200, 100, 30, "TPE", "77W 78X 789 333", "32N 321", "", true, false},
    {"CI", "China Airlines", T, Net, 200, 96, 25, "TPE", "359 77W 333", "32N 738", "", true, false},
    {"KE", "Korean", T, Net, 450, 106, 30, "ICN GMP", "388 77W 789 333", "7M8 739 223", "", true,
     true},
    {"OZ", "Asiana", S, Net, 280, 100, 25, "ICN GMP", "388 359 333", "32N 321", "", false, true},
    {"7C", "Jeju", N, Lcc, 200, 56, 0, "ICN GMP CJU PUS", "", "7M8 738", "", false, false},
    {"LJ", "Jin Air", N, Lcc, 130, 56, 0, "GMP ICN CJU", "", "738", "", false, false},
    {"NH", "All Nippon|ANA", S, Net, 900, 112, 8, "HND NRT KIX ITM", "77W 789 788 78X",
     "32N 321 738", "DH4", true, true},
    {"JL", "Japan Airlines", O, Net, 760, 112, 10, "HND NRT ITM", "359 77W 789 788", "738",
     "E90 E70", true, true},
    {"MM", "Peach", N, Lcc, 150, 56, 0, "KIX NRT", "", "32N 320", "", false, false},
    {"BC", "Skymark", N, Lcc, 150, 70, 0, "HND KOJ", "", "738", "", false, false},
    {"CA", "Air China", S, Net, 1500, 82, 6, "PEK PVG TFU", "77W 789 359 333",
     "32N 321 320 7M8 738", "", false, true},
    {"MU", "China Eastern", T, Net, 2100, 82, 5, "PVG SHA KMG XIY", "77W 359 333 789",
     "32N 321 320 738", "", true, false},
    {"CZ", "China Southern", N, Net, 2300, 82, 5, "CAN PKX URC SZX", "388 77W 789 359 333",
     "32N 321 320 738 7M8", "", true, true},
    {"HU", "Hainan", N, Net, 800, 78, 8, "HAK PEK SZX", "789 788 333", "738", "", false, false},
    {"3U", "Sichuan", N, Net, 800, 78, 3, "CTU TFU CKG", "333", "32N 321 320", "", false, false},
    {"MF", "Xiamen", T, Net, 600, 78, 3, "XMN FOC", "789", "7M8 738", "", false, false},
    {"ZH", "Shenzhen", S, Net, 600, 78, 0, "SZX", "", "32N 320 738", "", false, false},
    {"9C", "Spring|SSS", N, Lcc, 350, 52, 0, "PVG SHA", "", "32N 320", "", false, false},
    {"HO", "Juneyao", N, Net, 300, 70, 3, "SHA PVG", "789", "32N 320", "", false, false},
    {"SC", "Shandong", N, Net, 500, 72, 0, "TNA TAO", "", "7M8 738", "", false, false},
    {"HX", "Hong Kong Airlines", N, Net, 80, 90, 20, "HKG", "333", "320", "", false, false},
    {"KC", "Astana", N, Net, 120, 86, 8, "ALA TSE NQZ", "788", "32N 321", "", false, false},
    {"HY", "Uzbek", N, Net, 80, 82, 10, "TAS", "788", "32N 320", "", false, false},
    {"J2", "Azerbaijan", N, Net, 50, 90, 10, "GYD", "788", "320", "", false, false},
    // Oceania
    {"QF", "Qantas", O, Net, 900, 112, 12, "SYD MEL BNE PER", "388 789 333", "738 221", "DH4 E90",
     true, true},
    {"JQ", "Jetstar", N, Lcc, 350, 62, 8, "MEL SYD BNE OOL", "788", "32N 321 320", "", false,
     false},
    {"VA", "Virgin Australia", N, Net, 450, 96, 0, "BNE SYD MEL", "", "7M8 73H", "E90", false,
     false},
    {"NZ", "Air New Zealand", S, Net, 450, 106, 4, "AKL CHC WLG", "789 77W", "32N 320", "AT7", true,
     false},
    {"FJ", "Fiji|Air Pacific", N, Net, 40, 100, 30, "NAN", "359 333", "7M8", "AT7", true, false},
    {"TN", "Tahiti", N, Net, 5, 110, 85, "PPT", "789", "", "", true, false},
};

struct Focus {
    const char *airline;
    const char *airports;
};

constexpr Focus kFocus[] = {
    {"SA", "GRU PER LHR FRA MUC"},
    {"LA", "JNB MEL SYD AKL LHR MAD FRA MIA JFK"},
    {"QF", "JNB SCL LHR DFW LAX JFK HND SIN HNL"},
    {"AR", "MIA JFK MAD FCO"},
    {"ET", "GRU LHR FRA IAD ORD EWR PEK CAN NRT DXB"},
    {"EK", "GRU EZE JNB CPT AKL JFK LAX SYD MEL BNE PER ADL"},
    {"QR", "EZE GRU JNB CPT AKL JFK SYD MEL BNE PER ADL"},
    {"TK", "GRU EZE JNB CPT JFK"},
    {"NZ", "LAX SFO IAH ORD HND SIN HNL RAR"},
    {"AI", "JFK EWR SFO ORD IAD LHR YYZ YVR SYD MEL"},
    {"CX", "JFK LAX SFO YVR LHR"},
    {"SQ", "JFK EWR LAX SFO LHR FRA ADL"},
    {"AC", "LHR FRA HND PEK DEL"},
    {"KE", "JFK LAX ATL CDG HNL"},
    {"AA", "LHR MAD HND"},
    {"DL", "CDG AMS LHR HND ICN"},
    {"UA", "LHR FRA NRT SYD"},
    {"JL", "HNL"},
    {"NH", "HNL"},
    {"HA", "HND NRT KIX ICN SYD BNE AKL PPT JFK BOS"},
    {"TN", "LAX NRT AKL SEA"},
    {"BA", "LOS ACC ABV JNB CPT NBO"},
    {"VS", "LOS JNB"},
    {"UL", "MLE"},
};

} // namespace

std::span<const AirlineProfile> airlineProfiles()
{
    return kProfiles;
}

const char *longHaulFocus(const char *airline)
{
    for (const Focus &f : kFocus) {
        if (QByteArrayView(f.airline) == QByteArrayView(airline))
            return f.airports;
    }
    return "";
}

} // namespace tripdesk::sandbox
