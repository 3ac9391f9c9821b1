// The file format (CONTRACT.md, version 1): reading with every problem and its
// path, writing stably, and round trips that lose nothing.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "core/json_io.h"
#include "support.h"

using namespace bpa;
using namespace bpa::test;

namespace {

// A small valid document to break one field at a time.
Json minimal() {
    return Json::parse(R"({
      "format": "bpa-arbeidsleder", "version": 1,
      "arrangement": { "name": "Test", "jurisdiction": "NO" },
      "assistants": [ { "id": "a1", "name": "Ola", "employed_from": "2025-09-01" },
                      { "id": "a2", "name": "Kari", "employed_from": "2025-09-01" } ],
      "shifts": [ { "id": "s1", "assistant": "a1", "start": "2026-03-02T08:00", "end": "2026-03-02T16:00" } ],
      "absences": [ { "id": "f1", "assistant": "a2", "type": "vacation", "from": "2026-07-06", "to": "2026-07-10" } ]
    })");
}

std::vector<Found> found(const ReadResult& r) {
    std::vector<Found> out;
    for (const auto& p : r.problems) out.push_back({p.path, p.kind});
    return out;
}

std::vector<Found> problems_of(const Json& j) { return found(read_document(j)); }

// The one problem of a document, which must have exactly one.
Problem only_problem(const Json& j) {
    ReadResult r = read_document(j);
    REQUIRE(r.problems.size() == 1);
    CHECK_FALSE(r.ok());
    return r.problems[0];
}

}  // namespace

// [SECTION] Valid documents -----------------------------------------------------
TEST_CASE("the example of CONTRACT.md reads without problems") {
    ReadResult r = read_document(fixture("valid_contract_example.json"));
    REQUIRE(r.problems.empty());
    REQUIRE(r.ok());
    const Document& d = *r.document;
    CHECK(d.arrangement.name == "Eksempel");
    CHECK(d.arrangement.jurisdiction == Jurisdiction::NO);
    REQUIRE(d.arrangement.decisions.size() == 1);
    CHECK(d.arrangement.decisions[0].hours_per_week == 37.5);
    CHECK_FALSE(d.arrangement.decisions[0].to.has_value());
    CHECK(d.arrangement.rules["vacation_days"] == 25);
    REQUIRE(d.assistants.size() == 1);
    const Assistant& a = d.assistants[0];
    CHECK(a.birth_date == Date::parse("1990-04-12"));
    CHECK(a.contract_hours_per_week == 20);
    CHECK(a.probation_until == Date::parse("2026-02-28"));
    REQUIRE(a.children.size() == 1);
    REQUIRE(d.shifts.size() == 1);
    CHECK(d.shifts[0].break_minutes == 30);
    CHECK(d.shifts[0].status == ShiftStatus::Planned);
    REQUIRE(d.absences.size() == 1);
    CHECK(d.absences[0].type == AbsenceType::Egenmelding);
    CHECK(d.absences[0].to == *Date::parse("2026-03-04"));
}

TEST_CASE("absent optional fields take their defaults") {
    ReadResult r = read_document(minimal());
    REQUIRE(r.ok());
    const Assistant& a = r.document->assistants[0];
    CHECK(a.employment == Employment::Fast);
    CHECK(a.contract_hours_per_week == 0);
    CHECK_FALSE(a.birth_date);
    CHECK_FALSE(a.employed_to);
    CHECK(a.children.empty());
    const Shift& s = r.document->shifts[0];
    CHECK(s.break_minutes == 0);
    CHECK_FALSE(s.passive_night);
    CHECK(s.status == ShiftStatus::Planned);
    CHECK(r.document->arrangement.decisions.empty());
    CHECK(r.document->arrangement.rules == Json::object());
}

TEST_CASE("a document without assistants, shifts and absences is valid") {
    Json j = minimal();
    j.erase("assistants");
    j.erase("shifts");
    j.erase("absences");
    ReadResult r = read_document(j);
    REQUIRE(r.ok());
    CHECK(r.document->assistants.empty());
}

