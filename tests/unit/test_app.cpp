// The application state: undo and redo, autosave, import, export, the previous
// version, settings. Storage is the native folder storage in a fresh temp dir.
#include <doctest/doctest.h>

#include "support.h"

#include <filesystem>
#include <map>
#include <vector>
#include <fstream>
#include <random>
#include <sstream>

#include "app/app_state.h"
#include "core/commands.h"
#include "core/people.h"
#include "platform/storage_native.h"

using namespace bpa;
using namespace bpa::test;
namespace fs = std::filesystem;

namespace {

struct Fixture {
    fs::path dir;
    FolderStorage storage;
    App app;
    Fixture() : Fixture(fresh_dir()) {}
    explicit Fixture(fs::path d)
        : dir(d), storage(d),
          app(storage, [](const std::string& p) { return read_text(fs::path(BPA_SOURCE_DIR) / "assets" / p); },
              [] { return std::string("2026-03-02T10:00"); }) {}
    static fs::path fresh_dir() {
        static int n = 0;
        fs::path p = fs::temp_directory_path() /
                     ("bpa-app-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
        fs::remove_all(p);
        return p;
    }
};

// The Danish example file, as a user would import it.
std::string danish_example() {
    auto text = read_text(fs::path(BPA_SOURCE_DIR) / "tests/fixtures/examples/dk_eksempel.json");
    REQUIRE(text);
    return *text;
}

void rename(App& app, const std::string& name) {
    app.session.apply("rename", [&](Document& d) { d.arrangement.name = name; });
}

}  // namespace

TEST_CASE("with nothing open, the words follow the chosen language's country (a Danish start screen says hjælpere)") {
    Fixture f;
    f.app.start_first(0);
    REQUIRE_FALSE(f.app.has_open());
    f.app.set_language(Language::Da);
    CHECK(std::string(f.app.i18n.tr("nav.assistants")) == "Hjælpere");
    CHECK(std::string(f.app.i18n.tr("nav.plan")) == "Vagtplan");
    f.app.set_language(Language::Nb);
    CHECK(std::string(f.app.i18n.tr("nav.assistants")) == "Assistenter");
    // Started again with Danish stored: the first screen is Danish at once.
    f.app.set_language(Language::Da);
    Fixture again(f.dir);
    again.app.start_first(0);
    CHECK(std::string(again.app.i18n.tr("nav.plan")) == "Vagtplan");
}

TEST_CASE("undo and redo walk the history, and a new change clears redo") {
    Session s;
    s.apply("a", [](Document& d) { d.arrangement.name = "A"; });
    s.apply("b", [](Document& d) { d.arrangement.name = "B"; });
    CHECK(s.doc().arrangement.name == "B");
    CHECK(s.undo());
    CHECK(s.doc().arrangement.name == "A");
    CHECK(s.undo());
    CHECK(s.doc().arrangement.name == "");
    CHECK_FALSE(s.undo());
    CHECK(s.redo());
    CHECK(s.doc().arrangement.name == "A");
    s.apply("c", [](Document& d) { d.arrangement.name = "C"; });
    CHECK_FALSE(s.can_redo());
}

TEST_CASE("typing in one field is one undo step until the field is left") {
    Session s;
    for (const char* t : {"K", "Ka", "Kar", "Kari"}) s.apply("name", [&](Document& d) { d.arrangement.name = t; }, 7);
    s.end_merge();
    s.apply("name", [](Document& d) { d.arrangement.name = "Kari N"; }, 7);
    CHECK(s.undo());
    CHECK(s.doc().arrangement.name == "Kari");
    CHECK(s.undo());
    CHECK(s.doc().arrangement.name == "");
}

TEST_CASE("every change increases the revision, undo and redo too") {
    Session s;
    uint64_t r0 = s.revision();
    s.apply("a", [](Document& d) { d.arrangement.name = "A"; });
    CHECK(s.revision() > r0);
    uint64_t r1 = s.revision();
    s.undo();
    CHECK(s.revision() > r1);
}

TEST_CASE("two sessions never share a revision, so cached results are never taken for another document") {
    Session a, b;
    CHECK(a.revision() != b.revision());
    Session c(Document{});
    a.apply("x", [](Document& d) { d.arrangement.name = "X"; });
    CHECK(a.revision() != c.revision());
    CHECK(a.revision() != b.revision());
}

TEST_CASE("after opening another arrangement its own violations are shown, not the previous one's") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Tom", Jurisdiction::NO, 0);
    CHECK(f.app.violations().empty());
    std::string empty_id = f.app.open_id();
    Document busy;
    busy.arrangement.name = "Travel";
    Assistant a;
    a.id = "a1";
    a.name = "Ola";
    a.employed_from = *Date::parse("2026-01-01");
    busy.assistants.push_back(a);
    Shift s1;
    s1.id = "s1"; s1.assistant = "a1";
    s1.start = *LocalDateTime::parse("2026-03-02T08:00");
    s1.end = *LocalDateTime::parse("2026-03-02T20:00");
    busy.shifts.push_back(s1);
    REQUIRE(f.app.import_text("busy.json", write_document(busy), 0));
    f.app.import_as_new(0);
    CHECK_FALSE(f.app.violations().empty());  // 12 h: daily hours and the break
    f.app.open(empty_id, 0);
    CHECK(f.app.violations().empty());
}

