#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "core/people.h"
#include "platform/platform.h"
#include "ui/a11y.h"
#include "ui/palette.h"
#include "ui/ui.h"

namespace bpa::ui {

const char* screen_key(Screen s) {
    switch (s) {
        case Screen::Overview: return "nav.overview";
        case Screen::Assistants: return "nav.assistants";
        case Screen::Plan: return "nav.plan";
        case Screen::Hours: return "nav.hours";
        case Screen::Absence: return "nav.absence";
        case Screen::People: return "nav.people";
        case Screen::Year: return "nav.year";
        case Screen::Settings: return "nav.settings";
        case Screen::Count: break;
    }
    return "";
}

void mark(Ui& ui, const std::string& id) {
    // Tests: a window's end stops Dear ImGui's log of the frame; the next marked widget takes it up again.
    if (platform::text_logging() && !GImGui->LogEnabled) ImGui::LogToClipboard(0);
    if (!ui.marking) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ui.marks[id] = ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
    const ImRect clip = GImGui->CurrentWindow->ClipRect;  // the part of the window it can be seen in
    ui.mark_clips[id] = ImVec4(clip.Min.x, clip.Min.y, clip.Max.x, clip.Max.y);
    if (ImGuiID item = GImGui->LastItemData.ID) ui.mark_ids[item] = id;
}

std::string focused_mark(const Ui& ui) {
    auto it = ui.mark_ids.find(GImGui->NavId);
    return it != ui.mark_ids.end() ? it->second : std::string();
}

void mark(Ui& ui, const std::string& id, const std::string& shown_text) {
    if (!ui.marking) return;
    mark(ui, id);
    ui.mark_texts[id] = shown_text;
}

std::string label_id(const char* label, const char* id) { return std::string(label) + "###" + id; }

void help_marker(const char* text) {
    ImGui::SameLine();
    // Beside what it explains where it fits, else under it (a narrow column, large text).
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize("(?)").x) ImGui::NewLine();
    ImGui::TextDisabled("(?)");
    a11y::text(text);  // the mirror reads the help where the mark is
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        show_text(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_CheckMark));
    ImGui::TextUnformatted(text);
    a11y::heading(text);
    ImGui::PopStyleColor();
    ImGui::Separator();
}

// The colours of the theme in use (palette.h): the high-contrast one has a black window.
static const ThemeColours& theme_in_use() {
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return bg.x + bg.y + bg.z < 0.3f ? high_contrast_theme : light_theme;
}

static ImVec4 vec(const Colour& c) { return ImVec4(c.r, c.g, c.b, 1.0f); }

static ImVec4 error_color() { return vec(theme_in_use().error); }

void error_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, error_color());
    show_wrapped("%s", text);
    ImGui::PopStyleColor();
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    show_wrapped("%s", text);
    ImGui::PopStyleColor();
}

