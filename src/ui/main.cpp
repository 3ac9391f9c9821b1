// The page's entry point: SDL2 window and GL context, Dear ImGui, the frame loop.
#include <SDL.h>
#include <emscripten.h>
#include <SDL_opengles2.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>
#include <memory>

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include "platform/platform.h"
#include "ui/a11y.h"
#include "ui/canvas.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/views.h"

namespace {

struct Main {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    std::unique_ptr<bpa::App> app;
    std::unique_ptr<bpa::ui::Ui> ui;
    int width = 0, height = 0;
    bool first_frame = true;
    bool translations_loaded = false;  // all tables read, after the first frame
    float style_scale = 0;
    bool style_contrast = false;
    // Drawing on demand
    bpa::ui::canvas::Picture shown, picture;      // the picture on the canvas, and this frame's
    bpa::ui::canvas::Picture held;               // a frame's picture not drawn: another frame follows at once
    bool canvas_keeps = false;   // the canvas keeps its picture between frames
    bool redraw_all = true;      // the next picture is drawn whole (the first, a new font texture)
    int quiet_frames = 0;        // frames in a row with no input and the same picture
    uint64_t seen_revision = 0;  // the document's, to know when autosave is due
    double changed_at = 0;
};

// Frames in a row that must show the same picture, with no input, before the
// loop rests: windows that size themselves and popups settle within two.
constexpr int frames_before_rest = 2;

Main g;

const char* get_clipboard(void*) { return ""; }  // pasting arrives as a browser paste event
void set_clipboard(void*, const char* text) { bpa::platform::set_clipboard(text ? text : ""); }

// Tests: Dear ImGui's log of a frame's texts goes to the clipboard at the end of
// each window; while a frame is logged, the clipboard collects it here instead.
std::string logged_text;
void log_to_text(void*, const char* text) { logged_text.append(text ? text : ""); }


// Seconds until the text cursor of the active text field blinks (ImGui shows
// it while CursorAnim mod 1.2 s is at most 0.8 s), or -1 when none is active.
double cursor_blink_in() {
    ImGuiContext& c = *GImGui;
    if (!c.IO.ConfigInputTextCursorBlink || c.ActiveId == 0 || c.InputTextState.ID != c.ActiveId) return -1;
    double anim = c.InputTextState.CursorAnim;
    if (anim <= 0) return 0.8 - anim;
    double t = std::fmod(anim, 1.2);
    return t <= 0.8 ? 0.8 - t : 1.2 - t;
}

// The earliest of the timers the app sets: autosave, a notice going away,
// ImGui's saving of the layout, the text cursor, midnight for 'today'.
double next_wake(double now) {
    using namespace bpa;
    double next = platform::seconds_to_midnight() + 1;
    auto take = [&next](double in) {
        if (in >= 0 && in < next) next = in;
    };
    if (double save = g.app->next_save_in(now); save >= 0) take(save + 0.02);
    take(ui::seconds_until_change(*g.ui));
    if (GImGui->SettingsDirtyTimer > 0) take(GImGui->SettingsDirtyTimer + 0.02);
    take(cursor_blink_in());
    return next;
}

// Passes an event to ImGui. The backend takes the modifiers of a key event
// from SDL's current state, which already holds every later event that came
// before this frame (a whole Ctrl+A arrives between two frames when the page
// rests): the event's own modifiers are the right ones.
void process_event(const SDL_Event& e) {
    if (e.type == SDL_MOUSEWHEEL) {
        // Dear ImGui 1.86 scrolls left for a positive horizontal wheel, and SDL
        // (as the browser) gives scrolling right as positive: turned round, a
        // sideways swipe on a touchpad moves the content the way it moves elsewhere.
        SDL_Event turned = e;
        turned.wheel.x = -e.wheel.x;
        ImGui_ImplSDL2_ProcessEvent(&turned);
        return;
    }
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
        ImGuiIO& io = ImGui::GetIO();
        Uint16 mod = e.key.keysym.mod;
        io.KeyShift = (mod & KMOD_SHIFT) != 0;
        io.KeyCtrl = (mod & KMOD_CTRL) != 0;
        io.KeyAlt = (mod & KMOD_ALT) != 0;
        io.KeySuper = (mod & KMOD_GUI) != 0;
    }
}

// Whether a text field takes typing: the field Dear ImGui edits now. (Its
// io.WantTextInput says what was so when the frame began, a frame late: text
// typed just after a click into a field was dropped, and the page's hidden text
// input took the focus back from the widget Tab had just moved to.)
bool editing_text() {
    const ImGuiContext& c = *GImGui;
    return c.ActiveId != 0 && c.InputTextState.ID == c.ActiveId;
}