TEST_CASE("the full fixture is valid and keeps its unknown fields at every level") {
    ReadResult r = read_document(fixture("valid_full.json"));
    REQUIRE(r.problems.empty());
    const Document& d = *r.document;
    CHECK(d.extra.contains("weekly_need"));
    CHECK(d.extra["exported_by"] == "bpa-arbeidsleder web 0.1");
    CHECK(d.arrangement.extra.contains("x_rotation_templates"));
    CHECK(d.arrangement.decisions[1].extra["x_caseworker_note"] == "økt etter revurdering");
    CHECK(d.arrangement.leader.extra["x_role"] == "mor");
    CHECK(d.arrangement.employer_model == EmployerModel::Kommune);
    CHECK(d.assistants[0].extra["x_color"] == "#3a7bd5");
    CHECK(d.assistants[0].children[0].extra["x_initials"] == "ÆØ");
    CHECK(d.shifts[0].extra["x_tag"] == "dag");
    CHECK(d.absences[0].extra["x_comment"] == "forkjølet");
    // Known fields never land in extra.
    CHECK_FALSE(d.assistants[0].extra.contains("phone"));
    CHECK(d.assistants[0].phone == "+47 400 00 001");
}

// [SECTION] Round trips -----------------------------------------------------------
TEST_CASE("writing what was read from the full fixture gives the same bytes") {
    std::string text = fixture("valid_full.json");
    ReadResult r = read_document(text);
    REQUIRE(r.ok());
    CHECK(write_document(*r.document) == text);
}

TEST_CASE("read(write(doc)) == doc and writing is stable") {
    for (const char* name : {"valid_full.json", "valid_contract_example.json"}) {
        CAPTURE(name);
        ReadResult first = read_document(fixture(name));
        REQUIRE(first.ok());
        std::string written = write_document(*first.document);
        ReadResult second = read_document(written);
        REQUIRE(second.ok());
        CHECK(*second.document == *first.document);
        CHECK(write_document(*second.document) == written);
        CHECK(to_json(*first.document) == Json::parse(written));
    }
}

TEST_CASE("æøå are written as UTF-8, not as \\u escapes") {
    ReadResult r = read_document(fixture("valid_full.json"));
    REQUIRE(r.ok());
    std::string text = write_document(*r.document);
    CHECK(text.find("Bjørn Æsøy") != std::string::npos);
    CHECK(text.find("Familien Håland – Bærum") != std::string::npos);
    CHECK(text.find("\\u") == std::string::npos);
}

TEST_CASE("written documents are two-space indented and end with a newline") {
    ReadResult r = read_document(minimal());
    REQUIRE(r.ok());
    std::string text = write_document(*r.document);
    CHECK(text.rfind("{\n  \"format\": \"bpa-arbeidsleder\",\n  \"version\": 1,\n  \"arrangement\": {", 0) == 0);
    CHECK(text.back() == '\n');
}

TEST_CASE("known fields are written in the order of CONTRACT.md's example, unknown ones after them sorted") {
    Json j = minimal();
    j["assistants"][0]["zeta"] = 1;
    j["assistants"][0]["alpha"] = 2;
    j["assistants"][0]["phone"] = "123";
    ReadResult r = read_document(j);
    REQUIRE(r.ok());
    std::string text = write_document(*r.document);
    auto at = [&](const char* s) { return text.find(s); };
    CHECK(at("\"id\": \"a1\"") < at("\"name\": \"Ola\""));
    CHECK(at("\"employed_from\"") < at("\"employed_to\""));
    CHECK(at("\"children\"") < at("\"phone\""));
    CHECK(at("\"phone\"") < at("\"alpha\""));
    CHECK(at("\"alpha\"") < at("\"zeta\""));
}

TEST_CASE("hours keep their exact value; integral hours are written as integers") {
    Json j = minimal();
    j["arrangement"]["decisions"] = Json::array({{{"from", "2026-01-01"}, {"to", nullptr}, {"hours_per_week", 37.5}},
                                                 {{"from", "2027-01-01"}, {"to", nullptr}, {"hours_per_week", 20.0}}});
    j["arrangement"]["decisions"][0]["to"] = "2026-12-31";
    j["assistants"][0]["contract_hours_per_week"] = 0.1;
    ReadResult r = read_document(j);
    REQUIRE(r.ok());
    std::string text = write_document(*r.document);
    CHECK(text.find("\"hours_per_week\": 37.5\n") != std::string::npos);
    CHECK(text.find("\"hours_per_week\": 20\n") != std::string::npos);
    CHECK(text.find("\"contract_hours_per_week\": 0.1,") != std::string::npos);
    ReadResult again = read_document(text);
    REQUIRE(again.ok());
    CHECK(again.document->assistants[0].contract_hours_per_week == 0.1);
    CHECK(again.document->arrangement.decisions[0].hours_per_week == 37.5);
}