// Draws the field's label above it (easier to read, and wide enough for long
// Norwegian words), then a text input bound to `buffer`.
static bool labeled_input(Ui& ui, const char* label, const char* id, std::string& buffer, bool invalid,
                          float width = -FLT_MIN) {
    show_wrapped("%s", label);  // a long label wraps at large text instead of running off
    if (invalid) {
        ImGui::PushStyleColor(ImGuiCol_Border, error_color());
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    ImGui::SetNextItemWidth(width);
    bool changed = input_text((std::string("##") + id).c_str(), &buffer);
    if (invalid) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    mark(ui, id);
    return changed;
}

// Typing in one field is one undo step.
static uint64_t merge_key_for(ImGuiID id) { return 0x1000000000ull | id; }

static void end_merge_when_done(Ui& ui) {
    if (ImGui::IsItemDeactivated()) ui.app.session.end_merge();
}

bool edit_text(Ui& ui, const char* label, const char* id, const std::string& value,
               const std::function<Outcome(Document&, const std::string&)>& set, bool required) {
    ImGuiID wid = ImGui::GetID(id);
    auto pending = ui.pending_text.find(wid);
    std::string buffer = pending != ui.pending_text.end() ? pending->second : value;
    bool invalid = pending != ui.pending_text.end();
    bool changed = false;
    if (labeled_input(ui, label, id, buffer, invalid)) {
        bool ok = !required || buffer.find_first_not_of(" \t") != std::string::npos;
        if (ok) {
            ui.pending_text.erase(wid);
            ui.app.run(label, [&](Document& d) { return set(d, buffer); }, ui.now, merge_key_for(wid));
            changed = true;
        } else {
            ui.pending_text[wid] = buffer;
        }
    }
    end_merge_when_done(ui);
    if (ui.pending_text.count(wid)) error_text(ui.tr("form.required"));
    return changed;
}

// Dear ImGui's multi-line field does not wrap words: the text is shown
// wrapped in a box, and becomes the editor when clicked (or when Enter is
// pressed on it); leaving the editor shows it wrapped again.
bool edit_multiline(Ui& ui, const char* label, const char* id, const std::string& value, float lines,
                    const std::function<Outcome(Document&, const std::string&)>& set) {
    show_text(label);
    const ImGuiID wid = ImGui::GetID(id);
    const float min_h = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2;
    // The same height in both forms, so that nothing below moves when editing ends.
    const float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().FramePadding.x * 2;
    const float text_h = ImGui::CalcTextSize(value.c_str(), nullptr, false, std::max(wrap, 1.0f)).y;
    const float h = std::min(std::max(min_h, text_h + ImGui::GetStyle().FramePadding.y * 2), min_h * 3);
    if (ui.editing_text != wid) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::GetStyleColorVec4(ImGuiCol_FrameBgActive));
        const bool pressed = button((std::string("###") + id).c_str(), ImVec2(-FLT_MIN, h));
        ImGui::PopStyleColor(3);
        mark(ui, id);
        const ImVec2 size = ImGui::GetItemRectSize();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), true);
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text),
                    value.c_str(), nullptr, size.x - pad.x * 2);
        dl->PopClipRect();
        if (pressed) {
            ui.editing_text = wid;
            ui.editing_focus = true;
        }
        return false;
    }
    std::string buffer = value;
    if (ui.editing_focus) {
        ImGui::SetKeyboardFocusHere();
        ui.editing_focus = false;
    }
    const bool edited = input_multiline((std::string("##") + id).c_str(), &buffer, ImVec2(-FLT_MIN, h));
    mark(ui, id);
    if (edited) ui.app.run(label, [&](Document& d) { return set(d, buffer); }, ui.now, merge_key_for(wid));
    if (ImGui::IsItemDeactivated()) {
        ui.app.session.end_merge();
        ui.editing_text = 0;
    }
    return edited;
}

bool edit_date(Ui& ui, const char* label, const char* id, std::optional<Date> value, bool optional,
               const std::function<Outcome(Document&, std::optional<Date>)>& set, std::optional<Date> not_before,
               const char* not_before_key) {
    ImGuiID wid = ImGui::GetID(id);
    auto pending = ui.pending_text.find(wid);
    std::string buffer = pending != ui.pending_text.end() ? pending->second : (value ? ui.date(*value) : "");
    bool invalid = pending != ui.pending_text.end();
    bool changed = false;
    bool typed = labeled_input(ui, label, id, buffer, invalid, -calendar_button_width());
    end_merge_when_done(ui);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    Date picked;
    if (calendar_button(ui, id, value, picked)) {
        buffer = ui.date(picked);
        typed = true;
    }
    if (typed) {
        std::optional<Date> parsed;
        bool ok = true;
        if (buffer.empty()) {
            ok = optional;
        } else {
            parsed = parse_date_input(buffer);
            ok = parsed.has_value() && (!not_before || *parsed >= *not_before);
        }
        if (ok) {
            ui.pending_text.erase(wid);
            ui.app.run(label, [&](Document& d) { return set(d, parsed); }, ui.now, merge_key_for(wid));
            changed = true;
        } else {
            ui.pending_text[wid] = buffer;
        }
    }
    if (auto it = ui.pending_text.find(wid); it != ui.pending_text.end()) {
        const std::string& t = it->second;
        const char* problem = t.empty()                 ? ui.tr("form.required")
                              : !parse_date_input(t)    ? ui.tr("form.bad_date")
                              : not_before_key          ? ui.tr(not_before_key)
                                                        : ui.tr("form.bad_date");
        error_text(ui.fmt("form.not_saved", {{"problem", problem}}).c_str());
    }
    return changed;
}

