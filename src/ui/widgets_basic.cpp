// Dear ImGui's basic widgets as the views use them, each also described to the
// accessible mirror (ui/a11y.h): the text it shows, its role, state and value,
// where ImGui's own item hooks do not say.
#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "ui/a11y.h"
#include "ui/ui.h"

namespace bpa::ui {

namespace {

std::string vformat(const char* fmt, va_list args) {
    char small[512];
    va_list copy;
    va_copy(copy, args);
    int n = std::vsnprintf(small, sizeof small, fmt, copy);
    va_end(copy);
    if (n < 0) return {};
    if (size_t(n) < sizeof small) return std::string(small, size_t(n));
    std::string out(size_t(n) + 1, '\0');
    std::vsnprintf(out.data(), out.size(), fmt, args);
    out.resize(size_t(n));
    return out;
}

}  // namespace

void show_text(const char* text, const char* end) {
    ImGui::TextUnformatted(text, end);
    a11y::text(text, end);
}

void show_text(const std::string& text) { show_text(text.c_str(), text.c_str() + text.size()); }

void show_wrapped(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    // "%s" (most calls: a translated text, an explanation) shows the text as
    // it is, without copying it through the formatter every frame.
    std::string formatted;
    const char* t = nullptr;
    if (std::strcmp(fmt, "%s") == 0) t = va_arg(args, const char*);
    else t = (formatted = vformat(fmt, args)).c_str();
    va_end(args);
    const bool wrap_here = GImGui->CurrentWindow->DC.TextWrapPos < 0.0f;  // else the wrap pushed around it
    if (wrap_here) ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(t);
    if (wrap_here) ImGui::PopTextWrapPos();
    a11y::text(t);
}

void show_textf(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string t = vformat(fmt, args);
    va_end(args);
    show_text(t);
}

void show_disabled(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string t = vformat(fmt, args);
    va_end(args);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    show_text(t);
    ImGui::PopStyleColor();
}

void show_colored(const ImVec4& colour, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string t = vformat(fmt, args);
    va_end(args);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    show_text(t);
    ImGui::PopStyleColor();
}

void show_bullet(const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    std::string t = vformat(fmt, args);
    va_end(args);
    ImGui::Bullet();
    show_text(t);
}

bool button(const char* label, const ImVec2& size) {
    const ImGuiID id = ImGui::GetID(label);
    const bool pressed = ImGui::Button(label, size);
    a11y::fallback(id, a11y::Role::Button, label);
    return pressed;
}

static bool finger_targets = false;
void set_finger_targets(bool on) { finger_targets = on; }

bool small_button(const char* label) {
    const ImGuiID id = ImGui::GetID(label);
    const bool pressed = finger_targets ? ImGui::Button(label) : ImGui::SmallButton(label);
    a11y::fallback(id, a11y::Role::Button, label);
    return pressed;
}

// Dear ImGui's checkbox, with its label wrapped onto more lines where one line
// does not fit (a narrow column, large text): the box and the whole label
// still take the click, as one item with the same id.
static bool checkbox_item(const char* label, bool* value) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float square = ImGui::GetFrameHeight();
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float text_x = square + style.ItemInnerSpacing.x;
    const float wrap = ImGui::GetContentRegionAvail().x - text_x;
    if (window->SkipItems || end == label || ImGui::CalcTextSize(label, end).x <= wrap || wrap <= square)
        return ImGui::Checkbox(label, value);
    const ImGuiID id = window->GetID(label);
    const ImVec2 pos = window->DC.CursorPos;
    const ImVec2 text = ImGui::CalcTextSize(label, end, false, wrap);
    const ImRect bb(pos.x, pos.y, pos.x + text_x + text.x, pos.y + std::max(square, text.y + style.FramePadding.y * 2));
    ImGui::ItemSize(bb, style.FramePadding.y);
    if (!ImGui::ItemAdd(bb, id)) return false;
    bool hovered = false, held = false;
    const bool pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    if (pressed) {
        *value = !*value;
        ImGui::MarkItemEdited(id);
    }
    ImGui::RenderNavHighlight(bb, id);
    const ImGuiCol frame = held && hovered ? ImGuiCol_FrameBgActive : hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg;
    ImGui::RenderFrame(pos, ImVec2(pos.x + square, pos.y + square), ImGui::GetColorU32(frame), true, style.FrameRounding);
    if (*value) {
        const float pad = std::max(1.0f, IM_FLOOR(square / 6.0f));
        ImGui::RenderCheckMark(window->DrawList, ImVec2(pos.x + pad, pos.y + pad), ImGui::GetColorU32(ImGuiCol_CheckMark), square - pad * 2);
    }
    ImGui::RenderTextWrapped(ImVec2(pos.x + text_x, pos.y + style.FramePadding.y), label, end, wrap);
    return pressed;
}

bool checkbox(const char* label, bool* value) {
    const ImGuiID id = ImGui::GetID(label);
    a11y::next(a11y::Role::Checkbox, *value);
    const bool changed = checkbox_item(label, value);
    a11y::fallback(id, a11y::Role::Checkbox, label);
    return changed;
}

