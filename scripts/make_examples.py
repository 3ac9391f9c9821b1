#!/usr/bin/env python3
"""Generate (and check) the two fixed examples of March 2026 in tests/fixtures/examples/
(the page builds its examples around today: src/core/example_year.h).

    python3 scripts/make_examples.py            # write no_eksempel.json and dk_eksempel.json
    python3 scripts/make_examples.py --check    # re-read both files and check them

The files follow /work/shared/CONTRACT.md, format version 1, and the working-time
rules in RULES.md. The output is deterministic (no clock, no randomness), UTF-8,
2-space indent, keys in the order of the contract's example, trailing newline.

Python 3 standard library only. Local wall time is converted to UTC with the EU
summer-time rule written out here (last Sunday of March 01:00 UTC to the last
Sunday of October 01:00 UTC), so the check does not depend on the system's zone
database.
"""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "examples"
NO_FILE = OUT_DIR / "no_eksempel.json"
DK_FILE = OUT_DIR / "dk_eksempel.json"

D = dt.date
DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)


# ---------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------

def assistant(aid, name, birth_date, employed_from, employment, contract_hours,
              probation_until=None, employed_to=None, single_parent=False, children=()):
    a = {
        "id": aid,
        "name": name,
        "birth_date": birth_date,
        "employed_from": employed_from,
        "employed_to": employed_to,
        "employment": employment,
        "contract_hours_per_week": contract_hours,
    }
    if probation_until is not None:
        a["probation_until"] = probation_until
    a["related_to_user"] = False
    a["single_parent"] = single_parent
    a["children"] = [{"birth_date": b, "chronic": c} for b, c in children]
    return a


def planned(day, start, end, who, break_after_hours):
    """One planned shift on `day` from `start` to `end` ("HH:MM", same day).

    break_minutes is 30 when the shift is longer than the jurisdiction's break
    threshold (NO 5.5 h, DK 6 h), else 0. In BPA the assistant usually cannot
    leave, so the break stays inside the shift and counts as working time.
    """
    s = dt.datetime.combine(day, dt.time.fromisoformat(start))
    e = dt.datetime.combine(day, dt.time.fromisoformat(end))
    hours = (e - s) / HOUR
    return {
        "assistant": who,
        "start": s.strftime("%Y-%m-%dT%H:%M"),
        "end": e.strftime("%Y-%m-%dT%H:%M"),
        "break_minutes": 30 if hours > break_after_hours else 0,
        "passive_night": False,
        "status": "planned",
    }


def need_block(weekday, start, end, task, assistants=1):
    """One block of the weekly need (the page's "need" extension of the format)."""
    return {"weekday": weekday, "from": start, "to": end, "task": task, "assistants": assistants}


def number_shifts(shifts):
    """Sort by start (then assistant) and give ids s1, s2, ... with `id` first."""
    shifts = sorted(shifts, key=lambda s: (s["start"], s["assistant"]))
    return [{"id": f"s{i}", **s} for i, s in enumerate(shifts, 1)]


def days_in(frm, to):
    d = frm
    while d <= to:
        yield d
        d += DAY


def cover_absences(shifts, absences, substitute):
    """Give every shift that falls on an absence day of its assistant to `substitute`."""
    for s in shifts:
        day = D.fromisoformat(s["start"][:10])
        for a in absences:
            if (a["assistant"] == s["assistant"]
                    and D.fromisoformat(a["from"]) <= day <= D.fromisoformat(a["to"])):
                s["assistant"] = substitute
    return shifts


# ---------------------------------------------------------------------------
# Norway: Kari Nordmann, 37.5 h/week, municipality is the employer
# ---------------------------------------------------------------------------

