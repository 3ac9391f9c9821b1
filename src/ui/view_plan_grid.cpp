// Arbeidsplan: the week and four-week grid (drag to make, move and resize shifts; keys).
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/people.h"
#include "ui/a11y.h"
#include "ui/list_cache.h"
#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

// [SECTION] Grid --------------------------------------------------------------
// A day's heading in one of four forms: "man 6.4", "ma 6.4", "6.4", "6".
std::string day_heading(Ui& ui, Date d, int form) {
    const std::string wd = ui.tr("weekday.short." + std::to_string(static_cast<int>(d.weekday())));
    const std::string dm = std::to_string(d.day()) + "." + std::to_string(d.month());
    size_t cut = 0;  // the first two letters (UTF-8: "lø" is three bytes)
    for (int letters = 0; cut < wd.size() && letters < 2; ++letters)
        do ++cut; while (cut < wd.size() && (static_cast<unsigned char>(wd[cut]) & 0xC0) == 0x80);
    switch (form) {
    case 0: return wd + " " + dm;
    case 1: return wd.substr(0, cut) + " " + dm;
    case 2: return dm;
    default: return std::to_string(d.day());
    }
}

// The longest heading form that fits every day shown, so that headings never overlap.
int heading_form(const PlanDays& shown, float width) {
    for (int form = 0; form < 3; ++form) {
        bool fits = true;
        for (const PlanDays::Day& d : shown.days) fits = fits && d.heading_w[form] <= width;
        if (fits) return form;
    }
    return 3;
}

void draw_need_row(ImDrawList* dl, const Geometry& g, float y, const std::vector<NeedBlock>& need) {
    ImVec4 c = ImGui::GetStyleColorVec4(ImGuiCol_CheckMark);
    for (int day = -1; day < g.days; ++day) {
        Date d = g.first + Days{day};
        for (const auto& b : need) {
            if (b.weekday != d.weekday()) continue;
            int64_t from = LocalDateTime{d, 0}.wall_minutes() + b.from.minutes();
            int64_t to = from + wall_length(b.from, b.to).count;
            float x0 = std::max(g.x_of(from), g.origin.x + g.label_w), x1 = std::min(g.x_of(to), g.right());
            if (x1 <= x0) continue;
            float inset = b.assistants >= 2 ? 2.0f : g.row_h * 0.25f;
            dl->AddRectFilled(ImVec2(x0, y + inset), ImVec2(x1, y + g.row_h - inset), col(c, b.assistants >= 2 ? 0.55f : 0.30f));
            if (x1 - x0 > ImGui::CalcTextSize("2").x + 6 && b.assistants >= 2)
                dl->AddText(ImVec2(x0 + 3, y + (g.row_h - ImGui::GetFontSize()) / 2), col(ImVec4(0, 0, 0, 1)), "2");
        }
    }
}