bool radio(const char* label, bool active) {
    const ImGuiID id = ImGui::GetID(label);
    a11y::next(a11y::Role::Radio, active);
    const bool pressed = ImGui::RadioButton(label, active);
    a11y::fallback(id, a11y::Role::Radio, label);
    return pressed;
}

bool radio(const char* label, int* value, int button) {
    const bool pressed = radio(label, *value == button);
    if (pressed) *value = button;
    return pressed;
}

bool selectable(const char* label, bool selected, ImGuiSelectableFlags flags, const ImVec2& size) {
    const ImGuiID id = ImGui::GetID(label);
    a11y::next(a11y::Role::Option, selected);
    const bool pressed = ImGui::Selectable(label, selected, flags, size);
    a11y::fallback(id, a11y::Role::Option, label);
    return pressed;
}

bool input_text(const char* label, std::string* text, ImGuiInputTextFlags flags, const char* name) {
    const ImGuiID id = ImGui::GetID(label);
    a11y::next(a11y::Role::TextInput, false, text->c_str(), name, (flags & ImGuiInputTextFlags_Password) != 0);
    const bool edited = ImGui::InputText(label, text, flags);
    a11y::fallback(id, a11y::Role::TextInput, label);
    return edited;
}

bool input_text_hint(const char* label, const char* hint, std::string* text, ImGuiInputTextFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    a11y::next(a11y::Role::TextInput, false, text->c_str());
    const bool edited = ImGui::InputTextWithHint(label, hint, text, flags);
    a11y::fallback(id, a11y::Role::TextInput, label);
    return edited;
}

bool input_multiline(const char* label, std::string* text, const ImVec2& size, ImGuiInputTextFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    a11y::next(a11y::Role::Multiline, false, text->c_str());
    const bool edited = ImGui::InputTextMultiline(label, text, size, flags);
    a11y::fallback(id, a11y::Role::Multiline, label);
    return edited;
}

bool input_int(const char* label, int* value, int step, int step_fast, ImGuiInputTextFlags flags) {
    const std::string shown = std::to_string(*value);
    // Dear ImGui draws the field and its step buttons ("-", "+") as one group,
    // the field taking the item width less the buttons' room; inside the group
    // the field has the id of `label` and the buttons their own.
    const ImGuiID id = ImGui::GetID(label);
    ImGui::PushID(label);
    const ImGuiID minus = ImGui::GetID("-"), plus = ImGui::GetID("+");
    ImGui::PopID();
    // The field is at least wide enough for its number (a year at 150 % text
    // beside its buttons): the item widens rather than cut the digits.
    const float buttons_w = step > 0 ? (ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x) * 2 : 0.0f;
    const std::string widest(std::max<size_t>(shown.size(), 2), '0');
    const float digits_w = ImGui::CalcTextSize(widest.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    const float field_w = std::max(ImGui::CalcItemWidth() - buttons_w, digits_w);
    ImGui::SetNextItemWidth(field_w + buttons_w);
    a11y::next(a11y::Role::TextInput, false, shown.c_str(), label);
    const bool edited = ImGui::InputInt(label, value, step, step_fast, flags);
    a11y::fallback(id, a11y::Role::TextInput, label);
    if (step > 0) {
        a11y::fallback(minus, a11y::Role::Button, "-");
        a11y::fallback(plus, a11y::Role::Button, "+");
        a11y::name_steps(id, minus, plus, step);
    }
    // The last item is the field alone, not the group: its middle is where one
    // clicks to type (the group's middle is the "-" button).
    ImRect& r = GImGui->LastItemData.Rect;
    r.Max.x = std::min(r.Max.x, r.Min.x + field_w);
    return edited;
}

bool slider_int(const char* label, int* value, int min, int max, const char* format) {
    char shown[64];
    std::snprintf(shown, sizeof shown, format, *value);
    const ImGuiID id = ImGui::GetID(label);
    a11y::next(a11y::Role::Slider, false, shown);
    const bool changed = ImGui::SliderInt(label, value, min, max, format);
    a11y::fallback(id, a11y::Role::Slider, label);
    return changed;
}

bool begin_combo(const char* label, const char* preview, ImGuiComboFlags flags, const char* name) {
    // Wide enough for what it shows, as far as the line has room: a longer
    // translation (MUS (medarbejderudviklingssamtale)) is not cut short.
    if (preview && !(flags & ImGuiComboFlags_NoPreview)) {
        const float needed = ImGui::CalcTextSize(preview).x + ImGui::GetStyle().FramePadding.x * 2 +
                             ((flags & ImGuiComboFlags_NoArrowButton) ? 0.0f : ImGui::GetFrameHeight());
        const float width = ImGui::CalcItemWidth();
        if (width < needed) ImGui::SetNextItemWidth(std::max(width, std::min(needed, ImGui::GetContentRegionAvail().x)));
    }
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    a11y::combo(id, name ? name : label, preview, open);
    return open;
}

bool combo(const char* label, int* current, const char* const items[], int count) {
    bool changed = false;
    const char* preview = *current >= 0 && *current < count ? items[*current] : "";
    if (begin_combo(label, preview)) {
        for (int i = 0; i < count; ++i) {
            ImGui::PushID(i);
            if (selectable(items[i], i == *current) && i != *current) {
                *current = i;
                changed = true;
            }
            if (i == *current) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

}  // namespace bpa::ui