def make_no():
    assistants = [
        # Single parent with one child (omsorgsdager: double for a single parent).
        assistant("a1", "Åse Bjørnstad", "1984-06-19", "2024-08-15", "fast", 15,
                  single_parent=True, children=[("2016-09-03", False)]),
        assistant("a2", "Jørgen Lie", "1997-02-11", "2025-03-01", "fast", 12),
        # Started 2025-11-01: still in the 6-month probation period in March 2026.
        assistant("a3", "Mari Sæther", "2003-10-27", "2025-11-01", "fast", 7.5,
                  probation_until="2026-04-30"),
        # On-call substitute: no fixed hours, covers absences.
        assistant("a4", "Håkon Øvrebø", "2000-01-08", "2026-02-01", "tilkalling", 0,
                  probation_until="2026-07-31"),
    ]

    # Weekly need (seed 002 § 2.5), four weeks from Monday 2026-03-02:
    #   Mon-Fri 07:30-11:30  morning help: up, shower, breakfast   5 x 4 h = 20 h
    #   Thu     15:00-20:00  shopping, dinner, activity                     5 h
    #   Sat+Sun 10:00-14:00  a walk, errands and a meal            2 x 4 h =  8 h
    #   = 33 h a week, 4.5 h (12 %) of the decision kept as reserve (§ 2.6).
    # Sundays alternate between a2 and a3, so nobody works two Sundays in a row
    # (AML 10-10); nobody has two shifts the same day, so the rest between
    # shifts is always well over 11 h, and nobody has more than 9 h in 24 h.
    monday = D(2026, 3, 2)
    weekend = [("a3", "a2"), ("a2", "a3"), ("a3", "a2"), ("a2", "a3")]  # (Saturday, Sunday) per week
    shifts = []
    for w in range(4):
        week = monday + 7 * w * DAY
        for off, who in [(0, "a1"), (1, "a1"), (2, "a1"), (3, "a2"), (4, "a2")]:
            shifts.append(planned(week + off * DAY, "07:30", "11:30", who, 5.5))
        shifts.append(planned(week + 3 * DAY, "15:00", "20:00", "a3", 5.5))
        saturday, sunday = weekend[w]
        shifts.append(planned(week + 5 * DAY, "10:00", "14:00", saturday, 5.5))
        # Sunday 2026-03-29 is the summer-time change (02:00 -> 03:00): this
        # shift starts long after it.
        shifts.append(planned(week + 6 * DAY, "10:00", "14:00", sunday, 5.5))

    need = [need_block(d, "07:30", "11:30", "Morgenstell, dusj og frokost") for d in range(1, 6)]
    need.append(need_block(4, "15:00", "20:00", "Innkjøp, middag og aktivitet"))
    need += [need_block(d, "10:00", "14:00", "Tur, ærender og måltid") for d in (6, 7)]

    absences = [{"id": "f1", "assistant": "a1", "type": "egenmelding",
                 "from": "2026-03-17", "to": "2026-03-18"}]
    shifts = cover_absences(shifts, absences, "a4")

    return {
        "format": "bpa-arbeidsleder",
        "version": 1,
        "arrangement": {
            "name": "Eksempelordning – Kari Nordmann",
            "jurisdiction": "NO",
            "decisions": [{"from": "2026-01-01", "to": None, "hours_per_week": 37.5,
                           "reference": "Vedtak 2025/1234"}],
            "rules": {"egenmelding_policy": "extended"},
            "leader": {"name": "Kari Nordmann", "phone": "+47 123 45 678",
                       "email": "kari.nordmann@example.com"},
            "municipality": {"name": "Ingrid Dahl", "phone": "+47 123 45 600",
                             "email": "ingrid.dahl@example.com",
                             "note": "Saksbehandler, tildelingskontoret i Eksempel kommune. "
                                     "Telefontid mandag–fredag kl. 09–14."},
            "employer_model": "kommune",
        },
        "assistants": assistants,
        "shifts": number_shifts(shifts),
        "absences": absences,
        "need": need,
    }


# ---------------------------------------------------------------------------
# Denmark: Jens Hansen, 60 h/week (servicelovens § 96), the user is the employer
# ---------------------------------------------------------------------------

