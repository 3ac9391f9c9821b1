// Arbeidsplan / Vagtplan: the week and four-week grid, the shift form, the
// violations panel and the coverage strip.
//
// [SECTION] Geometry and helpers
// [SECTION] Toolbar
// [SECTION] Grid
// [SECTION] Coverage strip
// [SECTION] Shift form
// [SECTION] Violations panel
// [SECTION] Screen
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/hours.h"
#include "core/commands.h"
#include "ui/list_cache.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] Geometry and helpers ----------------------------------------------
namespace {

constexpr int snap_minutes = 15;
constexpr float edge_px = 6.0f;

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
const ImVec4 palette[] = {
    {0.90f, 0.62f, 0.00f, 1}, {0.34f, 0.71f, 0.91f, 1}, {0.00f, 0.62f, 0.45f, 1}, {0.94f, 0.89f, 0.26f, 1},
    {0.00f, 0.45f, 0.70f, 1}, {0.84f, 0.37f, 0.00f, 1}, {0.80f, 0.47f, 0.65f, 1}, {0.60f, 0.60f, 0.60f, 1},
};

ImU32 col(ImVec4 c, float alpha = 1.0f) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }
bool dark(ImVec4 c) { return 0.299f * c.x + 0.587f * c.y + 0.114f * c.z < 0.55f; }

const ImVec4 error_red(0.80f, 0.05f, 0.05f, 1), warn_amber(0.95f, 0.60f, 0.00f, 1);

int64_t snap(int64_t wall) { return (wall + (wall >= 0 ? snap_minutes / 2 : -snap_minutes / 2)) / snap_minutes * snap_minutes; }

Date monday_of(Date d) { return d - Days{static_cast<int32_t>(d.weekday()) - 1}; }

struct Geometry {
    ImVec2 origin;      // top-left of the grid (below the day header)
    float label_w = 0;  // the assistant names column
    float day_w = 0;
    float row_h = 0;
    int days = 7;
    Date first;
    int64_t first_wall = 0;  // wall minute of first day 00:00

    float x_of(int64_t wall) const {
        return origin.x + label_w + static_cast<float>(wall - first_wall) * day_w / 1440.0f;
    }
    int64_t wall_at(float x) const {
        return first_wall + static_cast<int64_t>(std::floor((x - origin.x - label_w) * 1440.0f / day_w));
    }
    float right() const { return origin.x + label_w + day_w * days; }
};

std::string day_label(Ui& ui, Date d, bool short_form) {
    std::string wd = ui.tr("weekday.short." + std::to_string(static_cast<int>(d.weekday())));
    return short_form ? wd.substr(0, wd.size() > 3 ? 3 : wd.size()) + " " + std::to_string(d.day())
                      : wd + " " + std::to_string(d.day()) + "." + std::to_string(d.month());
}

const Shift* find_shift(const Document& doc, std::string_view id) {
    for (const auto& s : doc.shifts)
        if (s.id == id) return &s;
    return nullptr;
}

// Adds a new shift (empty id) or changes one through the commands; a refused
// shift leaves the plan as it was and the form says why.
Outcome commit_shift(Ui& ui, const Shift& s, const char* label) {
    Outcome o = s.id.empty() ? ui.app.run(label, [&](Document& d) { return add_shift(d, s); }, ui.now)
                             : ui.app.run(label, [&](Document& d) { return update_shift(d, s); }, ui.now);
    if (o) ui.plan.form_error.clear();
    else ui.plan.form_error = ui.tr(refusal_key(o.refusal));
    return o;
}

std::vector<const Assistant*> rows_for(const Document& doc, Date first, Date last) {
    std::vector<const Assistant*> rows;
    for (const auto& a : doc.assistants) {
        bool employed = a.employed_from <= last && (!a.employed_to || *a.employed_to >= first);
        bool has_shifts = std::any_of(doc.shifts.begin(), doc.shifts.end(), [&](const Shift& s) {
            return s.assistant == a.id && s.start.date <= last && s.end.date >= first;
        });
        if (employed || has_shifts) rows.push_back(&a);
    }
    return rows;
}

size_t colour_index(const Document& doc, std::string_view assistant) {
    for (size_t i = 0; i < doc.assistants.size(); ++i)
        if (doc.assistants[i].id == assistant) return i % (sizeof palette / sizeof palette[0]);
    return 7;
}

}  // namespace