TEST_CASE("a new arrangement is stored at once and reopened at the next start") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Kari Nordmann", Jurisdiction::NO, 0);
    CHECK(f.app.library.size() == 1);
    std::string id = f.app.open_id();

    Fixture again(f.dir);
    REQUIRE(again.app.start(0));
    CHECK(again.app.open_id() == id);
    CHECK(again.app.session.doc().arrangement.name == "Kari Nordmann");
}

TEST_CASE("a change is saved after the autosave delay, not before") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("A", Jurisdiction::NO, 0);
    rename(f.app, "Åse Ørnes");
    f.app.tick(10.0);  // first sight of the change
    CHECK(f.app.dirty());
    f.app.tick(10.0 + App::save_delay / 2);
    CHECK(f.app.dirty());
    f.app.tick(10.0 + App::save_delay);
    CHECK_FALSE(f.app.dirty());
    auto text = f.storage.load(f.app.open_id());
    REQUIRE(text);
    CHECK(text->find("Åse Ørnes") != std::string::npos);
}

TEST_CASE("a tick says when it changed what the screens show: a write stored, not a quiet moment") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("A", Jurisdiction::NO, 0);
    f.app.tick(5.0);
    rename(f.app, "Åse Ørnes");
    f.app.tick(10.0);  // first sight of the change: nothing stored yet, the same "saving" shown
    CHECK_FALSE(f.app.tick(10.0 + App::save_delay / 2));  // nothing happens
    CHECK(f.app.dirty());
    CHECK(f.app.tick(10.0 + App::save_delay));  // written and stored: "saved" is shown
    CHECK_FALSE(f.app.dirty());
    CHECK_FALSE(f.app.tick(11.0));
}

namespace {

// Folder storage whose writes can be made to fail (a full disk, a browser out
// of quota) or to stay unfinished (a browser's write still running).
class FlakyStorage final : public Storage {
public:
    explicit FlakyStorage(fs::path dir) : folder(std::move(dir)) {}
    FolderStorage folder;
    bool fail = false;  // writes fail
    bool hold = false;  // writes stay unfinished until finish()
    int writes = 0;     // attempts

    std::vector<StoredArrangement> list() override { return folder.list(); }
    std::optional<std::string> load(const std::string& id) override { return folder.load(id); }
    std::optional<std::string> load_previous(const std::string& id) override { return folder.load_previous(id); }
    uint64_t save(const StoredArrangement& info, const std::string& text, bool keep_previous) override {
        ++writes;
        const uint64_t t = ++last_;
        if (hold) {
            held_.push_back({t, info, text, keep_previous});
            states_[t] = SaveState::Pending;
        } else {
            states_[t] = fail ? SaveState::Failed : store(info, text, keep_previous);
        }
        return t;
    }
    SaveState save_state(uint64_t ticket) override { return states_.at(ticket); }
    void finish() {
        hold = false;
        for (auto& h : held_) states_[h.ticket] = fail ? SaveState::Failed : store(h.info, h.text, h.keep_previous);
        held_.clear();
    }
    void remove(const std::string& id) override { folder.remove(id); }
    std::vector<std::string> changed_elsewhere() override { return folder.changed_elsewhere(); }
    bool newer_elsewhere(const std::string& id) override { return folder.newer_elsewhere(id); }
    void take_stored(const std::string& id) override { folder.take_stored(id); }
    std::optional<std::string> load_setting(const std::string& key) override { return folder.load_setting(key); }
    void save_setting(const std::string& key, const std::string& value) override { folder.save_setting(key, value); }
    std::string error() override { return fail ? "disk full" : folder.error(); }

private:
    SaveState store(const StoredArrangement& info, const std::string& text, bool keep_previous) {
        return folder.save_state(folder.save(info, text, keep_previous));
    }
    struct Held {
        uint64_t ticket;
        StoredArrangement info;
        std::string text;
        bool keep_previous;
    };
    uint64_t last_ = 0;
    std::map<uint64_t, SaveState> states_;
    std::vector<Held> held_;
};

struct FlakyFixture {
    fs::path dir = Fixture::fresh_dir();
    FlakyStorage storage{dir};
    App app{storage, [](const std::string& p) { return read_text(fs::path(BPA_SOURCE_DIR) / "assets" / p); },
            [] { return std::string("2026-03-02T10:00"); }};
};

}  // namespace

