#include "app/app_state.h"

#include <algorithm>
#include <cmath>

#include "core/example_year.h"
#include "core/wording.h"

namespace bpa {

// [SECTION] Settings ----------------------------------------------------------
std::string Settings::to_text() const {
    Json j = Json::object();
    j["language"] = to_string(language);
    j["text_scale"] = text_scale;
    j["high_contrast"] = high_contrast;
    j["open_id"] = open_id;
    j["imgui_ini"] = imgui_ini;
    j["exported"] = exported;
    j["backup_reminder_days"] = backup_reminder_days;
    j["projector"] = projector;
    j["first_steps_dismissed"] = first_steps_dismissed;
    return j.dump();
}

Settings Settings::from_text(const std::string& text) {
    Settings s;
    Json j = Json::parse(text, nullptr, false);
    if (!j.is_object()) return s;
    if (auto it = j.find("language"); it != j.end() && it->is_string())
        if (auto l = parse_language(it->get<std::string>())) s.language = *l;
    if (auto it = j.find("text_scale"); it != j.end() && it->is_number()) {
        double v = it->get<double>();
        if (std::isfinite(v)) s.text_scale = std::clamp(float(v), min_text_scale, max_text_scale);
    }
    if (auto it = j.find("high_contrast"); it != j.end() && it->is_boolean()) s.high_contrast = it->get<bool>();
    if (auto it = j.find("open_id"); it != j.end() && it->is_string()) s.open_id = it->get<std::string>();
    if (auto it = j.find("imgui_ini"); it != j.end() && it->is_string()) s.imgui_ini = it->get<std::string>();
    if (auto it = j.find("exported"); it != j.end() && it->is_object())
        for (auto e = it->begin(); e != it->end(); ++e)
            if (e->is_string() && Date::parse(e->get<std::string>())) s.exported[e.key()] = e->get<std::string>();
    if (auto it = j.find("backup_reminder_days"); it != j.end() && it->is_number_integer())
        s.backup_reminder_days = std::clamp(it->get<int>(), 0, 365);
    if (auto it = j.find("projector"); it != j.end() && it->is_boolean()) s.projector = it->get<bool>();
    if (auto it = j.find("first_steps_dismissed"); it != j.end() && it->is_array())
        for (const auto& e : *it)
            if (e.is_string()) s.first_steps_dismissed.insert(e.get<std::string>());
    return s;
}

// [SECTION] App ---------------------------------------------------------------
double visible_for(const Notice& n) {
    int words = 0;
    bool in_word = false;
    for (char c : n.text) {
        const bool blank = c == ' ' || c == '\n' || c == '\t';
        if (!blank && !in_word) ++words;
        in_word = !blank;
    }
    const double reading = std::clamp(4.0 + 0.4 * words, 6.0, 30.0);
    return n.kind == Notice::Kind::Error ? std::min(reading * 1.5, 45.0) : reading;
}

std::string storage_reason(const I18n& i18n, const std::string& error) {
    auto has = [&error](const char* what) { return error.find(what) != std::string::npos; };
    if (has("no IndexedDB")) return i18n.tr("storage.reason.none");
    if (has("QuotaExceededError")) return i18n.tr("storage.reason.full");
    if (has("SecurityError") || has("InvalidStateError")) return i18n.tr("storage.reason.refused");
    return error;
}

const std::vector<ExampleInfo>& examples() {
    static const std::vector<ExampleInfo> list = {
        {Jurisdiction::NO, "start.example_no"},
        {Jurisdiction::DK, "start.example_dk"},
    };
    return list;
}

App::App(Storage& storage, AssetReader read_asset, NowText now_text)
    : storage_(storage), read_asset_(std::move(read_asset)), now_text_(std::move(now_text)) {}

bool App::start_first(double now) {
    translations_missing_ = false;
    for (Language l : all_languages) {
        std::string path = std::string("i18n/") + to_string(l) + ".json";
        auto text = read_asset_(path);
        if (text) {
            i18n.set_source(l, std::move(*text));
        } else {
            i18n.set_table(l, {});
            translations_missing_ = true;
        }
    }
    if (auto s = storage_.load_setting("settings")) settings = Settings::from_text(*s);
    sync_i18n();
    // The tables' problems are looked at after the first frame
    // (load_translations): a table is read when first needed, and the first
    // screen may speak another language than the settings' (the browser's).
    bool ok = !translations_missing_;
    refresh_library();
    if (!settings.open_id.empty()) open(settings.open_id, now);
    if (!ok && !translations_noticed_) {
        translations_noticed_ = true;
        notify(Notice::Kind::Error, "Translation tables are missing or broken (assets/i18n).", now);
    }
    return ok;
}

bool App::load_translations(double now) {
    bool ok = !translations_missing_;
    for (Language l : all_languages)
        if (!i18n.problems(l).empty()) ok = false;
    if (!ok && !translations_noticed_) {
        translations_noticed_ = true;
        notify(Notice::Kind::Error, "Translation tables are missing or broken (assets/i18n).", now);
    }
    return ok;
}

void App::refresh_library() {
    retired_.libraries.push_back(std::exchange(library, storage_.list()));
    std::sort(library.begin(), library.end(), [](const StoredArrangement& a, const StoredArrangement& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
}

std::string App::unique_id() const {
    for (int n = 1;; ++n) {
        std::string id = "ordning-" + std::to_string(n);
        bool used = std::any_of(library.begin(), library.end(), [&](auto& e) { return e.id == id; });
        if (!used && id != open_id_) return id;
    }
}

std::optional<Document> App::read_stored(const std::string& id, const std::string& text, double now) {
    ReadResult r = read_document(std::string_view(text));
    if (r.ok()) return std::move(*r.document);
    std::optional<Problem> first;
    if (!r.problems.empty()) first = r.problems.front();
    notify(Notice::Kind::Error, [id, first](const I18n& t) {
        return t.fmt("notice.open_broken", {{"id", id}}) + "\n" + (first ? t.describe(*first) : std::string());
    }, now);
    return std::nullopt;
}

bool App::refused_in_conflict(double now) {
    if (conflict_) notify(Notice::Kind::Error, table_text("conflict.choose_first"), now);
    return conflict_;
}

void App::replace_session(Session s) {
    retired_.sessions.push_back(std::move(session));
    session = std::move(s);
}

void App::end_proposal() {
    if (proposal_) retired_.proposals.push_back(std::move(proposal_));
}

void App::open_document(std::string id, Document doc, double now) {
    flush();
    end_proposal();
    open_id_ = std::move(id);
    replace_session(Session(std::move(doc)));
    saved_revision_ = 0;  // not yet stored under this id
    conflict_ = check_elsewhere_ = false;
    failed_writes_ = 0;
    retry_at_ = 0;
    seen_revision_ = session.revision();
    changed_at_ = now;
    settings.open_id = open_id_;
    save_settings();
    sync_i18n();
}

void App::new_arrangement(const std::string& name, Jurisdiction j, double now) {
    Document d;
    d.arrangement.name = name;
    d.arrangement.jurisdiction = j;
    open_document(unique_id(), std::move(d), now);
    flush();
    refresh_library();
}

bool App::open(const std::string& id, double now) {
    if (id == open_id_) return true;
    if (refused_in_conflict(now)) return false;  // switching away would drop the changes that are not stored
    auto text = storage_.load(id);
    if (!text) {
        notify(Notice::Kind::Error, table_fmt("notice.open_missing", {{"id", id}}), now);
        return false;
    }
    auto doc = read_stored(id, *text, now);
    if (!doc) return false;
    open_document(id, std::move(*doc), now);
    saved_revision_ = session.revision();
    return true;
}

void App::close(double now) {
    if (refused_in_conflict(now)) return;
    flush();
    end_proposal();
    open_id_.clear();
    replace_session(Session());
    settings.open_id.clear();
    save_settings();
}

void App::remove(const std::string& which, double now) {
    const std::string id = which;  // `which` may be open_id_ itself, which is cleared below
    if (id == open_id_) {
        conflict_ = check_elsewhere_ = false;
        end_proposal();
        open_id_.clear();
        replace_session(Session());
        settings.open_id.clear();
        save_settings();
    }
    storage_.remove(id);
    refresh_library();
    notify(Notice::Kind::Info, table_text("notice.deleted"), now);
}

bool App::load_example(const ExampleInfo& e, double now) {
    const auto today = Date::parse(now_text_().substr(0, 10));
    if (!today) return false;
    Document doc = example_year(e.jurisdiction, *today);
    doc.arrangement.name = unique_name(doc.arrangement.name);
    open_document(unique_id(), std::move(doc), now);
    flush();
    refresh_library();
    notify(Notice::Kind::Info, [name = session.doc().arrangement.name](const I18n& t) {
        return t.fmt("notice.example_loaded", {{"name", name}});
    }, now);
    return true;
}

bool App::restore_previous(double now) {
    if (!has_open()) return false;
    if (refused_in_conflict(now)) return false;
    auto text = storage_.load_previous(open_id_);
    if (!text) {
        notify(Notice::Kind::Error, table_text("notice.no_previous"), now);
        return false;
    }
    ReadResult r = read_document(std::string_view(*text));
    if (!r.ok()) {
        notify(Notice::Kind::Error, [p = r.problems.front()](const I18n& t) { return t.describe(p); }, now);
        return false;
    }
    session.replace(std::move(*r.document), true, i18n.tr("undo.restore_previous"));
    sync_i18n();
    notify(Notice::Kind::Info, table_text("notice.previous_restored"), now);
    return true;
}

// Import ----------------------------------------------------------------------
bool App::import_text(const std::string& file_name, std::string_view text, double now) {
    pending_import.reset();
    import_problems.clear();
    import_problem_file.clear();
    ReadResult r = read_document(text);
    if (r.problems.size() == 1 && r.problems.front().kind == ProblemKind::Encrypted) {
        pending_decrypt = PendingDecrypt{file_name, std::string(text)};
        return true;
    }
    if (!r.ok()) {
        import_problems = std::move(r.problems);
        import_problem_file = file_name;
        notify(Notice::Kind::Error, [file = std::string(file_name), count = std::to_string(import_problems.size())](const I18n& t) {
            return t.fmt("notice.import_refused", {{"file", file}, {"count", count}});
        }, now);
        return false;
    }
    pending_import = PendingImport{file_name, std::move(*r.document)};
    if (!has_open()) import_as_new(now);
    return true;
}

void App::import_replace_open(double now) {
    if (!pending_import) return;
    if (!has_open()) return import_as_new(now);
    if (refused_in_conflict(now)) return;
    std::erase(rotated_, open_id_);  // the version before the import becomes the previous one
    flush();
    session.replace(std::move(pending_import->doc), true, i18n.tr("undo.import"));
    std::string file = pending_import->file_name;
    pending_import.reset();
    sync_i18n();
    notify(Notice::Kind::Info, table_fmt("notice.imported", {{"file", file}}), now);
}

std::string App::unique_name(const std::string& name) const {
    auto taken = [&](const std::string& n) {
        return std::any_of(library.begin(), library.end(), [&](const StoredArrangement& e) { return e.name == n; });
    };
    if (!taken(name)) return name;
    for (int k = 2;; ++k)
        if (std::string n = name + " (" + std::to_string(k) + ")"; !taken(n)) return n;
}

void App::import_as_new(double now) {
    if (!pending_import) return;
    std::string file = pending_import->file_name;
    pending_import->doc.arrangement.name = unique_name(pending_import->doc.arrangement.name);
    open_document(unique_id(), std::move(pending_import->doc), now);
    pending_import.reset();
    flush();
    refresh_library();
    notify(Notice::Kind::Info, table_fmt("notice.imported", {{"file", file}}), now);
}

void App::import_cancel() {
    pending_import.reset();
    pending_decrypt.reset();
}

void App::decrypted(const std::string& file_name, std::string_view text, double now) {
    pending_decrypt.reset();
    import_text(file_name, text, now);  // read and checked like any file; asks before it replaces
}

void App::decrypt_failed(std::string why) {
    if (!pending_decrypt) return;
    pending_decrypt->working = false;
    pending_decrypt->error = std::move(why);
}

// Export ----------------------------------------------------------------------
namespace {

// Characters that change how a name is shown without being seen: the bidi
// controls (U+202E would show "Faktura\u202Egpj.exe" as "Fakturaexe.jpg"),
// zero-width characters, line separators and the byte-order mark.
bool invisible(char32_t c) {
    return (c >= 0x80 && c <= 0x9F) || c == 0xAD || c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

// The code point of the UTF-8 sequence at text[i] and its length; 0 for a byte
// that does not start a valid sequence.
size_t decode_utf8(std::string_view text, size_t i, char32_t& c) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? (b <= 0xEF ? 3 : 0) : b >= 0xC2 ? 2 : 0;
    if (n == 0 || i + n > text.size()) return 0;
    c = b & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n; ++k) {
        const unsigned char t = static_cast<unsigned char>(text[i + k]);
        if ((t & 0xC0) != 0x80) return 0;
        c = (c << 6) | (t & 0x3F);
    }
    const char32_t least = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
    if (c < least || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    return n;
}

}  // namespace

std::string file_name_safe(std::string_view name) {
    std::string out;
    bool dash = false;
    size_t kept = 0;  // characters in `out`
    for (size_t i = 0; i < name.size() && kept < file_name_max_chars;) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c >= 0x80) {
            char32_t cp = 0;
            const size_t n = decode_utf8(name, i, cp);
            if (n == 0) {  // not UTF-8: left out
                ++i;
                continue;
            }
            if (!invisible(cp)) {
                if (dash && !out.empty()) out += '-', ++kept;
                dash = false;
                out.append(name.substr(i, n));
                ++kept;
            }
            i += n;
            continue;
        }
        bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '.';
        if (keep) {
            if (dash && !out.empty()) out += '-', ++kept;
            dash = false;
            out += static_cast<char>(c);
            ++kept;
        } else {
            dash = true;
        }
        ++i;
    }
    while (!out.empty() && out.front() == '.') out.erase(out.begin());
    while (!out.empty() && (out.back() == '.' || out.back() == '-')) out.pop_back();
    return out.empty() ? std::string("ordning") : out;
}

std::string App::export_file_name(const std::string& today, const std::string& tag) const {
    return file_name_safe(session.doc().arrangement.name) + "-" + today + (tag.empty() ? "" : "-" + file_name_safe(tag)) +
           ".json";
}

// Settings --------------------------------------------------------------------
void App::set_language(Language l) {
    settings.language = l;
    sync_i18n();
    save_settings();
}

void App::set_text_scale(float s) {
    settings.text_scale = std::clamp(s, Settings::min_text_scale, Settings::max_text_scale);
    save_settings();
}

void App::set_high_contrast(bool on) {
    settings.high_contrast = on;
    save_settings();
}

void App::set_projector(bool on) {
    settings.projector = on;
    save_settings();
}

void App::dismiss_first_steps() {
    if (!has_open()) return;
    settings.first_steps_dismissed.insert(open_id_);
    save_settings();
}

void App::mark_exported(const std::string& today) {
    if (!has_open()) return;
    settings.exported[open_id_] = today;
    save_settings();
}

std::optional<int> App::days_since_export(const std::string& today) const {
    auto it = settings.exported.find(open_id_);
    if (it == settings.exported.end()) return std::nullopt;
    auto last = Date::parse(it->second);
    auto now = Date::parse(today);
    if (!last || !now) return std::nullopt;
    return std::max(0, (*now - *last).count);
}

bool App::backup_due(const std::string& today) const {
    if (!has_open() || settings.backup_reminder_days <= 0) return false;
    auto days = days_since_export(today);
    return !days || *days >= settings.backup_reminder_days;
}

void App::save_settings() { storage_.save_setting("settings", settings.to_text()); }

void App::sync_i18n() {
    i18n.language = settings.language;
    // With nothing open, the words of the country whose language is chosen
    // (a Danish start screen says hjælpere and vagtplan).
    if (has_open()) i18n.jurisdiction = session.doc().arrangement.jurisdiction;
    else i18n.jurisdiction = settings.language == Language::Da ? Jurisdiction::DK : Jurisdiction::NO;
    for (Notice& n : notices)  // a notice on screen speaks the language the page now speaks
        if (n.wording) n.text = n.wording(i18n);
}

// Autosave --------------------------------------------------------------------
Wording table_fmt(std::string key, std::vector<std::pair<std::string, std::string>> args) {
    return [key = std::move(key), args = std::move(args)](const I18n& t) {
        return fill_placeholders(t.tr(key), [&args](std::string_view name) -> const std::string* {
            for (const auto& [k, v] : args)
                if (k == name) return &v;
            return nullptr;
        });
    };
}

void App::notify(Notice::Kind k, Wording wording, double now) {
    std::string text = wording(i18n);
    add_notice({k, std::move(text), now, std::move(wording)});
}

void App::notify(Notice::Kind k, std::string text, double now) { add_notice({k, std::move(text), now, {}}); }

void App::add_notice(Notice n) {
    notices.push_back(std::move(n));
    if (notices.size() > 20) notices.erase(notices.begin());
}

}  // namespace bpa