def make_dk():
    assistants = [
        assistant("a1", "Søren Østergaard", "1979-03-14", "2024-04-01", "fast", 24),
        assistant("a2", "Mette Kjærsgaard", "1990-08-22", "2025-10-01", "fast", 20,
                  children=[("2016-05-20", False), ("2019-11-03", False)]),
        # Temporary hjælper until the end of June, 3 months' prøvetid.
        assistant("a3", "Lærke Bæk", "2004-05-30", "2026-02-01", "vikar", 12,
                  probation_until="2026-04-30", employed_to="2026-06-30"),
    ]

    # Two weeks from Monday 2026-03-02 (no Danish public holiday in them;
    # Easter 2026 is 5 April):
    #   Mon-Fri 07:30-15:30 (8 h, 30 min break)   5 x 8 h = 40 h
    #   Sat, Sun 09:00-16:00 (7 h, 30 min break)  2 x 7 h = 14 h
    #   = 54 h a week, 6 h (10 %) of the decision kept as reserve.
    # Søren is on vacation Mon 9 - Wed 11 March; Mette and Lærke cover.
    plan = [
        ["a1", "a1", "a1", "a2", "a2", "a3", "a3"],  # week 10
        ["a2", "a2", "a3", "a1", "a1", "a2", "a2"],  # week 11
    ]
    monday = D(2026, 3, 2)
    shifts = []
    for w, week_plan in enumerate(plan):
        for off, who in enumerate(week_plan):
            day = monday + (7 * w + off) * DAY
            if off < 5:
                shifts.append(planned(day, "07:30", "15:30", who, 6))
            else:
                shifts.append(planned(day, "09:00", "16:00", who, 6))

    absences = [{"id": "f1", "assistant": "a1", "type": "vacation",
                 "from": "2026-03-09", "to": "2026-03-11"}]
    need = [need_block(d, "07:30", "15:30", "Morgenhjælp, personlig pleje, måltider og praktisk hjælp") for d in range(1, 6)]
    need += [need_block(d, "09:00", "16:00", "Hjælp i hjemmet og ud af huset") for d in (6, 7)]

    return {
        "format": "bpa-arbeidsleder",
        "version": 1,
        "arrangement": {
            "name": "Eksempelordning – Jens Hansen",
            "jurisdiction": "DK",
            "decisions": [{"from": "2026-01-01", "to": None, "hours_per_week": 60,
                           "reference": "Afgørelse 2025/5678"}],
            "rules": {},
            "leader": {"name": "Jens Hansen", "phone": "+45 12 34 56 78",
                       "email": "jens.hansen@example.com"},
            "municipality": {"name": "Birgitte Nielsen", "phone": "+45 12 34 50 00",
                             "email": "birgitte.nielsen@example.com",
                             "note": "Sagsbehandler, Handicap og Psykiatri, Eksempel Kommune. "
                                     "Telefontid mandag–fredag kl. 9–12."},
            "employer_model": "selv",
        },
        "assistants": assistants,
        "shifts": number_shifts(shifts),
        "absences": absences,
        "need": need,
    }


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for path, doc in [(NO_FILE, make_no()), (DK_FILE, make_dk())]:
        path.write_text(dump(doc), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


# ---------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------

def last_sunday(year, month):
    d = D(year, month + 1, 1) - DAY
    return d - (d.weekday() - 6) % 7 * DAY


def to_utc(local):
    """Local wall time (naive datetime) in Europe/Oslo or Europe/Copenhagen -> naive UTC.

    Raises ValueError for a wall time that does not exist (the hour skipped when
    summer time begins). The repeated hour in October is read as summer time.
    """
    y = local.year
    begin = dt.datetime.combine(last_sunday(y, 3), dt.time(2, 0))   # 02:00 CET -> 03:00 CEST
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(3, 0))    # 03:00 CEST -> 02:00 CET
    if begin <= local < begin + HOUR:
        raise ValueError(f"{local:%Y-%m-%dT%H:%M} does not exist (summer time begins)")
    summer = begin + HOUR <= local < end
    return local - (2 if summer else 1) * HOUR


