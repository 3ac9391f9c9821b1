// Teaching in the app (app/app_state.h): an example opens laid out around the
// app's today with its situations; projector mode shows large text and high
// contrast without losing the user's own choices; the first steps of a new
// arrangement tick off from the document.
#include <filesystem>
#include <unistd.h>

#include "app/app_state.h"
#include "core/commands.h"
#include "core/example_year.h"
#include "core/summary.h"
#include "platform/storage_native.h"
#include "support.h"

using namespace bpa;
using namespace bpa::test;
namespace fs = std::filesystem;

namespace {

struct TeachFixture {
    fs::path dir;
    FolderStorage storage;
    App app;
    explicit TeachFixture(std::string now)
        : dir(fresh()), storage(dir),
          app(storage, [](const std::string& p) { return read_text(fs::path(BPA_SOURCE_DIR) / "assets" / p); },
              [now] { return now; }) {}
    static fs::path fresh() {
        static int n = 0;
        fs::path p = fs::temp_directory_path() / ("bpa-teach-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
        fs::remove_all(p);
        return p;
    }
};

}  // namespace

TEST_CASE("an example opens laid out around the app's today, with its three situations") {
    for (const char* now : {"2026-11-30T10:00", "2028-02-29T23:50"}) {
        CAPTURE(now);
        TeachFixture f(now);
        REQUIRE(f.app.start(0));
        for (size_t i = 0; i < examples().size(); ++i) {
            REQUIRE(f.app.load_example(examples()[i], 0));
            const Document& doc = f.app.session.doc();
            CHECK(doc.arrangement.jurisdiction == examples()[i].jurisdiction);
            CHECK(example_built_for(doc) == Date::parse(std::string(now).substr(0, 10)));
            CHECK(teaching_situations(doc).size() == 3);
        }
        CHECK(f.app.library.size() == 2);
    }
}

TEST_CASE("projector mode shows at least 150 % text and high contrast, and gives back the user's own choices") {
    Settings s;
    s.text_scale = 1.25f;
    CHECK(s.shown_text_scale() == 1.25f);
    CHECK_FALSE(s.shown_high_contrast());
    s.projector = true;
    CHECK(s.shown_text_scale() == Settings::projector_text_scale);
    CHECK(s.shown_high_contrast());
    s.text_scale = 2.0f;  // larger than the projector's: kept
    CHECK(s.shown_text_scale() == 2.0f);
    s.first_steps_dismissed = {"x1", "x2"};
    const Settings back = Settings::from_text(s.to_text());
    CHECK(back.projector);
    CHECK(back.text_scale == 2.0f);
    CHECK_FALSE(back.high_contrast);  // the user's own choice is not changed by the projector
    CHECK(back.first_steps_dismissed == std::set<std::string>{"x1", "x2"});
    CHECK_FALSE(Settings::from_text(R"({"projector": "yes", "first_steps_dismissed": [1, "a"]})").projector);
    CHECK(Settings::from_text(R"({"first_steps_dismissed": [1, "a"]})").first_steps_dismissed == std::set<std::string>{"a"});
}

TEST_CASE("the first steps tick off as the document gets a decision, an assistant, the need and a plan") {
    Document doc;
    CHECK(first_steps(doc).done_count() == 0);
    REQUIRE(set_arrangement_name(doc, "Ny ordning"));
    CHECK(first_steps(doc) == FirstSteps{true, false, false, false, false});
    REQUIRE(add_decision(doc, ymd(2026, 12, 1), 20));
    CHECK(first_steps(doc).decision);
    Outcome a = add_assistant(doc, "Ola", ymd(2026, 12, 1));
    REQUIRE(a);
    CHECK(first_steps(doc).assistants);
    REQUIRE(edit_plan(doc, [](PlanData& p) { p.need.push_back(next_need_block(p)); }));
    CHECK(first_steps(doc).need);
    CHECK_FALSE(first_steps(doc).all_done());
    Shift s = shift_on(ymd(2026, 12, 7), TimeOfDay(8 * 60), TimeOfDay(12 * 60));
    s.assistant = a.id;
    REQUIRE(add_shift(doc, s));
    CHECK(first_steps(doc).all_done());

    TeachFixture f("2026-11-30T10:00");
    REQUIRE(f.app.start(0));
    f.app.new_arrangement("Ny", Jurisdiction::NO, 0);
    f.app.dismiss_first_steps();
    CHECK(f.app.settings.first_steps_dismissed.count(f.app.open_id()) == 1);
}