// [SECTION] Toolbar -----------------------------------------------------------
static void toolbar(Ui& ui, Date first, int days) {
    PlanUi& p = ui.plan;
    int step = p.four_weeks ? 28 : 7;
    if (ImGui::Button(label_id(ui.tr("plan.previous"), "plan.previous").c_str())) p.first_day = first - Days{step};
    mark(ui, "plan.previous");
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("plan.today"), "plan.today").c_str()))
        p.first_day = monday_of(Date::parse(ui.today).value_or(first));
    mark(ui, "plan.today");
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("plan.next"), "plan.next").c_str())) p.first_day = first + Days{step};
    mark(ui, "plan.next");
    ImGui::SameLine();
    Date last = first + Days{days - 1};
    IsoWeek w = first.iso_week();
    std::string title = p.four_weeks
        ? ui.fmt("plan.weeks_title", {{"from", std::to_string(w.week)}, {"to", std::to_string(last.iso_week().week)},
                                      {"first", first.str()}, {"last", last.str()}})
        : ui.fmt("plan.week_title", {{"week", std::to_string(w.week)}, {"first", first.str()}, {"last", last.str()}});
    ImGui::TextUnformatted(title.c_str());
    mark(ui, "plan.title");
    ImGui::SameLine();
    int mode = p.four_weeks ? 1 : 0;
    if (ImGui::RadioButton(label_id(ui.tr("plan.week_view"), "plan.week_view").c_str(), &mode, 0)) p.four_weeks = false;
    mark(ui, "plan.week_view");
    ImGui::SameLine();
    if (ImGui::RadioButton(label_id(ui.tr("plan.four_week_view"), "plan.four_week_view").c_str(), &mode, 1)) p.four_weeks = true;
    mark(ui, "plan.four_week_view");

    if (ImGui::Button(label_id(ui.tr("plan.need"), "plan.need").c_str())) p.show_need = !p.show_need;
    mark(ui, "plan.need");
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("plan.rotation"), "plan.rotation").c_str())) p.show_rotation = !p.show_rotation;
    mark(ui, "plan.rotation");
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("plan.holiday_plans"), "plan.holiday_plans").c_str())) p.show_holiday = !p.show_holiday;
    mark(ui, "plan.holiday_plans");
    ImGui::SameLine();
    if (ImGui::Button(label_id(ui.tr("plan.print"), "plan.print").c_str())) p.show_print = !p.show_print;
    mark(ui, "plan.print");
    ImGui::SameLine();
    muted_text(ui.tr("plan.drag_hint"));
}

// [SECTION] Grid --------------------------------------------------------------
static void draw_need_row(ImDrawList* dl, const Geometry& g, float y, const std::vector<NeedBlock>& need) {
    ImVec4 c = ImGui::GetStyleColorVec4(ImGuiCol_CheckMark);
    for (int day = -1; day < g.days; ++day) {
        Date d = g.first + Days{day};
        for (const auto& b : need) {
            if (b.weekday != d.weekday()) continue;
            int64_t from = LocalDateTime{d, 0}.wall_minutes() + b.from_minute;
            int64_t to = LocalDateTime{d, 0}.wall_minutes() + (b.to_minute <= b.from_minute ? b.to_minute + 1440 : b.to_minute);
            float x0 = std::max(g.x_of(from), g.origin.x + g.label_w), x1 = std::min(g.x_of(to), g.right());
            if (x1 <= x0) continue;
            float inset = b.assistants >= 2 ? 2.0f : g.row_h * 0.25f;
            dl->AddRectFilled(ImVec2(x0, y + inset), ImVec2(x1, y + g.row_h - inset), col(c, b.assistants >= 2 ? 0.55f : 0.30f), 2.0f);
            if (x1 - x0 > ImGui::CalcTextSize("2").x + 6 && b.assistants >= 2)
                dl->AddText(ImVec2(x0 + 3, y + (g.row_h - ImGui::GetFontSize()) / 2), col(ImVec4(0, 0, 0, 1)), "2");
        }
    }
}

