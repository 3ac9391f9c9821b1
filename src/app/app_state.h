// The application: the library of stored arrangements, the open one with its
// undo history, settings, autosave, import and export. No ImGui, no platform
// code: storage and assets come in through interfaces, time as parameters.
//
// [SECTION] Settings
// [SECTION] Notices
// [SECTION] App
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/i18n.h"
#include "app/session.h"
#include "app/storage.h"
#include "core/commands.h"
#include "core/people.h"
#include "core/summary.h"
#include "core/commands_year.h"
#include "core/hours.h"
#include "core/json_io.h"
#include "core/leave.h"
#include "core/plan.h"
#include "core/propose.h"
#include "core/rules/rules.h"
#include "core/shift_index.h"

namespace bpa {

// [SECTION] Settings ----------------------------------------------------------
struct Settings {
    Language language = Language::Nb;
    float text_scale = 1.0f;       // 1.0..2.0 (100-200 %)
    bool high_contrast = false;
    std::string open_id;           // the arrangement open when the page was left
    std::string imgui_ini;         // window layout
    std::map<std::string, std::string> exported;  // arrangement id -> the day of its last export, "YYYY-MM-DD"
    int backup_reminder_days = 14;  // remind to export after this many days; 0 = never
    // Projector mode: large text, high contrast, the navigation folded, the
    // example's teaching situations one step at a time. The user's own text
    // size and contrast are kept and come back when it is switched off.
    bool projector = false;
    std::set<std::string> first_steps_dismissed;  // arrangement ids whose first-steps guide was put away

    static constexpr float projector_text_scale = 1.5f;
    float shown_text_scale() const { return projector ? std::max(text_scale, projector_text_scale) : text_scale; }
    bool shown_high_contrast() const { return high_contrast || projector; }

    static constexpr float min_text_scale = 1.0f;
    static constexpr float max_text_scale = 2.0f;
    std::string to_text() const;
    static Settings from_text(const std::string& text);  // tolerant: bad values keep defaults
};

// [SECTION] Notices -----------------------------------------------------------
// Makes a notice's text from the translation tables: in the language shown,
// and again when the language or the arrangement's country changes.
using Wording = std::function<std::string(const I18n&)>;
// The text of one key of the tables.
inline Wording table_text(std::string key) {
    return [key = std::move(key)](const I18n& t) { return std::string(t.tr(key)); };
}
// One key of the tables with its placeholders filled from `args`, kept by value.
Wording table_fmt(std::string key, std::vector<std::pair<std::string, std::string>> args);
// "Not saved: " and why, the reason one key of the tables.
inline Wording not_saved(std::string reason_key) {
    return [key = std::move(reason_key)](const I18n& t) { return t.fmt("form.not_saved", {{"problem", t.tr(key)}}); };
}

struct Notice {
    enum class Kind { Info, Error } kind = Kind::Info;
    std::string text;
    double shown_at = 0;  // seconds, the app's clock
    Wording wording;      // empty: a text from no table, kept as it is
};
// How long a notice stays on screen, in seconds: long enough to read it slowly
// (4 s and 0.4 s a word, at least 6 s, at most 30 s), half as long again for an
// error, which says what was not done and why.
double visible_for(const Notice& n);
// Why the browser's storage failed, in the reader's words: the storage's own
// message (in English, from the browser) when it is none of the known ones.
std::string storage_reason(const I18n& i18n, const std::string& error);

// [SECTION] App ---------------------------------------------------------------
// An example arrangement: laid out around the day it is loaded (core/example_year.h).
struct ExampleInfo {
    Jurisdiction jurisdiction;
    std::string label_key;
};
const std::vector<ExampleInfo>& examples();

class App {
public:
    using AssetReader = std::function<std::optional<std::string>(const std::string& path)>;
    using NowText = std::function<std::string()>;  // local "YYYY-MM-DDTHH:MM"

    App(Storage& storage, AssetReader read_asset, NowText now_text);