// Keys that change a text field's text or move its cursor (A: Ctrl+A selects all).
bool editing_key(SDL_Scancode sc) {
    switch (sc) {
        case SDL_SCANCODE_BACKSPACE: case SDL_SCANCODE_DELETE: case SDL_SCANCODE_LEFT: case SDL_SCANCODE_RIGHT:
        case SDL_SCANCODE_HOME: case SDL_SCANCODE_END: case SDL_SCANCODE_UP: case SDL_SCANCODE_DOWN: case SDL_SCANCODE_A:
            return true;
        default:
            return false;
    }
}

bool input_held(const ImGuiIO& io) {
    for (bool down : io.MouseDown)
        if (down) return true;
    for (bool down : io.KeysDown)
        if (down) return true;
    return false;
}

// One frame: input in, the screens built, the picture drawn where it changed.
// Returns true when the frame held its picture back (below): the caller builds
// the next frame at once. `settling`: this is such a next frame (no new slice of
// a proposal's search); `may_hold`: it may hold its picture back too.
bool frame_pass(bool settling, bool may_hold) {
    using namespace bpa;
    ImGuiIO& io = ImGui::GetIO();
    bool input = false;  // anything arrived for this frame
    bool acted = false;     // of that, more than the pointer moving or the wheel turning
    if (!g.first_frame && !g.translations_loaded) {
        g.translations_loaded = true;
        g.app->load_translations(platform::seconds());
    }

    int w = 0, h = 0;
    platform::window_size(w, h);
    if (w > 0 && h > 0 && (w != g.width || h != g.height)) {
        g.width = w;
        g.height = h;
        SDL_SetWindowSize(g.window, w, h);
    }

    // Dear ImGui 1.86 samples key state once a frame: a key pressed and released
    // between two frames would be missed, so its release waits for the next
    // frame, and every key event after it too (the order of keys is kept). The
    // events that waited go through the same rule: Ctrl+A and Ctrl+C typed
    // within one frame give Ctrl+A in the next frame and Ctrl+C in the one after.
    struct Key {
        SDL_Event event;
        uint64_t presses;  // key presses up to and with this event
    };
    static std::vector<Key> deferred;
    static uint64_t presses_polled = 0;  // key presses SDL has given so far
    std::vector<Key> later;
    std::vector<SDL_Scancode> pressed;  // keys whose press went to ImGui this frame
    uint64_t first_editing = UINT64_MAX;  // the earliest editing key press that went to ImGui this frame
    auto route = [&](const Key& k) {
        const SDL_Event& ev = k.event;
        const bool key = ev.type == SDL_KEYDOWN || ev.type == SDL_KEYUP;
        if (!key) return process_event(ev);
        const SDL_Scancode sc = ev.key.keysym.scancode;
        if (!later.empty() || (ev.type == SDL_KEYUP && std::find(pressed.begin(), pressed.end(), sc) != pressed.end())) {
            later.push_back(k);
            return;
        }
        if (ev.type == SDL_KEYDOWN) {
            pressed.push_back(sc);
            if (editing_key(sc)) first_editing = std::min(first_editing, k.presses);
        }
        process_event(ev);
    };
    const std::vector<Key> waiting = std::exchange(deferred, {});
    for (const Key& k : waiting) route(k);
    input = acted = !waiting.empty();
    SDL_Event e;
    int tab = 0;  // Tab moves through every widget (ui/a11y.h), not ImGui's text fields only
    bool clicked = false;  // a click this frame may make a text field active for what is typed with it
    while (SDL_PollEvent(&e)) {
        input = true;
        if (e.type != SDL_MOUSEMOTION && e.type != SDL_MOUSEWHEEL) acted = true;
        if (e.type == SDL_KEYDOWN) ++presses_polled;
        if (e.type == SDL_MOUSEBUTTONDOWN) clicked = true;
        if ((e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) && e.key.keysym.scancode == SDL_SCANCODE_TAB) {
            if (e.type == SDL_KEYDOWN) tab = (e.key.keysym.mod & KMOD_SHIFT) ? -1 : 1;
            continue;
        }
        // A finger on the screen: SDL gives its mouse events the touch id.
        if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_MOUSEBUTTONUP) g.ui->touch = e.button.which == SDL_TOUCH_MOUSEID;
        else if (e.type == SDL_MOUSEMOTION) g.ui->touch = e.motion.which == SDL_TOUCH_MOUSEID;
        route(Key{e, presses_polled});
    }
    deferred = std::move(later);
    // Key presses that have gone to ImGui: all but those still waiting.
    const uint64_t presses_done = presses_polled - std::count_if(deferred.begin(), deferred.end(), [](const Key& k) {
                                      return k.event.type == SDL_KEYDOWN;
                                  });
    // The page counts key presses SDL makes no event of (a virtual keyboard's):
    // a text's count less those is its place among SDL's key events.
    const uint64_t seen = platform::keydowns();
    const uint64_t uncounted = seen > presses_polled ? seen - presses_polled : 0;

    // A text goes to its field in the frame in which the key presses before it
    // have gone to ImGui; but ImGui inserts a frame's characters before it
    // applies that frame's editing keys, so text after Backspace, Delete, Ctrl+A
    // or a cursor key pressed in the same frame waits a frame. Text also waits
    // while the accessible mirror's value for a field waits to be put in
    // (ui/a11y.h), so that it lands after the value. Texts keep their order.
    static std::vector<platform::TypedText> text_later;
    std::vector<platform::TypedText> texts = std::exchange(text_later, {});
    while (auto text = platform::take_text()) texts.push_back(std::move(*text));
    if (auto why = platform::take_clipboard_failure()) {
        g.app->notify(Notice::Kind::Error, table_fmt("notice.copy_failed", {{"reason", *why}}), g.ui->now);
        input = acted = true;
    }
    input = input || !texts.empty();
    acted = acted || !texts.empty();
    bool typed = false;
    const bool value_pending = ui::a11y::value_pending();
    const bool takes_text = editing_text() || clicked;
    for (auto& text : texts) {
        const uint64_t before = text.keys > uncounted ? text.keys - uncounted : 0;
        const bool keys_wait = before > presses_done && !deferred.empty();
        if (!text_later.empty() || value_pending || keys_wait || first_editing <= before) text_later.push_back(std::move(text));
        else if (takes_text) io.AddInputCharactersUTF8(text.text.c_str()), typed = true;
    }
    // Pasted text arrives while Ctrl is still held, and ImGui ignores characters
    // typed with Ctrl: for this frame the text counts as typed without it.
    bool held_ctrl = io.KeyCtrl, held_super = io.KeySuper;
    if (typed) io.KeyCtrl = io.KeySuper = false;

    g.ui->now = platform::seconds();
    g.ui->today = platform::today();
    g.ui->today_date = Date::parse(g.ui->today).value_or(Date());
    // A proposed plan being searched for: a slice of the search each frame.
    if (g.app->proposal_running() && !settling) {
        g.app->step_proposal([] { return platform::seconds(); }, 0.025);
        input = true;
    }
    while (auto f = platform::take_file()) {
        g.app->import_text(f->name, f->bytes, g.ui->now);
        input = acted = true;
    }
    while (auto c = platform::take_crypto()) {
        ui::crypto_outcome(*g.ui, *c);
        input = acted = true;
    }
    // What the page's accessible mirror asked for: focus, activation, a value.
    while (auto r = platform::take_a11y_request()) {
        using K = platform::A11yRequest::Kind;
        if (r->kind == K::Focus) ui::a11y::request_focus(r->key);
        else if (r->kind == K::Activate) ui::a11y::request_activate(r->key);
        else ui::a11y::request_value(r->key, r->value);
        input = acted = true;
    }

    if (ui::update_fonts(g.app->settings.shown_text_scale(), platform::device_pixel_ratio())) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        g.redraw_all = true;  // the same texture's name, other glyphs in it
        input = true;
    }
    if (g.style_scale != g.app->settings.shown_text_scale() || g.style_contrast != g.app->settings.shown_high_contrast()) {
        g.style_scale = g.app->settings.shown_text_scale();
        g.style_contrast = g.app->settings.shown_high_contrast();
        ui::apply_theme(g.style_contrast, g.style_scale);
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // Dear ImGui counts key repeat and hover delays in frame steps. A slow
    // frame (a loaded tablet, or the first frame after the page rested) would
    // otherwise count as a key held past the repeat delay (one press moving
    // twice) or a hover long enough for a tooltip: a step counts at most 1/15 s.
    // A frame built at once after another counts at least 0.1 ms (ImGui needs time to pass).
    ImGui::GetIO().DeltaTime = std::clamp(ImGui::GetIO().DeltaTime, 1e-4f, 1.0f / 15.0f);
    {
        // Enter activates the focused button, selectable or calendar day as Space does
        // (Dear ImGui 1.86 gives Enter only to text fields); a text field being edited keeps it.
        ImGuiIO& io = ImGui::GetIO();
        const bool enter = io.KeysDown[io.KeyMap[ImGuiKey_Enter]] || io.KeysDown[io.KeyMap[ImGuiKey_KeyPadEnter]];
        if (enter && !io.WantTextInput) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    }
    ui::a11y::begin_frame(tab);
    ImGui::NewFrame();
    ui::a11y::after_new_frame();
    const bool log_text = platform::text_log_wanted();  // tests: every text this frame draws
    if (log_text) {
        logged_text.clear();
        io.SetClipboardTextFn = log_to_text;
        platform::set_text_logging(true);
        ImGui::LogToClipboard(0);  // 0: tree nodes stay as they are
    }
    g.ui->marking = platform::test_hooks();
    if (g.ui->marking || !g.ui->marks.empty()) {
        g.ui->marks.clear();
        g.ui->mark_texts.clear();
        g.ui->mark_clips.clear();
        g.ui->mark_ids.clear();
    }
    ui::set_finger_targets(g.ui->touch);
    ui::draw_app(*g.ui);
    // A finger dragged where it took hold of no widget scrolls what is under it.
    const bool free_finger = !ImGui::IsAnyItemActive() || g.ui->plan.drag == ui::PlanUi::Drag::Pan;
    if (g.ui->touch && io.MouseDown[0] && free_finger && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
        for (ImGuiWindow* w = GImGui->HoveredWindow; w; w = w->ParentWindow) {
            if (w->ScrollMax.y <= 0 && w->ScrollMax.x <= 0) continue;
            ImGui::SetScrollY(w, w->Scroll.y - io.MouseDelta.y);
            ImGui::SetScrollX(w, w->Scroll.x - io.MouseDelta.x);
            break;
        }
    }
    if (log_text) {
        ImGui::LogFinish();
        platform::set_text_logging(false);
        io.SetClipboardTextFn = set_clipboard;
        platform::text_logged(logged_text.c_str());
    }
    ImGui::Render();
    if (typed) {
        io.KeyCtrl = held_ctrl;
        io.KeySuper = held_super;
    }

    // The picture goes to the canvas only where it differs from the one shown:
    // a frame that draws nothing leaves the canvas as it is, and the browser
    // neither fills its pixels again nor composites the page (on a machine
    // without a GPU that is most of a frame's cost). The canvas keeps its
    // picture between frames (shell.html asks WebGL to preserve it), so a
    // frame that changes a button's colour or a text field's line draws that
    // part again, cut to it by the scissor, and leaves the rest.
    int fw = 0, fh = 0;
    SDL_GL_GetDrawableSize(g.window, &fw, &fh);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    ImDrawData* draw_data = ImGui::GetDrawData();
    // A frame that applies a click, a key, a text or a file and changes the
    // picture is often not the last word: a screen opened, a popup or a table
    // shown for the first time is laid out in the frame after (Dear ImGui sizes
    // what appears from what it drew once; the year's screen takes two). Its
    // picture is held back and the next frame is built at once, in the same
    // animation frame, and so on while the picture changes (at most four
    // frames): only the last is drawn, never a picture half laid out. A frame
    // that shows the same picture as the one before counts as a quiet one, so
    // no more frames are built than before. The pointer moving alone changes a
    // hover's colour: drawn at once.
    ui::canvas::take_picture(draw_data, fw, fh, bg, g.picture);
    const bool new_picture = !(g.picture == g.shown);  // differs from the canvas
    const bool changed = settling ? !(g.picture == g.held) : new_picture;  // from the frame before
    const bool hold = may_hold && !g.redraw_all && !g.first_frame && (settling ? changed : acted && new_picture);
    const bool drawn = !hold && (new_picture || g.redraw_all);
    if (hold) {
        std::swap(g.held, g.picture);
    } else {
        if (drawn) {
            const bool whole = g.redraw_all || !g.canvas_keeps || g.picture.setup != g.shown.setup || !draw_data->Valid;
            ui::canvas::draw(draw_data, fw, fh, bg, whole, g.shown, g.picture);
            SDL_GL_SwapWindow(g.window);
            g.redraw_all = false;
        }
        std::swap(g.shown, g.picture);
    }

    // The screen reader's mirror is told of the picture drawn, not of one held
    // back; the text field that takes the typing is chosen with it (the
    // mirror's own field when the mirror is editing it).
    if (!hold) {
        if (std::string changes = ui::a11y::end_frame(true); !changes.empty()) platform::a11y_update(changes);
        platform::text_input(editing_text());
    } else {
        ui::a11y::end_frame(false);
    }
    // What storage or another page changed in this frame's tick is drawn in the next.
    if (g.app->tick(g.ui->now)) input = true;
    if (g.app->take_settings_changed()) input = true;  // another tab's settings: draw with them
    if (io.WantSaveIniSettings) {
        io.WantSaveIniSettings = false;
        std::string ini = ImGui::SaveIniSettingsToMemory();
        if (ini != g.app->settings.imgui_ini) {
            g.app->settings.imgui_ini = ini;
            g.app->save_settings();
        }
    }
    if (g.first_frame) {
        g.first_frame = false;
        platform::first_frame_drawn();
    }

    // At rest after a few frames with no input, nothing held and the same picture.
    if (g.app->session.revision() != g.seen_revision) {
        g.seen_revision = g.app->session.revision();
        g.changed_at = g.ui->now;
    }
    int busy = (input ? platform::busy_input : 0) | (input_held(io) ? platform::busy_held : 0) |
               (deferred.empty() && text_later.empty() ? 0 : platform::busy_pending) |
               (changed ? platform::busy_picture : 0);
    g.quiet_frames = busy ? 0 : g.quiet_frames + 1;
    bool at_rest = g.quiet_frames >= frames_before_rest;
    platform::frame_done(busy, drawn, at_rest, at_rest ? next_wake(g.ui->now) : -1);
    return hold;
}