TEST_CASE("project fields are written only when set, and a contact holding only unknown fields is kept") {
    Json j = minimal();
    j["arrangement"]["deputy"] = {{"x_only", true}};
    j["arrangement"]["employer"] = Json::object();
    ReadResult r = read_document(j);
    REQUIRE(r.ok());
    std::string text = write_document(*r.document);
    CHECK(text.find("\"deputy\"") != std::string::npos);
    CHECK(text.find("\"employer\"") == std::string::npos);
    CHECK(text.find("\"employer_model\"") == std::string::npos);
    CHECK(text.find("\"phone\"") == std::string::npos);
    CHECK(text.find("\"reference\"") == std::string::npos);
    ReadResult again = read_document(text);
    REQUIRE(again.ok());
    CHECK(*again.document == *r.document);
}

TEST_CASE("an unknown field named like a known one is not written twice") {
    ReadResult r = read_document(minimal());
    REQUIRE(r.ok());
    Document d = *r.document;
    d.shifts[0].extra["status"] = "bogus";
    d.assistants[0].extra["phone"] = "from extra";
    std::string text = write_document(d);
    ReadResult again = read_document(text);
    REQUIRE(again.ok());
    CHECK(again.document->shifts[0].status == ShiftStatus::Planned);
    CHECK(again.document->assistants[0].phone.empty());
}

TEST_CASE("a document with 5000 shifts reads and round-trips") {
    Json j = minimal();
    Json shifts = Json::array();
    Date day = *Date::parse("2026-01-01");
    for (int i = 0; i < 5000; ++i) {
        Date d = day + Days{i / 2};
        bool night = i % 2 == 1;
        std::string id = "s";
        id += std::to_string(i + 1);
        shifts.push_back({{"id", id},
                          {"assistant", night ? "a2" : "a1"},
                          {"start", d.str() + (night ? "T22:00" : "T08:00")},
                          {"end", (night ? (d + Days{1}).str() + "T07:00" : d.str() + "T16:00")},
                          {"passive_night", night}});
    }
    j["shifts"] = shifts;
    ReadResult r = read_document(j.dump());
    REQUIRE(r.problems.empty());
    CHECK(r.document->shifts.size() == 5000);
    ReadResult again = read_document(write_document(*r.document));
    REQUIRE(again.ok());
    CHECK(*again.document == *r.document);
}

// [SECTION] Problems, one kind at a time ----------------------------------------------
TEST_CASE("a file that is not JSON gives one parse error naming line and column") {
    ReadResult r = read_document(fixture("broken_not_json.json"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].kind == ProblemKind::ParseError);
    CHECK(r.problems[0].path == "");
    CHECK(r.problems[0].detail.rfind("line 7, column 3: ", 0) == 0);
    CHECK(describe_en(r.problems[0]).rfind("not valid JSON: line 7, column 3: ", 0) == 0);

    CHECK(read_document("").problems.at(0).kind == ProblemKind::ParseError);
    CHECK(read_document("{\"a\": 1e999}").problems.at(0).detail.find("line 1, column 7") != std::string::npos);
}

// A document whose unknown top-level field "deep" holds `levels` nested arrays.
static std::string nested_in_field(int levels) {
    return R"({"format": "bpa-arbeidsleder", "version": 1, "arrangement": {"name": "T", "jurisdiction": "NO"}, "deep": )" +
           std::string(levels, '[') + std::string(levels, ']') + "}";
}

TEST_CASE("a file nested 100,000 levels deep is refused while it is read, naming the path") {
    const int n = 100000;
    std::string top;
    for (int i = 0; i < n; ++i) top += "{\"x\":";
    top += "1" + std::string(n, '}');
    ReadResult r = read_document(top);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].kind == ProblemKind::TooDeep);
    std::string path = "x";
    for (int i = 1; i < max_json_depth; ++i) path += ".x";
    CHECK(r.problems[0].path == path);
    CHECK(describe_en(r.problems[0]) == "nested too deeply (more than 100 levels of arrays and objects)");

    ReadResult field = read_document(nested_in_field(n));
    REQUIRE(field.problems.size() == 1);
    CHECK(field.problems[0].kind == ProblemKind::TooDeep);
    CHECK(field.problems[0].path.rfind("deep[0][0]", 0) == 0);
    CHECK_FALSE(field.ok());
}

TEST_CASE("nesting up to the limit is kept as an unknown field and written back") {
    ReadResult r = read_document(nested_in_field(max_json_depth - 1));  // the document's object is level 1
    REQUIRE(r.ok());
    ReadResult again = read_document(write_document(*r.document));
    REQUIRE(again.ok());
    CHECK(*again.document == *r.document);
    CHECK(read_document(nested_in_field(max_json_depth)).problems.at(0).kind == ProblemKind::TooDeep);
}