TEST_CASE("a failed write is not saved: it is tried again with back-off and on the next change, until it is stored") {
    FlakyFixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("A", Jurisdiction::NO, 0);
    f.app.tick(0);
    REQUIRE_FALSE(f.app.dirty());
    const std::string id = f.app.open_id();

    f.storage.fail = true;
    rename(f.app, "Skrevet mens lagringen sviktet");
    f.app.tick(10);
    f.app.tick(10 + App::save_delay);
    CHECK(f.storage.writes == 2);  // the new arrangement, then this change
    CHECK(f.app.dirty());
    CHECK(f.app.save_failed());
    CHECK(f.app.unsaved_at_risk());
    // Back-off: 1 s, then 2 s.
    f.app.tick(11.4);
    CHECK(f.storage.writes == 2);
    f.app.tick(11.6);
    CHECK(f.storage.writes == 3);
    f.app.tick(13.5);
    CHECK(f.storage.writes == 3);
    CHECK(f.app.next_save_in(13.5) == doctest::Approx(0.1));
    f.app.tick(13.7);
    CHECK(f.storage.writes == 4);
    // A change is written without waiting out the back-off (4 s by now).
    rename(f.app, "Endret igjen");
    f.app.tick(14);
    f.app.tick(14 + App::save_delay);
    CHECK(f.storage.writes == 5);
    CHECK(f.app.dirty());

    // Storage works again: the next attempt stores the change.
    f.storage.fail = false;
    f.app.tick(100);
    CHECK_FALSE(f.app.dirty());
    CHECK_FALSE(f.app.save_failed());
    CHECK_FALSE(f.app.unsaved_at_risk());
    CHECK(f.app.next_save_in(100) < 0);
    auto text = f.storage.load(id);
    REQUIRE(text);
    CHECK(text->find("Endret igjen") != std::string::npos);
}

TEST_CASE("a write still running is not saved yet, and is not started twice") {
    FlakyFixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("A", Jurisdiction::NO, 0);
    f.app.tick(0);
    f.storage.hold = true;
    rename(f.app, "B");
    f.app.tick(1);
    f.app.tick(2);
    CHECK(f.storage.writes == 2);
    CHECK(f.app.dirty());
    CHECK_FALSE(f.app.unsaved_at_risk());  // on its way, nothing has failed
    f.app.tick(3);
    f.app.flush();
    CHECK(f.storage.writes == 2);
    f.storage.fail = true;  // ... and then the browser refuses it
    f.storage.finish();
    f.app.tick(4);
    CHECK(f.app.dirty());
    CHECK(f.app.unsaved_at_risk());
    f.storage.fail = false;
    f.app.flush();  // the page being hidden tries at once
    CHECK_FALSE(f.app.dirty());
}

TEST_CASE("the previous saved version is the one from before this session, and restoring it can be undone") {
    fs::path dir;
    std::string id;
    {
        Fixture f;
        dir = f.dir;
        REQUIRE(f.app.start(0));
        f.app.new_arrangement("Første", Jurisdiction::NO, 0);
        id = f.app.open_id();
    }
    Fixture f(dir);
    REQUIRE(f.app.start(0));
    rename(f.app, "Andre");
    f.app.flush();
    rename(f.app, "Tredje");
    f.app.flush();
    auto prev = f.storage.load_previous(id);
    REQUIRE(prev);
    CHECK(prev->find("Første") != std::string::npos);
    REQUIRE(f.app.restore_previous(1));
    CHECK(f.app.session.doc().arrangement.name == "Første");
    f.app.session.undo();
    CHECK(f.app.session.doc().arrangement.name == "Tredje");
}

TEST_CASE("a broken import is refused with every problem and changes nothing") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Kari", Jurisdiction::NO, 0);
    std::string before = f.app.export_text();
    uint64_t rev = f.app.session.revision();
    std::string broken = R"({"format":"bpa-arbeidsleder","version":1,
        "arrangement":{"name":"X","jurisdiction":"SE"},
        "assistants":[{"id":"a1","name":"Ola","employed_from":"2026-13-01"}]})";
    CHECK_FALSE(f.app.import_text("ødelagt.json", broken, 0));
    CHECK(f.app.import_problems.size() == 2);
    CHECK(f.app.import_problem_file == "ødelagt.json");
    CHECK_FALSE(f.app.pending_import);
    CHECK(f.app.session.revision() == rev);
    CHECK(f.app.export_text() == before);
    CHECK(f.app.library.size() == 1);
}

TEST_CASE("an import nested 5,000 levels deep is refused with its path and changes nothing") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Kari", Jurisdiction::NO, 0);
    const std::string before = f.app.export_text();
    std::string deep = before;
    deep.insert(deep.rfind('}'), ", \"notes\": " + std::string(5000, '[') + std::string(5000, ']'));
    CHECK_FALSE(f.app.import_text("dyp.json", deep, 0));
    REQUIRE(f.app.import_problems.size() == 1);
    CHECK(f.app.import_problems[0].kind == ProblemKind::TooDeep);
    CHECK(f.app.import_problems[0].path.rfind("notes[0][0]", 0) == 0);
    CHECK(f.app.i18n.describe(f.app.import_problems[0]).find("nøstet for dypt") != std::string::npos);
    CHECK_FALSE(f.app.pending_import);
    CHECK(f.app.export_text() == before);
}