void grid(Ui& ui, Date first, int days) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    ImGuiIO& io = ImGui::GetIO();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    Date last = first + Days{days - 1};
    const std::shared_ptr<const PlanDays> shown = plan_days(ui, first, days);
    std::vector<const Assistant*> rows;
    for (const PlanDays::Row& r : shown->rows) rows.push_back(r.assistant);

    Geometry g;
    g.days = days;
    g.first = first;
    g.first_wall = LocalDateTime{first, 0}.wall_minutes();
    g.label_w = ImGui::GetFontSize() * 9.5f;
    float header_h = ImGui::GetTextLineHeight() * (days <= 7 ? 2.2f : 1.4f);
    float avail = ImGui::GetContentRegionAvail().x;
    g.day_w = std::max(20.0f, (avail - g.label_w) / days);
    // Where an 8-hour shift is too narrow for "08:00–16:00", each shift's times go under its bar.
    const bool times_under = g.day_w / 3 < ImGui::CalcTextSize("08:00–16:00").x + 6;
    g.row_h = times_under ? ImGui::GetTextLineHeight() * 2.6f : ImGui::GetFrameHeight() * 1.35f;
    ImVec2 top = ImGui::GetCursorScreenPos();
    g.origin = ImVec2(top.x, top.y + header_h);
    float grid_h = g.row_h * static_cast<float>(rows.size() + 1);

    // Day header, weekends and holidays shaded.
    const int form = heading_form(*shown, g.day_w - 6);
    ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    ImVec4 shade = ImGui::GetStyleColorVec4(ImGuiCol_TableRowBgAlt);
    shade.w = std::max(shade.w, 0.10f);
    ImVec4 hol = warn_amber;
    for (int i = 0; i < days; ++i) {
        const PlanDays::Day& d = shown->days[size_t(i)];
        float x = g.origin.x + g.label_w + g.day_w * i;
        const bool holiday = d.holiday != nullptr;
        if (holiday || d.weekend)
            dl->AddRectFilled(ImVec2(x, top.y), ImVec2(x + g.day_w, g.origin.y + grid_h),
                              col(holiday ? hol : ImVec4(0.5f, 0.5f, 0.5f, 1), holiday ? 0.18f : 0.10f));
        dl->PushClipRect(ImVec2(x, top.y), ImVec2(x + g.day_w, g.origin.y), true);
        dl->AddText(ImVec2(x + 3, top.y), col(text), d.heading[form].c_str());
        if (days <= 7) {
            if (holiday)
                dl->AddText(ImVec2(x + 3, top.y + ImGui::GetTextLineHeight()), col(text, 0.8f), d.holiday);
            else if (g.day_w > ImGui::CalcTextSize("18").x * 6)
                for (int hh = 1; hh < 24; ++hh) {
                    const float step_w = g.day_w / 24.0f;  // every hour where there is room, else every 3 or 6
                    const int every = step_w > ImGui::CalcTextSize("18").x * 1.6f ? 1 : step_w * 3 > ImGui::CalcTextSize("18").x * 1.6f ? 3 : 6;
                    if (hh % every) continue;
                    float hx = x + g.day_w * hh / 24.0f;
                    std::string t = std::to_string(hh);
                    dl->AddText(ImVec2(hx - ImGui::CalcTextSize(t.c_str()).x / 2, top.y + ImGui::GetTextLineHeight()),
                                col(text, faint_text_alpha), t.c_str());
                }
        }
        dl->PopClipRect();
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
        const PlanDays::Row& row = shown->rows[r - 1];
        const Assistant* a = row.assistant;
        dl->AddRectFilled(ImVec2(g.origin.x, y + 4), ImVec2(g.origin.x + 6, y + g.row_h - 4), col(palette[row.colour]));
        dl->PushClipRect(ImVec2(g.origin.x, y), ImVec2(g.origin.x + g.label_w - 4, y + g.row_h), true);
        dl->AddText(ImVec2(g.origin.x + 10, y + (g.row_h - ImGui::GetFontSize()) / 2), col(text), a->name.c_str());
        dl->PopClipRect();
        if (ui.marking) ui.marks["plan.row." + a->id] = ImVec4(g.origin.x + g.label_w, y, g.day_w * days, g.row_h);
        // Days outside the employment are greyed.
        for (int i = 0; i < days; ++i) {
            if (!row.employed[size_t(i)]) {
                float x = g.origin.x + g.label_w + g.day_w * i;
                dl->AddRectFilled(ImVec2(x, y), ImVec2(x + g.day_w, y + g.row_h), col(ImVec4(0.4f, 0.4f, 0.4f, 1), 0.25f));
            }
        }
        // Absences (vacation, sick leave, leave) across their days, named where there is room.
        for (const PlanDays::Away& ab : row.away) {
            const float x0 = g.origin.x + g.label_w + g.day_w * ab.first, x1 = g.origin.x + g.label_w + g.day_w * (ab.last + 1);
            const ImVec4 c = ab.sick ? ImVec4(0.80f, 0.47f, 0.65f, 1) : ImVec4(0.34f, 0.71f, 0.91f, 1);
            dl->AddRectFilled(ImVec2(x0, y + 1), ImVec2(x1, y + g.row_h - 1), col(c, 0.22f));
            for (float hx = x0; hx < x1; hx += 10.0f)
                dl->AddLine(ImVec2(hx, y + g.row_h - 1), ImVec2(std::min(hx + 10.0f, x1), y + 1), col(c, 0.45f));
            if (ab.name_w + 6 < x1 - x0) {
                dl->PushClipRect(ImVec2(x0, y), ImVec2(x1, y + g.row_h), true);
                dl->AddText(ImVec2(x0 + 3, y + 1), col(text, 0.85f), ab.name.c_str());
                dl->PopClipRect();
            }
            if (ui.marking) ui.marks["plan.absence." + ab.absence->id] = ImVec4(x0, y, x1 - x0, g.row_h);
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

    // Shifts. Their outlines are four bars each: square corners need no
    // anti-aliased path (a third of the triangles, and no path to stroke).
    const ImU32 text_u = col(text), error_u = col(error_red), warn_u = col(warn_amber),
                hatch_u = col(ImVec4(1, 1, 1, 1), 0.6f);
    auto outline = [dl](ImVec2 a, ImVec2 b, ImU32 c, float t) {
        const float h = t / 2;
        dl->AddRectFilled(ImVec2(a.x - h, a.y - h), ImVec2(b.x + h, a.y + h), c);
        dl->AddRectFilled(ImVec2(a.x - h, b.y - h), ImVec2(b.x + h, b.y + h), c);
        dl->AddRectFilled(ImVec2(a.x - h, a.y + h), ImVec2(a.x + h, b.y - h), c);
        dl->AddRectFilled(ImVec2(b.x - h, a.y + h), ImVec2(b.x + h, b.y - h), c);
    };
    const Shift* hit = nullptr;
    PlanUi::Drag hit_kind = PlanUi::Drag::None;
    // The shifts with time in the days shown (from the index: a decade of
    // history costs no more per frame than a week), their texts made once.
    for (const PlanDays::Item& item : shown->shifts) {
        const Shift& s = *item.shift;
        if (s.status == ShiftStatus::Cancelled) continue;
        const int r = item.row;
        if (r < 0) continue;
        int64_t from = s.start.wall_minutes(), to = s.end.wall_minutes();
        bool dragged = p.drag != PlanUi::Drag::None && p.drag != PlanUi::Drag::Create && p.drag_shift == s.id;
        float y = g.origin.y + g.row_h * (r + 1);
        float x0 = std::max(g.x_of(from), g.origin.x + g.label_w), x1 = std::min(g.x_of(to), g.right());
        x1 = std::max(x1, x0 + 2.0f);
        ImVec2 a(x0, y + 3), b(x1, times_under ? y + g.row_h * 0.48f : y + g.row_h - 3);
        if (hovered && mouse.x >= a.x - 2 && mouse.x <= b.x + 2 && mouse.y >= a.y && mouse.y <= b.y) {
            hit = &s;
            // The edges resize; on a narrow shift they leave its middle to move it.
            const float edge = std::min(edge_px, (b.x - a.x) / 4);
            if (std::fabs(mouse.x - a.x) <= edge) hit_kind = PlanUi::Drag::ResizeStart;
            else if (std::fabs(mouse.x - b.x) <= edge) hit_kind = PlanUi::Drag::ResizeEnd;
            else hit_kind = PlanUi::Drag::Move;
        }
        ImVec4 c = palette[item.colour];
        float alpha = dragged ? 0.35f : (s.status == ShiftStatus::Worked ? 0.75f : 1.0f);
        dl->AddRectFilled(a, b, col(c, alpha));
        if (s.passive_night) {  // the passive part 00:00-06:00 drawn lighter, hatched
            for (int day = 0; day <= 2; ++day) {
                int64_t p0 = LocalDateTime{s.start.date + Days{day}, 0}.wall_minutes(), p1 = p0 + 360;
                int64_t q0 = std::max(p0, from), q1 = std::min(p1, to);
                if (q1 <= q0) continue;
                float h0 = std::max(g.x_of(q0), a.x), h1 = std::min(g.x_of(q1), b.x);
                for (float hx = h0; hx < h1; hx += 6.0f)
                    dl->AddLine(ImVec2(hx, b.y), ImVec2(std::min(hx + 6.0f, h1), a.y), hatch_u);
            }
        }
        bool selected = s.id == p.selected_shift;
        bool highlighted = std::find(p.highlighted.begin(), p.highlighted.end(), s.id) != p.highlighted.end();
        const Severity* severity = item.severity;
        if (severity) outline(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), *severity == Severity::Error ? error_u : warn_u, 3.0f);
        if (selected || highlighted)
            outline(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), text_u, selected ? 3.0f : 2.0f);
        // The shift in the accessible mirror: a button that chooses it.
        if (a11y::custom(ImGui::GetID(item.mirror_id.c_str()), ImVec4(a.x, a.y, b.x - a.x, b.y - a.y),
                         a11y::Role::Button, item.spoken, selected))
            p.selected_shift = s.id;
        if (days > 7) {
            // Four weeks: the hours of each day per assistant, below (drawn after the shifts).
        } else if (times_under) {  // under the bar, as far as the next shift of the row or the grid's end
            float room = g.right() - a.x;
            if (item.next_start) room = std::min(room, g.x_of(*item.next_start) - a.x);
            dl->AddText(ImVec2(a.x, b.y + 1), text_u, item.fitting(room - 4).c_str());
        } else if (const std::string& label = item.fitting(b.x - a.x - 6); !label.empty()) {
            const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
            dl->AddText(ImVec2(a.x + 3, a.y + (b.y - a.y - ts.y) / 2), col(text_on(c)),
                        label.c_str());
        }
        if (ui.marking) ui.marks["shift." + s.id] = ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
    }

    // Four weeks: each assistant's hours per day under the bars, where times do not fit.
    if (days > 7) {
        for (size_t r = 0; r < rows.size(); ++r) {
            std::vector<int64_t> minutes(size_t(days), 0);
            for (const PlanDays::Item& item : shown->shifts)
                if (const Shift* s = item.shift; s->assistant == rows[r]->id && s->start.date >= first && s->start.date <= last)
                    minutes[size_t((s->start.date - first).count)] += s->end.wall_minutes() - s->start.wall_minutes();
            const float y = g.origin.y + g.row_h * float(r + 1);
            for (int i = 0; i < days; ++i) {
                if (!minutes[size_t(i)]) continue;
                const std::string h = app.i18n.number(double(minutes[size_t(i)]) / 60.0, minutes[size_t(i)] % 60 ? 1 : 0);
                const float x = g.origin.x + g.label_w + g.day_w * float(i);
                const ImVec2 ts = ImGui::CalcTextSize(h.c_str());
                dl->AddText(ImVec2(x + (g.day_w - ts.x) / 2, y + g.row_h * 0.5f), col(text), h.c_str());
                if (ui.marking) ui.mark_texts["plan.hours." + rows[r]->id + "." + std::to_string(i)] = h;
                if (ui.marking) ui.marks["plan.hours." + rows[r]->id + "." + std::to_string(i)] = ImVec4(x, y, g.day_w, g.row_h);
            }
        }
    }
    proposal_ghosts(ui, g, rows);

    // Tooltip and cursor.
    if (p.drag == PlanUi::Drag::None && hit) {
        if (hit_kind == PlanUi::Drag::ResizeStart || hit_kind == PlanUi::Drag::ResizeEnd)
            ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        else
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const Assistant* a = doc.find_assistant(hit->assistant);
        std::string tip = (a ? a->name : hit->assistant) + "\n" + ui.date_time(hit->start) + " – " +
                          ui.date_time(hit->end);
        for (const auto& v : app.violations())
            if (std::find(v.shifts.begin(), v.shifts.end(), hit->id) != v.shifts.end())
                tip += "\n" + std::string(v.severity == Severity::Error ? "✗ " : "! ") +
                       violation_message(v, doc.arrangement.jurisdiction, to_string(app.settings.language));
        for (const auto& m : app.papers())
            if (m.shift == hit->id)
                for (const auto& k : m.missing) tip += "\n! " + std::string(ui.tr("plan.papers_tip." + k));
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
        } else if (const Assistant* a = row_at(mouse.y); a && ui.touch) {
            p.drag = PlanUi::Drag::Pan;  // a finger pans; held still it opens the form here
            p.drag_assistant = a->id;
            p.drag_anchor = snap(w);
            p.pressed_at = ui.now;
            p.selected_shift.clear();
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
            case PlanUi::Drag::Pan:  // the frame loop scrolls (ui.panning)
                if (std::fabs(io.MouseDragMaxDistanceSqr[0]) < 100 && ui.now - p.pressed_at >= long_press_seconds) {
                    // A long press: the new-shift form, for this assistant from this hour.
                    const LocalDateTime at = LocalDateTime::from_wall_minutes(p.drag_anchor / 60 * 60);
                    p.new_assistant = p.drag_assistant;
                    p.new_date = ui.date(at.date);
                    p.new_from = at.time().str();
                    p.new_to = TimeOfDay(std::min(at.minute_of_day + 8 * 60, 1440)).str();
                    p.drag = PlanUi::Drag::None;
                }
                break;
            case PlanUi::Drag::None: break;
        }
        int r = row_of(p.drag_assistant);
        if (r >= 0 && p.drag != PlanUi::Drag::Pan && p.drag != PlanUi::Drag::None && p.ghost_to > p.ghost_from) {
            float y = g.origin.y + g.row_h * (r + 1);
            ImVec2 a(g.x_of(p.ghost_from), y + 2), b(g.x_of(p.ghost_to), y + g.row_h - 2);
            dl->AddRectFilled(a, b, col(palette[colour_index(doc, p.drag_assistant)], 0.8f));
            dl->AddRect(a, b, col(text), 0.0f, 0, 2.0f);
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
            } else if (s && kind != PlanUi::Drag::Pan) {
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

}  // namespace bpa::ui::plan_view