TEST_CASE("the path of a value too deep counts array elements and names members") {
    std::string text = R"({"a": [1, {"b": [0, 0, )" + std::string(200, '[') + std::string(200, ']') + "]}]}";
    ParsedJson p = parse_json(text);
    REQUIRE(p.problem);
    CHECK_FALSE(p.json);
    CHECK(p.problem->path.rfind("a[1].b[2][0][0]", 0) == 0);
    CHECK(parse_json("[1, 2]").json == Json::array({1, 2}));
}

TEST_CASE("bytes that are not UTF-8 are printed escaped, never raw") {
    ReadResult r = read_document(std::string("{\"name\": \"\xff\xfe\"}"));
    REQUIRE(r.problems.size() == 1);
    const std::string line = format_problem("x.json", r.problems[0]);
    CHECK(line.find("\\xFF") != std::string::npos);
    CHECK(line.find('\xff') == std::string::npos);
    CHECK(printable("Ørsta \x1b[2J \xc3") == "Ørsta \\x1B[2J \\xC3");
    CHECK(printable("\xed\xa0\x80") == "\\xED\\xA0\\x80");  // a UTF-16 surrogate is not UTF-8
    CHECK(printable("a\u202Eb") == "a\u202Eb");                // valid UTF-8 is kept as it is
}

TEST_CASE("the document must be an object") {
    CHECK(problems_of(Json::array()) == std::vector<Found>{{"", ProblemKind::WrongType}});
}

TEST_CASE("format and version are required") {
    Json j = minimal();
    j.erase("format");
    j.erase("version");
    CHECK(problems_of(j) ==
          std::vector<Found>{{"format", ProblemKind::MissingField}, {"version", ProblemKind::MissingField}});
}

TEST_CASE("another format is NotOurFormat") {
    Json j = minimal();
    j["format"] = "tracy";
    Problem p = only_problem(j);
    CHECK(p.path == "format");
    CHECK(p.kind == ProblemKind::NotOurFormat);
    CHECK(describe_en(p) == "\"tracy\" is not this program's format (expected \"bpa-arbeidsleder\")");
}

TEST_CASE("a newer version stops reading: no other problem is reported") {
    ReadResult r = read_document(fixture("broken_newer_version.json"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "version");
    CHECK(r.problems[0].kind == ProblemKind::NewerVersion);
    CHECK(r.problems[0].value == "2");
    CHECK(describe_en(r.problems[0]) == "version 2 is newer than this program reads (1); update the program");
}

TEST_CASE("a version that is not a positive integer is BadVersion") {
    for (Json v : {Json(0), Json(-1), Json(1.5), Json("1"), Json(nullptr)}) {
        CAPTURE(v.dump());
        Json j = minimal();
        j["version"] = v;
        Problem p = only_problem(j);
        CHECK(p.path == "version");
        CHECK(p.kind == ProblemKind::BadVersion);
    }
    Json j = minimal();
    j["version"] = 0;
    CHECK(describe_en(only_problem(j)) == "version 0 is not a positive integer");
    j["version"] = 1.0;  // the same number as 1
    CHECK(read_document(j).ok());
}

TEST_CASE("missing required fields are reported with their paths") {
    Json j = minimal();
    j["arrangement"].erase("name");
    j["assistants"][1].erase("employed_from");
    j["shifts"][0].erase("end");
    j["absences"][0].erase("type");
    CHECK(problems_of(j) == std::vector<Found>{{"arrangement.name", ProblemKind::MissingField},
                                               {"assistants[1].employed_from", ProblemKind::MissingField},
                                               {"shifts[0].end", ProblemKind::MissingField},
                                               {"absences[0].type", ProblemKind::MissingField}});
    j = minimal();
    j.erase("arrangement");
    CHECK(problems_of(j) == std::vector<Found>{{"arrangement", ProblemKind::MissingField}});
    j = minimal();
    j["assistants"][0]["children"] = Json::array({Json::object()});
    CHECK(problems_of(j) == std::vector<Found>{{"assistants[0].children[0].birth_date", ProblemKind::MissingField}});
    CHECK(describe_en(read_document(j).problems[0]) == "missing required field");
}

TEST_CASE("values of the wrong JSON type are WrongType") {
    Json j = minimal();
    j["assistants"][0]["name"] = 5;
    j["arrangement"]["rules"] = Json::array();
    j["shifts"][0]["passive_night"] = "yes";
    j["absences"][0]["to"] = nullptr;  // `to` of an absence may not be null
    ReadResult r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"arrangement.rules", ProblemKind::WrongType},
                                         {"assistants[0].name", ProblemKind::WrongType},
                                         {"shifts[0].passive_night", ProblemKind::WrongType},
                                         {"absences[0].to", ProblemKind::WrongType}});
    CHECK(describe_en(r.problems[0]) == "expected an object");
    CHECK(describe_en(r.problems[1]) == "expected a string");
    CHECK(describe_en(r.problems[2]) == "expected true or false");

    j = minimal();
    j["shifts"] = Json::object();
    j["assistants"][1] = "Kari";
    j["assistants"][0]["employed_to"] = 2026;
    CHECK(problems_of(j) == std::vector<Found>{{"assistants[0].employed_to", ProblemKind::WrongType},
                                               {"assistants[1]", ProblemKind::WrongType},
                                               {"shifts", ProblemKind::WrongType},
                                               {"absences[0].assistant", ProblemKind::UnknownAssistant}});
}