TEST_CASE("a good import asks first, then replaces the open arrangement or adds a new one") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Kari", Jurisdiction::NO, 0);
    const std::string example = danish_example();

    REQUIRE(f.app.import_text("dk.json", example, 0));
    REQUIRE(f.app.pending_import);
    CHECK(f.app.session.doc().arrangement.name == "Kari");  // nothing yet
    f.app.import_as_new(0);
    CHECK(f.app.library.size() == 2);
    CHECK(f.app.session.doc().arrangement.jurisdiction == Jurisdiction::DK);

    f.app.open(f.app.library[0].id == f.app.open_id() ? f.app.library[1].id : f.app.library[0].id, 0);
    CHECK(f.app.session.doc().arrangement.name == "Kari");
    REQUIRE(f.app.import_text("dk.json", example, 0));
    f.app.import_replace_open(0);
    CHECK(f.app.library.size() == 2);
    CHECK(f.app.session.doc().arrangement.jurisdiction == Jurisdiction::DK);
    CHECK(f.app.i18n.jurisdiction == Jurisdiction::DK);
    f.app.session.undo();  // the replacement can be undone
    CHECK(f.app.session.doc().arrangement.name == "Kari");
}

TEST_CASE("export then import gives the same document") {
    Fixture f;
    REQUIRE(f.app.start(0));
    REQUIRE(f.app.load_example(examples()[0], 0));
    std::string exported = f.app.export_text();
    REQUIRE(f.app.import_text("x.json", exported, 0));
    f.app.import_as_new(0);
    // The same document; only the name tells it apart from the one already in the library.
    Json again = Json::parse(f.app.export_text());
    Json before = Json::parse(exported);
    CHECK(again["arrangement"]["name"] == before["arrangement"]["name"].get<std::string>() + " (2)");
    again["arrangement"]["name"] = before["arrangement"]["name"];
    CHECK(again.dump(2) == before.dump(2));
}

TEST_CASE("the export file is named after the arrangement and the day") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Kari Nordmann / Ørsta", Jurisdiction::NO, 0);
    CHECK(f.app.export_file_name("2026-03-02") == "Kari-Nordmann-Ørsta-2026-03-02.json");
    CHECK(file_name_safe("..//") == "ordning");
    CHECK(file_name_safe("a;b\"c") == "a-b-c");
}

TEST_CASE("download names drop control, direction and zero-width characters and have a length limit") {
    // U+202E shows "Faktura\u202Egpj.exe" as "Fakturaexe.jpg".
    CHECK(file_name_safe("Faktura\u202Egpj.exe") == "Fakturagpj.exe");
    CHECK(file_name_safe("a\u200Fb\u2066c\u2069d\u200Be\uFEFFf\u0085g\u061Ch") == "abcdefgh");
    CHECK(file_name_safe("tab\there\nnewline") == "tab-here-newline");
    CHECK(file_name_safe("\xff\xfeØrsta\xc3") == "Ørsta");  // bytes that are not UTF-8 are left out
    CHECK(file_name_safe("\u202E") == "ordning");
    const std::string long_name = file_name_safe(std::string(500, 'x') + "æ");
    CHECK(long_name == std::string(file_name_max_chars, 'x'));
    // The limit counts characters, never cutting one in two.
    const std::string letters = file_name_safe(std::string(30, 'a') + "ÆØÅæøå" + std::string(100, 'b'));
    CHECK(letters == std::string(30, 'a') + "ÆØÅæøå" + std::string(file_name_max_chars - 36, 'b'));

    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Lønn\u202Efdp.exe", Jurisdiction::NO, 0);
    CHECK(f.app.export_file_name("2026-03-02") == "Lønnfdp.exe-2026-03-02.json");
}

TEST_CASE("both examples load and are valid teaching arrangements") {
    Fixture f;
    REQUIRE(f.app.start(0));
    REQUIRE(f.app.load_example(examples()[0], 0));
    const Document& no = f.app.session.doc();
    CHECK(no.arrangement.jurisdiction == Jurisdiction::NO);
    REQUIRE(no.arrangement.decisions.size() == 1);
    CHECK(no.arrangement.decisions[0].hours_per_week == 37.5);
    CHECK(no.assistants.size() == 4);
    CHECK(std::count_if(no.assistants.begin(), no.assistants.end(),
                        [](auto& a) { return a.employment == Employment::Tilkalling; }) == 1);
    // Four weeks of shifts: first Monday to last Sunday.
    auto [first, last] = std::minmax_element(no.shifts.begin(), no.shifts.end(),
                                             [](auto& a, auto& b) { return a.start < b.start; });
    CHECK((last->start.date - first->start.date).count >= 27);
    REQUIRE(f.app.load_example(examples()[1], 0));
    CHECK(f.app.session.doc().arrangement.jurisdiction == Jurisdiction::DK);
    CHECK(f.app.library.size() == 2);
}