    // Loads settings and translation tables, lists stored arrangements and
    // reopens the last one. Returns false with a notice if assets are missing.
    bool start(double now) {
        bool ok = start_first(now);
        return load_translations(now) && ok;
    }
    // The part of start() the first frame needs: settings, the chosen
    // language's table (other tables are read when first used), the stored
    // arrangements and the last one reopened.
    bool start_first(double now);
    // Reads every translation table not read yet; false, with one notice, if
    // any is missing or broken.
    bool load_translations(double now);

    I18n i18n;
    Settings settings;
    Session session;
    std::vector<StoredArrangement> library;
    std::vector<Notice> notices;

    bool has_open() const { return !open_id_.empty(); }
    const std::string& open_id() const { return open_id_; }

    // Library
    void new_arrangement(const std::string& name, Jurisdiction j, double now);
    bool open(const std::string& id, double now);
    void close(double now);
    void remove(const std::string& id, double now);
    // Opens a new copy of the example, its year laid out around today.
    bool load_example(const ExampleInfo& e, double now);
    // Restores the previous saved version of the open arrangement (undoable).
    bool restore_previous(double now);

    // Import: first validate, then ask. A bad file leaves everything unchanged.
    struct PendingImport {
        std::string file_name;
        Document doc;
    };
    std::optional<PendingImport> pending_import;
    std::vector<Problem> import_problems;  // of the last refused file
    std::string import_problem_file;
    bool import_text(const std::string& file_name, std::string_view text, double now);
    // An encrypted export waits here for its passphrase (the platform
    // decrypts); nothing changes until its text has been read like any file.
    struct PendingDecrypt {
        std::string file_name;
        std::string bytes;
        bool working = false;  // decrypting now
        std::string error;     // why the last try failed (a wrong passphrase), shown in the question
    };
    std::optional<PendingDecrypt> pending_decrypt;
    void decrypted(const std::string& file_name, std::string_view text, double now);
    void decrypt_failed(std::string why);
    void import_replace_open(double now);
    void import_as_new(double now);
    void import_cancel();

    // Export
    // "<name>-<date>.json", or "<name>-<date>-<tag>.json" with a tag.
    std::string export_file_name(const std::string& today, const std::string& tag = {}) const;
    std::string export_text() const { return write_document(session.doc()); }
    // `name`, or "name (2)", "name (3)", ... when an arrangement in the library has it.
    std::string unique_name(const std::string& name) const;
    // The open arrangement was exported today (a backup): kept in the settings.
    void mark_exported(const std::string& today);
    // Whole days since the open arrangement was last exported; nullopt: never.
    std::optional<int> days_since_export(const std::string& today) const;
    // A backup reminder is due: never exported, or longer ago than the setting.
    bool backup_due(const std::string& today) const;

    // Settings
    void set_language(Language l);
    void set_text_scale(float s);
    void set_high_contrast(bool on);
    void set_projector(bool on);
    void dismiss_first_steps();  // of the open arrangement
    void save_settings();

    // Autosave: a change is saved at most `save_delay` seconds after it is made.
    // A change counts as saved only when storage confirms the write; a failed
    // write is tried again after 1, 2, 4 … (at most max_retry_delay) seconds,
    // and at once (after save_delay) on the next change.
    static constexpr double save_delay = 0.5;
    static constexpr double max_retry_delay = 30;
    // Takes what storage and the other pages did since the last frame (a write's
    // outcome, a version saved elsewhere, a conflict, settings) and writes what is
    // due. Returns true when that changed anything the screens show: the frame
    // loop then builds another frame instead of resting with the old picture.
    bool tick(double now);
    // True once after a tick took settings another page stored: the page draws
    // again with them (the text size, the language) instead of resting.
    bool take_settings_changed() { return std::exchange(settings_changed_, false); }
    void flush();  // writes now what is not saved yet (unless that write is under way)
    bool dirty() const { return has_open() && session.revision() != saved_revision_; }
    // The last write of the open arrangement failed: its changes are not stored.
    bool save_failed() const { return failed_writes_ > 0; }
    // Changes that would be lost if the page closed now: not stored, and saving fails.
    bool unsaved_at_risk() { return dirty() && (conflict_ || save_failed() || !storage_.error().empty()); }
    // Another tab or window saved this arrangement while this page has changes
    // that are not stored: nothing is written and no command runs (read-only)
    // until the user chooses to take the saved version or to keep this one.
    bool conflict() const { return conflict_; }
    // Replaces the open document by the version saved elsewhere (undoable).
    bool take_saved_version(double now);
    // Keeps this page's document and writes it over the version saved
    // elsewhere, which becomes the previous version (restorable).
    void keep_mine(double now);
    // Seconds until tick() next writes (-1: nothing to write); a write under way wakes the page itself.
    double next_save_in(double now) const;
    std::string storage_error() { return storage_.error(); }

