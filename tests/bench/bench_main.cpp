// Native benchmarks: print figures, assert nothing.
//
// Generates large documents deterministically (a year of shifts for 12
// assistants, and one of about 5 MB), then times writing and reading them, the
// read of the Norwegian example, and the app's save (App::flush through
// FolderStorage in a temporary folder). Every figure is one line
// `name: value unit`, most as "min X unit, median Y unit over N runs".
//
// Then bench_year.cpp: a realistic year of a 12-assistant rota (rules, coverage,
// hours account, timesheets, substitutes), written as bench-year.json next to
// the 5 MB file.
//
// Usage: bpa_bench [path of the 5 MB file to write]
//        (default: <source>/build/bench-5mb.json, used by tests/browser/bench.mjs;
//        bench-year.json goes into the same folder)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "core/json_io.h"
#include "platform/storage_native.h"
#include "bench_common.h"

#ifndef BPA_SOURCE_DIR
#define BPA_SOURCE_DIR "."
#endif

namespace fs = std::filesystem;
using namespace bpa;
using namespace bpa::bench;

namespace {

// [SECTION] Generated documents -------------------------------------------------
const char* const first_names[] = {"Åse", "Jørgen", "Mari", "Håkon", "Ingrid", "Ola", "Kari", "Sindre",
                                   "Sofie", "Emil", "Nora", "Lars", "Thea", "Magnus", "Ida", "Bjørn"};
const char* const last_names[] = {"Bjørnstad", "Lie", "Sæther", "Øvrebø", "Dahl", "Hansen", "Johansen",
                                  "Berg", "Haugen", "Strand", "Moen", "Solberg", "Aas", "Nygård"};

Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }

// One working day's slots for a team of 12: double staffing in the day and the
// evening, a passive night, and short help shifts. `minute` from midnight;
// an end at or past 1440 is on the next day.
struct Slot {
    int start, end, break_minutes;
    bool passive_night;
};
const Slot day_slots[] = {
    {7 * 60, 15 * 60, 30, false},       {7 * 60, 15 * 60, 30, false},       {8 * 60, 12 * 60, 0, false},
    {9 * 60 + 30, 14 * 60, 0, false},   {11 * 60, 17 * 60 + 30, 30, false}, {15 * 60, 23 * 60, 30, false},
    {15 * 60, 23 * 60, 30, false},      {16 * 60, 20 * 60, 0, false},       {17 * 60, 21 * 60 + 30, 0, false},
    {12 * 60, 16 * 60, 0, false},       {18 * 60, 22 * 60, 0, false},       {6 * 60 + 30, 10 * 60, 0, false},
    {13 * 60, 18 * 60, 0, false},       {23 * 60, 31 * 60, 0, true},  // 23:00 - 07:00 next day
};
constexpr int slots_per_day = int(sizeof(day_slots) / sizeof(day_slots[0]));  // 14