TEST_CASE("null is allowed for to, employed_to, probation_until and birth_date") {
    Json j = minimal();
    j["arrangement"]["decisions"] = Json::array({{{"from", "2026-01-01"}, {"to", nullptr}, {"hours_per_week", 10}}});
    j["assistants"][0]["employed_to"] = nullptr;
    j["assistants"][0]["probation_until"] = nullptr;
    j["assistants"][0]["birth_date"] = nullptr;
    CHECK(read_document(j).ok());
}

TEST_CASE("an impossible date is NotADate with its path") {
    Json j = minimal();
    j["assistants"][1]["employed_from"] = "2026-13-01";
    Problem p = only_problem(j);
    CHECK(p.path == "assistants[1].employed_from");
    CHECK(p.kind == ProblemKind::NotADate);
    CHECK(p.value == "2026-13-01");
    CHECK(describe_en(p) == "\"2026-13-01\" is not a date YYYY-MM-DD");
    CHECK(format_problem("plan.json", p) ==
          "plan.json: assistants[1].employed_from: \"2026-13-01\" is not a date YYYY-MM-DD");

    j = minimal();
    j["absences"][0]["from"] = "2026-02-30";
    j["assistants"][0]["birth_date"] = "12.04.1990";
    CHECK(problems_of(j) == std::vector<Found>{{"assistants[0].birth_date", ProblemKind::NotADate},
                                               {"absences[0].from", ProblemKind::NotADate}});
}

TEST_CASE("a time that is not YYYY-MM-DDTHH:MM is NotADateTime") {
    Json j = minimal();
    j["shifts"][0]["start"] = "2026-03-02 08:00";
    Problem p = only_problem(j);
    CHECK(p.path == "shifts[0].start");
    CHECK(p.kind == ProblemKind::NotADateTime);
    CHECK(describe_en(p) == "\"2026-03-02 08:00\" is not a date and time YYYY-MM-DDTHH:MM");
}

TEST_CASE("a time in the spring summer-time gap does not exist") {
    Json j = minimal();
    j["shifts"][0]["start"] = "2026-03-29T02:30";
    j["shifts"][0]["end"] = "2026-03-29T08:00";
    Problem p = only_problem(j);
    CHECK(p.path == "shifts[0].start");
    CHECK(p.kind == ProblemKind::NonexistentLocalTime);
    CHECK(describe_en(p) == "\"02:30\" does not exist on 2026-03-29 (the clock jumps from 02:00 to 03:00)");

    j["shifts"][0]["start"] = "2026-03-28T22:00";
    j["shifts"][0]["end"] = "2026-03-29T02:00";
    CHECK(problems_of(j) == std::vector<Found>{{"shifts[0].end", ProblemKind::NonexistentLocalTime}});

    // Denmark changes at the same instant.
    j["arrangement"]["jurisdiction"] = "DK";
    CHECK(problems_of(j) == std::vector<Found>{{"shifts[0].end", ProblemKind::NonexistentLocalTime}});
}

TEST_CASE("a shift from 01:30 to 03:00 on the spring change lasts 30 min and is valid") {
    Json j = minimal();
    j["shifts"][0]["start"] = "2026-03-29T01:30";
    j["shifts"][0]["end"] = "2026-03-29T03:00";
    CHECK(read_document(j).ok());
}