def local_midnight_utc(day):
    return to_utc(dt.datetime.combine(day, dt.time(0, 0)))


def easter(year):
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return D(year, month, day + 1)


def sunday_like(day, jurisdiction):
    """Sundays and public holidays (RULES.md, Time and calendars)."""
    if day.weekday() == 6:
        return True
    e = easter(day.year)
    moving = {e + n * DAY for n in (-3, -2, 0, 1, 39, 49, 50)}
    fixed = {D(day.year, 1, 1), D(day.year, 12, 25), D(day.year, 12, 26)}
    if jurisdiction == "NO":
        fixed |= {D(day.year, 5, 1), D(day.year, 5, 17)}
    return day in moving or day in fixed


def overlap(a0, a1, b0, b1):
    return max(dt.timedelta(0), min(a1, b1) - max(a0, b0))


EXPECTED_KEYS = {
    "top": ["format", "version", "arrangement", "assistants", "shifts", "absences", "need"],
    "arrangement": ["name", "jurisdiction", "decisions", "rules", "leader", "municipality",
                    "employer_model"],
    "decision": ["from", "to", "hours_per_week", "reference"],
    "assistant": ["id", "name", "birth_date", "employed_from", "employed_to", "employment",
                  "contract_hours_per_week", "probation_until", "related_to_user",
                  "single_parent", "children"],
    "child": ["birth_date", "chronic"],
    "shift": ["id", "assistant", "start", "end", "break_minutes", "passive_night", "status"],
    "absence": ["id", "assistant", "type", "from", "to"],
}