static void grid(Ui& ui, Date first, int days) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    const auto& marks = app.shift_marks();
    ImGuiIO& io = ImGui::GetIO();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Date last = first + Days{days - 1};
    auto rows = rows_for(doc, first, last);

    Geometry g;
    g.days = days;
    g.first = first;
    g.first_wall = LocalDateTime{first, 0}.wall_minutes();
    g.label_w = ImGui::GetFontSize() * 9.5f;
    g.row_h = ImGui::GetFrameHeight() * 1.35f;
    float header_h = ImGui::GetTextLineHeight() * (days == 7 ? 2.2f : 1.4f);
    float avail = ImGui::GetContentRegionAvail().x;
    g.day_w = std::max(20.0f, (avail - g.label_w) / days);
    ImVec2 top = ImGui::GetCursorScreenPos();
    g.origin = ImVec2(top.x, top.y + header_h);
    float grid_h = g.row_h * static_cast<float>(rows.size() + 1);

    // Day header, weekends and holidays shaded.
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImVec4 shade = ImGui::GetStyleColorVec4(ImGuiCol_TableRowBgAlt);
    shade.w = std::max(shade.w, 0.10f);
    ImVec4 hol = warn_amber;
    for (int i = 0; i < days; ++i) {
        Date d = first + Days{i};
        float x = g.origin.x + g.label_w + g.day_w * i;
        bool holiday = is_public_holiday(doc.arrangement.jurisdiction, d);
        bool sunday = d.weekday() == Weekday::Sunday || d.weekday() == Weekday::Saturday;
        if (holiday || sunday)
            dl->AddRectFilled(ImVec2(x, top.y), ImVec2(x + g.day_w, g.origin.y + grid_h),
                              col(holiday ? hol : ImVec4(0.5f, 0.5f, 0.5f, 1), holiday ? 0.18f : 0.10f));
        std::string label = day_label(ui, d, days > 7);
        if (days > 7 && d.weekday() != Weekday::Monday) label = std::to_string(d.day());
        dl->AddText(ImVec2(x + 3, top.y), col(text), label.c_str());
        if (days == 7) {
            if (auto h = public_holiday_on(doc.arrangement.jurisdiction, d))
                dl->AddText(ImVec2(x + 3, top.y + ImGui::GetTextLineHeight()), col(text, 0.8f),
                            ui.tr("holiday." + h->key));
            else if (g.day_w > ImGui::CalcTextSize("18").x * 6)
                for (int hh : {6, 12, 18}) {
                    float hx = x + g.day_w * hh / 24.0f;
                    std::string t = std::to_string(hh);
                    dl->AddText(ImVec2(hx - ImGui::CalcTextSize(t.c_str()).x / 2, top.y + ImGui::GetTextLineHeight()),
                                col(text, 0.55f), t.c_str());
                }
        }
        dl->AddLine(ImVec2(x, top.y), ImVec2(x, g.origin.y + grid_h), col(text, 0.35f));
    }
    dl->AddLine(ImVec2(g.right(), top.y), ImVec2(g.right(), g.origin.y + grid_h), col(text, 0.35f));

    // Row labels and lines: the need first, then one row per assistant.
    dl->AddText(ImVec2(g.origin.x, g.origin.y + (g.row_h - ImGui::GetFontSize()) / 2), col(text), ui.tr("plan.need_row"));
    const PlanData& plan = app.plan();
    draw_need_row(dl, g, g.origin.y, plan.need);
    for (size_t r = 0; r <= rows.size(); ++r) {
        float y = g.origin.y + g.row_h * r;
        dl->AddLine(ImVec2(g.origin.x, y), ImVec2(g.right(), y), col(text, 0.25f));
        if (r == 0) continue;
        const Assistant* a = rows[r - 1];
        dl->AddRectFilled(ImVec2(g.origin.x, y + 4), ImVec2(g.origin.x + 6, y + g.row_h - 4), col(palette[colour_index(doc, a->id)]));
        std::string name = a->name;
        dl->PushClipRect(ImVec2(g.origin.x, y), ImVec2(g.origin.x + g.label_w - 4, y + g.row_h), true);
        dl->AddText(ImVec2(g.origin.x + 10, y + (g.row_h - ImGui::GetFontSize()) / 2), col(text), name.c_str());
        dl->PopClipRect();
        if (ui.marking) ui.marks["plan.row." + a->id] = ImVec4(g.origin.x + g.label_w, y, g.day_w * days, g.row_h);
        // Days outside the employment are greyed.
        for (int i = 0; i < days; ++i) {
            Date d = first + Days{i};
            if (!a->employed_on(d)) {
                float x = g.origin.x + g.label_w + g.day_w * i;
                dl->AddRectFilled(ImVec2(x, y), ImVec2(x + g.day_w, y + g.row_h), col(ImVec4(0.4f, 0.4f, 0.4f, 1), 0.25f));
            }
        }
    }
    float bottom = g.origin.y + g.row_h * (rows.size() + 1);
    dl->AddLine(ImVec2(g.origin.x, bottom), ImVec2(g.right(), bottom), col(text, 0.25f));

    // The interaction surface: one invisible button over the rows.
    ImGui::SetCursorScreenPos(ImVec2(g.origin.x + g.label_w, g.origin.y + g.row_h));
    ImVec2 area(std::max(1.0f, g.day_w * days), std::max(1.0f, g.row_h * rows.size()));
    ImGui::InvisibleButton("###plan.grid", area);
    mark(ui, "plan.grid");
    bool hovered = ImGui::IsItemHovered();
    ImVec2 mouse = io.MousePos;
    auto row_at = [&](float y) -> const Assistant* {
        int r = static_cast<int>(std::floor((y - g.origin.y) / g.row_h)) - 1;
        if (r < 0 || r >= static_cast<int>(rows.size())) return nullptr;
        return rows[r];
    };
    auto row_of = [&](std::string_view id) -> int {
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i]->id == id) return static_cast<int>(i);
        return -1;
    };

    // Shifts.
    const Shift* hit = nullptr;
    PlanUi::Drag hit_kind = PlanUi::Drag::None;
    int64_t range_from = g.first_wall, range_to = g.first_wall + int64_t(days) * 1440;
    for (const auto& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        int r = row_of(s.assistant);
        if (r < 0) continue;
        int64_t from = s.start.wall_minutes(), to = s.end.wall_minutes();
        bool dragged = p.drag != PlanUi::Drag::None && p.drag != PlanUi::Drag::Create && p.drag_shift == s.id;
        if (to <= range_from || from >= range_to) {
            if (!dragged) continue;
        }
        float y = g.origin.y + g.row_h * (r + 1);
        float x0 = std::max(g.x_of(from), g.origin.x + g.label_w), x1 = std::min(g.x_of(to), g.right());
        x1 = std::max(x1, x0 + 2.0f);
        ImVec2 a(x0, y + 3), b(x1, y + g.row_h - 3);
        if (hovered && mouse.x >= a.x - 2 && mouse.x <= b.x + 2 && mouse.y >= a.y && mouse.y <= b.y) {
            hit = &s;
            if (std::fabs(mouse.x - a.x) <= edge_px) hit_kind = PlanUi::Drag::ResizeStart;
            else if (std::fabs(mouse.x - b.x) <= edge_px) hit_kind = PlanUi::Drag::ResizeEnd;
            else hit_kind = PlanUi::Drag::Move;
        }
        ImVec4 c = palette[colour_index(doc, s.assistant)];
        float alpha = dragged ? 0.35f : (s.status == ShiftStatus::Worked ? 0.75f : 1.0f);
        dl->AddRectFilled(a, b, col(c, alpha), 3.0f);
        if (s.passive_night) {  // the passive part 00:00-06:00 drawn lighter, hatched
            for (int day = 0; day <= 2; ++day) {
                int64_t p0 = LocalDateTime{s.start.date + Days{day}, 0}.wall_minutes(), p1 = p0 + 360;
                int64_t q0 = std::max(p0, from), q1 = std::min(p1, to);
                if (q1 <= q0) continue;
                float h0 = std::max(g.x_of(q0), a.x), h1 = std::min(g.x_of(q1), b.x);
                for (float hx = h0; hx < h1; hx += 6.0f)
                    dl->AddLine(ImVec2(hx, b.y), ImVec2(std::min(hx + 6.0f, h1), a.y), col(ImVec4(1, 1, 1, 1), 0.6f));
            }
        }
        auto m = marks.find(s.id);
        bool selected = s.id == p.selected_shift;
        bool highlighted = std::find(p.highlighted.begin(), p.highlighted.end(), s.id) != p.highlighted.end();
        if (m != marks.end())
            dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1),
                        col(m->second == Severity::Error ? error_red : warn_amber), 3.0f, 0, 3.0f);
        if (selected || highlighted)
            dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), col(text), 4.0f, 0, selected ? 3.0f : 2.0f);
        std::string label = TimeOfDay(s.start.minute_of_day).str() + "–" + TimeOfDay(s.end.minute_of_day).str();
        if (m != marks.end()) label = (m->second == Severity::Error ? "✗ " : "! ") + label;
        ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        if (ts.x + 6 < b.x - a.x) {
            dl->AddText(ImVec2(a.x + 4, a.y + (b.y - a.y - ts.y) / 2), col(dark(c) ? ImVec4(1, 1, 1, 1) : ImVec4(0, 0, 0, 1)),
                        label.c_str());
        }
        if (ui.marking) ui.marks["shift." + s.id] = ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
    }

    // Tooltip and cursor.
    if (p.drag == PlanUi::Drag::None && hit) {
        if (hit_kind == PlanUi::Drag::ResizeStart || hit_kind == PlanUi::Drag::ResizeEnd)
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        else
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const Assistant* a = doc.find_assistant(hit->assistant);
        std::string tip = (a ? a->name : hit->assistant) + "\n" + hit->start.str().replace(10, 1, " ") + " – " +
                          hit->end.str().replace(10, 1, " ");
        for (const auto& v : app.violations())
            if (std::find(v.shifts.begin(), v.shifts.end(), hit->id) != v.shifts.end())
                tip += "\n" + std::string(v.severity == Severity::Error ? "✗ " : "! ") +
                       violation_message(v, doc.arrangement.jurisdiction, to_string(app.settings.language));
        ImGui::SetTooltip("%s", tip.c_str());
    }

    // Starting a drag.
    if (ImGui::IsItemActivated() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        int64_t w = g.wall_at(mouse.x);
        if (hit) {
            p.drag = hit_kind;
            p.drag_shift = hit->id;
            p.selected_shift = hit->id;
            p.highlighted.clear();
            p.drag_anchor = w;
            p.ghost_from = hit->start.wall_minutes();
            p.ghost_to = hit->end.wall_minutes();
            p.drag_assistant = hit->assistant;
        } else if (const Assistant* a = row_at(mouse.y)) {
            p.drag = PlanUi::Drag::Create;
            p.drag_assistant = a->id;
            p.drag_anchor = snap(w);
            p.ghost_from = p.ghost_to = p.drag_anchor;
            p.selected_shift.clear();
        }
    }

    // During a drag the plan is not changed; a ghost shows where the shift goes.
    if (p.drag != PlanUi::Drag::None) {
        int64_t w = g.wall_at(mouse.x);
        const Shift* s = find_shift(doc, p.drag_shift);
        switch (p.drag) {
            case PlanUi::Drag::Create:
                p.ghost_from = std::min(p.drag_anchor, snap(w));
                p.ghost_to = std::max(p.drag_anchor, snap(w));
                break;
            case PlanUi::Drag::Move:
                if (s) {
                    int64_t delta = snap(w - p.drag_anchor);
                    p.ghost_from = s->start.wall_minutes() + delta;
                    p.ghost_to = s->end.wall_minutes() + delta;
                    if (const Assistant* a = row_at(mouse.y)) p.drag_assistant = a->id;
                }
                break;
            case PlanUi::Drag::ResizeStart:
                if (s) p.ghost_from = std::min(snap(w), s->end.wall_minutes() - snap_minutes);
                break;
            case PlanUi::Drag::ResizeEnd:
                if (s) p.ghost_to = std::max(snap(w), s->start.wall_minutes() + snap_minutes);
                break;
            case PlanUi::Drag::None: break;
        }
        int r = row_of(p.drag_assistant);
        if (r >= 0 && p.ghost_to > p.ghost_from) {
            float y = g.origin.y + g.row_h * (r + 1);
            ImVec2 a(g.x_of(p.ghost_from), y + 2), b(g.x_of(p.ghost_to), y + g.row_h - 2);
            dl->AddRectFilled(a, b, col(palette[colour_index(doc, p.drag_assistant)], 0.8f), 3.0f);
            dl->AddRect(a, b, col(text), 3.0f, 0, 2.0f);
            LocalDateTime f = LocalDateTime::from_wall_minutes(p.ghost_from), t = LocalDateTime::from_wall_minutes(p.ghost_to);
            ImGui::SetTooltip("%s %s–%s", f.date.str().c_str(), TimeOfDay(f.minute_of_day).str().c_str(),
                              TimeOfDay(t.minute_of_day).str().c_str());
        }
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
            PlanUi::Drag kind = p.drag;
            p.drag = PlanUi::Drag::None;
            LocalDateTime f = LocalDateTime::from_wall_minutes(p.ghost_from), t = LocalDateTime::from_wall_minutes(p.ghost_to);
            if (kind == PlanUi::Drag::Create) {
                if (p.ghost_to - p.ghost_from >= snap_minutes) {
                    Shift n;
                    n.assistant = p.drag_assistant;
                    n.start = f;
                    n.end = t;
                    if (Outcome o = commit_shift(ui, n, ui.tr("plan.step_new"))) p.selected_shift = o.id;
                }
            } else if (s) {
                Shift n = *s;
                n.start = f;
                n.end = t;
                n.assistant = p.drag_assistant;
                if (!(n == *s)) commit_shift(ui, n, ui.tr(kind == PlanUi::Drag::Move ? "plan.step_move" : "plan.step_resize"));
            }
        }
    } else if (hovered && !hit && row_at(mouse.y)) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    }

    // Keyboard (arrows alone move between widgets): Ctrl+Left/Right move the
    // selected shift 15 min, with Shift 1 h; Ctrl+Alt+Left/Right change its end;
    // Ctrl+Up/Down move it to the previous or next row; Delete removes it.
    const Shift* sel = find_shift(doc, p.selected_shift);
    if (sel && !io.WantTextInput && p.drag == PlanUi::Drag::None) {
        auto pressed = [](int key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
        Shift n = *sel;
        bool changed = false;
        if (io.KeyCtrl && (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_RightArrow))) {
            int step = (io.KeyShift ? 60 : snap_minutes) * (pressed(ImGuiKey_LeftArrow) ? -1 : 1);
            n.end = LocalDateTime::from_wall_minutes(n.end.wall_minutes() + step);
            if (!io.KeyAlt) n.start = LocalDateTime::from_wall_minutes(n.start.wall_minutes() + step);
            changed = true;
        }
        if (io.KeyCtrl && (pressed(ImGuiKey_UpArrow) || pressed(ImGuiKey_DownArrow))) {
            int r = row_of(n.assistant) + (pressed(ImGuiKey_UpArrow) ? -1 : 1);
            if (r >= 0 && r < static_cast<int>(rows.size())) {
                n.assistant = rows[r]->id;
                changed = true;
            }
        }
        if (changed) commit_shift(ui, n, ui.tr("plan.step_move"));
        if (pressed(ImGuiKey_Delete)) {
            std::string id = sel->id;
            if (app.run(ui.tr("plan.step_delete"), [&](Document& d) { return delete_shift(d, id); }, ui.now))
                p.selected_shift.clear();
        }
    }

    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom + 4));
    ImGui::Dummy(ImVec2(1, 1));
}