TEST_CASE("an end before its start is EndBeforeStart, at the end's path") {
    Json j = minimal();
    j["shifts"][0]["end"] = "2026-03-02T06:00";
    Problem p = only_problem(j);
    CHECK(p.path == "shifts[0].end");
    CHECK(p.kind == ProblemKind::EndBeforeStart);
    CHECK(p.detail == "shifts[0].start");
    CHECK(describe_en(p) == "end \"2026-03-02T06:00\" is before start \"2026-03-02T08:00\"");

    j = minimal();
    j["absences"][0]["to"] = "2026-07-05";
    j["assistants"][0]["employed_to"] = "2025-08-31";
    j["arrangement"]["decisions"] = Json::array({{{"from", "2026-01-01"}, {"to", "2025-12-31"}, {"hours_per_week", 5}}});
    ReadResult r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"arrangement.decisions[0].to", ProblemKind::EndBeforeStart},
                                         {"assistants[0].employed_to", ProblemKind::EndBeforeStart},
                                         {"absences[0].to", ProblemKind::EndBeforeStart}});
    CHECK(describe_en(r.problems[0]) == "to \"2025-12-31\" is before from \"2026-01-01\"");
    CHECK(describe_en(r.problems[1]) == "employed_to \"2025-08-31\" is before employed_from \"2025-09-01\"");
}

TEST_CASE("a one-day absence and an assistant employed for one day are valid") {
    Json j = minimal();
    j["absences"][0]["to"] = "2026-07-06";
    j["assistants"][0]["employed_to"] = "2025-09-01";
    CHECK(read_document(j).ok());
}

TEST_CASE("a shift whose end equals its start is ZeroLength") {
    Json j = minimal();
    j["shifts"][0]["end"] = "2026-03-02T08:00";
    Problem p = only_problem(j);
    CHECK(p.path == "shifts[0].end");
    CHECK(p.kind == ProblemKind::ZeroLength);
    CHECK(describe_en(p) == "end \"2026-03-02T08:00\" is not after start \"2026-03-02T08:00\"");
}

TEST_CASE("a shift across midnight is valid") {
    Json j = minimal();
    j["shifts"][0]["start"] = "2026-03-02T22:00";
    j["shifts"][0]["end"] = "2026-03-03T07:00";
    CHECK(read_document(j).ok());
}

TEST_CASE("a shift of an unknown assistant is UnknownAssistant") {
    Json j = minimal();
    j["shifts"][0]["assistant"] = "a9";
    j["absences"][0]["assistant"] = "a3";
    ReadResult r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"shifts[0].assistant", ProblemKind::UnknownAssistant},
                                         {"absences[0].assistant", ProblemKind::UnknownAssistant}});
    CHECK(describe_en(r.problems[0]) == "unknown assistant \"a9\"");
}

TEST_CASE("ids are unique within each list") {
    Json j = minimal();
    j["assistants"][1]["id"] = "a1";
    j["absences"][0]["assistant"] = "a1";
    j["shifts"].push_back(j["shifts"][0]);
    j["absences"].push_back(j["absences"][0]);
    ReadResult r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"assistants[1].id", ProblemKind::DuplicateId},
                                         {"shifts[1].id", ProblemKind::DuplicateId},
                                         {"absences[1].id", ProblemKind::DuplicateId}});
    CHECK(r.problems[1].detail == "shifts[0].id");
    CHECK(describe_en(r.problems[1]) == "duplicate id \"s1\" (first used at shifts[0].id)");

    // The same id in two different lists is allowed.
    j = minimal();
    j["shifts"][0]["id"] = "a1";
    CHECK(read_document(j).ok());
}

TEST_CASE("a jurisdiction other than NO and DK is UnknownJurisdiction") {
    ReadResult r = read_document(fixture("broken_jurisdiction.json"));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "arrangement.jurisdiction");
    CHECK(r.problems[0].kind == ProblemKind::UnknownJurisdiction);
    CHECK(describe_en(r.problems[0]) == "unknown jurisdiction \"SE\" (expected \"NO\" or \"DK\")");
}

TEST_CASE("an unknown employment, status or absence type is UnknownValue") {
    Json j = minimal();
    j["assistants"][0]["employment"] = "permanent";
    j["shifts"][0]["status"] = "done";
    j["absences"][0]["type"] = "sick";
    ReadResult r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"assistants[0].employment", ProblemKind::UnknownValue},
                                         {"shifts[0].status", ProblemKind::UnknownValue},
                                         {"absences[0].type", ProblemKind::UnknownValue}});
    CHECK(r.problems[0].detail == "fast,tilkalling,vikar");
    CHECK(describe_en(r.problems[0]) == "\"permanent\" is not a valid value (expected \"fast\", \"tilkalling\" or \"vikar\")");
}