// `teams` teams of 12 assistants over `days` days from `first`. Shifts before
// `today` are worked (some cancelled), later ones planned. Each assistant has
// a summer vacation, a few egenmelding days, child-sick days and now and then
// a sykemelding.
Document generate(int teams, Date first, int days, Date today, uint64_t seed) {
    Rng rng{seed};
    Document doc;
    Arrangement& a = doc.arrangement;
    a.name = "Ytelsestest – " + std::to_string(teams * 12) + " assistenter, " + std::to_string(days) + " dager";
    a.jurisdiction = Jurisdiction::NO;
    a.decisions.push_back(Decision{first, first + Days{days / 2 - 1}, 37.5 * 2 * teams, "Vedtak 2025/1234", Json::object()});
    a.decisions.push_back(Decision{first + Days{days / 2}, std::nullopt, 40.0 * 2 * teams, "Vedtak 2026/77", Json::object()});
    a.rules = Json{{"egenmelding_policy", "extended"}, {"vacation_days", 25}};
    a.leader = Contact{"Kari Nordmann", "+47 123 45 678", "kari.nordmann@example.com", "", Json::object()};
    a.deputy = Contact{"Per Nordmann", "+47 987 65 432", "per@example.com", "Bror, medarbeidsleder", Json::object()};
    a.employer_model = EmployerModel::Kommune;
    a.employer = Contact{"Eksempel kommune", "+47 123 45 600", "post@eksempel.kommune.no", "", Json::object()};
    a.municipality = Contact{"Ingrid Dahl", "+47 123 45 601", "ingrid.dahl@example.com",
                             "Saksbehandler, tildelingskontoret. Telefontid mandag–fredag kl. 09–14.", Json::object()};

    const int count = teams * 12;
    for (int i = 0; i < count; ++i) {
        Assistant as;
        as.id = "a" + std::to_string(i + 1);
        as.name = std::string(first_names[i % 16]) + " " + last_names[(i * 7 + i / 16) % 14];
        as.birth_date = ymd(1965 + rng.below(40), 1 + rng.below(12), 1 + rng.below(28));
        as.employed_from = first - Days{30 + rng.below(900)};
        as.employment = i % 6 == 5 ? Employment::Tilkalling : Employment::Fast;
        as.contract_hours_per_week = as.employment == Employment::Fast ? 7.5 * (1 + rng.below(4)) : 0;
        if (i % 5 == 0) as.probation_until = first + Days{rng.below(120)};
        as.single_parent = i % 7 == 3;
        if (i % 3 == 0) as.children.push_back(Child{ymd(2012 + rng.below(12), 1 + rng.below(12), 1 + rng.below(28)),
                                                    i % 9 == 0, Json::object()});
        if (i % 4 == 0) as.children.push_back(Child{ymd(2014 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28)),
                                                    false, Json::object()});
        as.phone = "+47 4" + std::to_string(1000000 + i * 7919 % 9000000);
        as.email = "assistent" + std::to_string(i + 1) + "@example.com";
        if (i % 2 == 0) as.address = "Eksempelveien " + std::to_string(i + 1) + ", 6150 Ørsta";
        if (i % 4 == 1) as.note = "Kan ta ekstravakter i helgene.";
        doc.assistants.push_back(std::move(as));
    }

    int next_shift = 1;
    for (int d = 0; d < days; ++d) {
        Date day = first + Days{d};
        for (int t = 0; t < teams; ++t) {
            for (int k = 0; k < slots_per_day; ++k) {
                const Slot& s = day_slots[k];
                Shift sh;
                sh.id = "s" + std::to_string(next_shift++);
                sh.assistant = "a" + std::to_string(t * 12 + (d * 5 + k) % 12 + 1);
                sh.start = LocalDateTime{day + Days{s.start / 1440}, s.start % 1440};
                sh.end = LocalDateTime{day + Days{s.end / 1440}, s.end % 1440};
                sh.break_minutes = s.break_minutes;
                sh.passive_night = s.passive_night;
                if (day < today) sh.status = rng.below(40) == 0 ? ShiftStatus::Cancelled : ShiftStatus::Worked;
                else sh.status = ShiftStatus::Planned;
                doc.shifts.push_back(std::move(sh));
            }
        }
    }

    int next_absence = 1;
    auto absence = [&](const std::string& who, AbsenceType type, Date from, int length) {
        doc.absences.push_back(Absence{"f" + std::to_string(next_absence++), who, type, from, from + Days{length - 1},
                                       Json::object()});
    };
    for (int year_start = 0; year_start < days; year_start += 365) {
        for (int i = 0; i < count; ++i) {
            const std::string who = "a" + std::to_string(i + 1);
            Date base = first + Days{year_start};
            absence(who, AbsenceType::Vacation, base + Days{180 + (i % 6) * 7}, 21);  // three summer weeks
            absence(who, AbsenceType::Vacation, base + Days{355}, 4);                 // christmas
            for (int e = 0; e < 3; ++e) absence(who, AbsenceType::Egenmelding, base + Days{20 + rng.below(320)}, 1 + rng.below(3));
            if (!doc.assistants[i].children.empty())
                absence(who, AbsenceType::ChildSick, base + Days{10 + rng.below(300)}, 1 + rng.below(2));
            if (i % 4 == 2) absence(who, AbsenceType::Sykemelding, base + Days{rng.below(330)}, 5 + rng.below(20));
            if (i % 10 == 7) absence(who, AbsenceType::Leave, base + Days{rng.below(300)}, 14);
        }
    }
    return doc;
}

std::optional<std::string> read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string now_text() { return "2026-03-15T12:00"; }

