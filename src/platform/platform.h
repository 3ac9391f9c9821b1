// The platform interface: everything the application needs from its host.
// One implementation per platform, chosen in CMake: platform_web.cpp (the
// page, with the JavaScript in web/) and platform_native.cpp. Callers contain
// no #ifdef.
//
// Checklist of what an implementation provides:
//  [x] storage()          persistent arrangements and settings
//  [x] read_asset()       translation tables, examples, fonts
//  [x] clock              now_text(), today(), seconds()
//  [x] files              download(), open_file_picker(), take_file() (picked or dropped)
//  [x] encrypted files    download_encrypted(), decrypt(), take_crypto()
//  [x] print              open_print_window()
//  [x] text and clipboard text_input(), take_text(), set_clipboard()
//  [x] window             window_size(), device_pixel_ratio(), glsl_version(), run_main_loop()
//  [x] drawing on demand  frame_done(), wake(), seconds_to_midnight()
//  [x] accessibility  a11y_update(), take_a11y_request()
//  [x] hooks              flush on page hide, ask before leaving unsaved changes; test inspection, off until a test switches it on
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "app/storage.h"

namespace bpa::platform {

Storage& storage();
// Whether the browser keeps the stored data for good (navigator.storage.persist,
// asked for once there is an arrangement to keep): 1 yes, 0 no, -1 not known
// (yet); the bytes used and allowed (-1: not known); and whether the page was
// opened from a file (its data then belongs to that file's location).
struct StorageInfo {
    int persisted = -1;
    double used = -1, quota = -1;
    bool from_file = false;
};
StorageInfo storage_info();
std::optional<std::string> read_asset(const std::string& path);  // path under assets/

std::string now_text();  // local "YYYY-MM-DDTHH:MM"
std::string today();     // local "YYYY-MM-DD"
double seconds();        // monotonic, for autosave and animations
double seconds_to_midnight();  // until today() changes

void download(const std::string& file_name, const std::string& mime, const std::string& bytes);
void open_file_picker();  // the chosen file arrives through take_file()
struct IncomingFile {
    std::string name;
    std::string bytes;
};
std::optional<IncomingFile> take_file();

// An export encrypted with a passphrase, and opening one: WebCrypto AES-GCM
// with a 256-bit key from PBKDF2-SHA-256 (random salt, crypto_iterations),
// the parameters in a small JSON wrapper {"bpa_encrypted": 1, ...}. Both run
// in the background; the outcome arrives through take_crypto().
constexpr int crypto_iterations = 600000;
void download_encrypted(const std::string& file_name, const std::string& text, const std::string& passphrase);
void decrypt(const std::string& file_name, const std::string& bytes, const std::string& passphrase);
struct CryptoOutcome {
    enum class Kind { Exported, Decrypted, WrongPassphrase, Broken, Unavailable } kind = Kind::Broken;
    std::string file_name;
    std::string text;  // Decrypted: the file's text; Broken, Unavailable: why
};
std::optional<CryptoOutcome> take_crypto();

// Opens `html` in a new window and starts the browser's print dialog there.
// False when the browser blocked the window.
bool open_print_window(const std::string& html);

void set_clipboard(const std::string& text);
// Why the last text copied did not reach the clipboard (the browser refused
// both ways of writing it), once; nullopt when nothing failed.
std::optional<std::string> take_clipboard_failure();
// Text typed (any layout, dead keys, input methods, virtual keyboards) or pasted
// while a text field is active; text_input() says whether one is. `keys`: the
// key presses the page had seen before the text, counted as keydowns() counts.
struct TypedText {
    std::string text;
    uint64_t keys = 0;
};
std::optional<TypedText> take_text();
// Key presses the page has seen so far (SDL makes a key event of each, except
// of keys it has no code for, such as a virtual keyboard's).
uint64_t keydowns();
void text_input(bool active);

std::string preferred_language();  // the browser's, e.g. "nb-NO"; "" if unknown
float device_pixel_ratio();
void window_size(int& width, int& height);  // in CSS pixels
const char* glsl_version();

// The accessible mirror (ui/a11y.h): its changes go to the page's DOM tree
// (web/bpa_a11y.js), and what a screen reader or the keyboard did there comes
// back as requests.
void a11y_update(const std::string& changes_json);
struct A11yRequest {
    enum class Kind { Focus, Activate, Value } kind = Kind::Focus;
    uint32_t key = 0;
    std::string value;
};
std::optional<A11yRequest> take_a11y_request();

struct Hooks {
    std::function<void()> flush;                                   // the page is being hidden
    std::function<bool()> unsaved;                                 // the page is being left: would changes be lost?
    std::function<std::string()> document_text;                    // tests: the open document
    std::function<std::string(const std::string& id)> locate;      // tests: a widget's rectangle
    std::function<std::string()> state_text;                       // tests: app state summary
};
void set_hooks(Hooks hooks);
// Whether a test has switched the inspection hooks on (bpa_test_hooks(1), or
// the first bpa_test_locate()): until then widgets record nothing per frame.
bool test_hooks();
// Tests: every text the next frame draws (Dear ImGui's log), asked for with
// bpa_test_log_text() and read with bpa_test_logged_text(). The frame loop
// asks whether to log this frame, says while it does (a window's end stops
// Dear ImGui's log; widgets take it up again) and hands over what was logged.
bool text_log_wanted();
void set_text_logging(bool on);
bool text_logging();
void text_logged(const char* text);
void first_frame_drawn();
// After the GL context is made: the GL state only this page changes is kept
// on the page's side, so that reading it back does not wait for the GPU.
// True when the canvas keeps its picture between frames (a frame may then
// draw only the part that changed).
bool gl_context_made();
// A frame that draws only part of the canvas: every scissor box it sets is cut
// to `part` (x, y from the bottom, width, height in pixels); null ends that.
void draw_part(const int* part);
// Tests: whether each frame drawn in part is compared with the same frame drawn
// whole, and the result of one such comparison (the pixels that differ).
bool checking_parts();
void part_checked(long wrong_pixels, const int* part);
void run_main_loop(const std::function<void()>& frame);
// Drawing on demand: called after each frame with what kept it busy (the
// flags below, 0 for a quiet frame; shown as Module.bpa.busy) and whether it
// drew onto the canvas (counted in Module.bpa.drawn). With `at_rest`,
// `frame` is not called again until an input event, a resize, a file, a paste,
// a storage callback or wake(), or, when `wake_after` >= 0, that many seconds later.
enum Busy { busy_input = 1, busy_held = 2, busy_pending = 4, busy_picture = 8 };
void frame_done(int busy, bool drawn, bool at_rest, double wake_after);
void wake();

}  // namespace bpa::platform
