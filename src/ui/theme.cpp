#include "ui/theme.h"

#include <cstring>

#include <imgui.h>

#include "platform/platform.h"

namespace bpa::ui {

void apply_theme(bool high_contrast, float text_scale) {
    ImGuiStyle s;
    if (high_contrast) {
        ImGui::StyleColorsDark(&s);
        ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), yellow(1.0f, 0.92f, 0.0f, 1), cyan(0.3f, 0.9f, 1.0f, 1);
        ImVec4* c = s.Colors;
        c[ImGuiCol_Text] = white;
        c[ImGuiCol_TextDisabled] = ImVec4(0.85f, 0.85f, 0.85f, 1);
        c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = c[ImGuiCol_PopupBg] = black;
        c[ImGuiCol_Border] = white;
        c[ImGuiCol_FrameBg] = black;
        c[ImGuiCol_FrameBgHovered] = ImVec4(0.2f, 0.2f, 0.2f, 1);
        c[ImGuiCol_FrameBgActive] = ImVec4(0.3f, 0.3f, 0.3f, 1);
        c[ImGuiCol_Button] = black;
        c[ImGuiCol_ButtonHovered] = ImVec4(0.25f, 0.25f, 0.0f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.4f, 0.4f, 0.0f, 1);
        c[ImGuiCol_Header] = ImVec4(0.25f, 0.25f, 0.0f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.35f, 0.35f, 0.0f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.45f, 0.45f, 0.0f, 1);
        c[ImGuiCol_CheckMark] = yellow;
        c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = yellow;
        c[ImGuiCol_Separator] = white;
        c[ImGuiCol_NavHighlight] = cyan;
        c[ImGuiCol_TableHeaderBg] = ImVec4(0.15f, 0.15f, 0.15f, 1);
        c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = white;
        c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.8f);
        s.FrameBorderSize = 1.5f;
        s.WindowBorderSize = 1.5f;
        s.ChildBorderSize = 1.5f;
        s.PopupBorderSize = 2.0f;
    } else {
        ImGui::StyleColorsLight(&s);
        ImVec4* c = s.Colors;
        c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
        c[ImGuiCol_Text] = ImVec4(0.08f, 0.09f, 0.11f, 1);
        c[ImGuiCol_TextDisabled] = ImVec4(0.35f, 0.37f, 0.40f, 1);  // still 7:1 on the background
        c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Border] = ImVec4(0.62f, 0.64f, 0.68f, 1);
        c[ImGuiCol_Button] = ImVec4(0.87f, 0.91f, 0.96f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.74f, 0.83f, 0.95f, 1);
        c[ImGuiCol_ButtonActive] = ImVec4(0.60f, 0.74f, 0.93f, 1);
        c[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.97f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.72f, 0.82f, 0.96f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.62f, 0.76f, 0.95f, 1);
        c[ImGuiCol_CheckMark] = ImVec4(0.05f, 0.30f, 0.60f, 1);
        c[ImGuiCol_NavHighlight] = ImVec4(0.05f, 0.35f, 0.80f, 1);
        s.FrameBorderSize = 1.0f;
    }
    s.WindowRounding = 0;
    s.FrameRounding = 4;
    s.GrabRounding = 4;
    s.FramePadding = ImVec2(10, 7);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(8, 5);
    s.ScrollbarSize = 18;
    s.GrabMinSize = 16;
    s.WindowPadding = ImVec2(14, 12);
    s.ScaleAllSizes(text_scale);
    ImGui::GetStyle() = s;
}

// Latin, Latin-1 (æ ø å Æ Ø Å é ü ...) and the punctuation and symbols the
// interface uses; assets/fonts/subset.txt lists the same set for the font subset.
static const ImWchar glyph_ranges[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF,  // Basic Latin, Latin-1 Supplement
    0x2013, 0x2014,                  // – —
    0x2018, 0x201D,                  // ‘ ’ ‚ ‛ “ ”
    0x2022, 0x2022,                  // •
    0x2026, 0x2026,                  // …
    0x20AC, 0x20AC,                  // €
    0x2190, 0x2193,                  // ← ↑ → ↓
    0x2212, 0x2212,                  // −
    0x25A0, 0x25A0, 0x25B2, 0x25B2, 0x25B6, 0x25B6, 0x25BC, 0x25BC, 0x25C0, 0x25C0,  // ■ ▲ ▶ ▼ ◀
    0x2713, 0x2713, 0x2717, 0x2717,  // ✓ ✗
    0,
};

bool update_fonts(float text_scale, float pixel_ratio) {
    static float built_scale = 0, built_ratio = 0;
    if (built_scale == text_scale && built_ratio == pixel_ratio) return false;
    built_scale = text_scale;
    built_ratio = pixel_ratio;

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    float px = base_font_px * text_scale * pixel_ratio;
    static std::string regular = platform::read_asset("fonts/ui.ttf").value_or("");
    if (!regular.empty()) {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;  // the static string keeps the data
        cfg.OversampleH = 2;
        cfg.OversampleV = 1;
        io.Fonts->AddFontFromMemoryTTF(regular.data(), int(regular.size()), px, &cfg, glyph_ranges);
    } else {
        ImFontConfig cfg;
        cfg.SizePixels = px;
        io.Fonts->AddFontDefault(&cfg);
    }
    io.FontGlobalScale = 1.0f / pixel_ratio;
    io.Fonts->Build();
    return true;
}

}  // namespace bpa::ui
