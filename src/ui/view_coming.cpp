// Screens whose content comes with later work: each says what it will hold, so
// that a user (or a course) sees the whole tool's shape. No invented data.
#include <imgui.h>

#include "ui/views.h"

namespace bpa::ui {

void view_coming(Ui& ui, Screen s) {
    heading(ui.tr(screen_key(s)));
    std::string key = std::string(screen_key(s)) + "_coming";
    ImGui::TextWrapped("%s", ui.tr(key));
    ImGui::Spacing();
    muted_text(ui.tr("coming.note"));
}

}  // namespace bpa::ui