TEST_CASE("deleting an arrangement removes it from storage and closes it") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Slett meg", Jurisdiction::DK, 0);
    std::string id = f.app.open_id();
    f.app.remove(id, 0);
    CHECK_FALSE(f.app.has_open());
    CHECK(f.app.library.empty());
    CHECK_FALSE(f.storage.load(id));
}

TEST_CASE("deleting the open arrangement by its open id (as the settings screen does) removes it from storage") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Slett meg", Jurisdiction::NO, 0);
    const std::string id = f.app.open_id();
    f.app.remove(f.app.open_id(), 0);  // a reference to the id the removal clears
    CHECK_FALSE(f.app.has_open());
    CHECK(f.app.library.empty());
    CHECK_FALSE(f.storage.load(id));
}

TEST_CASE("settings survive a restart and bad values fall back to defaults") {
    fs::path dir;
    {
        Fixture f;
        dir = f.dir;
        REQUIRE(f.app.start(0));
        f.app.set_language(Language::Da);
        f.app.set_text_scale(1.5f);
        f.app.set_high_contrast(true);
    }
    Fixture f(dir);
    REQUIRE(f.app.start(0));
    CHECK(f.app.settings.language == Language::Da);
    CHECK(f.app.settings.text_scale == doctest::Approx(1.5));
    CHECK(f.app.settings.high_contrast);
    Settings s = Settings::from_text(R"({"language":"sv","text_scale":9,"high_contrast":"yes"})");
    CHECK(s.language == Language::Nb);
    CHECK(s.text_scale == doctest::Approx(2.0));
    CHECK_FALSE(s.high_contrast);
    CHECK(Settings::from_text("not json").text_scale == doctest::Approx(1.0));
}

TEST_CASE("a command runs as one undo step; a refused one changes nothing, adds no step and says why") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Tom", Jurisdiction::NO, 0);
    const uint64_t r0 = f.app.session.revision();
    Outcome o = f.app.run("add", [](Document& d) { return add_assistant(d, "Kari", D("2026-01-01")); }, 1);
    REQUIRE(o.ok());
    CHECK(f.app.session.revision() != r0);
    CHECK(f.app.session.undo_label() == "add");
    const Document before = f.app.session.doc();
    const uint64_t r1 = f.app.session.revision();
    const size_t notices = f.app.notices.size();
    Outcome refused = f.app.run("blank", [](Document& d) { return set_arrangement_name(d, " "); }, 2);
    CHECK(refused.refusal == Refusal::Required);
    CHECK(f.app.session.doc() == before);
    CHECK(f.app.session.revision() == r1);
    CHECK(f.app.session.undo_label() == "add");
    REQUIRE(f.app.notices.size() == notices + 1);
    CHECK(f.app.notices.back().kind == Notice::Kind::Error);
    CHECK(f.app.notices.back().text.find(f.app.i18n.tr("refusal.required")) != std::string::npos);
    // A command that changes nothing adds no step.
    CHECK(f.app.run("same", [](Document& d) { return set_arrangement_name(d, "Tom"); }, 3).ok());
    CHECK(f.app.session.undo_label() == "add");
}

TEST_CASE("derived results are computed once per revision and follow every change") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Tom", Jurisdiction::NO, 0);
    Outcome a = f.app.run("add", [](Document& d) { return add_assistant(d, "Kari", D("2026-01-01")); }, 1);
    REQUIRE(a.ok());
    const Timesheet* t1 = &f.app.timesheet(a.id, D("2026-03-01"), D("2026-03-31"));
    CHECK(t1->clock.count == 0);
    CHECK(&f.app.timesheet(a.id, D("2026-03-01"), D("2026-03-31")) == t1);  // the same result, not recomputed
    const HoursAccount& acc0 = f.app.hours_account(2026, D("2026-03-01"));
    CHECK(acc0.used == 0);
    Shift s = shift("", a.id.c_str(), "2026-03-02T08:00", "2026-03-02T16:00", 30);
    REQUIRE(f.app.run("shift", [&](Document& d) { return add_shift(d, s); }, 2).ok());
    CHECK(f.app.timesheet(a.id, D("2026-03-01"), D("2026-03-31")).clock.count == 8 * 60);
    CHECK(f.app.hours_account(2026, D("2026-01-01")).used == 8);
    CHECK(f.app.coverage(D("2026-03-02"), D("2026-03-08")).days.size() == 7);
    CHECK(f.app.open_shifts(40).empty());
    CHECK(f.app.vacation_status(a.id, 2026).entitled == 25);
}

