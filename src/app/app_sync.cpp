// The application's side of storage: each frame's tick takes in what storage and
// the other pages did (a write's outcome, a version saved elsewhere, a conflict,
// settings) and writes what is due (app_state.h, App::tick).
#include "app/app_state.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/wording.h"

namespace bpa {

bool App::tick(double now) {
    auto shown = [this] {
        return std::make_tuple(session.revision(), saved_revision_, notices.size(),
                               notices.empty() ? 0.0 : notices.back().shown_at, conflict_, failed_writes_,
                               storage_.error(), library.size(), open_id_, writing_.has_value());
    };
    const auto before = shown();
    tick_once(now);
    return shown() != before;
}

void App::tick_once(double now) {
    now_ = now;
    // The frame is drawn: nothing refers to replaced documents or results any more.
    session.release_retired();
    retired_derived_.clear();
    retired_ = {};
    poll_write(now);
    // Another page changed the settings (the language, the text size, an export day): take them.
    if (storage_.settings_changed_elsewhere())
        if (auto s = storage_.load_setting("settings")) {
            settings = Settings::from_text(*s);
            sync_i18n();
            settings_changed_ = true;
        }
    bool listed = false;
    for (const std::string& id : storage_.changed_elsewhere()) {
        if (id == open_id_) check_elsewhere_ = true;
        else storage_.take_stored(id);  // nothing of it is held here
        listed = true;
    }
    if (listed) refresh_library();
    if (!has_open()) return;
    if (check_elsewhere_ && !writing_) follow_elsewhere(now);
    if (session.revision() != seen_revision_) {
        seen_revision_ = session.revision();
        changed_at_ = now;
        retry_at_ = 0;  // a change is written without waiting out the back-off
        sync_i18n();
    }
    if (conflict_) return;
    if (dirty() && !writing_current() && now - changed_at_ >= save_delay && now >= retry_at_) write();
}

void App::follow_elsewhere(double now) {
    check_elsewhere_ = false;
    if (!storage_.newer_elsewhere(open_id_)) return;
    if (dirty()) {
        if (!conflict_) notify(Notice::Kind::Error, table_text("conflict.notice"), now);
        conflict_ = true;
        return;
    }
    if (take_saved_version(now)) notify(Notice::Kind::Info, table_text("conflict.updated"), now);
}

bool App::take_saved_version(double now) {
    if (!has_open()) return false;
    storage_.take_stored(open_id_);
    auto text = storage_.load(open_id_);
    if (!text) {  // deleted elsewhere: this page's version is written again
        conflict_ = false;
        return false;
    }
    auto doc = read_stored(open_id_, *text, now);
    if (!doc) return false;
    end_proposal();
    session.replace(std::move(*doc), true, i18n.tr("undo.saved_elsewhere"));
    saved_revision_ = seen_revision_ = session.revision();
    conflict_ = false;
    failed_writes_ = 0;
    retry_at_ = 0;
    refresh_library();
    sync_i18n();
    return true;
}

void App::keep_mine(double now) {
    if (!has_open() || !conflict_) return;
    storage_.take_stored(open_id_);
    std::erase(rotated_, open_id_);  // the version saved elsewhere becomes the previous one
    conflict_ = false;
    retry_at_ = 0;
    changed_at_ = now - save_delay;
    if (!writing_current()) write();
}

double App::next_save_in(double now) const {
    if (!dirty() || writing_current() || conflict_) return -1;  // in a conflict nothing is written until the user chooses
    return std::max(0.0, std::max(changed_at_ + save_delay, retry_at_) - now);
}

void App::flush() {
    if (!dirty() || writing_current() || conflict_) return;
    write();
}

void App::write() {
    const Document& d = session.doc();
    StoredArrangement info{open_id_, d.arrangement.name, to_string(d.arrangement.jurisdiction), now_text_(), false};
    bool keep_previous = std::find(rotated_.begin(), rotated_.end(), open_id_) == rotated_.end();
    writing_ = Write{storage_.save(info, write_document(d), keep_previous), session.revision(), open_id_};
    if (keep_previous) rotated_.push_back(open_id_);
    // Keep the list in step; re-read storage only when more than the name and time changed.
    auto it = std::find_if(library.begin(), library.end(), [&](auto& e) { return e.id == open_id_; });
    if (it != library.end() && !keep_previous) {
        info.has_previous = it->has_previous;
        *it = info;
    } else {
        refresh_library();
    }
    poll_write(now_);  // natively the outcome is known at once
}

void App::poll_write(double now) {
    if (!writing_) return;
    const SaveState s = storage_.save_state(writing_->ticket);
    if (s == SaveState::Pending) return;
    if (writing_->id == open_id_) {
        if (s == SaveState::Conflict) {
            check_elsewhere_ = true;  // settled in tick(): the newer version is known now
        } else if (s == SaveState::Saved) {
            saved_revision_ = writing_->revision;
            failed_writes_ = 0;
            retry_at_ = 0;
        } else {
            ++failed_writes_;
            retry_at_ = now + std::min(max_retry_delay, std::ldexp(1.0, std::min(failed_writes_ - 1, 8)));
        }
    }
    writing_.reset();
}

}  // namespace bpa