// [SECTION] Coverage strip ----------------------------------------------------
static const Coverage& coverage_for(Ui& ui, Date first, Date last) {
    PlanUi& p = ui.plan;
    if (p.coverage_revision != ui.app.session.revision() || p.coverage_from != first || p.coverage_to != last) {
        p.coverage = coverage(ui.app.session.doc(), ui.app.plan().need, first, last);
        p.coverage_revision = ui.app.session.revision();
        p.coverage_from = first;
        p.coverage_to = last;
    }
    return p.coverage;
}

static void coverage_strip(Ui& ui, Date first, int days) {
    Date last = first + Days{days - 1};
    const Coverage& c = coverage_for(ui, first, last);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float label_w = ImGui::GetFontSize() * 9.5f;
    float avail = ImGui::GetContentRegionAvail().x;
    float day_w = std::max(20.0f, (avail - label_w) / days);
    ImVec2 top = ImGui::GetCursorScreenPos();
    float h = ImGui::GetTextLineHeight() * 1.1f;
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    dl->AddText(ImVec2(top.x, top.y), col(text), ui.tr("plan.coverage_row"));
    int64_t first_wall = LocalDateTime{first, 0}.wall_minutes();
    auto x_of = [&](int64_t wall) { return top.x + label_w + static_cast<float>(wall - first_wall) * day_w / 1440.0f; };
    bool any_need = !ui.app.plan().need.empty();
    dl->AddRectFilled(ImVec2(top.x + label_w, top.y), ImVec2(top.x + label_w + day_w * days, top.y + h),
                      col(any_need ? ImVec4(0.0f, 0.62f, 0.45f, 1) : ImVec4(0.5f, 0.5f, 0.5f, 1), any_need ? 0.55f : 0.15f));
    for (const auto& d : c.days)
        for (const auto& gap : d.gaps) {
            bool none = gap.present == 0;
            dl->AddRectFilled(ImVec2(x_of(gap.from.wall_minutes()), top.y), ImVec2(x_of(gap.to.wall_minutes()), top.y + h),
                              col(none ? error_red : warn_amber));
        }
    ImGui::Dummy(ImVec2(label_w + day_w * days, h));
    mark(ui, "plan.coverage");
    if (!any_need) muted_text(ui.tr("plan.no_need_hint"));

    // Totals per week against the decision.
    Minutes uncovered{}, under{};
    for (const auto& d : c.days) {
        uncovered += d.uncovered;
        under += d.understaffed;
    }
    App& app = ui.app;
    for (const auto& w : c.weeks) {
        std::string line = ui.fmt("plan.week_total", {{"week", std::to_string(w.week.week)},
                                                      {"planned", app.i18n.number(w.planned.hours())},
                                                      {"decided", app.i18n.number(w.decided_hours)},
                                                      {"reserve", app.i18n.number(w.reserve_percent, 0)}});
        ImGui::BulletText("%s", line.c_str());
        mark(ui, "plan.week_total." + std::to_string(w.week.week));
    }
    if (any_need) {
        std::string line = ui.fmt("plan.coverage_total", {{"uncovered", app.i18n.number(uncovered.hours())},
                                                          {"under", app.i18n.number(under.hours())}});
        if (uncovered.count > 0) error_text(line.c_str());
        else ImGui::TextUnformatted(line.c_str());
        mark(ui, "plan.coverage_total", line);
    }
}