TEST_CASE("what a view holds of the document stays readable through a command until the frame ends") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Tom", Jurisdiction::NO, 0);
    REQUIRE(f.app.run("add", [](Document& d) { return add_assistant(d, "Kari", D("2026-01-01")); }, 1).ok());
    const Assistant& held = f.app.session.doc().assistants.front();  // as a view holds it while drawing
    const Timesheet& sheet = f.app.timesheet(held.id, D("2026-03-01"), D("2026-03-31"));
    for (const char* name : {"K", "Ka", "Kar"})  // typing: merged into one step
        REQUIRE(f.app.run("name", [&](Document& d) { return edit_assistant(d, held.id, [&](Assistant& a) { a.name = name; }); }, 2, 77).ok());
    CHECK(held.name == "Kari");  // the document as it was when the frame began, still there
    CHECK(sheet.assistant == held.id);
    CHECK(f.app.session.doc().assistants.front().name == "Kar");
    f.app.tick(3);  // the frame is drawn
    CHECK(f.app.session.doc().assistants.front().name == "Kar");
}

TEST_CASE("what a view holds of the stored list, the open session and the proposal stays readable until the frame ends") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Anna", Jurisdiction::NO, 0);
    const std::string anna = f.app.open_id();
    f.app.new_arrangement("Berit", Jurisdiction::NO, 0);
    Fixture page(f.dir);  // the page opened again: Berit reopened, nothing of it written yet
    App& app = page.app;
    REQUIRE(app.start(0));
    REQUIRE(app.library.size() == 2);
    REQUIRE(app.run("add", [](Document& d) { return add_assistant(d, "Kari", D("2026-01-01")); }, 1).ok());
    // As views hold them while a frame is drawn: an entry of the arrangement
    // menu, an assistant of the open document, the proposal shown.
    const StoredArrangement& entry = app.library.front();
    REQUIRE(entry.id == anna);
    const Assistant& kari = app.session.doc().assistants.front();
    ProposeOptions o;
    o.from = D("2026-03-09");
    o.weeks = 1;
    o.assistants = {kari.id};
    app.start_proposal(o);
    app.cancel_proposal();
    REQUIRE(app.proposal());
    const App::ProposalRun& run = *app.proposal();
    app.discard_proposal();
    CHECK(run.options.weeks == 1);  // the proposal ended, still there
    // Opening Anna saves Berit first: its first write since the start reads the
    // stored list anew; then Berit's session is replaced.
    REQUIRE(app.open(anna, 2));
    CHECK(app.open_id() == anna);
    CHECK(entry.id == anna);     // the list as it was when the frame began, still there
    CHECK(kari.name == "Kari");  // Berit's document, still there
    app.tick(3);  // the frame is drawn
    CHECK(app.library.size() == 2);
    CHECK(app.session.doc().arrangement.name == "Anna");
    Fixture again(f.dir);
    REQUIRE(again.app.start(0));
    REQUIRE(again.app.open(again.app.library.back().id, 0));
    CHECK(again.app.session.doc().arrangement.name == "Berit");
    CHECK(again.app.session.doc().assistants.size() == 1);  // saved when Anna was opened
}

TEST_CASE("the year's deadlines and the overview's agenda are cached by revision and follow a tick") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Tom", Jurisdiction::NO, 0);
    const Date from = D("2026-01-01"), to = D("2026-12-31"), today = D("2026-04-15");
    const auto* list = &f.app.deadlines(from, to, today);
    CHECK(&f.app.deadlines(from, to, today) == list);  // the same result, not recomputed
    const YearDeadline* easter = nullptr;
    for (const auto& y : *list)
        if (y.deadline.kind == "wheel_easter_plan") easter = &y;
    REQUIRE(easter);
    CHECK(easter->overdue);
    const std::string key = easter->key;
    const size_t overdue = f.app.deadline_agenda(today).overdue.size();
    REQUIRE(overdue >= 1);
    REQUIRE(f.app.run("done", [&](Document& d) { return set_deadline_done(d, key, today); }, 1).ok());
    bool ticked = false;
    for (const auto& y : f.app.deadlines(from, to, today))
        if (y.key == key) ticked = y.done_on == today && !y.overdue;
    CHECK(ticked);
    CHECK(f.app.deadline_agenda(today).overdue.size() == overdue - 1);
    f.app.session.undo();
    CHECK(f.app.deadline_agenda(today).overdue.size() == overdue);
}