float calendar_button_width() { return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x; }

// A small calendar drawn into a square: a page with two rings and a grid of days.
static void draw_calendar_icon(ImDrawList* dl, ImVec2 min, float size, ImU32 color) {
    const float pad = size * 0.22f, w = size - 2 * pad;
    const ImVec2 a(min.x + pad, min.y + pad + w * 0.08f), b(min.x + pad + w, min.y + pad + w);
    const float thick = std::max(1.0f, size * 0.06f);
    dl->AddRect(a, b, color, size * 0.06f, 0, thick);
    dl->AddLine(ImVec2(a.x, a.y + w * 0.25f), ImVec2(b.x, a.y + w * 0.25f), color, thick);
    for (float x : {0.3f, 0.7f}) dl->AddLine(ImVec2(a.x + w * x, a.y - w * 0.1f), ImVec2(a.x + w * x, a.y + w * 0.1f), color, thick);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c)
            dl->AddRectFilled(ImVec2(a.x + w * (0.18f + 0.25f * c), a.y + w * (0.4f + 0.25f * r)),
                              ImVec2(a.x + w * (0.32f + 0.25f * c), a.y + w * (0.54f + 0.25f * r)), color);
}

bool calendar_button(Ui& ui, const char* id, std::optional<Date> current, Date& picked) {
    const std::string bid = std::string(id) + ".calendar";
    const float h = ImGui::GetFrameHeight();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const std::string label = std::string(ui.tr("date.calendar")) + "###" + bid;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));  // the name is for screen readers; the icon is drawn
    const bool open = button(label.c_str(), ImVec2(h, h));
    ImGui::PopStyleColor();
    mark(ui, bid);
    draw_calendar_icon(ImGui::GetWindowDrawList(), pos, h, ImGui::GetColorU32(ImGuiCol_Text));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("date.calendar"));
    const Date today = parse_date_input(ui.today).value_or(Date());
    const std::string popup = "###calendar." + bid;
    if (open) {
        const Date shown = current.value_or(today);
        ui.calendar_month = shown - Days{shown.day() - 1};
        ImGui::OpenPopup(popup.c_str());
    }
    // Under the field where it fits, else over it, else in the middle of the screen.
    const float need = ImGui::GetFontSize() * 17, screen_h = ImGui::GetIO().DisplaySize.y;
    const ImVec2 right(pos.x + h, pos.y);
    if (right.y + h + need <= screen_h) ImGui::SetNextWindowPos(ImVec2(right.x, right.y + h), ImGuiCond_Appearing, ImVec2(1, 0));
    else if (right.y - need >= 0) ImGui::SetNextWindowPos(right, ImGuiCond_Appearing, ImVec2(1, 1));
    else ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x / 2, screen_h / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    bool chose = false;
    if (!ImGui::BeginPopup(popup.c_str())) return false;
    Date month = ui.calendar_month;
    const float em = ImGui::GetFontSize();
    if (ImGui::ArrowButton("###calendar.previous", ImGuiDir_Left)) month = add_months(month, -1);
    mark(ui, bid + ".previous");
    ImGui::SameLine();
    const std::string title = std::string(ui.tr("month." + std::to_string(month.month()))) + " " + std::to_string(month.year());
    show_text(title.c_str());
    mark(ui, bid + ".month", title);
    ImGui::SameLine(em * 17.5f);
    if (ImGui::ArrowButton("###calendar.next", ImGuiDir_Right)) month = add_months(month, 1);
    mark(ui, bid + ".next");
    if (ImGui::BeginTable("###calendar.days", 8, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        show_disabled("%s", ui.tr("date.week_short"));
        for (int wd = 1; wd <= 7; ++wd) {
            ImGui::TableNextColumn();
            show_text(ui.tr("weekday.short." + std::to_string(wd)));
        }
        const Date first = monday_of(month);
        for (int row = 0; row < 6; ++row) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            show_disabled("%d", (first + Days{row * 7}).iso_week().week);
            for (int c = 0; c < 7; ++c) {
                const Date d = first + Days{row * 7 + c};
                ImGui::TableNextColumn();
                const bool inside = d.month() == month.month();
                if (!inside) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                const bool selected = current && *current == d;
                const std::string day = std::to_string(d.day()) + "###" + d.str();
                if (selectable(day.c_str(), selected, 0, ImVec2(em * 2.0f, ImGui::GetFrameHeight()))) {
                    picked = d;
                    chose = true;
                }
                if (!inside) ImGui::PopStyleColor();
                if (selected && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
                if (d == today)
                    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                        ImGui::GetColorU32(ImGuiCol_Text), 0, 0, 2.0f);
                mark(ui, bid + "." + d.str());
            }
        }
        ImGui::EndTable();
    }
    if (big_button(ui, ui.tr("plan.today"), (bid + ".today").c_str())) {
        picked = today;
        chose = true;
    }
    ui.calendar_month = month;
    if (chose) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chose;
}

