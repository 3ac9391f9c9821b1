// Arbeidsplan: the week by day, as the weekly overview of the need in the
// handbook (seed 002 § 2.5): hours across, one row per weekday, and in each
// row the need (top), the shifts of every assistant (middle) and the gaps in
// the cover (bottom: red nobody, amber too few). A shift is chosen by a click.
#include <algorithm>

#include <imgui.h>

#include "ui/view_plan.h"

namespace bpa::ui::plan_view {

void by_day_grid(Ui& ui, Date first) {
    App& app = ui.app;
    PlanUi& p = ui.plan;
    const Document& doc = app.session.doc();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec4 text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    const float line = ImGui::GetTextLineHeight();
    const float label_w = ImGui::GetFontSize() * 6.5f;
    const float width = std::max(ImGui::GetContentRegionAvail().x - label_w, 24.0f * 12);
    const float hour_w = width / 24.0f;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float x0 = top.x + label_w;
    const Coverage& cov = app.coverage(first, first + Days{6});

    // Hours across the top.
    const int every = hour_w > ImGui::CalcTextSize("24").x * 1.6f ? 1 : hour_w * 2 > ImGui::CalcTextSize("24").x * 1.6f ? 2 : 3;
    for (int h = 0; h <= 24; h += every) {
        const std::string t = std::to_string(h);
        const float x = x0 + hour_w * h;
        dl->AddText(ImVec2(x - ImGui::CalcTextSize(t.c_str()).x / 2, top.y), col(text, 0.7f), t.c_str());
    }
    float y = top.y + line * 1.3f;

    const ImVec2 mouse = ImGui::GetIO().MousePos;
    for (int i = 0; i < 7; ++i) {
        const Date d = first + Days{i};
        const int64_t day_wall = LocalDateTime{d, 0}.wall_minutes();
        auto x_of = [&](int64_t wall) { return x0 + std::clamp(float(wall - day_wall), 0.0f, 1440.0f) * hour_w / 60.0f; };
        // The day's shifts, stacked in lanes so that two at once are both seen.
        std::vector<const Shift*> shifts = app.shift_index().overlapping(day_wall, day_wall + 1440);  // by start
        std::vector<int64_t> lane_end;
        std::vector<int> lane(shifts.size(), 0);
        for (size_t k = 0; k < shifts.size(); ++k) {
            size_t l = 0;
            while (l < lane_end.size() && lane_end[l] > shifts[k]->start.wall_minutes()) ++l;
            if (l == lane_end.size()) lane_end.push_back(0);
            lane_end[l] = shifts[k]->end.wall_minutes();
            lane[k] = int(l);
        }
        const int lanes = std::max<int>(1, int(lane_end.size()));
        const float need_h = line * 0.6f, lane_h = line * 1.25f, gap_h = line * 0.45f;
        const float row_h = need_h + lane_h * lanes + gap_h + 6;

        if (i % 2) dl->AddRectFilled(ImVec2(top.x, y), ImVec2(x0 + width, y + row_h), col(ImVec4(0.5f, 0.5f, 0.5f, 1), 0.07f));
        const bool holiday = is_public_holiday(doc.arrangement.jurisdiction, d);
        dl->AddText(ImVec2(top.x + 2, y + 2), col(holiday || d.weekday() == Weekday::Sunday ? error_red : text),
                    day_label(ui, d, true).c_str());
        for (int h = 0; h <= 24; h += 6)
            dl->AddLine(ImVec2(x0 + hour_w * h, y), ImVec2(x0 + hour_w * h, y + row_h), col(text, 0.15f));

        // Need.
        for (const auto& b : app.plan().need) {
            for (int back = -1; back <= 0; ++back) {  // a block from the evening before runs into this day
                const Date bd = d + Days{back};
                if (b.weekday != bd.weekday()) continue;
                const int64_t from = LocalDateTime{bd, 0}.wall_minutes() + b.from.minutes();
                const int64_t to = from + wall_length(b.from, b.to).count;
                if (to <= day_wall || from >= day_wall + 1440) continue;
                dl->AddRectFilled(ImVec2(x_of(from), y + 2), ImVec2(x_of(to), y + need_h),
                                  col(ImGui::GetStyleColorVec4(ImGuiCol_CheckMark), b.assistants >= 2 ? 0.6f : 0.3f));
            }
        }
        // Shifts.
        for (size_t k = 0; k < shifts.size(); ++k) {
            const Shift& s = *shifts[k];
            const float sy = y + need_h + 2 + lane_h * lane[k];
            const ImVec2 a(x_of(s.start.wall_minutes()), sy), b(std::max(x_of(s.end.wall_minutes()), x_of(s.start.wall_minutes()) + 2), sy + lane_h - 2);
            const ImVec4 c = palette[colour_index(doc, s.assistant)];
            dl->AddRectFilled(a, b, col(c));
            if (s.id == p.selected_shift) dl->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), col(text), 0.0f, 0, 2.0f);
            const Assistant* who = doc.find_assistant(s.assistant);
            std::string label = (who ? who->name : s.assistant) + " " + s.start.time().str() + "–" + end_time(s).str();
            if (ImGui::CalcTextSize(label.c_str()).x + 6 > b.x - a.x) label = who ? who->name.substr(0, who->name.find(' ')) : s.assistant;
            if (ImGui::CalcTextSize(label.c_str()).x + 6 <= b.x - a.x)
                dl->AddText(ImVec2(a.x + 3, a.y + (b.y - a.y - line) / 2), col(text_on(c)), label.c_str());
            const bool over = mouse.x >= a.x && mouse.x <= b.x && mouse.y >= a.y && mouse.y <= b.y && ImGui::IsWindowHovered();
            if (over && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) p.selected_shift = s.id;
            if (ui.marking) ui.marks["byday.shift." + s.id + "." + std::to_string(i)] = ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
        }
        // Gaps in the cover.
        const float gy = y + need_h + 2 + lane_h * lanes;
        for (const auto& cd : cov.days)
            for (const auto& gap : cd.gaps) {
                if (gap.to.wall_minutes() <= day_wall || gap.from.wall_minutes() >= day_wall + 1440) continue;
                dl->AddRectFilled(ImVec2(x_of(gap.from.wall_minutes()), gy), ImVec2(x_of(gap.to.wall_minutes()), gy + gap_h),
                                  col(gap.present == 0 ? error_red : warn_amber));
            }
        if (ui.marking) ui.marks["byday.day." + std::to_string(i)] = ImVec4(top.x, y, label_w + width, row_h);
        y += row_h;
        dl->AddLine(ImVec2(top.x, y), ImVec2(x0 + width, y), col(text, 0.25f));
    }
    ImGui::Dummy(ImVec2(label_w + width, y - top.y));
    mark(ui, "plan.byday");
}

}  // namespace bpa::ui::plan_view