void frame() {
    // A frame that applied input and the frames built at once after it while the
    // picture still changes, at most four in one animation frame.
    constexpr int most_passes = 4;
    bool held = frame_pass(false, true);
    for (int pass = 2; held && pass <= most_passes; ++pass) held = frame_pass(true, pass < most_passes);
}

}  // namespace

// Benchmarks switch the accessible mirror off and on to measure its cost.
extern "C" EMSCRIPTEN_KEEPALIVE void bpa_a11y_enable(int on) {
    bpa::ui::a11y::set_enabled(on != 0);
    bpa::platform::wake();
}

int main(int, char**) {
    using namespace bpa;
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        SDL_Log("SDL_Init: %s", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    platform::window_size(g.width, g.height);
    if (g.width <= 0 || g.height <= 0) { g.width = 1280; g.height = 800; }
    g.window = SDL_CreateWindow("BPA Arbeidsleder", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, g.width, g.height,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!g.window) {
        SDL_Log("SDL_CreateWindow: %s", SDL_GetError());
        return 1;
    }
    g.gl = SDL_GL_CreateContext(g.window);
    SDL_GL_MakeCurrent(g.window, g.gl);
    SDL_GL_SetSwapInterval(1);
    g.canvas_keeps = platform::gl_context_made();

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    GImGui->TestEngineHookItems = true;  // every item reaches the accessible mirror (ui/a11y.h)
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is kept with the settings in storage
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
    ImGui_ImplOpenGL3_Init(platform::glsl_version());
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;

    g.app = std::make_unique<App>(platform::storage(), platform::read_asset, platform::now_text);
    g.app->start_first(platform::seconds());  // the rest of the start after the first frame
    if (g.app->settings.imgui_ini.size())
        ImGui::LoadIniSettingsFromMemory(g.app->settings.imgui_ini.c_str(), g.app->settings.imgui_ini.size());
    g.ui = std::make_unique<ui::Ui>(ui::Ui{*g.app});
    ui::start(*g.ui);

    platform::set_hooks({
        [] { g.app->flush(); },
        [] {
            g.app->flush();
            return g.app->unsaved_at_risk();
        },
        [] { return g.app->has_open() ? g.app->export_text() : std::string(); },
        [](const std::string& id) {
            auto it = g.ui->marks.find(id);
            if (it == g.ui->marks.end()) return std::string();
            const ImVec4& r = it->second;
            nlohmann::json j = {{"x", r.x}, {"y", r.y}, {"w", r.z}, {"h", r.w}};
            if (auto t = g.ui->mark_texts.find(id); t != g.ui->mark_texts.end()) j["text"] = t->second;
            if (auto c = g.ui->mark_clips.find(id); c != g.ui->mark_clips.end())
                j["clip"] = {c->second.x, c->second.y, c->second.z, c->second.w};
            return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        },
        [] { return ui::state_text(*g.ui); },
    });
    platform::run_main_loop(frame);
    return 0;
}