TEST_CASE("a proposed plan runs in slices, is accepted by week as one undo step, and goes stale when the plan changes") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Forslag", Jurisdiction::NO, 0);
    for (const char* name : {"Kari", "Ola", "Per"})
        REQUIRE(f.app.run("add", [&](Document& d) { return add_assistant(d, name, D("2026-01-01")); }, 0).ok());
    REQUIRE(f.app.run("need", [](Document& d) {
        return edit_plan(d, [](PlanData& p) {
            for (int w = 1; w <= 7; ++w) {
                NeedBlock b;
                b.weekday = static_cast<Weekday>(w);
                b.from = TimeOfDay(8 * 60);
                b.to = TimeOfDay(16 * 60);
                p.need.push_back(b);
            }
        });
    }, 0).ok());
    const Document before = f.app.session.doc();

    ProposeOptions o;
    o.from = D("2026-03-09");
    o.weeks = 2;
    o.assistants = {"a1", "a2"};  // Per is left out
    f.app.start_proposal(o);
    REQUIRE(f.app.proposal_running());
    double clock = 0;
    int slices = 0;
    while (f.app.step_proposal([&] { return clock += 0.001; }, 0.0015)) ++slices;
    CHECK(slices > 1);  // it ran in more than one slice
    CHECK_FALSE(f.app.proposal_running());
    REQUIRE(f.app.proposal());
    REQUIRE(f.app.proposal()->result);
    const Proposal all = *f.app.proposal()->result;
    CHECK(all.uncovered_minutes == 0);
    for (const Shift& s : all.shifts) CHECK(s.assistant != before.assistants[2].id);
    CHECK(f.app.session.doc() == before);  // nothing in the plan until accepted

    // The first week only: one step; the second week stays proposed.
    REQUIRE(f.app.accept_proposal(std::make_pair(D("2026-03-09"), D("2026-03-15")), 1).ok());
    CHECK(f.app.session.undo_label() == f.app.i18n.tr("propose.step_accept"));
    size_t first_week = 0;
    for (const Shift& s : all.shifts) first_week += s.start.date <= D("2026-03-15");
    CHECK(f.app.session.doc().shifts.size() == first_week);
    REQUIRE(f.app.proposal());
    CHECK_FALSE(f.app.proposal_stale());
    CHECK(f.app.proposal()->result->shifts.size() == all.shifts.size() - first_week);
    CHECK(f.app.session.undo());
    CHECK(f.app.session.doc() == before);
    // After a change to the plan the rest is stale and cannot be accepted.
    CHECK(f.app.proposal_stale());
    CHECK(f.app.accept_proposal(std::nullopt, 2).refusal == Refusal::NotAllowed);
    CHECK(f.app.session.doc() == before);
    f.app.discard_proposal();
    CHECK_FALSE(f.app.proposal());

    // Stopped at once it still gives a plan; accepting all of it empties the proposal.
    f.app.start_proposal(o);
    f.app.cancel_proposal();
    REQUIRE(f.app.proposal());
    REQUIRE(f.app.proposal()->result);
    const size_t n = f.app.proposal()->result->shifts.size();
    CHECK(n > 0);
    REQUIRE(f.app.accept_proposal(std::nullopt, 3).ok());
    CHECK(f.app.session.doc().shifts.size() == n);
    CHECK_FALSE(f.app.proposal());
    CHECK(f.app.session.undo());
    CHECK(f.app.session.doc() == before);
}

TEST_CASE("the plan marks a shift before the declaration or the certificate as a warning, and no longer once both are in place") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Papirer", Jurisdiction::NO, 0);
    Outcome made = f.app.run("add", [](Document& d) { return add_assistant(d, "Siri", *Date::parse("2026-03-01")); }, 0);
    REQUIRE(made.ok());
    const std::string id = made.id;
    Shift s = shift_on(*Date::parse("2026-03-03"), *TimeOfDay::parse("08:00"), *TimeOfDay::parse("12:00"));
    s.assistant = id;
    Outcome added = f.app.run("shift", [&](Document& d) { return add_shift(d, s); }, 0);
    REQUIRE(added.ok());
    CHECK(f.app.shift_marks().count(added.id) == 0);  // no checklist started: nothing is asked
    REQUIRE(f.app.run("start", [&](Document& d) { return start_onboarding(d, id); }, 0).ok());
    REQUIRE(f.app.shift_marks().count(added.id) == 1);
    CHECK(f.app.shift_marks().at(added.id) == Severity::Warning);
    for (const char* key : {"confidentiality", "certificate"})
        REQUIRE(f.app.run(key, [&](Document& d) { return set_onboarding_date(d, id, key, *Date::parse("2026-03-02")); }, 0).ok());
    CHECK(f.app.shift_marks().count(added.id) == 0);
}

TEST_CASE("backups: the days since the last export, kept per arrangement in the settings, and when a reminder is due") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Kopi", Jurisdiction::NO, 0);
    CHECK_FALSE(f.app.days_since_export("2026-03-02").has_value());
    CHECK(f.app.backup_due("2026-03-02"));  // never exported
    f.app.mark_exported("2026-03-02");
    CHECK(f.app.days_since_export("2026-03-02") == 0);
    CHECK_FALSE(f.app.backup_due("2026-03-15"));  // 13 days
    CHECK(f.app.backup_due("2026-03-16"));        // 14 days: the default reminder
    f.app.settings.backup_reminder_days = 0;      // off
    CHECK_FALSE(f.app.backup_due("2027-03-16"));
    // Kept in the settings' text, and read back; bad values keep the defaults.
    Settings back = Settings::from_text(f.app.settings.to_text());
    CHECK(back.exported == f.app.settings.exported);
    CHECK(back.backup_reminder_days == 0);
    Settings bad = Settings::from_text(R"({"exported": {"x": "yesterday", "y": "2026-01-01"}, "backup_reminder_days": 9999})");
    CHECK(bad.exported.size() == 1);
    CHECK(bad.backup_reminder_days == 365);
    // Another arrangement has its own.
    f.app.new_arrangement("Annen", Jurisdiction::NO, 0);
    CHECK_FALSE(f.app.days_since_export("2026-03-02").has_value());
}

