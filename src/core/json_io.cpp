// Reading the file format (CONTRACT.md, version 1); writing it is in json_write.cpp.
//
// [SECTION] Reading: paths and problems
// [SECTION] Reading: one object's members
// [SECTION] Reading: arrangement
// [SECTION] Reading: assistants
// [SECTION] Reading: shifts and absences
// [SECTION] Reading: the document
// [SECTION] Problems as text
#include "json_io.h"

#include "json_read.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>
#include <unordered_map>

namespace bpa {

namespace {

// [SECTION] Reading: paths and problems ----------------------------------------
// Paths and values as text: json_read.h.
using json_read::element_path;
using json_read::number_text;
using json_read::short_text;

using json_read::allowed_list;

struct Reader {
    Problems problems;

    void add(std::string path, ProblemKind kind, std::string value = {}, std::string detail = {},
             std::string other = {}) {
        problems.push_back(Problem{std::move(path), kind, std::move(value), std::move(detail), std::move(other)});
    }
};

// [SECTION] Reading: one object's members --------------------------------------
// Fields (json_read.h) reads one object's members into a Reader's problems;
// for_each_object walks an array of objects.
using json_read::Fields;
using json_read::for_each_object;
using json_read::Need;

// Ids unique within one list: DuplicateId names the first use. Kept per
// element ("shifts[12]", short enough to need no allocation); the paths of
// the id members are made only for a duplicate.
class IdRegistry {
public:
    void reserve(size_t n) { first_.reserve(n); }
    void add(Reader& r, const std::string& id, const std::string& element_path) {
        auto [it, inserted] = first_.emplace(id, element_path);
        if (!inserted) r.add(element_path + ".id", ProblemKind::DuplicateId, id, it->second + ".id");
    }
    bool contains(const std::string& id) const { return first_.count(id) > 0; }

private:
    std::unordered_map<std::string, std::string> first_;  // id -> the element of its first use
};

// [SECTION] Reading: arrangement -----------------------------------------------
void read_contact(Fields& parent, std::string_view key, Contact& c) {
    const Json* j = parent.object(key, Need::Optional);
    if (!j) return;
    Fields f(parent.problems(), *j, parent.path(key));
    f.text("name", c.name, Need::Optional);
    f.text("phone", c.phone, Need::Optional);
    f.text("email", c.email, Need::Optional);
    f.text("note", c.note, Need::Optional);
    c.extra = f.extra();
}

void read_decisions(Reader& r, const Json& array, const std::string& path, std::vector<Decision>& out) {
    struct Read {
        size_t index;
        std::string path;
        bool period_ok;
    };
    std::vector<Read> read;
    for_each_object(r.problems, array, path, [&](const Json& j, const std::string& p) {
        Fields f(r.problems, j, p);
        Decision d;
        bool from_ok = f.date("from", d.from, Need::Required);
        bool to_ok = f.nullable_date("to", d.to);
        bool period_ok = from_ok && to_ok;
        if (period_ok && d.to && *d.to < d.from) {
            r.add(f.path("to"), ProblemKind::EndBeforeStart, d.to->str(), f.path("from"), d.from.str());
            period_ok = false;
        }
        f.number("hours_per_week", d.hours_per_week, Need::Required, 0, max_decision_hours);
        f.text("reference", d.reference, Need::Optional);
        d.extra = f.extra();
        read.push_back({out.size(), p, period_ok});
        out.push_back(std::move(d));
    });

    // Decisions are periods that must not overlap. A pair is reported once, at
    // the decision that starts later.
    auto last_day = [](const Decision& d) { return d.to ? *d.to : Date::from_days(INT32_MAX); };
    for (size_t a = 0; a < read.size(); ++a) {
        for (size_t b = a + 1; b < read.size(); ++b) {
            if (!read[a].period_ok || !read[b].period_ok) continue;
            const Decision& x = out[read[a].index];
            const Decision& y = out[read[b].index];
            if (x.from <= last_day(y) && y.from <= last_day(x)) {
                bool y_later = x.from <= y.from;
                r.add(y_later ? read[b].path : read[a].path, ProblemKind::OverlappingDecisions, "",
                      y_later ? read[a].path : read[b].path);
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Decision& x, const Decision& y) { return x.from < y.from; });
}

// Returns the jurisdiction when it is valid.
std::optional<Jurisdiction> read_arrangement(Reader& r, const Json& j, Arrangement& a) {
    Fields f(r.problems, j, "arrangement");
    f.text("name", a.name, Need::Required, true);

    std::optional<Jurisdiction> jurisdiction;
    if (const Json* v = f.get("jurisdiction", Need::Required)) {
        if (!v->is_string()) {
            f.wrong_type("jurisdiction", *v, "string");
        } else {
            const auto& s = v->get_ref<const std::string&>();
            jurisdiction = parse_jurisdiction(s);
            if (jurisdiction)
                a.jurisdiction = *jurisdiction;
            else
                r.add(f.path("jurisdiction"), ProblemKind::UnknownJurisdiction, s);
        }
    }

    if (const Json* v = f.array("decisions")) read_decisions(r, *v, f.path("decisions"), a.decisions);
    if (const Json* v = f.object("rules", Need::Optional)) a.rules = *v;  // parameter types are checked by the rules

    if (const Json* v = f.get("employer_model", Need::Optional)) {
        if (!v->is_string()) {
            f.wrong_type("employer_model", *v, "string");
        } else {
            const auto& s = v->get_ref<const std::string&>();
            auto allowed_here = [&](EmployerModel m) {
                return m != EmployerModel::Unset && (!jurisdiction || employer_model_allowed(*jurisdiction, m));
            };
            std::string allowed;
            for (auto m : {EmployerModel::Kommune, EmployerModel::Leverandor, EmployerModel::Selv,
                           EmployerModel::Naertstaaende, EmployerModel::Forening, EmployerModel::Privat})
                if (allowed_here(m)) allowed += std::string(allowed.empty() ? "" : ",") + to_string(m);
            auto m = parse_employer_model(s);
            if (m && (*m == EmployerModel::Unset || allowed_here(*m)))
                a.employer_model = *m;
            else
                r.add(f.path("employer_model"), ProblemKind::UnknownValue, s, allowed);
        }
    }
    read_contact(f, "leader", a.leader);
    read_contact(f, "deputy", a.deputy);
    read_contact(f, "employer", a.employer);
    read_contact(f, "municipality", a.municipality);
    a.extra = f.extra();
    return jurisdiction;
}

// [SECTION] Reading: assistants ------------------------------------------------
constexpr Employment all_employments[] = {Employment::Fast, Employment::Tilkalling, Employment::Vikar};
constexpr AbsenceType all_absence_types[] = {AbsenceType::Egenmelding, AbsenceType::Sykemelding,
                                             AbsenceType::ChildSick, AbsenceType::Vacation, AbsenceType::Leave};

void read_assistant(Reader& r, const Json& j, const std::string& path, IdRegistry& ids, Assistant& a) {
    Fields f(r.problems, j, path);
    if (f.text("id", a.id, Need::Required, true)) ids.add(r, a.id, path);
    f.text("name", a.name, Need::Required);
    f.nullable_date("birth_date", a.birth_date);
    bool from_ok = f.date("employed_from", a.employed_from, Need::Required);
    bool to_ok = f.nullable_date("employed_to", a.employed_to);
    if (from_ok && to_ok && a.employed_to && *a.employed_to < a.employed_from)
        r.add(f.path("employed_to"), ProblemKind::EndBeforeStart, a.employed_to->str(), f.path("employed_from"),
              a.employed_from.str());
    f.choice("employment", a.employment, Need::Optional, parse_employment, allowed_list(all_employments));
    f.number("contract_hours_per_week", a.contract_hours_per_week, Need::Optional, 0, 168);
    f.nullable_date("probation_until", a.probation_until);
    f.boolean("related_to_user", a.related_to_user);
    f.boolean("single_parent", a.single_parent);
    if (const Json* children = f.array("children")) {
        for_each_object(r.problems, *children, f.path("children"), [&](const Json& cj, const std::string& cp) {
            Fields cf(r.problems, cj, cp);
            Child c;
            cf.date("birth_date", c.birth_date, Need::Required);
            cf.boolean("chronic", c.chronic);
            c.extra = cf.extra();
            a.children.push_back(std::move(c));
        });
    }
    f.text("phone", a.phone, Need::Optional);
    f.text("email", a.email, Need::Optional);
    f.text("address", a.address, Need::Optional);
    f.text("note", a.note, Need::Optional);
    a.extra = f.extra();
}

// [SECTION] Reading: shifts and absences ---------------------------------------
void read_shift(Reader& r, const Json& j, const std::string& path, Zone zone, const IdRegistry& assistants,
                IdRegistry& ids, Shift& s) {
    Fields f(r.problems, j, path);
    if (f.text("id", s.id, Need::Required, true)) ids.add(r, s.id, path);
    if (f.text("assistant", s.assistant, Need::Required) && !assistants.contains(s.assistant))
        r.add(f.path("assistant"), ProblemKind::UnknownAssistant, s.assistant);

    bool start_ok = f.date_time("start", s.start);
    bool end_ok = f.date_time("end", s.end);
    // Times skipped by the spring change do not exist; the autumn's repeated
    // hour is read as its first occurrence (summer time).
    if (start_ok && classify(s.start, zone) == LocalKind::Nonexistent) {
        r.add(f.path("start"), ProblemKind::NonexistentLocalTime, s.start.str());
        start_ok = false;
    }
    if (end_ok && classify(s.end, zone) == LocalKind::Nonexistent) {
        r.add(f.path("end"), ProblemKind::NonexistentLocalTime, s.end.str());
        end_ok = false;
    }
    if (start_ok && end_ok) {
        Minutes length = elapsed(s.start, s.end, zone);  // real time, across summer-time changes
        if (length.count < 0)
            r.add(f.path("end"), ProblemKind::EndBeforeStart, s.end.str(), f.path("start"), s.start.str());
        else if (length.count == 0)
            r.add(f.path("end"), ProblemKind::ZeroLength, s.end.str(), f.path("start"), s.start.str());
    }
    f.integer("break_minutes", s.break_minutes, Need::Optional, 0, 1440);
    f.boolean("passive_night", s.passive_night);
    f.choice("status", s.status, Need::Optional, parse_shift_status, allowed_list(all_shift_statuses));
    s.extra = f.extra();
}

void read_absence(Reader& r, const Json& j, const std::string& path, const IdRegistry& assistants, IdRegistry& ids,
                  Absence& a) {
    Fields f(r.problems, j, path);
    if (f.text("id", a.id, Need::Required, true)) ids.add(r, a.id, path);
    if (f.text("assistant", a.assistant, Need::Required) && !assistants.contains(a.assistant))
        r.add(f.path("assistant"), ProblemKind::UnknownAssistant, a.assistant);
    f.choice("type", a.type, Need::Required, parse_absence_type, allowed_list(all_absence_types));
    bool from_ok = f.date("from", a.from, Need::Required);
    bool to_ok = f.date("to", a.to, Need::Required);
    if (from_ok && to_ok && a.to < a.from)
        r.add(f.path("to"), ProblemKind::EndBeforeStart, a.to.str(), f.path("from"), a.from.str());
    a.extra = f.extra();
}

// [SECTION] Reading: the document ----------------------------------------------
// Returns false when the version is newer than this program: nothing else is read.
bool read_header(Reader& r, Fields& f) {
    if (const Json* v = f.get("format", Need::Required)) {
        if (!v->is_string())
            f.wrong_type("format", *v, "string");
        else if (v->get_ref<const std::string&>() != format_name)
            r.add("format", ProblemKind::NotOurFormat, v->get<std::string>());
    }
    const Json* v = f.get("version", Need::Required);
    if (!v) return true;
    bool integral = v->is_number_integer() ||
                    (v->is_number_float() && std::isfinite(v->get<double>()) && v->get<double>() == std::trunc(v->get<double>()));
    if (!integral || v->get<double>() < 1) {
        r.add("version", ProblemKind::BadVersion, short_text(*v));
        return true;
    }
    if (v->get<double>() > format_version) {
        r.add("version", ProblemKind::NewerVersion, number_text(*v));
        return false;
    }
    return true;
}

std::string parse_error_detail(const Json::exception& e, std::string_view text) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..."
    if (auto at = what.find(" at line "); at != std::string::npos) return what.substr(at + 4);
    std::string reason = what.substr(what.find("] ") == std::string::npos ? 0 : what.find("] ") + 2);
    // "number overflow parsing '1e999'": locate the token in the text.
    if (auto q = what.find("parsing '"); q != std::string::npos) {
        std::string token = what.substr(q + 9);
        if (!token.empty() && token.back() == '\'') token.pop_back();
        if (auto pos = text.find(token); !token.empty() && pos != std::string_view::npos) {
            size_t line = 1 + std::count(text.begin(), text.begin() + pos, '\n');
            size_t line_start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
            size_t column = pos + 1 - (line_start == std::string_view::npos || pos == 0 ? 0 : line_start + 1);
            return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + reason;
        }
    }
    return reason;
}

}  // namespace

namespace {

// The parser's DOM builder with a depth limit: the value that would open level
// max_json_depth + 1 stops the parse, and its path is kept for the message.
class DepthLimitedBuilder {
public:
    explicit DepthLimitedBuilder(Json& root) : dom_(root, true) {}