TEST_CASE("the employer model must be one of the jurisdiction's") {
    Json j = minimal();
    j["arrangement"]["employer_model"] = "leverandor";
    CHECK(read_document(j).ok());
    j["arrangement"]["jurisdiction"] = "DK";
    Problem p = only_problem(j);
    CHECK(p.path == "arrangement.employer_model");
    CHECK(p.kind == ProblemKind::UnknownValue);
    CHECK(p.detail == "selv,naertstaaende,forening,privat");
    j["arrangement"]["employer_model"] = "forening";
    CHECK(read_document(j).ok());
    j["arrangement"]["employer_model"] = "";
    CHECK(read_document(j).ok());
}

TEST_CASE("a decision may grant up to 336 hours a week, two assistants day and night (CONTRACT.md)") {
    Json j = minimal();
    j["arrangement"]["decisions"] = Json::array({{{"from", "2026-01-01"}, {"hours_per_week", 336}}});
    ReadResult r = read_document(j);
    REQUIRE(r.ok());
    CHECK(r.document->arrangement.decisions[0].hours_per_week == 336);
    j["arrangement"]["decisions"][0]["hours_per_week"] = 336.5;
    r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"arrangement.decisions[0].hours_per_week", ProblemKind::OutOfRange}});
    CHECK(describe_en(r.problems[0]) == "336.5 is out of range (0..336)");
}

TEST_CASE("numbers outside their range are OutOfRange") {
    Json j = minimal();
    j["assistants"][0]["contract_hours_per_week"] = 200;
    j["shifts"][0]["break_minutes"] = 1441;
    j["arrangement"]["decisions"] = Json::array({{{"from", "2026-01-01"}, {"hours_per_week", -1}}});
    ReadResult r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"arrangement.decisions[0].hours_per_week", ProblemKind::OutOfRange},
                                         {"assistants[0].contract_hours_per_week", ProblemKind::OutOfRange},
                                         {"shifts[0].break_minutes", ProblemKind::OutOfRange}});
    CHECK(describe_en(r.problems[1]) == "200 is out of range (0..168)");
    CHECK(describe_en(r.problems[2]) == "1441 is out of range (0..1440)");

    j = minimal();
    j["shifts"][0]["break_minutes"] = 30.5;
    Problem p = only_problem(j);
    CHECK(p.kind == ProblemKind::WrongType);
    CHECK(describe_en(p) == "expected an integer");
}

TEST_CASE("decisions must not overlap; they are sorted by their first day") {
    Json j = minimal();
    j["arrangement"]["decisions"] = Json::array({
        {{"from", "2026-07-01"}, {"to", nullptr}, {"hours_per_week", 42}},
        {{"from", "2026-01-01"}, {"to", "2026-07-01"}, {"hours_per_week", 37.5}},
    });
    ReadResult r = read_document(j);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].path == "arrangement.decisions[0]");
    CHECK(r.problems[0].kind == ProblemKind::OverlappingDecisions);
    CHECK(r.problems[0].detail == "arrangement.decisions[1]");
    CHECK(describe_en(r.problems[0]) == "overlaps the decision at arrangement.decisions[1]");

    // Adjacent periods do not overlap; an open period runs to the end of time.
    j["arrangement"]["decisions"][1]["to"] = "2026-06-30";
    r = read_document(j);
    REQUIRE(r.ok());
    const auto& decisions = r.document->arrangement.decisions;
    CHECK(decisions[0].from == *Date::parse("2026-01-01"));
    CHECK(decisions[1].from == *Date::parse("2026-07-01"));
    CHECK(r.document->arrangement.decision_on(*Date::parse("2030-01-01"))->hours_per_week == 42);
    CHECK(r.document->arrangement.decision_on(*Date::parse("2026-06-30"))->hours_per_week == 37.5);
    CHECK(r.document->arrangement.decision_on(*Date::parse("2025-12-31")) == nullptr);

    j["arrangement"]["decisions"].push_back({{"from", "2028-01-01"}, {"hours_per_week", 1}});
    CHECK(problems_of(j) == std::vector<Found>{{"arrangement.decisions[2]", ProblemKind::OverlappingDecisions}});
}

TEST_CASE("an empty name or id is EmptyText") {
    Json j = minimal();
    j["arrangement"]["name"] = "";
    j["assistants"][0]["id"] = "";
    j["shifts"][0]["assistant"] = "a2";
    ReadResult r = read_document(j);
    CHECK(found(r) == std::vector<Found>{{"arrangement.name", ProblemKind::EmptyText},
                                         {"assistants[0].id", ProblemKind::EmptyText}});
    CHECK(describe_en(r.problems[0]) == "must not be empty");
}