TEST_CASE("an arrangement added as new with a name already in the library gets \"(2)\", then \"(3)\"") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Ola", Jurisdiction::NO, 0);
    const std::string text = f.app.export_text();
    for (const char* expected : {"Ola (2)", "Ola (3)"}) {
        REQUIRE(f.app.import_text("ola.json", text, 0));
        f.app.import_as_new(0);
        CHECK(f.app.session.doc().arrangement.name == expected);
    }
    REQUIRE(f.app.load_example(examples()[0], 0));
    const std::string example = f.app.session.doc().arrangement.name;
    REQUIRE(f.app.load_example(examples()[0], 0));
    CHECK(f.app.session.doc().arrangement.name == example + " (2)");
}

TEST_CASE("a notice on screen speaks the language chosen after it was made; a refusal's reason too") {
    Fixture f;
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Kari", Jurisdiction::NO, 0);
    REQUIRE(f.app.import_text("dk.json", danish_example(), 0));
    f.app.import_as_new(0);
    REQUIRE_FALSE(f.app.notices.empty());
    CHECK(f.app.notices.back().text == "Importert fra «dk.json».");
    f.app.set_language(Language::Da);
    CHECK(f.app.notices.back().text == "Importeret fra »dk.json«.");
    f.app.set_language(Language::En);
    CHECK(f.app.notices.back().text == "Imported from “dk.json”.");

    // A refused change: the notice and the reason in it follow the language.
    f.app.set_language(Language::Nb);
    const size_t before = f.app.notices.size();
    f.app.run("blank", [](Document& d) { return set_arrangement_name(d, " "); }, 0);
    REQUIRE(f.app.notices.size() == before + 1);
    const std::string nb = f.app.notices.back().text;
    CHECK(nb.find(f.app.i18n.tr("refusal.required")) != std::string::npos);
    f.app.set_language(Language::Da);
    CHECK(f.app.notices.back().text != nb);
    CHECK(f.app.notices.back().text.find(f.app.i18n.tr("refusal.required")) != std::string::npos);

    // A text from no table stays as it was made.
    f.app.notify(Notice::Kind::Info, std::string("as it is"), 0);
    f.app.set_language(Language::Nb);
    CHECK(f.app.notices.back().text == "as it is");
}

TEST_CASE("a notice stays long enough to be read slowly; an error longer") {
    Notice short_info{Notice::Kind::Info, "Importert fra «eksempel.json».", 0, {}};
    CHECK(visible_for(short_info) == doctest::Approx(6.0));  // 3 words: the least, 6 s
    Notice long_info{Notice::Kind::Info, "", 0, {}};
    for (int i = 0; i < 20; ++i) long_info.text += "ord ";
    CHECK(visible_for(long_info) == doctest::Approx(12.0));  // 4 s and 0.4 s for each of 20 words
    Notice long_error = long_info;
    long_error.kind = Notice::Kind::Error;
    CHECK(visible_for(long_error) == doctest::Approx(18.0));  // half as long again
    Notice very_long{Notice::Kind::Error, "", 0, {}};
    for (int i = 0; i < 200; ++i) very_long.text += "ord  ";
    CHECK(visible_for(very_long) == doctest::Approx(45.0));  // 30 s at most, 45 s for an error
    CHECK(visible_for(Notice{Notice::Kind::Error, "", 0, {}}) == doctest::Approx(9.0));
}

TEST_CASE("why storage failed is said in the reader's words; an unknown reason as the browser gave it") {
    Fixture f;
    f.app.start_first(0);
    f.app.set_language(Language::Nb);
    CHECK(storage_reason(f.app.i18n, "Error: this browser has no IndexedDB") ==
          "nettleseren har ikke IndexedDB, eller den er slått av, for eksempel i et privat vindu");
    CHECK(storage_reason(f.app.i18n, "QuotaExceededError: the browser has no more room for this page") ==
          "nettleseren har ikke mer plass til siden");
    f.app.set_language(Language::Da);
    CHECK(storage_reason(f.app.i18n, "InvalidStateError: A mutation operation was attempted") ==
          "browseren tillader ikke lagring her, for eksempel i et privat vindue eller på grund af indstillingerne");
    CHECK(storage_reason(f.app.i18n, "SecurityError: access denied") ==
          storage_reason(f.app.i18n, "InvalidStateError: A mutation operation was attempted"));
    CHECK(storage_reason(f.app.i18n, "UnknownError: Internal error") == "UnknownError: Internal error");
}
