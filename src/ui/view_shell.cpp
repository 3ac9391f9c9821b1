// The frame around the screens.
//
// [SECTION] Start and state
// [SECTION] Shortcuts
// [SECTION] Top bar
// [SECTION] Navigation
// [SECTION] Notices and dialogs
// [SECTION] Frame
#include <algorithm>

#include <SDL_scancode.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include "platform/platform.h"
#include "ui/a11y.h"
#include "ui/views.h"

namespace bpa::ui {

// [SECTION] Start and state ---------------------------------------------------
void start(Ui& ui) {
    // First visit: speak the browser's language when it is one of ours.
    if (!ui.app.storage_error().empty() || ui.app.library.empty()) {
        std::string pref = platform::preferred_language();
        if (!pref.empty() && ui.app.settings.open_id.empty()) {
            std::string l = pref.substr(0, 2);
            if (l == "da") ui.app.settings.language = Language::Da;
            else if (l == "en") ui.app.settings.language = Language::En;
            ui.app.sync_i18n();
        }
    }
}

std::string state_text(Ui& ui) {
    nlohmann::json j;
    j["screen"] = ui.tr(screen_key(ui.screen));
    j["open_id"] = ui.app.open_id();
    j["revision"] = ui.app.session.revision();
    j["dirty"] = ui.app.dirty();
    j["language"] = to_string(ui.app.settings.language);
    j["library"] = nlohmann::json::array();
    for (auto& e : ui.app.library) j["library"].push_back({{"id", e.id}, {"name", e.name}});
    j["pending_import"] = ui.app.pending_import.has_value();
    j["import_problems"] = nlohmann::json::array();
    for (auto& p : ui.app.import_problems) j["import_problems"].push_back(ui.app.i18n.describe(p));
    j["storage_error"] = ui.app.storage_error();
    j["save_failed"] = ui.app.save_failed();
    j["conflict"] = ui.app.conflict();
    j["violations"] = nlohmann::json::array();
    if (ui.app.has_open())
        for (const auto& v : ui.app.violations())
            j["violations"].push_back({{"rule", v.rule}, {"severity", to_string(v.severity)}, {"assistant", v.assistant},
                                       {"shifts", v.shifts}});
    j["selected_shift"] = ui.plan.selected_shift;
    j["projector"] = ui.app.settings.projector;
    j["teach_step"] = ui.teach_step;
    j["plan_first_day"] = ui.plan.first_day ? ui.plan.first_day->str() : std::string();
    j["focused"] = focused_mark(ui);
    j["notices"] = nlohmann::json::array();
    for (auto& n : ui.app.notices) j["notices"].push_back(n.text);
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// [SECTION] Shortcuts ---------------------------------------------------------
static void shortcuts(Ui& ui) {
    ImGuiIO& io = ImGui::GetIO();
#ifndef NDEBUG
    // Development builds: Ctrl+Shift+F12 shows Dear ImGui's demo, the widget reference.
    if (io.KeyCtrl && io.KeyShift && ImGui::IsKeyPressed(SDL_SCANCODE_F12, false)) ui.show_demo = !ui.show_demo;
#endif
    // F8: projector mode on or off, from any screen.
    if (!io.WantTextInput && ImGui::IsKeyPressed(SDL_SCANCODE_F8, false)) ui.app.set_projector(!ui.app.settings.projector);
    if (io.WantTextInput || !ui.app.has_open() || ui.app.conflict()) return;  // text fields have their own undo
    bool ctrl = io.KeyCtrl || io.KeySuper;
    if (!ctrl) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false)) {
        if (io.KeyShift) ui.app.session.redo(); else ui.app.session.undo();
    } else if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false)) {
        ui.app.session.redo();
    }
}

// [SECTION] Top bar -----------------------------------------------------------
void export_backup(Ui& ui) {
    ui.app.flush();
    platform::download(ui.app.export_file_name(ui.today), "application/json", ui.app.export_text());
    ui.app.mark_exported(ui.today);
    ui.app.notify(Notice::Kind::Info, [file = ui.app.export_file_name(ui.today)](const I18n& t) {
        return t.fmt("notice.exported", {{"file", file}});
    }, ui.now);
}