// [SECTION] Shift form --------------------------------------------------------
static bool time_field(Ui& ui, const char* label, const char* id, std::string& buffer, float width) {
    ImGui::BeginGroup();
    ImGui::TextUnformatted(label);
    ImGui::SetNextItemWidth(width);
    bool changed = ImGui::InputText((std::string("###") + id).c_str(), &buffer);
    mark(ui, id);
    ImGui::EndGroup();
    return changed;
}

static void assistant_field(Ui& ui, const char* id, std::string& assistant, Date on) {
    ImGui::TextUnformatted(ui.tr("plan.assistant"));
    if (auto chosen = assistant_combo(ui, id, assistant, -FLT_MIN, on)) assistant = *chosen;
}

static void shift_form(Ui& ui) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    const Shift* s = find_shift(doc, p.selected_shift);
    float tw = ImGui::GetFontSize() * 5.5f;
    if (s) {
        heading(ui.tr("plan.shift"));
        ImGui::PushID(s->id.c_str());
        Shift n = *s;
        std::string assistant = n.assistant;
        assistant_field(ui, "plan.form.assistant", assistant, n.start.date);
        if (assistant != n.assistant) {
            n.assistant = assistant;
            commit_shift(ui, n, ui.tr("plan.step_assistant"));
        }
        // Date and times: typed text is kept until it makes a valid shift.
        ImGuiID wid = ImGui::GetID("times");
        auto it = ui.pending_text.find(wid);
        std::string date = s->start.date.str(), from = TimeOfDay(s->start.minute_of_day).str(), to = TimeOfDay(s->end.minute_of_day).str();
        if (it != ui.pending_text.end()) {
            size_t a = it->second.find('|'), b = it->second.rfind('|');
            date = it->second.substr(0, a);
            from = it->second.substr(a + 1, b - a - 1);
            to = it->second.substr(b + 1);
        }
        bool edited = time_field(ui, ui.tr("plan.date"), "plan.form.date", date, tw * 1.6f);
        ImGui::SameLine();
        edited |= time_field(ui, ui.tr("plan.from"), "plan.form.from", from, tw);
        ImGui::SameLine();
        edited |= time_field(ui, ui.tr("plan.to"), "plan.form.to", to, tw);
        if (edited) {
            auto d = Date::parse(date);
            auto f = TimeOfDay::parse(from);
            auto t = TimeOfDay::parse(to, true);
            ui.pending_text[wid] = date + "|" + from + "|" + to;
            if (!d) p.form_error = ui.tr("form.bad_date");
            else if (!f || !t) p.form_error = ui.tr("plan.bad_time");
            else {
                Shift m = shift_on(*d, *f, *t);
                n.start = m.start;
                n.end = m.end;
                if (commit_shift(ui, n, ui.tr("plan.step_times"))) ui.pending_text.erase(wid);
            }
        }
        if (ui.pending_text.count(wid) && !p.form_error.empty())
            error_text(ui.fmt("form.not_saved", {{"problem", p.form_error}}).c_str());
        muted_text(ui.fmt("plan.length", {{"hours", app.i18n.number(elapsed(s->start, s->end, zone_of(doc.arrangement.jurisdiction)).hours())}}).c_str());

        int brk = s->break_minutes;
        ImGui::TextUnformatted(ui.tr("plan.break"));
        ImGui::SetNextItemWidth(tw * 1.6f);
        if (ImGui::InputInt("###plan.form.break", &brk, 15, 30) && brk >= 0 && brk <= 240) {
            n = *s;
            n.break_minutes = brk;
            commit_shift(ui, n, ui.tr("plan.break"));
        }
        mark(ui, "plan.form.break");
        bool passive = s->passive_night;
        if (ImGui::Checkbox(label_id(ui.tr("plan.passive"), "plan.form.passive").c_str(), &passive)) {
            n = *s;
            n.passive_night = passive;
            commit_shift(ui, n, ui.tr("plan.passive"));
        }
        mark(ui, "plan.form.passive");
        help_marker(ui.tr("plan.passive_help"));
        int status = static_cast<int>(s->status);
        const char* names[] = {ui.tr("shift_status.planned"), ui.tr("shift_status.worked"), ui.tr("shift_status.cancelled")};
        ImGui::TextUnformatted(ui.tr("plan.status"));
        ImGui::SetNextItemWidth(tw * 2.5f);
        if (ImGui::Combo("###plan.form.status", &status, names, 3)) {
            n = *s;
            n.status = static_cast<ShiftStatus>(status);
            commit_shift(ui, n, ui.tr("plan.status"));
        }
        mark(ui, "plan.form.status");
        // A swap between two assistants: the other shift of the same day changes hands too.
        std::vector<const Shift*> others;
        for (const auto& x : doc.shifts)
            if (x.id != s->id && x.assistant != s->assistant && x.status != ShiftStatus::Cancelled &&
                x.start.date == s->start.date)
                others.push_back(&x);
        if (!others.empty()) {
            ImGui::TextUnformatted(ui.tr("plan.swap_with"));
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (ImGui::BeginCombo("###plan.form.swap", ui.tr("plan.swap_choose"))) {
                for (const Shift* o : others) {
                    const Assistant* oa = doc.find_assistant(o->assistant);
                    std::string label = (oa ? oa->name : o->assistant) + "  " + TimeOfDay(o->start.minute_of_day).str() + "–" +
                                        TimeOfDay(o->end.minute_of_day).str() + "###swap." + o->id;
                    if (ImGui::Selectable(label.c_str())) {
                        std::string a = s->id, b = o->id;
                        app.run(ui.tr("plan.step_swap"), [&](Document& d) { return swap_shifts(d, a, b); }, ui.now);
                    }
                    mark(ui, "plan.form.swap." + o->id);
                }
                ImGui::EndCombo();
            }
            mark(ui, "plan.form.swap");
        }
        if (ImGui::Button(label_id(ui.tr("plan.delete_shift"), "plan.form.delete").c_str())) {
            std::string id = s->id;
            if (app.run(ui.tr("plan.step_delete"), [&](Document& d) { return delete_shift(d, id); }, ui.now))
                p.selected_shift.clear();
        }
        mark(ui, "plan.form.delete");
        ImGui::SameLine();
        if (ImGui::Button(label_id(ui.tr("plan.deselect"), "plan.form.deselect").c_str())) p.selected_shift.clear();
        ImGui::PopID();
        return;
    }

    // A new shift, typed precisely.
    heading(ui.tr("plan.new_shift"));
    if (p.new_date.empty()) p.new_date = p.first_day ? p.first_day->str() : ui.today;
    if (p.new_assistant.empty() && !doc.assistants.empty()) p.new_assistant = doc.assistants.front().id;
    assistant_field(ui, "plan.new.assistant", p.new_assistant, Date::parse(p.new_date).value_or(Date()));
    time_field(ui, ui.tr("plan.date"), "plan.new.date", p.new_date, tw * 1.6f);
    ImGui::SameLine();
    time_field(ui, ui.tr("plan.from"), "plan.new.from", p.new_from, tw);
    ImGui::SameLine();
    time_field(ui, ui.tr("plan.to"), "plan.new.to", p.new_to, tw);
    if (big_button(ui, ui.tr("plan.add_shift"), "plan.new.add")) {
        auto d = Date::parse(p.new_date);
        auto f = TimeOfDay::parse(p.new_from);
        auto t = TimeOfDay::parse(p.new_to, true);
        if (!d) p.form_error = ui.tr("form.bad_date");
        else if (!f || !t) p.form_error = ui.tr("plan.bad_time");
        else {
            Shift n = shift_on(*d, *f, *t);
            n.assistant = p.new_assistant;
            if (Outcome o = commit_shift(ui, n, ui.tr("plan.step_new"))) {
                p.selected_shift = o.id;
                p.first_day = monday_of(*d);
            }
        }
    }
    if (!p.form_error.empty()) error_text(ui.fmt("form.not_saved", {{"problem", p.form_error}}).c_str());
    mark(ui, "plan.form_error");
}