    // Derived results, recomputed from the document when its revision changes.
    const PlanData& plan();
    // The shifts by start: views of some days look up only those days' shifts.
    const ShiftIndex& shift_index();
    const std::vector<Violation>& violations();
    // The worst severity of the violations each shift is part of.
    const std::map<std::string, Severity, std::less<>>& shift_marks();
    // Coverage of the plan's need over from..to.
    const Coverage& coverage(Date from, Date to);
    // The rule parameters in force (the catalog with the arrangement's overrides).
    const RuleParams& params();
    // The shifts that need cover, with the candidates and substitutes for the first `suggested` of them.
    struct OpenShiftCover {
        OpenShift open;
        SubstituteSearch search;                        // every candidate with their reasons; empty beyond `suggested`
        std::vector<SubstituteSuggestion> suggestions;  // those who can take it; empty beyond `suggested`
    };
    const std::vector<OpenShiftCover>& open_shifts(size_t suggested);
    const Timesheet& timesheet(const std::string& assistant, Date from, Date to);
    const HoursAccount& hours_account(int year, Date today);
    const VacationStatus& vacation_status(const std::string& assistant, int year);
    // The page's deadlines of from..to (page kinds included) with what is done
    // and what is overdue on `today`; the overview's agenda on `today`.
    const std::vector<YearDeadline>& deadlines(Date from, Date to, Date today);
    const DeadlineAgenda& deadline_agenda(Date today);
    // Shifts before their assistant's declaration or certificate (people.h), by day; made with the violations.
    const std::vector<PapersMissing>& papers();
    // What needs attention on `today` (summary.h), from the cached violations.
    const Attention& attention(Date today);
    // What laying the rotation out over from..to would do (commands.h).
    const LayOutPreview& lay_out_preview(Date from, Date to);
    // Runs a command as one undoable step; a refusal is shown as a notice
    // naming why, and nothing changes.
    Outcome run(const std::string& label, const Command& command, double now, uint64_t merge_key = 0);

    // "Foreslå plan": a proposed plan searched for a slice per frame, shown
    // over the grid until it is accepted (as one undo step) or discarded.
    struct ProposalRun {
        ProposeOptions options;
        uint64_t revision = 0;              // of the document it belongs to
        std::unique_ptr<Proposer> proposer; // while the search runs
        ProposeProgress progress;
        double score = 0;                   // the best plan's cost so far (lower is better)
        std::optional<Proposal> result;     // when done or cancelled
    };
    void start_proposal(const ProposeOptions& options);
    // Runs the search until `clock()` (seconds) has moved on by `budget`; false once it is done.
    bool step_proposal(const std::function<double()>& clock, double budget);
    void cancel_proposal();                 // keeps the best plan found so far
    void discard_proposal();
    const ProposalRun* proposal() const { return proposal_.get(); }
    bool proposal_running() const { return proposal_ && proposal_->proposer; }
    bool proposal_stale() const { return proposal_ && proposal_->revision != session.revision(); }
    // The proposed shifts starting on from..to (all of them without a period)
    // become planned shifts, as one undo step; they leave the proposal.
    Outcome accept_proposal(std::optional<std::pair<Date, Date>> period, double now);
    // The proposal becomes the rotation template (its weeks from its first Monday), as one undo step.
    Outcome proposal_to_rotation(double now);

    // A notice in the words of the translation tables: `wording` keeps what it
    // needs by value (a notice outlives the frame and the document that made it).
    void notify(Notice::Kind k, Wording wording, double now);
    void notify(Notice::Kind k, std::string text, double now);  // a text from no table
    void sync_i18n();  // the translations' language and country: the open document's, else the language's

private:
    void add_notice(Notice n);  // the newest twenty are kept
    std::string unique_id() const;
    void open_document(std::string id, Document doc, double now);
    void refresh_library();
    void tick_once(double now);

