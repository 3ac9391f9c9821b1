// The page's platform: IndexedDB through web/bpa_pre.js and web/bpa_library.js,
// assets compiled into the module (generated/web_assets.cpp).
#include "platform/platform.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include <emscripten.h>
#include <emscripten/html5.h>
#include <nlohmann/json.hpp>

extern "C" {
char* bpa_js_storage_list();
char* bpa_js_storage_info();
char* bpa_js_storage_load(const char* id, int previous);
double bpa_js_storage_save(const char* id, const char* name, const char* jurisdiction, const char* saved_at,
                           const char* text, int keep_previous);
int bpa_js_save_state(double ticket);
void bpa_js_storage_remove(const char* id);
char* bpa_js_changed_elsewhere();
int bpa_js_newer_elsewhere(const char* id);
void bpa_js_take_stored(const char* id);
char* bpa_js_setting_load(const char* key);
void bpa_js_setting_save(const char* key, const char* value);
int bpa_js_settings_changed();
char* bpa_js_storage_error();
char* bpa_js_now_text();
char* bpa_js_preferred_language();
void bpa_js_download(const char* name, const char* mime, const char* data, int len);
void bpa_js_open_file_picker();
void bpa_js_download_encrypted(const char* name, const char* text, const char* passphrase, int iterations);
void bpa_js_decrypt(const char* name, const char* data, int len, const char* passphrase);
int bpa_js_take_crypto(int* kind, char** name, char** data, int* len);
int bpa_js_print(const char* html);
int bpa_js_take_file(char** name, char** data, int* len);
char* bpa_js_take_text(double* keys);
double bpa_js_keydowns();
void bpa_js_text_input(int active);
void bpa_js_set_clipboard(const char* text);
char* bpa_js_take_clipboard_failure();
void bpa_js_window_size(int* w, int* h);
void bpa_js_first_frame();
int bpa_js_gl_context_made();
void bpa_js_draw_part(int x, int y, int w, int h);
int bpa_js_checking_parts();
void bpa_js_part_checked(double wrong, int x, int y, int w, int h);
void bpa_js_frame_done(int busy, int drawn, int at_rest, double wake_after);
void bpa_js_wake();
double bpa_js_seconds_to_midnight();
void bpa_js_a11y_update(const char* changes);
int bpa_js_take_a11y(int* kind, double* key, char** value);
}

namespace bpa::web_assets {
struct Asset {
    const char* path;
    const unsigned char* data;
    std::size_t size;
};
extern const Asset assets[];  // ends with a null path
}  // namespace bpa::web_assets

