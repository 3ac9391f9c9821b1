// The page's entry point: SDL2 window and GL context, Dear ImGui, the frame loop.
#include <SDL.h>
#include <SDL_opengles2.h>

#include <algorithm>
#include <cstring>
#include <vector>
#include <memory>

#include <imgui.h>
#include <nlohmann/json.hpp>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include "platform/platform.h"
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
    float style_scale = 0;
    bool style_contrast = false;
};

Main g;

const char* get_clipboard(void*) { return ""; }  // pasting arrives as a browser paste event
void set_clipboard(void*, const char* text) { bpa::platform::set_clipboard(text ? text : ""); }

void frame() {
    using namespace bpa;
    ImGuiIO& io = ImGui::GetIO();

    int w = 0, h = 0;
    platform::window_size(w, h);
    if (w > 0 && h > 0 && (w != g.width || h != g.height)) {
        g.width = w;
        g.height = h;
        SDL_SetWindowSize(g.window, w, h);
    }

    // Dear ImGui 1.86 samples key state once a frame: a key pressed and released
    // between two frames would be missed, so its release waits for the next frame.
    static std::vector<SDL_Event> deferred;
    std::vector<SDL_Event> later;
    std::vector<SDL_Scancode> pressed;
    for (const SDL_Event& d : deferred) ImGui_ImplSDL2_ProcessEvent(&d);
    deferred.clear();
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (e.type == SDL_KEYDOWN) pressed.push_back(e.key.keysym.scancode);
        if (e.type == SDL_KEYUP &&
            std::find(pressed.begin(), pressed.end(), e.key.keysym.scancode) != pressed.end()) {
            later.push_back(e);
            continue;
        }
        if (!later.empty() && (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP)) {
            later.push_back(e);  // keep the order of key events
            continue;
        }
        ImGui_ImplSDL2_ProcessEvent(&e);
    }
    deferred = std::move(later);
    // ImGui inserts a frame's characters before it applies that frame's editing
    // keys, so text that follows Backspace, Delete or a cursor key waits a frame.
    static std::vector<std::string> text_later;
    bool editing_key = std::any_of(pressed.begin(), pressed.end(), [](SDL_Scancode sc) {
        return sc == SDL_SCANCODE_BACKSPACE || sc == SDL_SCANCODE_DELETE || sc == SDL_SCANCODE_LEFT ||
               sc == SDL_SCANCODE_RIGHT || sc == SDL_SCANCODE_HOME || sc == SDL_SCANCODE_END ||
               sc == SDL_SCANCODE_UP || sc == SDL_SCANCODE_DOWN || sc == SDL_SCANCODE_A;
    });
    std::vector<std::string> texts = std::move(text_later);
    text_later.clear();
    while (auto text = platform::take_text()) texts.push_back(std::move(*text));
    bool typed = false;
    for (auto& text : texts) {
        if (editing_key) text_later.push_back(std::move(text));
        else if (io.WantTextInput) io.AddInputCharactersUTF8(text.c_str()), typed = true;
    }
    // Pasted text arrives while Ctrl is still held, and ImGui ignores characters
    // typed with Ctrl: for this frame the text counts as typed without it.
    bool held_ctrl = io.KeyCtrl, held_super = io.KeySuper;
    if (typed) io.KeyCtrl = io.KeySuper = false;

    g.ui->now = platform::seconds();
    g.ui->today = platform::today();
    while (auto f = platform::take_file()) g.app->import_text(f->name, f->bytes, g.ui->now);

    if (ui::update_fonts(g.app->settings.text_scale, platform::device_pixel_ratio())) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    if (g.style_scale != g.app->settings.text_scale || g.style_contrast != g.app->settings.high_contrast) {
        g.style_scale = g.app->settings.text_scale;
        g.style_contrast = g.app->settings.high_contrast;
        ui::apply_theme(g.style_contrast, g.style_scale);
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    g.ui->marks.clear();
    g.ui->mark_texts.clear();
    g.ui->mark_ids.clear();
    ui::draw_app(*g.ui);
    ImGui::Render();
    if (typed) {
        io.KeyCtrl = held_ctrl;
        io.KeySuper = held_super;
    }

    int fw = 0, fh = 0;
    SDL_GL_GetDrawableSize(g.window, &fw, &fh);
    glViewport(0, 0, fw, fh);
    ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(g.window);

    platform::text_input(io.WantTextInput);
    g.app->tick(g.ui->now);
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
}

}  // namespace

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

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is kept with the settings in storage
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
    ImGui_ImplOpenGL3_Init(platform::glsl_version());
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;

    g.app = std::make_unique<App>(platform::storage(), platform::read_asset, platform::now_text);
    g.app->start(platform::seconds());
    if (g.app->settings.imgui_ini.size())
        ImGui::LoadIniSettingsFromMemory(g.app->settings.imgui_ini.c_str(), g.app->settings.imgui_ini.size());
    g.ui = std::make_unique<ui::Ui>(ui::Ui{*g.app});
    ui::start(*g.ui);

    platform::set_hooks({
        [] { g.app->flush(); },
        [] { return g.app->has_open() ? g.app->export_text() : std::string(); },
        [](const std::string& id) {
            auto it = g.ui->marks.find(id);
            if (it == g.ui->marks.end()) return std::string();
            const ImVec4& r = it->second;
            nlohmann::json j = {{"x", r.x}, {"y", r.y}, {"w", r.z}, {"h", r.w}};
            if (auto t = g.ui->mark_texts.find(id); t != g.ui->mark_texts.end()) j["text"] = t->second;
            return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        },
        [] { return ui::state_text(*g.ui); },
    });
    platform::run_main_loop(frame);
    return 0;
}