class Checker:
    def __init__(self, path):
        self.path = path
        self.errors = []

    def fail(self, msg):
        self.errors.append(f"{self.path.name}: {msg}")

    def expect(self, cond, msg):
        if not cond:
            self.fail(msg)
        return cond

    def keys(self, obj, kind, where):
        """Keys present, in the contract's order (optional ones may be absent)."""
        order = EXPECTED_KEYS[kind]
        keys = list(obj)
        self.expect(all(k in order for k in keys), f"{where}: unexpected keys {keys}")
        self.expect(keys == sorted(keys, key=lambda k: order.index(k) if k in order else 99),
                    f"{where}: keys out of order {keys}")

    def run(self, expected_text):
        raw = self.path.read_bytes()
        text = raw.decode("utf-8")
        self.expect(text.endswith("}\n"), "no trailing newline")
        self.expect(text == expected_text, "differs from the generator's output (re-run the script)")
        doc = json.loads(text)
        self.expect(dump(doc) == text, "not 2-space indent / ensure_ascii=False")

        self.keys(doc, "top", "$")
        self.expect(doc["format"] == "bpa-arbeidsleder" and doc["version"] == 1, "format/version")
        arr = doc["arrangement"]
        self.keys(arr, "arrangement", "arrangement")
        jur = arr["jurisdiction"]
        self.expect(jur in ("NO", "DK"), "jurisdiction")
        self.expect(arr["employer_model"] == {"NO": "kommune", "DK": "selv"}[jur], "employer_model")
        for i, dec in enumerate(arr["decisions"]):
            self.keys(dec, "decision", f"decisions[{i}]")

        people = {}
        for i, a in enumerate(doc["assistants"]):
            self.keys(a, "assistant", f"assistants[{i}]")
            self.expect(a["id"] == f"a{i + 1}", f"assistants[{i}].id")
            self.expect(a["employment"] in ("fast", "tilkalling", "vikar"), f"assistants[{i}].employment")
            for j, c in enumerate(a["children"]):
                self.keys(c, "child", f"assistants[{i}].children[{j}]")
            born = D.fromisoformat(a["birth_date"])
            self.expect(born <= D(2008, 3, 1), f"{a['id']} is under 18")
            people[a["id"]] = a

        absent = {}  # assistant -> set of days
        for i, ab in enumerate(doc["absences"]):
            self.keys(ab, "absence", f"absences[{i}]")
            self.expect(ab["id"] == f"f{i + 1}", f"absences[{i}].id")
            self.expect(ab["assistant"] in people, f"absences[{i}]: unknown assistant")
            absent.setdefault(ab["assistant"], set()).update(
                days_in(D.fromisoformat(ab["from"]), D.fromisoformat(ab["to"])))

        # Shifts, in real elapsed time (UTC).
        by_person = {}
        all_shifts = []
        for i, s in enumerate(doc["shifts"]):
            where = f"shifts[{i}] ({s['id']})"
            self.keys(s, "shift", where)
            self.expect(s["id"] == f"s{i + 1}", f"{where}: id not in sequence")
            self.expect(s["status"] == "planned" and s["passive_night"] is False, f"{where}: status")
            ls = dt.datetime.fromisoformat(s["start"])
            le = dt.datetime.fromisoformat(s["end"])
            try:
                us, ue = to_utc(ls), to_utc(le)
            except ValueError as e:
                self.fail(f"{where}: {e}")
                continue
            hours = (ue - us) / HOUR
            self.expect(ue > us, f"{where}: end not after start")
            # The summer-time hour: no shift touches 02:00-03:00 on that day.
            for day in days_in(ls.date(), le.date()):
                if day == last_sunday(day.year, 3):
                    gap0 = dt.datetime.combine(day, dt.time(2, 0))
                    self.expect(not (ls < gap0 + HOUR and le > gap0),
                                f"{where}: crosses the summer-time change")
            # Breaks: > 5.5 h (NO) / > 6 h (DK) needs a break, >= 8 h at least 30 min.
            threshold = 5.5 if jur == "NO" else 6
            if hours > threshold:
                self.expect(s["break_minutes"] >= 30, f"{where}: {hours} h without a 30 min break")
            else:
                self.expect(s["break_minutes"] == 0, f"{where}: short shift with a break")
            self.expect(hours >= 2, f"{where}: shorter than 2 h")
            if jur == "NO":
                self.expect(hours <= 9, f"{where}: {hours} h > 9 h")
            else:
                self.expect(hours < 24, f"{where}: 24-hour shift")
            who = s["assistant"]
            if not self.expect(who in people, f"{where}: unknown assistant {who}"):
                continue
            a = people[who]
            first = D.fromisoformat(a["employed_from"])
            last = D.fromisoformat(a["employed_to"]) if a["employed_to"] else D.max
            for day in days_in(ls.date(), (le - dt.timedelta(minutes=1)).date()):
                self.expect(first <= day <= last, f"{where}: {who} not employed on {day}")
                self.expect(day not in absent.get(who, ()), f"{where}: {who} is absent on {day}")
            rec = {"id": s["id"], "who": who, "ls": ls, "le": le, "us": us, "ue": ue}
            by_person.setdefault(who, []).append(rec)
            all_shifts.append(rec)

        if not all_shifts:
            self.fail("no shifts")
            return []
        first_day = min(r["ls"].date() for r in all_shifts)
        last_day = max(r["le"].date() for r in all_shifts)
        plan_start, plan_end = local_midnight_utc(first_day), local_midnight_utc(last_day + DAY)

        for who, recs in by_person.items():
            recs.sort(key=lambda r: r["us"])
            # Overlap and 11 h rest between consecutive shifts.
            for p, q in zip(recs, recs[1:]):
                rest = (q["us"] - p["ue"]) / HOUR
                self.expect(rest >= 0, f"{who}: {p['id']} and {q['id']} overlap")
                self.expect(rest >= 11, f"{who}: only {rest} h rest between {p['id']} and {q['id']}")
            # Every 7-day window inside the plan: at most 40 h, a free period of 35 h.
            starts = {local_midnight_utc(d) for d in days_in(first_day, last_day)}
            starts |= {r["ue"] for r in recs}
            for w0 in sorted(starts):
                w1 = w0 + 7 * DAY
                if w1 > plan_end:
                    continue
                worked = sum((overlap(r["us"], r["ue"], w0, w1) for r in recs), dt.timedelta(0)) / HOUR
                self.expect(worked <= 40, f"{who}: {worked} h in the 7 days from {w0} UTC")
                edges = [w0] + [t for r in recs if r["ue"] > w0 and r["us"] < w1
                                for t in (max(r["us"], w0), min(r["ue"], w1))] + [w1]
                longest = max((b - a) / HOUR for a, b in zip(edges[::2], edges[1::2]))
                self.expect(longest >= 35, f"{who}: longest free period {longest} h in the 7 days from {w0} UTC")
            # Sunday/holiday work (NO, AML 10-10): the period runs 18:00 the evening
            # before to 22:00 on the day; after such work the next one is free.
            if jur == "NO":
                worked_sundays = []
                for day in days_in(first_day, last_day):
                    if not sunday_like(day, jur):
                        continue
                    p0 = to_utc(dt.datetime.combine(day - DAY, dt.time(18, 0)))
                    p1 = to_utc(dt.datetime.combine(day, dt.time(22, 0)))
                    if any(overlap(r["us"], r["ue"], p0, p1) for r in recs):
                        worked_sundays.append(day)
                self.expect(all(b - a > 7 * DAY for a, b in zip(worked_sundays, worked_sundays[1:])),
                            f"{who}: works two Sundays in a row {worked_sundays}")
            # The on-call substitute takes only a few shifts.
            if people[who]["employment"] == "tilkalling":
                self.expect(len(recs) <= 3, f"{who}: on-call substitute with {len(recs)} shifts")

        # Weekly totals per ISO week (clock hours, break included, split at week edges).
        decided = arr["decisions"][0]["hours_per_week"]
        weeks = []
        monday = first_day - first_day.weekday() * DAY
        while monday <= last_day:
            w0, w1 = local_midnight_utc(monday), local_midnight_utc(monday + 7 * DAY)
            per = {}
            for r in all_shifts:
                h = overlap(r["us"], r["ue"], w0, w1) / HOUR
                if h:
                    per[r["who"]] = per.get(r["who"], 0) + h
            total = sum(per.values())
            iso = monday.isocalendar()
            weeks.append((f"{iso[0]}-W{iso[1]:02d}", monday, total, per))
            self.expect(total <= decided, f"week {iso[1]}: {total} h above the decision {decided} h")
            for who, h in per.items():
                self.expect(h <= 40, f"week {iso[1]}: {who} {h} h > 40 h")
            monday += 7 * DAY
        return weeks


def check():
    ok = True
    for path, make in [(NO_FILE, make_no), (DK_FILE, make_dk)]:
        c = Checker(path)
        weeks = c.run(dump(make()))
        doc = json.loads(path.read_text(encoding="utf-8"))
        decided = doc["arrangement"]["decisions"][0]["hours_per_week"]
        names = {a["id"]: a["name"] for a in doc["assistants"]}
        print(f"{path.relative_to(ROOT)}: {doc['arrangement']['name']} "
              f"({doc['arrangement']['jurisdiction']}), decision {decided} h/week")
        for week, monday, total, per in weeks:
            parts = ", ".join(f"{who} {per[who]:g}" for who in sorted(per))
            print(f"  {week} (from {monday}): {total:g} h, reserve {decided - total:g} h "
                  f"({(decided - total) / decided:.0%})  [{parts}]")
        print("  assistants: " + ", ".join(f"{k} {v}" for k, v in names.items()))
        for e in c.errors:
            print("  ERROR " + e, file=sys.stderr)
        ok = ok and not c.errors
    print("check passed" if ok else "check FAILED")
    return 0 if ok else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="check the files instead of writing them")
    args = ap.parse_args()
    if args.check:
        return check()
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