// [SECTION] Violations panel --------------------------------------------------
static void violations_panel(Ui& ui) {
    PlanUi& p = ui.plan;
    const ViolationList& list = violation_list(ui);  // texts made once per revision
    heading(ui.fmt("plan.violations_title", {{"errors", std::to_string(list.errors)},
                                            {"warnings", std::to_string(list.total - list.errors)}}).c_str());
    mark(ui, "plan.violations");
    if (list.total == 0) {
        ImGui::TextWrapped("%s", ui.tr("plan.no_violations"));
        return;
    }
    for (const auto& rule : list.rules) {
        ImGui::PushStyleColor(ImGuiCol_Text, rule.info->severity == Severity::Error ? error_red : ImVec4(0.6f, 0.35f, 0.0f, 1));
        bool open = ImGui::TreeNodeEx(("###rule." + rule.info->id).c_str(), ImGuiTreeNodeFlags_DefaultOpen, "%s", rule.title.c_str());
        ImGui::PopStyleColor();
        mark(ui, "plan.rule." + rule.info->id);
        if (!open) continue;
        ImGui::PushTextWrapPos(0);
        muted_text(rule.explanation.c_str());
        muted_text(rule.source.c_str());
        ImGui::PopTextWrapPos();
        // Grouped by assistant; only the lines on screen are drawn (one line each).
        for (const auto& person : rule.people) {
            if (!ImGui::TreeNodeEx(("###rule." + rule.info->id + "." + person.assistant).c_str(), ImGuiTreeNodeFlags_DefaultOpen,
                                   "%s", person.name.c_str()))
                continue;
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(person.lines.size()), ImGui::GetTextLineHeightWithSpacing());
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const auto& line = person.lines[i];
                    const Violation* v = line.violation;
                    ImGui::PushID(line.id.c_str());
                    if (ImGui::Selectable(line.text.c_str(), !v->shifts.empty() && p.highlighted == v->shifts)) {
                        p.highlighted = v->shifts;
                        p.selected_shift = v->shifts.empty() ? std::string() : v->shifts.front();
                        p.first_day = monday_of(v->at.date);
                    }
                    ImGui::PopID();
                    mark(ui, line.id);
                }
            ImGui::TreePop();
        }
        ImGui::TreePop();
    }
}