bool inline_date(Ui& ui, const char* label, const char* id, std::string& buffer, float width) {
    show_text(label);
    ImGui::SameLine();
    return date_box(ui, id, buffer, width);
}

bool date_box(Ui& ui, const char* id, std::string& buffer, float width) {
    ImGui::SetNextItemWidth(width);
    bool edited = input_text((std::string("###") + id).c_str(), &buffer);
    // A date typed another way (1.2.2026, 2026-02-01) is shown as the language writes it once the field is left.
    if (!ImGui::IsItemActive())
        if (auto typed = parse_date_input(buffer); typed && ui.date(*typed) != buffer) {
            buffer = ui.date(*typed);
            edited = true;
        }
    mark(ui, id, buffer);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    Date picked;
    if (calendar_button(ui, id, parse_date_input(buffer), picked)) {
        buffer = ui.date(picked);
        edited = true;
    }
    return edited;
}

float sideways_table_height(int rows) {
    const ImGuiStyle& s = ImGui::GetStyle();
    const float header = ImGui::GetTextLineHeight() + s.CellPadding.y * 2;
    const float row = ImGui::GetFrameHeight() + s.CellPadding.y * 2 + 1;
    return header + row * float(rows) + s.ScrollbarSize + 4;
}

// Reads "37,5" and "37.5" alike; nullopt unless the whole text is a number.
static std::optional<double> parse_number(std::string text) {
    for (char& c : text)
        if (c == ',') c = '.';
    size_t b = text.find_first_not_of(' '), e = text.find_last_not_of(' ');
    if (b == std::string::npos) return std::nullopt;
    text = text.substr(b, e - b + 1);
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

bool edit_number(Ui& ui, const char* label, const char* id, double value, double min, double max,
                 const std::function<Outcome(Document&, double)>& set) {
    ImGuiID wid = ImGui::GetID(id);
    auto pending = ui.pending_text.find(wid);
    std::string buffer = pending != ui.pending_text.end() ? pending->second : ui.app.i18n.number(value);
    bool invalid = pending != ui.pending_text.end();
    bool changed = false;
    ImGui::PushID(id);
    ImGui::PushItemWidth(ImGui::GetFontSize() * 8);
    show_wrapped("%s", label);
    if (invalid) {
        ImGui::PushStyleColor(ImGuiCol_Border, error_color());
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    }
    bool edited = input_text("##n", &buffer);
    if (invalid) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    ImGui::PopItemWidth();
    ImGui::PopID();
    mark(ui, id);
    if (edited) {
        auto v = parse_number(buffer);
        if (v && *v >= min && *v <= max) {
            ui.pending_text.erase(wid);
            if (*v != value) {
                ui.app.run(label, [&](Document& d) { return set(d, *v); }, ui.now, merge_key_for(wid));
                changed = true;
            }
        } else {
            ui.pending_text[wid] = buffer;
        }
    }
    end_merge_when_done(ui);
    if (ui.pending_text.count(wid))
        error_text(ui.fmt("form.range", {{"min", ui.app.i18n.number(min)}, {"max", ui.app.i18n.number(max)}}).c_str());
    return changed;
}

bool edit_bool(Ui& ui, const char* label, const char* id, bool value, const std::function<Outcome(Document&, bool)>& set) {
    bool v = value;
    bool changed = checkbox(label_id(label, id).c_str(), &v);
    mark(ui, id);
    if (changed) ui.app.run(label, [&](Document& d) { return set(d, v); }, ui.now);
    return changed;
}

std::optional<std::string> assistant_combo(Ui& ui, const char* id, const std::string& current, float width,
                                           std::optional<Date> on, bool new_work) {
    const Document& doc = ui.app.session.doc();
    const Assistant* cur = doc.find_assistant(current);
    std::optional<std::string> chosen;
    ImGui::SetNextItemWidth(width);
    if (begin_combo((std::string("###") + id).c_str(), cur ? cur->name.c_str() : current.c_str())) {
        for (const auto& a : doc.assistants) {
            if (new_work && a.id != current && archived(a)) continue;
            std::string label = a.name;
            if (on && !a.employed_on(*on)) label += std::string(" ") + ui.tr("assistants.not_employed_now");
            if (selectable((label + "###" + a.id).c_str(), a.id == current) && a.id != current) chosen = a.id;
            mark(ui, std::string(id) + "." + a.id);
        }
        ImGui::EndCombo();
    }
    mark(ui, id);
    return chosen;
}

void bullet_wrapped(const char* text) {
    ImGui::Bullet();
    show_wrapped("%s", text);
}

bool inline_input(Ui& ui, const char* label, const char* id, std::string& buffer, float width) {
    show_text(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(width);
    bool edited = input_text((std::string("###") + id).c_str(), &buffer);
    mark(ui, id);
    return edited;
}

void same_line_if_fits(float next_width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float last_end = ImGui::GetItemRectMax().x + style.ItemSpacing.x;
    float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (last_end + next_width <= right) ImGui::SameLine();
}

float button_width(const char* label) {
    const char* end = std::strstr(label, "###");
    return ImGui::CalcTextSize(label, end).x + ImGui::GetStyle().FramePadding.x * 2;
}

void language_combo(Ui& ui, const char* id, float width) {
    static const char* names[] = {"Norsk (bokmål)", "Dansk", "English"};
    App& app = ui.app;
    ImGui::SetNextItemWidth(width);
    std::string combo_id = std::string("###") + id;
    if (begin_combo(combo_id.c_str(), names[static_cast<int>(app.settings.language)], 0, ui.tr("settings.language"))) {
        for (Language l : all_languages) {
            if (selectable(names[static_cast<int>(l)], l == app.settings.language)) app.set_language(l);
            mark(ui, std::string(id) + "." + to_string(l));
        }
        ImGui::EndCombo();
    }
    mark(ui, id);
}

bool passphrase_input(Ui& ui, const char* label, const char* id, std::string& buffer) {
    show_text(label);
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool edited = input_text((std::string("###") + id).c_str(), &buffer, ImGuiInputTextFlags_Password);
    mark(ui, id);
    return edited;
}

bool big_button(Ui& ui, const char* label, const char* id, float width) {
    float h = ImGui::GetFrameHeight() * 1.25f;
    bool pressed = button(label_id(label, id).c_str(), ImVec2(width, h));
    mark(ui, id);
    return pressed;
}

bool danger_button(Ui& ui, const char* label, const char* id) {
    const ThemeColours& t = theme_in_use();
    ImGui::PushStyleColor(ImGuiCol_Text, vec(t.danger_text));
    ImGui::PushStyleColor(ImGuiCol_Button, vec(t.danger_button));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, vec(t.danger_button_hovered));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, vec(t.danger_button_active));
    const bool pressed = big_button(ui, label, id);
    ImGui::PopStyleColor(4);
    return pressed;
}

}  // namespace bpa::ui