    std::optional<std::string> too_deep;  // the path of the first value too deep

    bool null() { return element(), dom_.null(); }
    bool boolean(bool v) { return element(), dom_.boolean(v); }
    bool number_integer(Json::number_integer_t v) { return element(), dom_.number_integer(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return element(), dom_.number_unsigned(v); }
    bool number_float(Json::number_float_t v, const Json::string_t& s) { return element(), dom_.number_float(v, s); }
    bool string(Json::string_t& v) { return element(), dom_.string(v); }
    bool binary(Json::binary_t& v) { return element(), dom_.binary(v); }
    bool start_object(std::size_t n) { return open(false) && dom_.start_object(n); }
    bool key(Json::string_t& k) {
        levels_.back().key.assign(k);
        return dom_.key(k);
    }
    bool end_object() {
        levels_.pop_back();
        return dom_.end_object();
    }
    bool start_array(std::size_t n) { return open(true) && dom_.start_array(n); }
    bool end_array() {
        levels_.pop_back();
        return dom_.end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        return dom_.parse_error(position, token, e);  // throws e
    }

private:
    struct Level {
        bool array = false;
        std::size_t next = 0;  // arrays: the index of the next element
        std::string key;       // objects: the member being read
    };

    // A value starts: in an array it is the next element.
    void element() {
        if (!levels_.empty() && levels_.back().array) ++levels_.back().next;
    }
    bool open(bool array) {
        element();
        if (levels_.size() >= static_cast<std::size_t>(max_json_depth)) {
            too_deep = path();
            return false;
        }
        levels_.push_back(Level{array, 0, {}});
        return true;
    }
    // The path of the value being read, as problems name paths.
    std::string path() const {
        std::string p;
        for (const Level& l : levels_)
            p = l.array ? json_read::element_path(p, l.next - 1) : json_read::member_path(p, l.key);
        return p;
    }

    nlohmann::detail::json_sax_dom_parser<Json> dom_;
    std::vector<Level> levels_;
};

}  // namespace

ParsedJson parse_json(std::string_view text) {
    ParsedJson out;
    Json json;
    DepthLimitedBuilder builder(json);
    try {
        if (!Json::sax_parse(text.data(), text.data() + text.size(), &builder)) {
            out.problem = Problem{builder.too_deep.value_or(""), ProblemKind::TooDeep, "",
                                  std::to_string(max_json_depth)};
            return out;
        }
    } catch (const Json::exception& e) {
        out.problem = Problem{"", ProblemKind::ParseError, "", parse_error_detail(e, text)};
        return out;
    }
    out.json = std::move(json);
    return out;
}

ReadResult read_document(std::string_view text) {
    ParsedJson parsed = parse_json(text);
    if (!parsed.json) {
        ReadResult result;
        result.problems.push_back(std::move(*parsed.problem));
        return result;
    }
    return read_document(*parsed.json);
}

ReadResult read_document(const Json& json) {
    Reader r;
    ReadResult result;
    if (!json.is_object()) {
        r.add("", ProblemKind::WrongType, short_text(json), "object");
        result.problems = std::move(r.problems);
        return result;
    }
    // An export encrypted with a passphrase (the page's wrapper): only the page
    // can decrypt it; said as such rather than as a file of another format.
    if (json.contains("bpa_encrypted")) {
        r.add("", ProblemKind::Encrypted, "", "");
        result.problems = std::move(r.problems);
        return result;
    }
    Fields f(r.problems, json, "");
    if (!read_header(r, f)) {
        result.problems = std::move(r.problems);
        return result;
    }

    Document doc;
    std::optional<Jurisdiction> jurisdiction;
    if (const Json* a = f.object("arrangement", Need::Required))
        jurisdiction = read_arrangement(r, *a, doc.arrangement);
    Zone zone = zone_of(jurisdiction.value_or(Jurisdiction::NO));  // both zones change on the same instants

    IdRegistry assistant_ids, shift_ids, absence_ids;
    if (const Json* list = f.array("assistants")) {
        doc.assistants.reserve(list->size());
        assistant_ids.reserve(list->size());
        for_each_object(r.problems, *list, "assistants", [&](const Json& j, const std::string& p) {
            read_assistant(r, j, p, assistant_ids, doc.assistants.emplace_back());
        });
    }
    if (const Json* list = f.array("shifts")) {
        doc.shifts.reserve(list->size());
        shift_ids.reserve(list->size());
        for_each_object(r.problems, *list, "shifts", [&](const Json& j, const std::string& p) {
            read_shift(r, j, p, zone, assistant_ids, shift_ids, doc.shifts.emplace_back());
        });
    }
    if (const Json* list = f.array("absences")) {
        doc.absences.reserve(list->size());
        absence_ids.reserve(list->size());
        for_each_object(r.problems, *list, "absences", [&](const Json& j, const std::string& p) {
            read_absence(r, j, p, assistant_ids, absence_ids, doc.absences.emplace_back());
        });
    }
    doc.extra = f.extra();

    result.problems = std::move(r.problems);
    if (result.problems.empty()) result.document = std::move(doc);
    return result;
}

// [SECTION] Problems as text -------------------------------------------------------
std::string format_problem(std::string_view file, const Problem& p) {
    std::string line(file);
    line += ": ";
    line += p.path.empty() ? "$" : p.path;  // "$": the document itself
    line += ": ";
    line += describe_en(p);
    return printable(line);  // the parser's message may quote bytes that are not UTF-8
}

}  // namespace bpa
