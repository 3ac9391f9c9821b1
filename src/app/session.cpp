#include "app/session.h"

namespace bpa {

uint64_t Session::next_revision() {
    static uint64_t counter = 0;  // the app runs on one thread
    return ++counter;
}

void Session::apply(std::string label, const std::function<void(Document&)>& change, uint64_t merge_key) {
    bool merge = merge_key != 0 && merge_key == merge_key_ && !undo_.empty();
    if (!merge) {
        undo_.push_back({std::move(label), doc_});
        if (undo_.size() > max_history) undo_.erase(undo_.begin());
    }
    merge_key_ = merge_key;
    redo_.clear();
    change(doc_);
    revision_ = next_revision();
}

Outcome Session::run(std::string label, const Command& command, uint64_t merge_key) {
    Document work = doc_;
    Outcome o = check_command(doc_, work, command(work));
    if (!o.ok() || work == doc_) return o;
    bool merge = merge_key != 0 && merge_key == merge_key_ && !undo_.empty();
    if (!merge) {
        undo_.push_back({std::move(label), std::move(doc_)});
        if (undo_.size() > max_history) undo_.erase(undo_.begin());
    } else {
        retired_.push_back(std::move(doc_));
    }
    merge_key_ = merge_key;
    for (auto& step : redo_) retired_.push_back(std::move(step.doc));
    redo_.clear();
    doc_ = std::move(work);
    revision_ = next_revision();
    return o;
}

const std::string& Session::undo_label() const {
    static const std::string none;
    return undo_.empty() ? none : undo_.back().label;
}

const std::string& Session::redo_label() const {
    static const std::string none;
    return redo_.empty() ? none : redo_.back().label;
}

bool Session::undo() {
    if (undo_.empty()) return false;
    Step s = std::move(undo_.back());
    undo_.pop_back();
    redo_.push_back({s.label, std::move(doc_)});
    doc_ = std::move(s.doc);
    merge_key_ = 0;
    revision_ = next_revision();
    return true;
}

bool Session::redo() {
    if (redo_.empty()) return false;
    Step s = std::move(redo_.back());
    redo_.pop_back();
    undo_.push_back({s.label, std::move(doc_)});
    doc_ = std::move(s.doc);
    merge_key_ = 0;
    revision_ = next_revision();
    return true;
}

void Session::replace(Document doc, bool keep_history, std::string label) {
    if (keep_history) {
        undo_.push_back({std::move(label), std::move(doc_)});
        redo_.clear();
    } else {
        undo_.clear();
        redo_.clear();
        retired_.push_back(std::move(doc_));
    }
    doc_ = std::move(doc);
    merge_key_ = 0;
    revision_ = next_revision();
}

}  // namespace bpa