    Storage& storage_;
    AssetReader read_asset_;
    bool translations_missing_ = false;  // a table's file could not be read
    bool translations_noticed_ = false;  // the notice that tables are missing or broken is shown
    NowText now_text_;
    std::string open_id_;
    uint64_t saved_revision_ = 0;  // the revision storage has confirmed
    uint64_t seen_revision_ = 0;
    double changed_at_ = 0;
    struct Write {
        uint64_t ticket = 0;    // storage's, for save_state()
        uint64_t revision = 0;  // of the document written
        std::string id;         // of the arrangement written
    };
    std::optional<Write> writing_;  // the newest write, until its outcome is known
    int failed_writes_ = 0;         // failed writes in a row of the open arrangement
    double retry_at_ = 0;           // no new write before this (back-off after a failure)
    double now_ = 0;                // the latest time tick() saw
    bool writing_current() const {
        return writing_ && writing_->id == open_id_ && writing_->revision == session.revision();
    }
    void write();
    void poll_write(double now);
    // Another page's save of the open arrangement: taken when this page has
    // nothing unsaved, else a conflict for the user to settle.
    void follow_elsewhere(double now);
    // While in a conflict: says the user must choose first, and is true.
    bool refused_in_conflict(double now);
    // A stored arrangement's text read as a document; a broken one is a notice naming `id`.
    std::optional<Document> read_stored(const std::string& id, const std::string& text, double now);
    bool check_elsewhere_ = false;  // the open arrangement may have been saved elsewhere
    bool settings_changed_ = false; // settings stored by another page were taken
    bool conflict_ = false;
    std::vector<std::string> rotated_;  // ids whose previous version was set this session
    std::unique_ptr<ProposalRun> proposal_;

    // Views hold references into the stored list, the session and the proposal
    // while a frame is drawn, and a call in that frame may replace them (opening
    // saves first and may read the list anew; another arrangement replaces the
    // session; accepting or discarding ends the proposal). What is replaced is
    // kept here until tick(), when the frame is drawn, so those references stay valid.
    struct Retired {
        std::vector<std::vector<StoredArrangement>> libraries;
        std::vector<Session> sessions;
        std::vector<std::unique_ptr<ProposalRun>> proposals;
    } retired_;
    void replace_session(Session s);
    void end_proposal();

    // Every derived result lives here, cached by the document's revision (and
    // its own arguments); views keep none. Emptied when the revision changes.
    struct Derived {
        uint64_t revision = 0;
        bool plan_ready = false, check_ready = false;
        PlanData plan;
        std::vector<Violation> violations;
        std::map<std::string, Severity, std::less<>> marks;
        std::map<std::pair<Date, Date>, Coverage> coverage;
        std::optional<std::vector<OpenShiftCover>> open;
        size_t open_suggested = 0;
        std::map<std::tuple<std::string, Date, Date>, Timesheet> timesheets;
        std::map<std::pair<int, Date>, HoursAccount> accounts;
        std::map<std::pair<std::string, int>, VacationStatus> vacations;
        std::optional<RuleParams> params;
        std::optional<ShiftIndex> shifts;
        std::map<std::tuple<Date, Date, Date>, std::vector<YearDeadline>> deadlines;
        std::optional<std::pair<Date, DeadlineAgenda>> agenda;
        std::optional<std::pair<Date, Attention>> attention;
        std::vector<PapersMissing> papers;
        std::map<std::pair<Date, Date>, LayOutPreview> lay_out_previews;
    } derived_;
    Derived& derived();  // fresh for the current revision
    std::vector<Derived> retired_derived_;  // replaced this frame: views may still hold references into them
};

// "Kari Nordmann/Ørsta" -> "Kari-Nordmann-Ørsta": safe as a file name, keeps
// letters; leaves out control, bidi and zero-width characters and bytes that
// are not UTF-8, and keeps at most file_name_max_chars characters.
constexpr size_t file_name_max_chars = 60;
std::string file_name_safe(std::string_view name);

}  // namespace bpa
