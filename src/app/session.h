// The open document with its undo/redo history.
//
// Every change goes through apply(): it records the document as it was, runs
// the change, and increases the revision. Derived results are cached by
// revision. Consecutive changes with the same non-zero merge key (typing in one
// field) become one undo step until end_merge() is called.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/command.h"
#include "core/model.h"

namespace bpa {

class Session {
public:
    Session() : revision_(next_revision()) {}
    explicit Session(Document doc) : doc_(std::move(doc)), revision_(next_revision()) {}

    const Document& doc() const { return doc_; }
    // Unique across all sessions of the program, so that results cached by
    // revision are never taken for another document's.
    uint64_t revision() const { return revision_; }

    // Runs a command (core/commands.h) as one undoable step named `label`. A
    // refused command, or one that changes a locked shift (command.h), leaves
    // the document and the history as they were; one that changes nothing
    // adds no step.
    Outcome run(std::string label, const Command& command, uint64_t merge_key = 0);

    // Runs `change` on the document as one undoable step named `label`
    // (whole-document replacements of the app itself: restore, import).
    void apply(std::string label, const std::function<void(Document&)>& change, uint64_t merge_key = 0);
    void end_merge() { merge_key_ = 0; }

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    const std::string& undo_label() const;
    const std::string& redo_label() const;
    bool undo();
    bool redo();

    // Replaces the whole document (open, import). With keep_history the
    // replacement itself can be undone.
    void replace(Document doc, bool keep_history, std::string label = {});

    static constexpr size_t max_history = 200;

    // Views hold references into the document while a frame is drawn; a
    // command replaces the document. The replaced one is kept (in the undo
    // history, or here) until the frame ends, so those references stay valid.
    void release_retired() { retired_.clear(); }

private:
    static uint64_t next_revision();
    struct Step {
        std::string label;
        Document doc;  // the document before (undo) or after (redo) the step
    };
    Document doc_;
    uint64_t revision_ = 0;
    uint64_t merge_key_ = 0;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    std::vector<Document> retired_;
};

}  // namespace bpa
