// Two pages on one storage (two tabs, or the page opened twice): two Apps on
// one folder. A save never overwrites a version the other page saved that
// this one has not seen; a page without unsaved changes takes the other's
// save, one with unsaved changes becomes read-only until the user chooses.
#include <doctest/doctest.h>

#include "support.h"

#include <filesystem>

#include "app/app_state.h"
#include "core/commands.h"
#include "platform/storage_native.h"

using namespace bpa;
using namespace bpa::test;
namespace fs = std::filesystem;

namespace {

fs::path fresh_folder() {
    static int n = 0;
    fs::path p = fs::temp_directory_path() / ("bpa-tabs-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
    fs::remove_all(p);
    return p;
}

// One page: its own storage object (its own idea of the versions) on the shared folder.
struct Page {
    FolderStorage storage;
    App app;
    explicit Page(const fs::path& dir)
        : storage(dir), app(storage, [](const std::string& p) { return read_text(fs::path(BPA_SOURCE_DIR) / "assets" / p); },
                            [] { return std::string("2026-03-02T10:00"); }) {
        REQUIRE(app.start(0));
    }
    void rename(const std::string& name, double now) {
        app.run("rename", [&](Document& d) {
            d.arrangement.name = name;
            return Outcome{};
        }, now);
    }
    std::string name() const { return app.session.doc().arrangement.name; }
    // Two frames: the change is seen, then written once the autosave delay has passed.
    void save(double now) {
        app.tick(now);
        app.tick(now + App::save_delay);
    }
};

// Page A makes an arrangement and stores it; page B starts after it, and has it open too.
struct TwoPages {
    fs::path dir = fresh_folder();
    Page a{dir};
    std::string id = make(a);
    Page b{dir};
    static std::string make(Page& p) {
        p.app.new_arrangement("Ordning", Jurisdiction::NO, 0);
        p.app.tick(0);
        return p.app.open_id();
    }
};

// What is stored, read as a third page would (reading is what a page builds on).
std::string stored_name(const fs::path& dir, const std::string& id) {
    FolderStorage s(dir);
    auto text = s.load(id);
    REQUIRE(text);
    auto r = read_document(std::string_view(*text));
    REQUIRE(r.ok());
    return r.document->arrangement.name;
}

}  // namespace

TEST_CASE("a page with no unsaved changes takes the version another page saved") {
    TwoPages pages;
    auto& [dir, a, id, b] = pages;
    REQUIRE(b.app.open_id() == id);  // reopened from the settings

    b.rename("Endret i B", 1);
    b.save(2);
    REQUIRE_FALSE(b.app.dirty());

    a.app.tick(3);
    CHECK(a.name() == "Endret i B");
    CHECK_FALSE(a.app.dirty());
    CHECK_FALSE(a.app.conflict());

    // And A's next change builds on B's: saved, and B takes it in turn.
    a.rename("Endret i A etterpå", 4);
    a.save(5);
    CHECK_FALSE(a.app.dirty());
    b.app.tick(6);
    CHECK(b.name() == "Endret i A etterpå");
    CHECK(stored_name(dir, id) == "Endret i A etterpå");
}

TEST_CASE("unsaved changes meeting another page's save: nothing is overwritten and the page is read-only until the user chooses") {
    TwoPages pages;
    auto& [dir, a, id, b] = pages;

    a.rename("A sin endring", 10);  // not yet saved (autosave waits save_delay)
    b.rename("B sin endring", 10);
    b.save(11);                     // B saves first
    REQUIRE_FALSE(b.app.dirty());

    a.app.tick(11);                 // A hears of B's save before writing
    CHECK(a.app.conflict());
    CHECK(a.app.dirty());
    CHECK(a.name() == "A sin endring");
    CHECK(stored_name(dir, id) == "B sin endring");
    CHECK(a.app.unsaved_at_risk());  // leaving the page asks first

    // Read-only: commands are refused, nothing is written however long it waits.
    CHECK_FALSE(a.app.run("x", [](Document& d) { d.arrangement.name = "x"; return Outcome{}; }, 12).ok());
    CHECK(a.name() == "A sin endring");
    a.app.flush();
    a.app.tick(60);
    CHECK(stored_name(dir, id) == "B sin endring");
    // Switching to another arrangement would drop A's changes: refused too.
    a.app.close(61);
    CHECK(a.app.has_open());

    SUBCASE("taking the saved version") {
        REQUIRE(a.app.take_saved_version(62));
        CHECK_FALSE(a.app.conflict());
        CHECK_FALSE(a.app.dirty());
        CHECK(a.name() == "B sin endring");
        CHECK(a.app.session.can_undo());  // A's own version is one undo away
        a.rename("A igjen", 63);
        a.save(64);
        CHECK(stored_name(dir, id) == "A igjen");
    }
    SUBCASE("keeping mine: B's version becomes the previous one") {
        a.app.keep_mine(62);
        a.app.tick(62);
        CHECK_FALSE(a.app.conflict());
        CHECK_FALSE(a.app.dirty());
        CHECK(stored_name(dir, id) == "A sin endring");
        auto previous = FolderStorage(dir).load_previous(id);
        REQUIRE(previous);
        CHECK(previous->find("B sin endring") != std::string::npos);
        // B has no unsaved changes: it takes A's version.
        b.app.tick(63);
        CHECK(b.name() == "A sin endring");
        CHECK_FALSE(b.app.conflict());
    }
}

TEST_CASE("a save racing another page's save is refused by the version stamp, not written over it") {
    TwoPages pages;
    auto& [dir, a, id, b] = pages;

    // B saves while A has not looked at storage since (no tick in between):
    // A's write itself meets the newer version.
    b.rename("B først", 10);
    b.app.flush();
    a.rename("A etter", 10);
    a.app.flush();
    CHECK(stored_name(dir, id) == "B først");
    a.app.tick(10.1);
    CHECK(a.app.conflict());
    CHECK(a.name() == "A etter");
}

TEST_CASE("the version stamp: a store without a page's knowledge of the newer version refuses the write") {
    const fs::path dir = fresh_folder();
    FolderStorage one(dir), two(dir);
    StoredArrangement info{"ordning-1", "N", "NO", "2026-03-02T10:00", false};
    CHECK(one.save_state(one.save(info, "{\"v\":1}", true)) == SaveState::Saved);
    CHECK(two.newer_elsewhere("ordning-1"));
    CHECK(two.changed_elsewhere() == std::vector<std::string>{"ordning-1"});
    CHECK(two.changed_elsewhere().empty());  // each change once
    CHECK(two.save_state(two.save(info, "{\"v\":2}", true)) == SaveState::Conflict);
    CHECK(*one.load("ordning-1") == "{\"v\":1}");
    two.take_stored("ordning-1");
    CHECK_FALSE(two.newer_elsewhere("ordning-1"));
    CHECK(two.save_state(two.save(info, "{\"v\":2}", true)) == SaveState::Saved);
    CHECK(one.newer_elsewhere("ordning-1"));
    CHECK(one.save_state(one.save(info, "{\"v\":3}", true)) == SaveState::Conflict);
    CHECK(*two.load("ordning-1") == "{\"v\":2}");
    // A page's own saves are not news to it.
    CHECK(two.changed_elsewhere().empty());
}

TEST_CASE("a page takes the settings another page stored: the language, the text size and an export day") {
    TwoPages pages;
    auto& [dir, a, id, b] = pages;
    a.app.tick(1);
    b.app.tick(1);
    b.app.set_language(Language::Da);
    b.app.set_text_scale(1.5f);
    CHECK(a.app.settings.language == Language::Nb);
    a.app.tick(2);  // a frame of page A sees the stored settings changed and takes them
    CHECK(a.app.settings.language == Language::Da);
    CHECK(a.app.i18n.language == Language::Da);
    CHECK(a.app.settings.text_scale == doctest::Approx(1.5));
    CHECK(a.app.take_settings_changed());   // the page draws again with them
    CHECK(!a.app.take_settings_changed());  // once
    // Taking them is not a change of A's: the next frame has nothing new to take.
    a.app.settings.text_scale = 1.25f;
    a.app.tick(3);
    CHECK(a.app.settings.text_scale == doctest::Approx(1.25));
}