namespace bpa::platform {

namespace {

// Takes ownership of a malloc'd string from JavaScript.
std::optional<std::string> adopt(char* p) {
    if (!p) return std::nullopt;
    std::string s(p);
    std::free(p);
    return s;
}

class WebStorage final : public Storage {
public:
    std::vector<StoredArrangement> list() override {
        std::vector<StoredArrangement> out;
        auto text = adopt(bpa_js_storage_list());
        if (!text) return out;
        auto j = nlohmann::json::parse(*text, nullptr, false);
        if (!j.is_array()) return out;
        for (auto& e : j) {
            out.push_back({e.value("id", ""), e.value("name", ""), e.value("jurisdiction", ""),
                           e.value("saved_at", ""), e.value("has_previous", false)});
        }
        return out;
    }
    std::optional<std::string> load(const std::string& id) override { return adopt(bpa_js_storage_load(id.c_str(), 0)); }
    std::optional<std::string> load_previous(const std::string& id) override {
        return adopt(bpa_js_storage_load(id.c_str(), 1));
    }
    uint64_t save(const StoredArrangement& info, const std::string& text, bool keep_previous) override {
        return static_cast<uint64_t>(bpa_js_storage_save(info.id.c_str(), info.name.c_str(), info.jurisdiction.c_str(),
                                                         info.saved_at.c_str(), text.c_str(), keep_previous ? 1 : 0));
    }
    SaveState save_state(uint64_t ticket) override {
        switch (bpa_js_save_state(static_cast<double>(ticket))) {
        case 0: return SaveState::Pending;
        case 2: return SaveState::Failed;
        case 3: return SaveState::Conflict;
        default: return SaveState::Saved;
        }
    }
    void remove(const std::string& id) override { bpa_js_storage_remove(id.c_str()); }
    std::vector<std::string> changed_elsewhere() override {
        std::vector<std::string> out;
        auto text = adopt(bpa_js_changed_elsewhere());
        if (!text) return out;
        auto j = nlohmann::json::parse(*text, nullptr, false);
        if (!j.is_array()) return out;
        for (auto& e : j)
            if (e.is_string()) out.push_back(e.get<std::string>());
        return out;
    }
    bool newer_elsewhere(const std::string& id) override { return bpa_js_newer_elsewhere(id.c_str()) != 0; }
    void take_stored(const std::string& id) override { bpa_js_take_stored(id.c_str()); }
    std::optional<std::string> load_setting(const std::string& key) override {
        return adopt(bpa_js_setting_load(key.c_str()));
    }
    void save_setting(const std::string& key, const std::string& value) override {
        bpa_js_setting_save(key.c_str(), value.c_str());
    }
    bool settings_changed_elsewhere() override { return bpa_js_settings_changed() != 0; }
    std::string error() override { return adopt(bpa_js_storage_error()).value_or(""); }
};

Hooks g_hooks;
bool g_test_hooks = false;
bool g_text_log_wanted = false;
bool g_text_logging = false;
std::string g_logged_text;  // the texts of the last logged frame
std::function<void()> g_frame;
std::string g_returned;  // keeps strings handed to JavaScript alive until the next call

}  // namespace

StorageInfo storage_info() {
    StorageInfo info;
    char* text = bpa_js_storage_info();
    if (!text) return info;
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    std::free(text);
    if (!j.is_object()) return info;
    if (auto it = j.find("persisted"); it != j.end() && it->is_number_integer()) info.persisted = it->get<int>();
    if (auto it = j.find("used"); it != j.end() && it->is_number()) info.used = it->get<double>();
    if (auto it = j.find("quota"); it != j.end() && it->is_number()) info.quota = it->get<double>();
    if (auto it = j.find("from_file"); it != j.end() && it->is_boolean()) info.from_file = it->get<bool>();
    return info;
}

Storage& storage() {
    static WebStorage s;
    return s;
}

std::optional<std::string> read_asset(const std::string& path) {
    for (const web_assets::Asset* a = web_assets::assets; a->path; ++a)
        if (path == a->path) return std::string(reinterpret_cast<const char*>(a->data), a->size);
    return std::nullopt;
}

std::string now_text() { return adopt(bpa_js_now_text()).value_or("1970-01-01T00:00"); }
std::string today() { return now_text().substr(0, 10); }
double seconds() { return emscripten_get_now() / 1000.0; }
double seconds_to_midnight() { return bpa_js_seconds_to_midnight(); }

void download(const std::string& file_name, const std::string& mime, const std::string& bytes) {
    bpa_js_download(file_name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

void open_file_picker() { bpa_js_open_file_picker(); }

void download_encrypted(const std::string& file_name, const std::string& text, const std::string& passphrase) {
    bpa_js_download_encrypted(file_name.c_str(), text.c_str(), passphrase.c_str(), crypto_iterations);
}

void decrypt(const std::string& file_name, const std::string& bytes, const std::string& passphrase) {
    bpa_js_decrypt(file_name.c_str(), bytes.data(), static_cast<int>(bytes.size()), passphrase.c_str());
}

std::optional<CryptoOutcome> take_crypto() {
    int kind = 0, len = 0;
    char* name = nullptr;
    char* data = nullptr;
    if (!bpa_js_take_crypto(&kind, &name, &data, &len)) return std::nullopt;
    CryptoOutcome out;
    using K = CryptoOutcome::Kind;
    out.kind = kind == 1 ? K::Exported : kind == 2 ? K::Decrypted : kind == 3 ? K::WrongPassphrase
             : kind == 5 ? K::Unavailable : K::Broken;
    out.file_name = name ? name : "";
    if (data) out.text.assign(data, static_cast<size_t>(len));
    std::free(name);
    std::free(data);
    return out;
}
void a11y_update(const std::string& changes_json) { bpa_js_a11y_update(changes_json.c_str()); }

std::optional<A11yRequest> take_a11y_request() {
    int kind = 0;
    double key = 0;
    char* value = nullptr;
    if (!bpa_js_take_a11y(&kind, &key, &value)) return std::nullopt;
    A11yRequest r;
    r.kind = kind == 1 ? A11yRequest::Kind::Activate : kind == 2 ? A11yRequest::Kind::Value : A11yRequest::Kind::Focus;
    r.key = static_cast<uint32_t>(key);
    if (value) r.value = value;
    std::free(value);
    return r;
}

bool open_print_window(const std::string& html) { return bpa_js_print(html.c_str()) != 0; }

std::optional<IncomingFile> take_file() {
    char* name = nullptr;
    char* data = nullptr;
    int len = 0;
    if (!bpa_js_take_file(&name, &data, &len)) return std::nullopt;
    IncomingFile f{name ? name : "", std::string(data, static_cast<size_t>(len))};
    std::free(name);
    std::free(data);
    return f;
}

void set_clipboard(const std::string& text) { bpa_js_set_clipboard(text.c_str()); }
std::optional<std::string> take_clipboard_failure() { return adopt(bpa_js_take_clipboard_failure()); }
std::optional<TypedText> take_text() {
    double keys = 0;
    auto text = adopt(bpa_js_take_text(&keys));
    if (!text) return std::nullopt;
    return TypedText{std::move(*text), static_cast<uint64_t>(keys)};
}
uint64_t keydowns() { return static_cast<uint64_t>(bpa_js_keydowns()); }
void text_input(bool active) { bpa_js_text_input(active ? 1 : 0); }

std::string preferred_language() { return adopt(bpa_js_preferred_language()).value_or(""); }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }
void window_size(int& width, int& height) { bpa_js_window_size(&width, &height); }
const char* glsl_version() { return "#version 300 es"; }

void set_hooks(Hooks hooks) { g_hooks = std::move(hooks); }
bool test_hooks() { return g_test_hooks; }
bool text_log_wanted() { return std::exchange(g_text_log_wanted, false); }
void set_text_logging(bool on) { g_text_logging = on; }
bool text_logging() { return g_text_logging; }
void text_logged(const char* text) { g_logged_text = text; }
void first_frame_drawn() { bpa_js_first_frame(); }
bool gl_context_made() { return bpa_js_gl_context_made() != 0; }
void draw_part(const int* part) {
    if (part) bpa_js_draw_part(part[0], part[1], part[2], part[3]);
    else bpa_js_draw_part(0, 0, -1, -1);
}
bool checking_parts() { return bpa_js_checking_parts() != 0; }
void part_checked(long wrong_pixels, const int* part) {
    bpa_js_part_checked(double(wrong_pixels), part[0], part[1], part[2], part[3]);
}
void frame_done(int busy, bool drawn, bool at_rest, double wake_after) {
    bpa_js_frame_done(busy, drawn ? 1 : 0, at_rest ? 1 : 0, wake_after);
}
void wake() { bpa_js_wake(); }

void run_main_loop(const std::function<void()>& frame) {
    g_frame = frame;
    emscripten_set_main_loop([] { g_frame(); }, 0, true);
}

}  // namespace bpa::platform

// Called from JavaScript (web/bpa_pre.js and the browser tests).
extern "C" {
EMSCRIPTEN_KEEPALIVE void bpa_flush() {
    if (bpa::platform::g_hooks.flush) bpa::platform::g_hooks.flush();
}
// Before the page is closed or reloaded: 1 when changes would be lost (saving
// has failed and they are not stored yet), so that the browser asks first.
EMSCRIPTEN_KEEPALIVE int bpa_unsaved() {
    return bpa::platform::g_hooks.unsaved && bpa::platform::g_hooks.unsaved() ? 1 : 0;
}
EMSCRIPTEN_KEEPALIVE const char* bpa_test_document() {
    using namespace bpa::platform;
    g_returned = g_hooks.document_text ? g_hooks.document_text() : "";
    return g_returned.c_str();
}
// Switches the test hooks on (1) or off (0); a frame follows.
EMSCRIPTEN_KEEPALIVE void bpa_test_hooks(int on) {
    using namespace bpa::platform;
    g_test_hooks = on != 0;
    wake();
}
// A widget's rectangle in the last frame; the first call switches the hooks
// on and finds nothing until the next frame has recorded the widgets.
EMSCRIPTEN_KEEPALIVE const char* bpa_test_locate(const char* id) {
    using namespace bpa::platform;
    if (!g_test_hooks) bpa_test_hooks(1);
    g_returned = g_hooks.locate ? g_hooks.locate(id) : "";
    return g_returned.c_str();
}
// Logs the texts of the next frame (a frame follows); bpa_test_logged_text()
// returns them once it is drawn.
EMSCRIPTEN_KEEPALIVE void bpa_test_log_text() {
    using namespace bpa::platform;
    g_text_log_wanted = true;
    g_logged_text.clear();
    wake();
}
EMSCRIPTEN_KEEPALIVE const char* bpa_test_logged_text() { return bpa::platform::g_logged_text.c_str(); }
EMSCRIPTEN_KEEPALIVE const char* bpa_test_state() {
    using namespace bpa::platform;
    g_returned = g_hooks.state_text ? g_hooks.state_text() : "";
    return g_returned.c_str();
}
}