// Times App::flush() after a one-field change (the leader's note), which is
// what autosave does after each edit: write_document + a file write + rename.
void bench_app_flush(const std::string& name, const std::string& label, const Document& doc, int runs,
                     const fs::path& dir) {
    FolderStorage storage(dir);
    App app(storage, [](const std::string& path) { return read_text(fs::path(BPA_SOURCE_DIR) / "assets" / path); },
            now_text);
    app.start(0);
    app.pending_import = App::PendingImport{name, doc};
    app.import_as_new(1);  // opens and saves it once (the first save also rotates "previous")
    int n = 0;
    Figures f = measure(runs, [&] {
        ++n;
        app.session.apply("bench", [&](Document& d) { d.arrangement.leader.note = "endring " + std::to_string(n); });
        app.flush();
    });
    g_sink = g_sink + app.library.size();
    if (!storage.error().empty()) std::printf("# storage error: %s\n", storage.error().c_str());
    print(label, f);
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path source = BPA_SOURCE_DIR;
    const fs::path out_path = argc > 1 ? fs::path(argv[1]) : source / "build" / "bench-5mb.json";

    std::printf("# bpa_bench: figures only, nothing is asserted\n");
    // BPA_BENCH_SECTIONS=year: only the realistic year and its decade of history (bench_year.cpp).
    if (const char* only = std::getenv("BPA_BENCH_SECTIONS"); only && std::string(only) == "year") {
        bench_year(out_path.parent_path() / "bench-year.json");
        return 0;
    }

    // ---- the generated documents ----------------------------------------------
    const Date first = ymd(2026, 1, 1);
    const Date today = ymd(2026, 6, 15);
    auto tg0 = std::chrono::steady_clock::now();
    Document year = generate(1, first, 365, today, 1);
    // About 5 MB: more years of the same team (a long-lived arrangement with its history).
    Document big = generate(1, ymd(2022, 1, 1), 365 * 5, today, 2);
    auto tg1 = std::chrono::steady_clock::now();
    const std::string year_text = write_document(year);
    const std::string big_text = write_document(big);
    print_value("generate_documents", std::chrono::duration<double, std::milli>(tg1 - tg0).count(), "ms", 1);
    print_value("year_doc_assistants", double(year.assistants.size()), "assistants");
    print_value("year_doc_shifts", double(year.shifts.size()), "shifts");
    print_value("year_doc_absences", double(year.absences.size()), "absences");
    print_value("year_doc_size", double(year_text.size()) / 1e6, "MB", 2);
    print_value("big_doc_assistants", double(big.assistants.size()), "assistants");
    print_value("big_doc_shifts", double(big.shifts.size()), "shifts");
    print_value("big_doc_absences", double(big.absences.size()), "absences");
    print_value("big_doc_size", double(big_text.size()) / 1e6, "MB", 2);

    // The generated file must be one the app accepts, or the figures mean nothing.
    {
        ReadResult r = read_document(std::string_view(big_text));
        if (!r.ok() || !(*r.document == big)) {
            std::printf("# WARNING: the generated document does not read back unchanged (%zu problems)\n",
                        r.problems.size());
            if (!r.problems.empty()) std::printf("# %s\n", format_problem("bench", r.problems.front()).c_str());
        }
        std::error_code ec;
        if (out_path.has_parent_path()) fs::create_directories(out_path.parent_path(), ec);
        std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
        out << big_text;
        out.close();
        if (out) std::printf("# wrote %s (%zu bytes)\n", out_path.string().c_str(), big_text.size());
        else std::printf("# WARNING: could not write %s\n", out_path.string().c_str());
    }

    // ---- write / read -------------------------------------------------------------
    print("write_document_5mb", measure(7, [&] { g_sink = g_sink + write_document(big).size(); }));
    print("read_document_5mb", measure(7, [&] {
              ReadResult r = read_document(std::string_view(big_text));
              g_sink = g_sink + (r.ok() ? r.document->shifts.size() : 0);
          }));
    print("json_parse_only_5mb", measure(7, [&] { g_sink = g_sink + Json::parse(big_text).size(); }));
    print("write_document_year", measure(11, [&] { g_sink = g_sink + write_document(year).size(); }));
    print("read_document_year", measure(11, [&] {
              ReadResult r = read_document(std::string_view(year_text));
              g_sink = g_sink + (r.ok() ? r.document->shifts.size() : 0);
          }));

    const fs::path example_path = source / "tests" / "fixtures" / "examples" / "no_eksempel.json";
    auto example_text = read_text(example_path);
    std::optional<Document> example;
    if (!example_text) {
        std::printf("# WARNING: cannot read %s\n", example_path.string().c_str());
    } else {
        print_value("example_size", double(example_text->size()) / 1e3, "kB", 1);
        print("read_document_example", measure(200, [&] {
                  ReadResult r = read_document(std::string_view(*example_text));
                  g_sink = g_sink + (r.ok() ? r.document->shifts.size() : 0);
              }));
        ReadResult r = read_document(std::string_view(*example_text));
        if (r.ok()) example = std::move(r.document);
        else std::printf("# WARNING: the example does not read (%zu problems)\n", r.problems.size());
    }

    // ---- App save (flush) through FolderStorage ---------------------------------
    std::error_code ec;
    fs::path tmp = fs::temp_directory_path(ec) / ("bpa-bench-" + std::to_string(uint64_t(
                       std::chrono::steady_clock::now().time_since_epoch().count())));
    if (example) bench_app_flush("no_eksempel.json", "app_flush_example", *example, 100, tmp / "example");
    bench_app_flush("bench-5mb.json", "app_flush_5mb", big, 7, tmp / "big");
    fs::remove_all(tmp, ec);

    // ---- a realistic year of a 12-assistant rota (bench_year.cpp) -----------------
    bench_year(out_path.parent_path() / "bench-year.json");

    std::printf("# done (sink %zu)\n", std::size_t(g_sink));
    return 0;
}