void backup_line(Ui& ui, const char* id) {
    const auto days = ui.app.days_since_export(ui.today);
    const std::string text = !days        ? std::string(ui.tr("backup.never"))
                             : *days == 0 ? std::string(ui.tr("backup.today"))
                             : *days == 1 ? std::string(ui.tr("backup.one_day"))
                                          : ui.fmt("backup.days", {{"n", std::to_string(*days)}});
    if (ui.app.backup_due(ui.today)) error_text(text.c_str());
    else show_wrapped("%s", text.c_str());
    mark(ui, std::string(id) + ".text", days ? std::to_string(*days) : "never");
    if (big_button(ui, ui.tr("backup.export_now"), id)) export_backup(ui);
}

static void export_now(Ui& ui) { export_backup(ui); }

constexpr size_t min_passphrase = 8;

void export_encrypted(Ui& ui) {
    if (big_button(ui, ui.tr("crypto.export"), "crypto.export")) {
        ui.passphrase.clear();
        ui.passphrase_again.clear();
        ImGui::OpenPopup("###crypto.export_ask");
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (!ImGui::BeginPopupModal(label_id(ui.tr("crypto.export_title"), "crypto.export_ask").c_str(), nullptr,
                                ImGuiWindowFlags_AlwaysAutoResize))
        return;
    show_wrapped("%s", ui.tr("crypto.export_help"));
    ImGui::Spacing();
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    passphrase_input(ui, ui.fmt("crypto.passphrase", {{"n", std::to_string(min_passphrase)}}).c_str(), "crypto.passphrase",
                     ui.passphrase);
    passphrase_input(ui, ui.tr("crypto.passphrase_again"), "crypto.passphrase_again", ui.passphrase_again);
    // Counted in characters, not bytes.
    const size_t chars = static_cast<size_t>(std::count_if(ui.passphrase.begin(), ui.passphrase.end(),
                                                           [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    const bool short_one = chars < min_passphrase, differ = ui.passphrase != ui.passphrase_again;
    if (!ui.passphrase.empty() && short_one) error_text(ui.tr("crypto.too_short"));
    else if (!ui.passphrase_again.empty() && differ) error_text(ui.tr("crypto.mismatch"));
    mark(ui, "crypto.check", short_one ? "short" : differ ? "differ" : "ok");
    ImGui::Spacing();
    ImGui::BeginDisabled(short_one || differ);
    if (big_button(ui, ui.tr("crypto.export_button"), "crypto.export_go")) {
        ui.app.flush();
        platform::download_encrypted(ui.app.export_file_name(ui.today, ui.tr("crypto.file_suffix")), ui.app.export_text(),
                                     ui.passphrase);
        ui.passphrase.clear();
        ui.passphrase_again.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (big_button(ui, ui.tr("common.cancel"), "crypto.export_cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ui.passphrase.clear();
        ui.passphrase_again.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// What became of an encrypted export or of opening an encrypted file.
void crypto_outcome(Ui& ui, const platform::CryptoOutcome& o) {
    using K = platform::CryptoOutcome::Kind;
    App& app = ui.app;
    switch (o.kind) {
    case K::Exported:
        app.mark_exported(ui.today);
        app.notify(Notice::Kind::Info, table_fmt("crypto.exported", {{"file", o.file_name}}), ui.now);
        break;
    case K::Decrypted: app.decrypted(o.file_name, o.text, ui.now); break;
    case K::WrongPassphrase: app.decrypt_failed(ui.tr("crypto.wrong")); break;
    case K::Broken:
        app.decrypt_failed(ui.fmt("crypto.broken", {{"file", o.file_name}, {"reason", o.text}}));
        break;
    case K::Unavailable: {
        std::string why = ui.fmt("crypto.unavailable", {{"reason", o.text}});
        if (app.pending_decrypt) app.decrypt_failed(why);
        else app.notify(Notice::Kind::Error, why, ui.now);
        break;
    }
    }
}

// Another tab or window saved the open arrangement while this one has changes
// that are not stored: nothing is written until the user chooses. The export
// keeps this page's version whichever is chosen.
static void conflict_bar(Ui& ui) {
    App& app = ui.app;
    error_text(ui.tr("conflict.banner"));
    mark(ui, "conflict.banner");
    if (big_button(ui, ui.tr("conflict.take_saved"), "conflict.take_saved")) app.take_saved_version(ui.now);
    same_line_if_fits(button_width(ui.tr("conflict.keep_mine")));
    if (big_button(ui, ui.tr("conflict.keep_mine"), "conflict.keep_mine")) ImGui::OpenPopup("###conflict.confirm");
    same_line_if_fits(button_width(ui.tr("storage.export_now")));
    if (big_button(ui, ui.tr("storage.export_now"), "conflict.export")) export_now(ui);
    muted_text(ui.tr("conflict.take_saved_help"));

    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("conflict.confirm_title"), "conflict.confirm").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        show_wrapped("%s", ui.tr("conflict.confirm_text"));
        ImGui::Spacing();
        // The safe choice first: it has the keyboard focus.
        if (big_button(ui, ui.tr("common.cancel"), "conflict.cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            ImGui::CloseCurrentPopup();
        if (danger_button(ui, ui.tr("conflict.overwrite"), "conflict.overwrite")) {
            app.keep_mine(ui.now);
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

static void top_bar(Ui& ui) {
    App& app = ui.app;
    float em = ImGui::GetFontSize();
    show_text(ui.tr("app.title"));
    ImGui::SameLine(0, em * 1.5f);

    // Arrangement switcher
    std::string current = app.has_open() ? app.session.doc().arrangement.name : ui.tr("top.none_open");
    show_text(ui.tr("top.arrangement"));
    // As wide as the name (within reason), so that it is not cut off at large text.
    const float combo_w = std::clamp(ImGui::CalcTextSize(current.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 +
                                         ImGui::GetFrameHeight(),
                                     em * 10, std::max(em * 10, ImGui::GetContentRegionAvail().x));
    same_line_if_fits(combo_w);
    ImGui::SetNextItemWidth(combo_w);
    if (begin_combo("###top.arrangement", current.c_str())) {
        // The one chosen opens after the list is drawn: opening saves the open
        // arrangement first, which may read the stored list anew.
        std::optional<std::string> chosen;
        for (const auto& e : app.library) {
            bool sel = e.id == app.open_id();
            std::string label = e.name + "  (" + e.jurisdiction + ")###lib-" + e.id;
            if (selectable(label.c_str(), sel)) chosen = e.id;
            mark(ui, "library." + e.id);
        }
        if (chosen) app.open(*chosen, ui.now);
        ImGui::Separator();
        if (selectable(label_id(ui.tr("top.new_or_example"), "top.new").c_str())) {
            app.close(ui.now);
            ui.screen = Screen::Overview;
        }
        mark(ui, "top.new");
        ImGui::EndCombo();
    }
    mark(ui, "top.arrangement");

    auto button = [&](const char* key, const char* id, bool enabled, const std::string& tip) {
        std::string label = label_id(ui.tr(key), id);
        same_line_if_fits(button_width(label.c_str()));
        ImGui::BeginDisabled(!enabled);
        bool pressed = ui::button(label.c_str());
        if (!tip.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip.c_str());
        mark(ui, id);
        ImGui::EndDisabled();
        return pressed;
    };
    if (app.has_open()) {
        if (button("top.undo", "top.undo", app.session.can_undo() && !app.conflict(),
                   std::string(ui.tr("top.undo_tip")) + " " + app.session.undo_label()))
            app.session.undo();
        if (button("top.redo", "top.redo", app.session.can_redo() && !app.conflict(),
                   std::string(ui.tr("top.redo_tip")) + " " + app.session.redo_label()))
            app.session.redo();
        if (button("top.export", "top.export", true, "")) export_now(ui);
    }
    if (button("top.import", "top.import", true, "")) platform::open_file_picker();

    // Language, right-aligned when there is room.
    float w = em * 9;
    float last_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetStyle().ItemSpacing.x;
    float right = ImGui::GetWindowContentRegionMax().x - w;
    if (right >= last_end) ImGui::SameLine(right);
    language_combo(ui, "top.language", w);

    // Save state: while saving fails, the export that keeps the work is one click away.
    std::string err = app.storage_error().empty() ? std::string() : storage_reason(app.i18n, app.storage_error());
    if (app.has_open() && app.conflict()) {
        conflict_bar(ui);
    } else if (app.has_open() && (app.save_failed() || !err.empty())) {
        if (err.empty()) err = ui.tr("storage.write_failed");
        error_text(ui.fmt("storage.failed", {{"reason", err}}).c_str());
        if (ui::button(label_id(ui.tr("storage.export_now"), "storage.export").c_str())) export_now(ui);
        mark(ui, "storage.export");
    } else if (!err.empty()) {
        error_text(ui.fmt("storage.failed", {{"reason", err}}).c_str());
    }
}

// [SECTION] Navigation --------------------------------------------------------
static void navigation(Ui& ui) {
    float w = ImGui::GetContentRegionAvail().x;
    for (int i = 0; i < static_cast<int>(Screen::Count); ++i) {
        Screen s = static_cast<Screen>(i);
        bool sel = ui.screen == s;
        std::string id = std::string("nav.") + std::to_string(i);
        // A name wider than the panel goes on two lines (at large text).
        std::string name = ui.tr(screen_key(s));
        const float inner = w - ImGui::GetStyle().FramePadding.x * 2;
        if (ImGui::CalcTextSize(name.c_str()).x > inner)
            if (size_t space = name.rfind(' '); space != std::string::npos) name[space] = '\n';
        const float h = std::max(ImGui::GetFrameHeight() * 1.2f, ImGui::CalcTextSize(name.c_str()).y + ImGui::GetStyle().FramePadding.y * 2);
        if (selectable(label_id(name.c_str(), id.c_str()).c_str(), sel, 0, ImVec2(w, h)))
            ui.screen = s;
        mark(ui, screen_key(s));
    }
    ImGui::Spacing();
    ImGui::Separator();
    App& app = ui.app;
    if (app.has_open()) {
        const auto& e = std::find_if(app.library.begin(), app.library.end(), [&](auto& x) { return x.id == app.open_id(); });
        // Saved or not: said in the live region when it changes (not while a save is pending).
        static std::string said;
        std::string status;
        if (!app.storage_error().empty() || ((app.save_failed() || app.conflict()) && app.dirty())) {
            status = ui.tr("save.not_saved");
            error_text(status.c_str());
        } else if (app.dirty()) {
            muted_text(ui.tr("save.pending"));
        } else if (e != app.library.end()) {
            status = ui.fmt("save.saved_at", {{"time", e->saved_at.size() >= 16 ? e->saved_at.substr(11, 5) : e->saved_at}});
            muted_text(status.c_str());
        }
        if (!status.empty() && status != said) {
            if (!said.empty()) a11y::announce(status);
            said = status;
        }
        // A change that breaks a rule is said at once, with how many are broken now.
        static uint64_t seen_revision = 0;
        static std::string seen_id;
        static size_t errors_before = 0;
        if (app.session.revision() != seen_revision || app.open_id() != seen_id) {
            size_t errors = 0;
            for (const Violation& v : app.violations())
                if (v.severity == Severity::Error) ++errors;
            if (app.open_id() == seen_id && errors > errors_before)
                a11y::announce(ui.fmt("a11y.new_violations", {{"n", std::to_string(errors - errors_before)},
                                                               {"total", std::to_string(errors)}}));
            seen_revision = app.session.revision();
            seen_id = app.open_id();
            errors_before = errors;
        }
    }
}

// [SECTION] Notices and dialogs -----------------------------------------------
double seconds_until_change(const Ui& ui) {
    double next = -1;
    for (const auto& n : ui.app.notices) {
        double left = n.shown_at + visible_for(n) - ui.now;
        if (left > 0 && (next < 0 || left < next)) next = left;
    }
    return next;
}

static void notices(Ui& ui) {
    auto& list = ui.app.notices;
    std::vector<const Notice*> shown;
    for (auto& n : list)
        if (ui.now - n.shown_at < visible_for(n)) shown.push_back(&n);
    if (shown.empty()) return;
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - 16, vp->WorkPos.y + vp->WorkSize.y - 16),
                            ImGuiCond_Always, ImVec2(1, 1));
    // Clicks and touches go through to what lies under it: a notice never blocks
    // a control. With the pointer over it, it all but fades, so that what lies
    // under it can be read too.
    static ImVec2 last_min, last_max;  // where it was drawn last
    const ImVec2 m = ImGui::GetIO().MousePos;
    const bool pointed_at = !ui.touch && m.x >= last_min.x && m.y >= last_min.y && m.x < last_max.x && m.y < last_max.y;
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, pointed_at ? 0.15f : 1.0f);
    ImGui::SetNextWindowBgAlpha(0.95f);
    ImGui::Begin("###notices", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
    last_min = ImGui::GetWindowPos();
    last_max = ImVec2(last_min.x + ImGui::GetWindowWidth(), last_min.y + ImGui::GetWindowHeight());
    if (ui.marking) ui.marks["notices"] = ImVec4(last_min.x, last_min.y, last_max.x - last_min.x, last_max.y - last_min.y);
    // Each notice is said once in the page's live region.
    static double said_up_to = -1;
    for (auto* n : shown)
        if (n->shown_at > said_up_to) a11y::announce(n->text);
    for (auto* n : shown) said_up_to = std::max(said_up_to, n->shown_at);
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    for (auto* n : shown) {
        if (n->kind == Notice::Kind::Error) error_text(n->text.c_str());
        else show_wrapped("%s", n->text.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::PopStyleVar();
}

static void import_dialogs(Ui& ui) {
    App& app = ui.app;
    if (app.pending_import && !ImGui::IsPopupOpen("###import.ask")) ImGui::OpenPopup("###import.ask");
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("import.title"), "import.ask").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        if (!app.pending_import) {
            ImGui::CloseCurrentPopup();
        } else {
            const Document& d = app.pending_import->doc;
            show_wrapped("%s", ui.fmt("import.question", {{"file", app.pending_import->file_name},
                                                              {"name", d.arrangement.name},
                                                              {"assistants", std::to_string(d.assistants.size())},
                                                              {"shifts", std::to_string(d.shifts.size())}}).c_str());
            ImGui::Spacing();
            // The safe choice first: it has the keyboard focus when the question opens.
            if (big_button(ui, ui.tr("import.add"), "import.add")) {
                app.import_as_new(ui.now);
                ImGui::CloseCurrentPopup();
            }
            if (app.has_open()) {
                ImGui::Separator();
                muted_text(ui.tr("backup.before_replace"));
                backup_line(ui, "import.backup");
                if (big_button(ui, ui.fmt("import.replace", {{"name", app.session.doc().arrangement.name}}).c_str(), "import.replace")) {
                    app.import_replace_open(ui.now);
                    ImGui::CloseCurrentPopup();
                }
            }
            if (big_button(ui, ui.tr("common.cancel"), "import.cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
                app.import_cancel();
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndPopup();
    }

    // An encrypted file: its passphrase first; a wrong one is said here and changes nothing.
    if (app.pending_decrypt && !ImGui::IsPopupOpen("###crypto.import_ask")) {
        ui.passphrase.clear();
        ImGui::OpenPopup("###crypto.import_ask");
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("crypto.import_title"), "crypto.import_ask").c_str(), nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize)) {
        if (!app.pending_decrypt) {
            ImGui::CloseCurrentPopup();
        } else {
            auto& p = *app.pending_decrypt;
            show_wrapped("%s", ui.fmt("crypto.import_text", {{"file", p.file_name}}).c_str());
            if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
            passphrase_input(ui, ui.tr("crypto.passphrase_label"), "crypto.import_passphrase", ui.passphrase);
            if (!p.error.empty()) error_text(p.error.c_str());
            mark(ui, "crypto.import_error", p.error);
            if (p.working) muted_text(ui.tr("crypto.working"));
            ImGui::BeginDisabled(p.working || ui.passphrase.empty());
            if (big_button(ui, ui.tr("crypto.open"), "crypto.import_open")) {
                p.working = true;
                p.error.clear();
                platform::decrypt(p.file_name, p.bytes, ui.passphrase);
                ui.passphrase.clear();
            }
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (big_button(ui, ui.tr("common.cancel"), "crypto.import_cancel") ||
                ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
                app.import_cancel();
                ui.passphrase.clear();
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndPopup();
    }

    static size_t shown_problems_for = 0;  // one dialog per refused file
    if (!app.import_problems.empty() && shown_problems_for == 0) {
        ImGui::OpenPopup("###import.problems");
        shown_problems_for = 1;
    }
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(vp->WorkSize.x * 0.9f, ImGui::GetFontSize() * 48), 0));
    if (ImGui::BeginPopupModal(label_id(ui.tr("import.refused_title"), "import.problems").c_str(), nullptr)) {
        show_wrapped("%s", ui.fmt("import.refused_text", {{"file", app.import_problem_file},
                                                              {"count", std::to_string(app.import_problems.size())}}).c_str());
        ImGui::Spacing();
        float list_h = std::min(ImGui::GetTextLineHeightWithSpacing() * (app.import_problems.size() + 1),
                                vp->WorkSize.y * 0.5f);
        ImGui::BeginChild("problems", ImVec2(0, list_h), true);
        for (const auto& p : app.import_problems) error_text(app.i18n.describe(p).c_str());
        ImGui::EndChild();
        mark(ui, "import.problem_list");
        if (big_button(ui, ui.tr("common.close"), "import.problems_close") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            app.import_problems.clear();
            shown_problems_for = 0;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    } else if (app.import_problems.empty()) {
        shown_problems_for = 0;
    }
}

// [SECTION] Frame -------------------------------------------------------------
void draw_app(Ui& ui) {
    shortcuts(ui);
    ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    // No background of its own: the frame is cleared to the window colour
    // (canvas.cpp), and a full-screen fill costs as much again on a slow GPU.
    ImGui::Begin("###main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground);
    // Projector mode: its own bar instead, unless the top bar has a storage problem to say.
    const bool projector = ui.app.settings.projector;
    if (!projector || ui.app.conflict() || ui.app.save_failed() || !ui.app.storage_error().empty()) {
        top_bar(ui);
        ImGui::Separator();
    }

    if (projector) {  // the navigation folds into the projector's bar
        projector_bar(ui);
        ImGui::Separator();
    } else {
        float nav_w = ImGui::GetFontSize() * 11.5f;
        // Flattened: the arrow keys move between the navigation and the screen as one page.
        ImGui::BeginChild("###nav", ImVec2(nav_w, 0), true, ImGuiWindowFlags_NavFlattened);
        navigation(ui);
        ImGui::EndChild();
        ImGui::SameLine();
    }
    ImGui::BeginChild("###content", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    if (!ui.app.has_open() && ui.screen != Screen::Settings) {
        view_start(ui);
    } else {
        switch (ui.screen) {
            case Screen::Overview: view_overview(ui); break;
            case Screen::Assistants: view_assistants(ui); break;
            case Screen::Settings: view_settings(ui); break;
            case Screen::Plan: view_plan(ui); break;
            case Screen::Hours: view_hours(ui); break;
            case Screen::Absence: view_absence(ui); break;
            case Screen::Year: view_year(ui); break;
            case Screen::People: view_people(ui); break;
            default: break;
        }
    }
    ImGui::EndChild();
    ImGui::End();

    if (ui.app.has_open()) plan_windows(ui);
    import_dialogs(ui);
    notices(ui);
#ifndef NDEBUG
    if (ui.show_demo) ImGui::ShowDemoWindow(&ui.show_demo);
#endif
}

}  // namespace bpa::ui