// [SECTION] Screen ------------------------------------------------------------
void view_plan(Ui& ui) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    if (!p.first_day) {
        // Start where the plan is: the week of the first shift from today on, else today.
        Date today = Date::parse(ui.today).value_or(Date());
        std::optional<Date> next;
        for (const auto& s : doc.shifts)
            if (s.start.date >= today && (!next || s.start.date < *next)) next = s.start.date;
        if (!next)
            for (const auto& s : doc.shifts)
                if (!next || s.start.date > *next) next = s.start.date;
        p.first_day = monday_of(next.value_or(today));
    }
    Date first = *p.first_day;
    int days = p.four_weeks ? 28 : 7;

    heading(ui.tr("nav.plan"));
    toolbar(ui, first, days);
    if (doc.assistants.empty()) {
        ImGui::TextWrapped("%s", ui.tr("plan.no_assistants"));
        return;
    }
    float side_w = ImGui::GetFontSize() * 24;
    ImGui::BeginChild("###plan.main", ImVec2(ImGui::GetContentRegionAvail().x - side_w, 0), false,
                      ImGuiWindowFlags_HorizontalScrollbar);
    grid(ui, first, days);
    coverage_strip(ui, first, days);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("###plan.side", ImVec2(0, 0), true);
    shift_form(ui);
    violations_panel(ui);
    ImGui::EndChild();
}

}  // namespace bpa::ui