TEST_CASE("every problem of a file is reported, not only the first") {
    ReadResult r = read_document(fixture("broken_dates.json"));
    CHECK(found(r) == std::vector<Found>{{"assistants[1].employed_from", ProblemKind::NotADate},
                                         {"shifts[1].end", ProblemKind::EndBeforeStart},
                                         {"shifts[2].assistant", ProblemKind::UnknownAssistant},
                                         {"shifts[3].id", ProblemKind::DuplicateId},
                                         {"shifts[4].start", ProblemKind::NonexistentLocalTime},
                                         {"absences[0].to", ProblemKind::EndBeforeStart}});
    CHECK_FALSE(r.ok());
}

TEST_CASE("a problem of the whole document is printed with the path $") {
    Problem p{"", ProblemKind::ParseError, "", "line 1, column 1: unexpected end"};
    CHECK(format_problem("x.json", p) == "x.json: $: not valid JSON: line 1, column 1: unexpected end");
}

TEST_CASE("quotes and line breaks in a value keep the message on one line") {
    Problem p{"shifts[0].assistant", ProblemKind::UnknownAssistant, "a\"b\nc"};
    CHECK(describe_en(p) == "unknown assistant \"a\\\"b\\nc\"");
}

TEST_CASE("every problem kind has its own id") {
    std::set<std::string> ids;
    for (int k = 0; k <= static_cast<int>(ProblemKind::TooDeep); ++k) ids.insert(kind_id(static_cast<ProblemKind>(k)));
    CHECK(ids.size() == static_cast<size_t>(ProblemKind::TooDeep) + 1);
    CHECK(std::string(kind_id(ProblemKind::NotADate)) == "not_a_date");
}

// [SECTION] The model's helpers --------------------------------------------------------
TEST_CASE("enum names read back as the same value") {
    for (auto e : {Employment::Fast, Employment::Tilkalling, Employment::Vikar}) CHECK(parse_employment(to_string(e)) == e);
    for (auto s : {ShiftStatus::Planned, ShiftStatus::Worked, ShiftStatus::Cancelled})
        CHECK(parse_shift_status(to_string(s)) == s);
    for (auto t : {AbsenceType::Egenmelding, AbsenceType::Sykemelding, AbsenceType::ChildSick, AbsenceType::Vacation,
                   AbsenceType::Leave})
        CHECK(parse_absence_type(to_string(t)) == t);
    for (auto m : {EmployerModel::Unset, EmployerModel::Kommune, EmployerModel::Leverandor, EmployerModel::Selv,
                   EmployerModel::Naertstaaende, EmployerModel::Forening, EmployerModel::Privat})
        CHECK(parse_employer_model(to_string(m)) == m);
    CHECK_FALSE(parse_employment("Fast").has_value());
}

TEST_CASE("employer models: NO kommune, leverandor, selv; DK selv, naertstaaende, forening, privat") {
    CHECK(employer_model_allowed(Jurisdiction::NO, EmployerModel::Kommune));
    CHECK(employer_model_allowed(Jurisdiction::NO, EmployerModel::Leverandor));
    CHECK(employer_model_allowed(Jurisdiction::NO, EmployerModel::Selv));
    CHECK_FALSE(employer_model_allowed(Jurisdiction::NO, EmployerModel::Forening));
    CHECK_FALSE(employer_model_allowed(Jurisdiction::DK, EmployerModel::Kommune));
    CHECK(employer_model_allowed(Jurisdiction::DK, EmployerModel::Naertstaaende));
    CHECK(employer_model_allowed(Jurisdiction::DK, EmployerModel::Privat));
    CHECK(employer_model_allowed(Jurisdiction::DK, EmployerModel::Unset));
}

TEST_CASE("next_id is one more than the largest number used with the prefix") {
    ReadResult r = read_document(fixture("valid_full.json"));
    REQUIRE(r.ok());
    Document d = *r.document;
    CHECK(d.next_id("s") == "s5");
    CHECK(d.next_id("a") == "a3");
    CHECK(d.next_id("f") == "f4");
    CHECK(d.next_id("x") == "x1");
    d.shifts[0].id = "s0041";
    CHECK(d.next_id("s") == "s42");
    CHECK(d.find_assistant("a2")->name == "Bjørn Æsøy");
    CHECK(d.find_assistant("a9") == nullptr);
}
